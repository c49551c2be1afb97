// The train action's bundle under the runner emulation, on Node 20 and Node 24: a real stage, the
// cache across two "jobs" (local directory, then the Actions cache through the fake service), failures.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { type FakeGitHub, startFakeGitHub } from '../../harness/fake-github.js';
import { runBundle } from '../../harness/runner.js';
import { bundle as bundlePath } from '../../support/bundles.js';
import { expectNoStackTrace } from '../../support/no-stack-trace.js';
import { testTempDir } from '../../support/temp-dirs.js';

let bundle: string;
let fake: FakeGitHub;

beforeAll(async () => {
  fake = await startFakeGitHub();
  bundle = await bundlePath('train');
}, 300_000);
afterAll(async () => {
  await fake.stop();
});

const TRAIN_PY = `import json, os, random
random.seed(int(os.environ["MLCI_SEED"]))
rows = open("data.csv").read().split()
os.makedirs("model", exist_ok=True)
open("model/weights.txt", "w").write(str(sum(len(r) for r in rows) * random.random()))
json.dump({"rows": len(rows)}, open("metrics.json", "w"))
print("fitted", len(rows), "rows")
`;

async function workspace(rows: number): Promise<string> {
  const dir = testTempDir('mlci-train-e2e-');
  await writeFile(join(dir, 'train.py'), TRAIN_PY);
  await writeFile(join(dir, 'data.csv'), Array.from({ length: rows }, (_, i) => `${i},${i * 2}`).join('\n'));
  return dir;
}

const inputs = {
  cmd: '/usr/bin/python3 train.py',
  deps: 'train.py\ndata.csv',
  outs: 'model',
  metrics: 'metrics.json',
  name: 'fit',
};

describe.each(['node20', 'node24'] as const)('dist/train on %s', (node) => {
  test('runs a stage, then restores it from the local cache', async () => {
    const cwd = await workspace(10);
    const first = await runBundle({ bundle, node, cwd, inputs: { ...inputs, cache: 'local' } });
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toContain('[fit] fitted 10 rows');
    expect(first.outputs).toMatchObject({
      'cache-hit': 'false',
      ran: 'fit',
      record: '.mlci/run-record.json',
    });
    const weights = await readFile(join(cwd, 'model/weights.txt'), 'utf8');
    const second = await runBundle({ bundle, node, cwd, inputs: { ...inputs, cache: 'local' } });
    expect(second.exitCode).toBe(0);
    expect(second.outputs).toMatchObject({ 'cache-hit': 'true', cached: 'fit' });
    expect(second.summary).toContain('cache hit, skipped');
    expect(await readFile(join(cwd, 'model/weights.txt'), 'utf8')).toBe(weights);
    const record = JSON.parse(await readFile(join(cwd, '.mlci/run-record.json'), 'utf8'));
    expect(record).toMatchObject({ kind: 'mlci/run-record', version: 1, trigger: { event: 'push' } });
    expect(record.git.commit).toMatch(/^[0-9a-f]{40}$/);
  });

  test('shares outputs between two jobs through the Actions cache', async () => {
    const env = fake.env();
    const jobA = await workspace(20 + (node === 'node20' ? 0 : 1));
    const a = await runBundle({ bundle, node, cwd: jobA, inputs, env });
    expect(a.exitCode).toBe(0);
    expect(a.outputs['cache-hit']).toBe('false');
    const jobB = await workspace(20 + (node === 'node20' ? 0 : 1)); // same content, fresh checkout
    const b = await runBundle({ bundle, node, cwd: jobB, inputs, env });
    expect(b.exitCode).toBe(0);
    expect(b.outputs).toMatchObject({ 'cache-hit': 'true', cached: 'fit' });
    expect(await readFile(join(jobB, 'model/weights.txt'), 'utf8')).toBe(
      await readFile(join(jobA, 'model/weights.txt'), 'utf8'),
    );
  });

  test('a failing command: exit 1, one error annotation naming the stage, no stack trace', async () => {
    const cwd = await workspace(3);
    const run = await runBundle({ bundle, node, cwd, inputs: { ...inputs, cmd: 'exit 4', cache: 'local' } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      expect.stringContaining("stage 'fit': command exited with code 4"),
    ]);
    expectNoStackTrace(run);
  });

  test('a missing dep: exit 2 naming it', async () => {
    const cwd = await workspace(3);
    const run = await runBundle({
      bundle,
      node,
      cwd,
      inputs: { ...inputs, deps: 'nope.csv', cache: 'local' },
    });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toContain(`stage 'fit': dep "nope.csv" does not exist`);
    expectNoStackTrace(run);
  });

  test('adopts a dvc.yaml pipeline as it is: DAG order, params, metrics in the record', async () => {
    const cwd = await workspace(5);
    await writeFile(join(cwd, 'params.yaml'), 'prepare:\n  factor: 3\n');
    await writeFile(join(cwd, 'eval.sh'), 'echo "{\\"lines\\": $(wc -l < prepared.txt)}" > eval.json\n');
    await writeFile(
      join(cwd, 'dvc.yaml'),
      [
        'stages:',
        '  evaluate:',
        '    cmd: sh eval.sh',
        '    deps: [eval.sh, prepared.txt]',
        '    metrics:',
        '    - eval.json:',
        '        cache: false',
        '  prepare:',
        '    cmd: seq 1 $(echo $MLCI_PARAMS | tr -dc 0-9) > prepared.txt',
        '    deps: [data.csv]',
        '    params: [prepare.factor]',
        '    outs: [prepared.txt]',
        '',
      ].join('\n'),
    );
    const run = await runBundle({ bundle, node, cwd, inputs: { cache: 'local' } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.ran).toBe('prepare,evaluate');
    const record = JSON.parse(await readFile(join(cwd, '.mlci/run-record.json'), 'utf8'));
    expect(record.stages.map((s: { stage: string }) => s.stage)).toEqual(['prepare', 'evaluate']);
    expect(record.stages[0].inputs.params).toEqual({ 'params.yaml': { 'prepare.factor': 3 } });
    expect(record.stages[1].metrics).toEqual({ 'eval.json': { lines: 3 } });
  });
});
