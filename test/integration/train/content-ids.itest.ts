// Content ids of deps on a real filesystem and a real git repository: git blob ids for clean tracked
// files, sha256 otherwise, the stat-keyed hash state, directories and globs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from '@jest/globals';
import { contentIds } from '../../../src/platform/process/content-ids.js';
import { gitBlobIds } from '../../../src/platform/git/blob-ids.js';
import { hashFileSync } from '../../../src/platform/process/hash-files.js';
import { HashState } from '../../../src/platform/process/hash-state.js';
import { testTempDir } from '../../support/temp-dirs.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function repo() {
  const dir = testTempDir('mlci-ids-');
  made.push(dir);
  const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' }).trim();
  git('init', '-q');
  mkdirSync(join(dir, 'data/raw'), { recursive: true });
  writeFileSync(join(dir, 'train.py'), 'print(1)\n');
  writeFileSync(join(dir, 'data/raw/a.csv'), 'x\n1\n');
  writeFileSync(join(dir, 'data/raw/b.csv'), 'x\n2\n');
  git('add', '.');
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', 'init');
  return { dir, git };
}

/** Files younger than 2 s are read even when git knows them (they may be a stage's fresh output). */
function settle() {
  return new Promise((resolve) => setTimeout(resolve, 2100));
}

describe('content ids', () => {
  test('a workspace in a subdirectory of the repository still gets git blob ids, for the whole tree', async () => {
    const { dir, git } = repo();
    await settle();
    const sub = join(dir, 'data');
    const ids = await contentIds(sub, ['raw/a.csv', '../train.py'], {
      state: await HashState.load(undefined),
      git: await gitBlobIds(sub),
    });
    expect(ids['raw/a.csv']).toBe(`git-sha1:${git('hash-object', 'data/raw/a.csv')}`);
    expect(ids['../train.py']).toBe(`git-sha1:${git('hash-object', 'train.py')}`);
    // A tracked file modified in the working copy is not taken from the index (status from a subdirectory).
    writeFileSync(join(dir, 'train.py'), 'print(2)\n');
    const after = await gitBlobIds(sub);
    expect(after.tracked.has(join(dir, 'train.py'))).toBe(true);
    expect(after.ids.has(join(dir, 'train.py'))).toBe(false);
    expect(after.ids.get(join(dir, 'data/raw/b.csv'))).toBe(
      `git-sha1:${git('hash-object', 'data/raw/b.csv')}`,
    );
  });

  test('a clean tracked file gets its git blob id, without being read', async () => {
    const { dir, git } = repo();
    const fresh = await contentIds(dir, ['train.py'], {
      state: await HashState.load(undefined),
      git: await gitBlobIds(dir),
    });
    // Just checked out: too fresh to take from the index, so git hashes it (the same id, another route).
    expect(fresh['train.py']).toBe(`git-sha1:${git('hash-object', 'train.py')}`);
    await settle();
    const ids = await gitBlobIds(dir);
    const state = await HashState.load(undefined);
    const result = await contentIds(dir, ['train.py'], { state, git: ids });
    expect(result['train.py']).toBe(`git-sha1:${git('hash-object', 'train.py')}`);
    // Rewritten after git looked (as a stage would rewrite a tracked output): hashed again, not the stale id.
    writeFileSync(join(dir, 'train.py'), 'print(3)\n');
    const rewritten = await contentIds(dir, ['train.py'], { state, git: ids });
    expect(rewritten['train.py']).toBe(`git-sha1:${git('hash-object', 'train.py')}`);
    expect(rewritten['train.py']).not.toBe(result['train.py']);
  });

  test('a modified tracked file (same size, same mtime) is hashed again: git status catches it', async () => {
    const { dir, git } = repo();
    const before = statSync(join(dir, 'train.py'));
    writeFileSync(join(dir, 'train.py'), 'print(2)\n');
    utimesSync(join(dir, 'train.py'), before.atime, before.mtime);
    await settle();
    const ids = await gitBlobIds(dir);
    expect(ids.ids.has(join(dir, 'train.py'))).toBe(false); // dirty: not taken from the index
    expect(ids.tracked.has(join(dir, 'train.py'))).toBe(true);
    const result = await contentIds(dir, ['train.py'], { state: await HashState.load(undefined), git: ids });
    expect(result['train.py']).toBe(`git-sha1:${git('hash-object', 'train.py')}`);
  });

  test('an untracked file in a repository gets a sha256', async () => {
    const { dir } = repo();
    writeFileSync(join(dir, 'local.csv'), 'y\n');
    const result = await contentIds(dir, ['local.csv'], {
      state: await HashState.load(undefined),
      git: await gitBlobIds(dir),
    });
    expect(result['local.csv']).toBe(`sha256:${hashFileSync(join(dir, 'local.csv')).sha256}`);
  });

  test('a directory and a glob hash their listing; adding a file changes the id', async () => {
    const { dir } = repo();
    const state = await HashState.load(undefined);
    const first = await contentIds(dir, ['data/raw', 'data/**/*.csv'], { state });
    expect(first['data/raw']).toMatch(/^tree-sha256:[0-9a-f]{64}$/);
    expect(first['data/**/*.csv']).toMatch(/^tree-sha256:/);
    writeFileSync(join(dir, 'data/raw/c.csv'), 'x\n3\n');
    const second = await contentIds(dir, ['data/raw', 'data/**/*.csv'], { state });
    expect(second['data/raw']).not.toBe(first['data/raw']);
    expect(second['data/**/*.csv']).not.toBe(first['data/**/*.csv']);
    writeFileSync(join(dir, 'data/raw/notes.txt'), 'not a csv');
    const third = await contentIds(dir, ['data/**/*.csv'], { state });
    expect(third['data/**/*.csv']).toBe(second['data/**/*.csv']);
  });

  test("a tree's and a glob's listings hold the paths relative to the directory and to the base", async () => {
    const dir = testTempDir('mlci-listing-');
    made.push(dir);
    mkdirSync(join(dir, 'data/raw/sub'), { recursive: true });
    writeFileSync(join(dir, 'data/raw/a.csv'), 'x\n1\n');
    writeFileSync(join(dir, 'data/raw/sub/b.csv'), 'x\n2\n');
    writeFileSync(join(dir, 'data/raw/notes.txt'), 'n');
    const { createHash } = await import('node:crypto');
    const id = (path: string) => `sha256:${hashFileSync(join(dir, path)).sha256}`;
    const tree = (listing: string[][]) =>
      `tree-sha256:${createHash('sha256').update(JSON.stringify(listing)).digest('hex')}`;
    const expected = {
      'data/raw': tree([
        ['a.csv', id('data/raw/a.csv')],
        ['notes.txt', id('data/raw/notes.txt')],
        ['sub/b.csv', id('data/raw/sub/b.csv')],
      ]),
      'data/**/*.csv': tree([
        ['data/raw/a.csv', id('data/raw/a.csv')],
        ['data/raw/sub/b.csv', id('data/raw/sub/b.csv')],
      ]),
    };
    // The base as given, with a trailing slash, and not normalized: the same listings.
    for (const base of [dir, `${dir}/`, `${dir}/data/..`, `${dir}/./`]) {
      const ids = await contentIds(base, ['data/raw', 'data/**/*.csv'], {
        state: await HashState.load(undefined),
      });
      expect(ids).toEqual(expected);
    }
  });

  test('the hash state remembers files older than the racy window, and forgets changed ones', async () => {
    const dir = testTempDir('mlci-state-');
    made.push(dir);
    const file = join(dir, 'big.bin');
    writeFileSync(file, 'a'.repeat(1000));
    const old = new Date(Date.now() - 60_000);
    utimesSync(file, old, old);
    // ctime cannot be set back: let it leave the 2 s racy window before hashing.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const stateFile = join(dir, 'state.json');
    const state = await HashState.load(stateFile);
    const id = (await contentIds(dir, ['big.bin'], { state }))['big.bin'];
    await state.save();
    const reloaded = await HashState.load(stateFile);
    expect(reloaded.get(file, statSync(file, { bigint: true }))).toBe(id!.slice('sha256:'.length));
    writeFileSync(file, 'b'.repeat(1000));
    utimesSync(file, old, old); // same size and mtime: the ctime still moved
    expect(reloaded.get(file, statSync(file, { bigint: true }))).toBeUndefined();
    // A file modified just now is not remembered (it could change again within the same mtime tick).
    writeFileSync(join(dir, 'fresh.bin'), 'c');
    const fresh = await HashState.load(undefined);
    await contentIds(dir, ['fresh.bin'], { state: fresh });
    expect(
      fresh.get(join(dir, 'fresh.bin'), statSync(join(dir, 'fresh.bin'), { bigint: true })),
    ).toBeUndefined();
  });

  test('many files are hashed on worker threads with the same results as one thread', async () => {
    const dir = testTempDir('mlci-many-');
    made.push(dir);
    for (let i = 0; i < 12; i++) writeFileSync(join(dir, `f${i}.bin`), Buffer.alloc(4 * 1024 * 1024, i));
    const ids = await contentIds(dir, ['.'], { state: await HashState.load(undefined) });
    const { createHash } = await import('node:crypto');
    const listing = Array.from({ length: 12 }, (_, i) => `f${i}.bin`)
      .sort()
      .map((name) => [name, `sha256:${hashFileSync(join(dir, name)).sha256}`]);
    const expected = createHash('sha256').update(JSON.stringify(listing)).digest('hex');
    expect(ids['.']).toBe(`tree-sha256:${expected}`);
  });
});
