// mlci.lock written by `mlci train`, checked by --frozen-lock, and compared by `mlci status`.
import { describe, expect, test } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { status } from '../../../src/actions/status/status.js';
import { parseLock } from '../../../src/core/train/lock.js';
import { cliIO } from '../../../src/platform/cli-io.js';
import { project } from './project.js';

const MLCI_YML = `version: 1
train:
  stages:
    prepare:
      cmd: mkdir -p data && tr a-z A-Z < raw.txt > data/clean.txt
      deps: [raw.txt]
      outs: [data]
    fit:
      cmd: sh fit.sh
      deps: [data, params.yaml]
      params: [train.lr]
      outs: [out]
      metrics: [m.json]
`;

const FIT = `mkdir -p out && cat data/clean.txt > out/model.txt && echo '{"acc": 0.75}' > m.json\n`;
const files = () => ({
  'mlci.yml': MLCI_YML,
  'fit.sh': FIT,
  'raw.txt': 'hello\n',
  'params.yaml': 'train:\n  lr: 0.1\n  other: 1\n',
});

async function runStatus(dir: string, inputs: Record<string, string> = {}) {
  const stdout: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string) => {
    stdout.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  const outputs = join(dir, '.status-outputs');
  writeFileSync(outputs, '');
  try {
    await status(
      cliIO({
        inputs: new Map(Object.entries(inputs)),
        env: { PATH: process.env.PATH },
        cwd: dir,
        outputsFile: outputs,
        write: () => {},
      }),
    );
  } finally {
    process.stdout.write = write;
  }
  return { text: stdout.join(''), outputs: readFileSync(outputs, 'utf8') };
}

describe('mlci.lock', () => {
  test('train writes a deterministic lock: fingerprint, cmd, deps by sha256, params values, outs, metrics', async () => {
    const p = project(files());
    const run = await p.train();
    expect(run.error).toBeUndefined();
    const text = p.read('mlci.lock');
    const lock = parseLock(text, 'mlci.lock');
    expect(Object.keys(lock.stages)).toEqual(['fit', 'prepare']);
    const fit = lock.stages.fit!;
    expect(fit.fingerprint).toBe(run.record.stages.find((s) => s.stage === 'fit')!.fingerprint);
    expect(fit.params).toEqual({ 'params.yaml': { 'train.lr': 0.1 } });
    expect(fit.deps['params.yaml']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(fit.deps.data).toMatch(/^tree-sha256:/);
    expect(fit.outs).toContainEqual({
      path: 'out/model.txt',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      size: 6,
    });
    expect(fit.metrics).toEqual({ 'm.json': { acc: 0.75 } });
    // A second run (all cached) writes the same bytes.
    rmSync(join(p.dir, 'mlci.lock'));
    await p.train();
    expect(p.read('mlci.lock')).toBe(text);
  });

  test('--frozen-lock passes when nothing changed, and fails before running when a dep or param did', async () => {
    const p = project(files());
    await p.train();
    const ok = await p.train({ 'frozen-lock': 'true' });
    expect(ok.error).toBeUndefined();

    p.write('raw.txt', 'changed\n');
    const lockBefore = p.read('mlci.lock');
    const bad = await p.train({ 'frozen-lock': 'true' });
    expect(bad.error?.exitCode).toBe(1);
    expect(bad.error?.message).toMatch(/stage 'prepare': changed deps: raw\.txt \(modified\)/);
    expect(bad.log).not.toMatch(/Running stage/);
    expect(p.read('mlci.lock')).toBe(lockBefore);

    p.write('raw.txt', 'hello\n');
    p.write('params.yaml', 'train:\n  lr: 0.2\n  other: 1\n');
    const param = await p.train({ lock: 'check' });
    expect(param.error?.message).toMatch(/stage 'fit': changed params: params\.yaml:train\.lr \(modified\)/);
    expect(param.error?.message).not.toMatch(/prepare/);
  });

  test('a param the stage does not read changes nothing', async () => {
    const p = project(files());
    await p.train();
    p.write('params.yaml', 'train:\n  lr: 0.1\n  other: 2\n');
    // params.yaml is also a dep of fit here, so it changes as a dep; the param itself does not.
    const bad = await p.train({ 'frozen-lock': 'true' });
    expect(bad.error?.message).toMatch(/changed deps: params\.yaml/);
    expect(bad.error?.message).not.toMatch(/changed params/);
  });

  test('a stage missing from the lock, or no lock at all, fails the check', async () => {
    const p = project(files());
    const none = await p.train({ 'frozen-lock': 'true' });
    expect(none.error?.message).toMatch(/mlci\.lock does not exist/);
    await p.train({ targets: 'prepare' });
    const partial = await p.train({ 'frozen-lock': 'true' });
    expect(partial.error?.message).toMatch(/stage 'fit' is not in mlci\.lock/);
  });
});

describe('mlci status', () => {
  test('up to date, then modified deps, params and outs, and a deleted output', async () => {
    const p = project(files());
    expect((await runStatus(p.dir)).text).toMatch(/prepare:\n {2}not in mlci\.lock \(never run\)/);
    await p.train();
    const clean = await runStatus(p.dir);
    expect(clean.text).toMatch(/Data and pipelines are up to date\./);
    expect(clean.outputs).toMatch(/^changed=$/m);

    p.write('raw.txt', 'other\n');
    p.write('params.yaml', 'train:\n  lr: 0.3\n  other: 1\n');
    p.write('out/model.txt', 'tampered');
    rmSync(join(p.dir, 'm.json'));
    const dirty = await runStatus(p.dir);
    expect(dirty.text).toMatch(/prepare:\n {2}changed deps: raw\.txt \(modified\)/);
    expect(dirty.text).toMatch(/fit:\n(?: {2}.*\n)* {2}changed params: params\.yaml:train\.lr \(modified\)/);
    expect(dirty.text).toMatch(/changed outs: out\/model\.txt \(modified\)/);
    expect(dirty.text).toMatch(/changed outs: m\.json \(deleted\)/);
    expect(dirty.outputs).toMatch(/^changed=prepare,fit$/m);
  });

  test('a dvc.lock is read for migration: commands and params', async () => {
    const p = project({
      'dvc.yaml':
        'stages:\n  fit:\n    cmd: echo hi > out.txt\n    params: [train.lr]\n    outs: [out.txt]\n',
      'params.yaml': 'train:\n  lr: 0.5\n',
      'dvc.lock':
        'schema: "2.0"\nstages:\n  fit:\n    cmd: echo hi > out.txt\n    params:\n      params.yaml:\n        train.lr: 0.4\n    outs:\n    - path: out.txt\n      md5: 0\n      size: 3\n',
    });
    const result = await runStatus(p.dir);
    expect(result.text).toMatch(/comparing commands and params with dvc\.lock/);
    expect(result.text).toMatch(/fit:\n {2}changed params: params\.yaml:train\.lr \(modified\)/);
    expect(result.text).not.toMatch(/changed command/);
  });
});
