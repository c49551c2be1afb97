// The guess that starts a hash worker before `mlci fingerprint` loads: made only when the run will most
// likely read files (no hash state yet, deps declared), never for another command or for --help, and read
// from the same flags the command reads (--cache-dir, --config, --dvc-file, --deps, both spellings).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from '@jest/globals';
import { prestartHashing } from '../../../src/cli/prestart.js';
import { earlyHashWorkers, stopHashWorkers } from '../../../src/platform/process/hash-workers.js';

const made: string[] = [];
afterEach(async () => {
  await stopHashWorkers();
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project with these files (path -> text). */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-prestart-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const WITH_DEPS = 'version: 1\ntrain:\n  stages:\n    fit:\n      cmd: fit\n      deps: [data]\n';
const NO_DEPS = 'version: 1\ntrain:\n  stages:\n    hello:\n      cmd: echo hi\n';

/** Whether prestartHashing started the workers for `argv` in `dir`. */
async function starts(dir: string, ...argv: string[]): Promise<boolean> {
  prestartHashing(argv, dir);
  const started = earlyHashWorkers() !== undefined;
  await stopHashWorkers();
  return started;
}

describe('prestartHashing', () => {
  test('fingerprint with deps and no hash state: started; any other command or --help: not', async () => {
    const dir = project({ 'mlci.yml': WITH_DEPS });
    expect(await starts(dir, 'fingerprint')).toBe(true);
    expect(await starts(dir, 'fingerprint', 'fit', '--explain')).toBe(true);
    for (const argv of [['train'], ['status'], ['fingerprint', '--help'], ['fingerprint', '-h'], []])
      expect(await starts(dir, ...argv)).toBe(false);
  });

  test('a hash state in the cache dir the command will use: not started', async () => {
    const dir = project({ 'mlci.yml': WITH_DEPS, 'other/hash-state.json': '{}' });
    expect(await starts(dir, 'fingerprint', '--cache-dir', 'other')).toBe(false);
    expect(await starts(dir, 'fingerprint', '--cache-dir=other')).toBe(false);
    expect(await starts(dir, 'fingerprint')).toBe(true); // .mlci/cache has none
    writeFileSync(join(dir, 'mlci.yml'), WITH_DEPS);
    mkdirSync(join(dir, '.mlci/cache'), { recursive: true });
    writeFileSync(join(dir, '.mlci/cache/hash-state.json'), '{}');
    expect(await starts(dir, 'fingerprint')).toBe(false);
  });

  test('deps declared in the config the command reads, a dvc.yaml, or --deps: started; none: not', async () => {
    const dir = project({ 'mlci.yml': NO_DEPS, 'ci/mlci.yml': WITH_DEPS, 'stages.yaml': WITH_DEPS });
    expect(await starts(dir, 'fingerprint')).toBe(false);
    expect(await starts(dir, 'fingerprint', '--config', 'ci/mlci.yml')).toBe(true);
    expect(await starts(dir, 'fingerprint', '--config=ci/mlci.yml')).toBe(true);
    expect(await starts(dir, 'fingerprint', '--dvc-file', 'stages.yaml')).toBe(true);
    expect(await starts(dir, 'fingerprint', '--cmd', 'fit', '--deps', 'data')).toBe(true);
    writeFileSync(join(dir, 'dvc.yaml'), 'stages:\n  fit:\n    cmd: fit\n    deps: [data]\n');
    expect(await starts(dir, 'fingerprint')).toBe(true);
  });
});
