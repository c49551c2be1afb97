import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { git, shallowPrClone } from '../../support/git-repo.js';
import { runValidateData } from '../../support/validate-data-run.js';

const BASE_SCHEMA = 'columns:\n  id: integer\n  kind: [a, b]\n';
// The PR retypes id, adds a column whose name would be markdown/HTML, and widens the enum.
const PR_SCHEMA = 'columns:\n  id: string\n  kind: [a, b, c]\n  "<img src=x>@team": number\n';
const DATA = 'id,kind,<img src=x>@team\n1,a,2.5\n2,c,3\n';
const PR_EVENT = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_BASE_REF: 'main' };

describe('validate-data: schema diff against the base branch of a real repository', () => {
  let root: string;
  let shallow: string;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'mlci-vd-git-'));
    // actions/checkout's default: fetch-depth 1, only the PR's commit, no origin/main.
    ({ clone: shallow } = shallowPrClone(
      root,
      {
        base: { 'data/schema.yaml': BASE_SCHEMA, 'data/d.csv': 'id,kind\n1,a\n' },
        pr: { 'data/schema.yaml': PR_SCHEMA, 'data/d.csv': DATA },
      },
      'shallow',
    ));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('on a pull_request run the base comes from GITHUB_BASE_REF; a shallow clone fetches it', async () => {
    expect(() => git(shallow, 'rev-parse', '--verify', '--quiet', 'origin/main')).toThrow();
    const run = await runValidateData(
      {},
      { data: 'data/d.csv', schema: 'data/schema.yaml' },
      { dir: shallow, env: PR_EVENT },
    );
    expect(run.exitCode).toBe(0); // information, not a failure
    expect(run.report!.valid).toBe(true);
    expect(run.outputs['schema-changed']).toBe('true');
    const section = run.report!.schemaDiff!;
    expect(section).toMatchObject({
      base: 'main',
      file: 'data/schema.yaml',
      status: 'compared',
      changed: true,
    });
    expect(section.changes).toEqual([
      'added column "<img src=x>@team" (number)',
      'column "id" retyped: integer -> string',
      'column "kind" constraint enum: ["a","b"] -> ["a","b","c"]',
    ]);
    expect(section.diff!.retyped).toEqual([{ name: 'id', from: 'integer', to: 'string' }]);
    // The summary lists the same lines, escaped: no live HTML, no @mention.
    expect(run.summary).toMatch(/Schema `data\/schema\.yaml` against `main`: 3 change\(s\)/);
    expect(run.summary).toContain('- column "id" retyped: integer -\\> string');
    expect(run.summary).toContain('\\<img src=x\\>@\u200bteam');
    expect(run.summary).not.toMatch(/(^|[^\\])<img/);
  });

  test('fail-on-schema-change: exit 1 naming the change, after the report is written', async () => {
    const run = await runValidateData(
      {},
      { data: 'data/d.csv', schema: 'data/schema.yaml', 'base-ref': 'main', 'fail-on-schema-change': 'true' },
      { dir: shallow },
    );
    expect(run.exitCode).toBe(1);
    expect(run.error!.message).toMatch(
      /schema data\/schema\.yaml differs from main: .*retyped: integer -> string/,
    );
    expect(run.report!.valid).toBe(true);
    expect(run.report!.schemaDiff!.changed).toBe(true);
    // The step fails, so its summary must not be headed "valid".
    expect(run.summary).not.toMatch(/✅/);
    expect(run.summary).toMatch(/^### ❌ validate-data: the data is valid, but the schema changed/m);
  });

  test('an unchanged schema passes fail-on-schema-change; a push run has no base and no diff', async () => {
    const unchanged = await runValidateData(
      {},
      {
        data: 'data/d.csv',
        schema: 'data/schema.yaml',
        'base-ref': 'feature',
        'fail-on-schema-change': 'true',
      },
      { dir: shallow },
    );
    expect(unchanged.exitCode).toBe(0);
    expect(unchanged.report!.schemaDiff).toMatchObject({ status: 'compared', changed: false, changes: [] });
    expect(unchanged.summary).toContain('unchanged');
    const push = await runValidateData(
      {},
      { data: 'data/d.csv', schema: 'data/schema.yaml' },
      { dir: shallow, env: { GITHUB_EVENT_NAME: 'push', GITHUB_BASE_REF: '' } },
    );
    expect(push.exitCode).toBe(0);
    expect(push.report!.schemaDiff).toBeUndefined();
    expect(push.outputs['schema-changed']).toBeUndefined();
  });

  test('a schema the PR adds is a new file; a base-ref that does not exist is a usage error only when named', async () => {
    writeFileSync(join(shallow, 'data', 'added.yaml'), 'columns:\n  id: integer\n  kind: string\n');
    const added = await runValidateData(
      {},
      { data: 'data/d.csv', schema: 'data/added.yaml', 'base-ref': 'main', 'fail-on-schema-change': 'true' },
      { dir: shallow },
    );
    expect(added.exitCode).toBe(1); // the data fails the added schema (extra column), not the diff
    expect(added.report!.schemaDiff).toMatchObject({ status: 'new-file', changed: false });

    const named = await runValidateData(
      {},
      { data: 'data/d.csv', schema: 'data/schema.yaml', 'base-ref': 'no-such-branch' },
      { dir: shallow },
    );
    expect(named.exitCode).toBe(2);
    expect(named.error!.message).toMatch(/cannot find the base "no-such-branch"/);
  });

  test('outside a git checkout the event base is noted, not failed', async () => {
    const run = await runValidateData(
      { 'd.csv': 'id,kind\n1,a\n', 's.yaml': BASE_SCHEMA },
      { data: 'd.csv', schema: 's.yaml' },
      { env: PR_EVENT },
    );
    expect(run.exitCode).toBe(0);
    expect(run.report!.schemaDiff).toMatchObject({ status: 'unavailable', changed: false });
    expect(
      run.annotations.some(
        (a) => a.level === 'warning' && /schema diff against main skipped/.test(a.message),
      ),
    ).toBe(true);
  });
});
