// The monitor bundle under the runner emulation, on Node 20 and Node 24, on a schedule event: drift on
// a production sample opens one incident issue in the fake GitHub, and the rerun keeps it.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { type FakeGitHub, startFakeGitHub } from '../../harness/fake-github.js';
import { runBundle } from '../../harness/runner.js';
import { bundle as bundlePath } from '../../support/bundles.js';
import { expectNoStackTrace } from '../../support/no-stack-trace.js';
import { normal, seededRandom } from '../../support/seeded-random.js';

const SCHEMA = 'fields:\n  - name: age\n    type: number\n';
const sample = (n: number, seed: number, mean: number) => {
  const random = seededRandom(seed);
  return `age\n${Array.from({ length: n }, () => (mean + 10 * normal(random)).toFixed(2)).join('\n')}\n`;
};

let fake: FakeGitHub;
let cwd: string;

beforeAll(async () => {
  fake = await startFakeGitHub();
  cwd = await mkdtemp(join(tmpdir(), 'mlci-monitor-e2e-'));
  await writeFile(join(cwd, 'schema.yaml'), SCHEMA);
  await writeFile(join(cwd, 'ref.csv'), sample(3000, 1, 40));
  await writeFile(join(cwd, 'today.csv'), sample(1000, 2, 60));
  const profile = await runBundle({
    bundle: await bundlePath('validate-data'),
    cwd,
    inputs: { data: 'ref.csv', schema: 'schema.yaml', profile: 'ref-profile.json' },
  });
  expect(profile.exitCode).toBe(0);
});
afterAll(async () => {
  await fake.stop();
  await rm(cwd, { recursive: true, force: true });
});

describe.each(['node20', 'node24'] as const)('dist/monitor on %s', (node) => {
  test('drift opens one incident issue; the next run updates it', async () => {
    fake.state.issues.splice(0);
    const inputs = {
      data: 'today.csv',
      schema: 'schema.yaml',
      'reference-profile': 'ref-profile.json',
      model: 'churn-model',
      token: fake.token,
      out: 'monitor.md',
    };
    for (let run = 0; run < 2; run++) {
      const result = await runBundle({
        bundle: await bundlePath('monitor'),
        node,
        cwd,
        event: 'schedule',
        env: fake.env(),
        inputs,
      });
      expectNoStackTrace(result);
      expect(result.exitCode).toBe(0);
      expect(result.outputs.status).toBe('fail');
      expect(result.summary).toMatch(/mlci monitor — churn-model/);
      expect(result.masks).toContain(fake.token);
    }
    expect(fake.state.issues.map((i) => [i.title, i.state])).toEqual([
      ['mlci monitor: drift incident on churn-model', 'open'],
    ]);
    const report = JSON.parse(await readFile(join(cwd, '.mlci/monitor-report.json'), 'utf8'));
    expect(report).toMatchObject({ kind: 'mlci/monitor-report', version: 1, status: 'fail' });
    expect(await readFile(join(cwd, 'monitor.md'), 'utf8')).toMatch(/### drift/);
  });
});
