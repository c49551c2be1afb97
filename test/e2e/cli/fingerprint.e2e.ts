// `mlci fingerprint` as a process: with deps and an empty hash state it starts its hash workers before it
// lists the files, so every way out (hashes done, nothing for the workers, a usage error) must end them
// and exit with the right code, not hang or leave with Node's "unfinished top-level await" (13). Each case
// has a hash state of its own (--cache-dir), empty where the workers must start early. The fingerprint
// follows a changed file whoever hashes it, and the compile cache never runs a bundle's old code.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { nodeBinary, type NodeRuntime } from '../../harness/node-binaries.js';
import { bundle } from '../../support/bundles.js';
import { git } from '../../support/git-repo.js';

const MiB = 1024 * 1024;
let cli: string;
let dir: string;

/** Exit code and output; a process still running after 120 s is killed (the test then fails on code). */
function mlci(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return mlciAt(process.execPath, cli, {}, ...args);
}

/** mlci() of the CLI bundle at `path` run by `node`, with more environment variables. */
function mlciAt(
  node: string,
  path: string,
  more: Record<string, string>,
  ...args: string[]
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { GITHUB_ACTIONS, CI, ...rest } = process.env;
  const env = { ...rest, ...more };
  return new Promise((resolve) => {
    execFile(node, [path, ...args], { cwd: dir, env, timeout: 120_000 }, (error, stdout, stderr) =>
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

describe('mlci fingerprint reads the files as they are now', () => {
  test('a dep changed in place (same size): another fingerprint, fresh and with a hash state alike', async () => {
    const run = async (cacheDir: string) => {
      const result = await mlci('fingerprint', 'fit', '--cache-dir', cacheDir);
      expect(result.code).toBe(0);
      return result.stdout;
    };
    const before = await run('.mlci/change');
    const part = join(dir, 'data/part-3.bin');
    const bytes = await readFile(part);
    try {
      bytes[5 * MiB] ^= 1;
      await writeFile(part, bytes);
      // The workers started before the CLI loaded (no hash state) and the state's stat check both see it.
      const fresh = await run('.mlci/change-fresh');
      expect(fresh).not.toBe(before);
      expect(await run('.mlci/change')).toBe(fresh);
    } finally {
      bytes[5 * MiB] ^= 1;
      await writeFile(part, bytes);
    }
    expect(await run('.mlci/change-back')).toBe(before);
  });
});

describe("the CLI's compile cache", () => {
  // Node 22.1 and later keep one (Node 24 here); Node 20 has none and must run the bundle all the same.
  test.each<[NodeRuntime, boolean]>([
    ['node24', true],
    ['node20', false],
  ])('%s: an edited bundle runs as edited, with the cache of the old one in place', async (runtime, kept) => {
    const copy = await mkdtemp(join(tmpdir(), 'mlci-compile-cache-'));
    try {
      await cp(join(cli, '..'), copy, { recursive: true });
      const cache = join(copy, '.cache');
      const help = () =>
        mlciAt(
          nodeBinary(runtime),
          join(copy, 'index.js'),
          { NODE_COMPILE_CACHE: cache },
          'fingerprint',
          '--help',
        );
      const first = await help();
      expect(first).toMatchObject({ code: 0 });
      const summary = 'Print the fingerprint of training stages';
      expect(first.stdout).toContain(summary);
      // The second run below meets the cache the first one wrote.
      expect(existsSync(cache) && (await readdir(cache, { recursive: true })).length > 0).toBe(kept);
      // The chunk that holds the help text, edited in place: same path, same size, other bytes.
      let edited = 0;
      for (const name of (await readdir(copy)).filter((file) => file.endsWith('.js'))) {
        const text = await readFile(join(copy, name), 'utf8');
        if (!text.includes(summary)) continue;
        await writeFile(join(copy, name), text.replaceAll(summary, summary.toUpperCase()));
        edited++;
      }
      expect(edited).toBeGreaterThan(0);
      const second = await help();
      expect(second).toMatchObject({ code: 0 });
      expect(second.stdout).toContain(summary.toUpperCase());
      expect(second.stdout).not.toContain(summary);
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });
});
