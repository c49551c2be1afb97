// `mlci fingerprint` as a process: with deps and an empty hash state it starts its hash workers before it
// lists the files, so every way out (hashes done, nothing for the workers, a usage error) must end them
// and exit with the right code, not hang or leave with Node's "unfinished top-level await" (13). Each case
// has a hash state of its own (--cache-dir), empty where the workers must start early.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { bundle } from '../../support/bundles.js';
import { git } from '../../support/git-repo.js';

const MiB = 1024 * 1024;
let cli: string;
let dir: string;

/** Exit code and output; a process still running after 120 s is killed (the test then fails on code). */
function mlci(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { GITHUB_ACTIONS, CI, ...env } = process.env;
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: dir, env, timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  cli = await bundle('cli');
  dir = await mkdtemp(join(tmpdir(), 'mlci-fingerprint-e2e-'));
  await mkdir(join(dir, 'data'));
  // 48 MiB in all: past the 32 MiB below which hashing stays on the main thread.
  for (let i = 0; i < 6; i++) await writeFile(join(dir, `data/part-${i}.bin`), Buffer.alloc(8 * MiB, i));
  await writeFile(
    join(dir, 'mlci.yml'),
    [
      'version: 1',
      'train:',
      '  stages:',
      '    fit:',
      '      cmd: echo fit > model.txt',
      '      deps: [data]',
      '      outs: [model.txt]',
      '    broken:',
      '      cmd: echo broken > b.txt',
      '      deps: [no-such-dir]',
      '      outs: [b.txt]',
      '    small:',
      '      cmd: echo small > s.txt',
      '      deps: [small.txt]',
      '      outs: [s.txt]',
      '',
    ].join('\n'),
  );
  await writeFile(join(dir, 'small.txt'), 'under 32 MiB: hashed on the main thread\n');
  await writeFile(join(dir, '.gitignore'), 'data/\n.mlci/\n');
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'project');
  // Past the hash state's 2 s racy window, so that the first run's hashes are remembered.
  await new Promise((resolve) => setTimeout(resolve, 2100));
}, 600_000);
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('mlci fingerprint ends its hash workers', () => {
  test('fresh (the workers hash), then unchanged (nothing to hash): exit 0, the same fingerprint', async () => {
    const fresh = await mlci('fingerprint', 'fit', '--cache-dir', '.mlci/fit');
    expect(fresh).toMatchObject({ code: 0 });
    expect(fresh.stdout).toMatch(/^fit {2}[0-9a-f]{64}$/m);
    expect(existsSync(join(dir, '.mlci/fit/hash-state.json'))).toBe(true);
    const again = await mlci('fingerprint', 'fit', '--cache-dir', '.mlci/fit');
    expect(again).toMatchObject({ code: 0, stdout: fresh.stdout });
  });

  test('workers started and given nothing (a small dep, hashed on the main thread): exit 0', async () => {
    const small = await mlci('fingerprint', 'small', '--cache-dir', '.mlci/small');
    expect(small).toMatchObject({ code: 0 });
    expect(small.stdout).toMatch(/^small {2}[0-9a-f]{64}$/m);
  });

  test('a missing dep, the workers started: the usage error, exit 2', async () => {
    const broken = await mlci('fingerprint', 'broken', '--cache-dir', '.mlci/broken');
    expect(broken.code).toBe(2);
    expect(broken.stderr + broken.stdout).toContain('dep "no-such-dir" does not exist');
  });
});
