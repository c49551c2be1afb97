// The build-image bundle under the runner emulation on Node 20 and Node 24: an offline build into an
// OCI layout (checked by skopeo), the report and outputs, and a user error without a stack trace.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { rmSync } from 'node:fs';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';
import { runBundle } from '../../harness/runner.js';
import { bundle as bundlePath } from '../../support/bundles.js';
import { expectNoStackTrace } from '../../support/no-stack-trace.js';
import { modelInputs, modelWorkspace, skopeoInspect } from '../../support/image-workspace.js';

let bundle: string;
let ws: string;
let registry: TestRegistry;
/** Digests seen per runtime: Node 20 and 24 must agree. */
const EXPECTED: Record<string, string> = {};

beforeAll(async () => {
  ws = modelWorkspace();
  registry = await startRegistry({ auth: 'token' });
  bundle = await bundlePath('build-image');
}, 300_000);
afterAll(async () => {
  await registry?.stop();
  rmSync(ws, { recursive: true, force: true });
});

describe.each(['node20', 'node24'] as const)('dist/build-image on %s', (node) => {
  test('builds offline into an OCI layout with the same digest on every runtime', async () => {
    const run = await runBundle({
      bundle,
      node,
      cwd: ws,
      inputs: modelInputs({
        layers: 'bb:/',
        'oci-layout': `layout-${node}`,
        tags: 'v1',
        'source-date-epoch': '0',
      }),
    });
    expect(run.exitCode).toBe(0);
    const report = JSON.parse(await readFile(join(ws, 'mlci-image-report.json'), 'utf8'));
    expect(report).toMatchObject({ kind: 'mlci/image-report', version: 1, pushed: false, tags: ['v1'] });
    expect(run.outputs).toMatchObject({
      digest: report.digest,
      tags: 'v1',
      report: 'mlci-image-report.json',
    });
    expect(run.summary).toContain('### mlci build-image');
    expect(run.summary).toContain('| weights weights.bin |');
    expect((await skopeoInspect(`oci:${join(ws, `layout-${node}`)}:v1`)).Digest).toBe(report.digest);
    // Node 20 and 24 ship different zlib builds; the digest must not depend on it for these settings.
    expect(report.digest).toBe(EXPECTED[node === 'node20' ? 'node24' : 'node20'] ?? report.digest);
    EXPECTED[node] = report.digest;
  });

  test('pushes to a token-auth registry; the password never reaches the log', async () => {
    const run = await runBundle({
      bundle,
      node,
      cwd: ws,
      inputs: modelInputs({
        image: `${registry.host}/e2e/${node}`,
        tags: 'v1',
        'registry-username': registry.username!,
        'registry-password': registry.password!,
      }),
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.image).toMatch(new RegExp(`^${registry.host}/e2e/${node}@sha256:[a-f0-9]{64}$`));
    const creds = `${registry.username}:${registry.password}`;
    expect((await skopeoInspect(`${registry.host}/e2e/${node}:v1`, { creds })).Digest).toBe(
      run.outputs.digest,
    );
    // registered with the runner's masker before any use, and printed nowhere else
    expect(run.stdout).toContain(`::add-mask::${registry.password}`);
    const rest = `${run.stdout}${run.stderr}`.replace(/^::add-mask::.*$/gm, '');
    expect(rest).not.toContain(registry.password!);
    expect(rest).not.toContain(Buffer.from(creds).toString('base64'));
  });

  test('a missing source is one error annotation and exit 2, no stack trace', async () => {
    const run = await runBundle({ bundle, node, cwd: ws, inputs: { code: 'nope.py', 'oci-layout': 'x' } });
    expect(run.exitCode).toBe(2);
    expect(run.annotations).toEqual([
      expect.objectContaining({
        level: 'error',
        message: expect.stringContaining('source "nope.py" does not exist'),
      }),
    ]);
    expectNoStackTrace(run);
  });
});
