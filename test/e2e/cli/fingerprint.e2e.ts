// `mlci fingerprint` as a process: the CLI starts its hash workers before it loads the command, so every
// way out (hashes done, nothing to hash, a usage error) must end them and exit with the right code, not
// hang or leave with Node's "unfinished top-level await" (13).
import { execFile } from 'node:child_process';
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
      '',
    ].join('\n'),
  );
  await writeFile(join(dir, '.gitignore'), 'data/\n.mlci/\n');
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'project');
}, 600_000);
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('mlci fingerprint ends its hash workers', () => {
  test('fresh (the workers hash), then unchanged (nothing to hash): exit 0, the same fingerprint', async () => {
    const fresh = await mlci('fingerprint', 'fit');
    expect(fresh).toMatchObject({ code: 0 });
    expect(fresh.stdout).toMatch(/^fit {2}[0-9a-f]{64}$/m);
    const again = await mlci('fingerprint', 'fit');
    expect(again).toMatchObject({ code: 0, stdout: fresh.stdout });
  });

  test('a missing dep: the usage error, exit 2', async () => {
    const broken = await mlci('fingerprint', 'broken');
    expect(broken.code).toBe(2);
    expect(broken.stderr + broken.stdout).toContain('dep "no-such-dir" does not exist');
  });
});
