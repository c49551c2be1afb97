// The hash workers on real files: the same sha256 whatever order the files come in, the files given together
// biggest first, a dropped file's hash never used, and contentIds dropping what git tracks.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from '@jest/globals';
import { gitBlobIds } from '../../../src/platform/git/blob-ids.js';
import { contentIds } from '../../../src/platform/process/content-ids.js';
import { hashFileSync, hashFiles } from '../../../src/platform/process/hash-files.js';
import { HashState } from '../../../src/platform/process/hash-state.js';
import {
  earlyHashWorkers,
  HashWorkers,
  startHashWorkers,
  stopHashWorkers,
} from '../../../src/platform/process/hash-workers.js';

const MiB = 1024 * 1024;
const made: string[] = [];
const open: HashWorkers[] = [];
afterEach(async () => {
  for (const workers of open.splice(0)) await workers.close();
  await stopHashWorkers();
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Files of the given sizes (MiB, fractions allowed), each filled with its own byte. */
function files(sizes: readonly number[]) {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-hash-workers-'));
  made.push(dir);
  return sizes.map((mib, i) => {
    const path = join(dir, `f${String(i).padStart(2, '0')}.bin`);
    writeFileSync(path, Buffer.alloc(Math.round(mib * MiB), i + 1));
    return { path, size: Math.round(mib * MiB) };
  });
}

describe('HashWorkers', () => {
  test('the same hashes as one thread, whether the files come in listing order or size order', async () => {
    const list = files([0.5, 9, 0, 3, 12, 1, 7, 0.25]);
    const expected = new Map(list.map(({ path }) => [path, hashFileSync(path)]));
    const bySize = [...list].sort((a, b) => b.size - a.size);
    for (const order of [list, bySize, [...bySize].reverse()]) {
      const workers = new HashWorkers(2);
      open.push(workers);
      const got = await Promise.all(order.map(({ path, size }) => workers.hash(path, size).result));
      expect(new Map(order.map(({ path }, i) => [path, got[i]]))).toEqual(expected);
    }
    // hashFiles over 32 MiB (workers) and the listing order of contentIds: the same map again.
    expect(await hashFiles(list)).toEqual(expected);
  });

  test('the files given together are taken biggest first; a later batch after them', async () => {
    const list = files([1, 2, 3, 4, 5, 6, 0.5, 7]);
    const workers = new HashWorkers(1);
    open.push(workers);
    const order: number[] = [];
    const given = (some: typeof list) =>
      some.map(({ path, size }) => workers.hash(path, size).result.then(() => order.push(size / MiB)));
    const first = given(list.slice(0, 6));
    await null; // the first six are posted: the next two make a batch of their own
    await Promise.all([...first, ...given(list.slice(6))]);
    expect(order).toEqual([6, 5, 4, 3, 2, 1, 7, 0.5]);
  });

  test('two workers share one batch: each file is hashed once, by whichever worker is free', async () => {
    const list = files([3, 1, 4, 1, 5, 9, 2, 6]);
    const workers = new HashWorkers(2);
    open.push(workers);
    const got = await Promise.all(list.map(({ path, size }) => workers.hash(path, size).result));
    expect(got).toEqual(list.map(({ path }) => hashFileSync(path)));
  });

  test('a worker started later joins the batch under way', async () => {
    const list = files(Array.from({ length: 12 }, () => 2));
    const workers = new HashWorkers(1);
    open.push(workers);
    const results = list.map(({ path, size }) => workers.hash(path, size).result);
    await null;
    workers.grow(2);
    expect(await Promise.all(results)).toEqual(list.map(({ path }) => hashFileSync(path)));
  });

  test('the main thread helping: alone or beside a worker, every file hashed once, failures its own', async () => {
    const list = files([3, 1, 4, 1, 5, 9, 2, 6, 0]);
    const expected = list.map(({ path }) => hashFileSync(path));
    for (const count of [0, 1]) {
      const workers = new HashWorkers(count, { mainThreadHelps: true });
      open.push(workers);
      const missing = workers.hash(join(tmpdir(), 'mlci-no-such-file.bin'), 1);
      const dropped = workers.hash(list[5]!.path, list[5]!.size);
      const jobs = list.map(({ path, size }) => workers.hash(path, size));
      const failures = Promise.allSettled([missing.result, dropped.result]);
      dropped.drop();
      expect(await Promise.all(jobs.map((job) => job.result))).toEqual(expected);
      const [notRead, notWanted] = await failures;
      expect(String((notRead as PromiseRejectedResult).reason)).toMatch(/mlci-no-such-file\.bin: ENOENT/);
      expect(String((notWanted as PromiseRejectedResult).reason)).toContain('dropped');
    }
  });

  test('a dropped file rejects and its hash is never given; the worker goes on with the next', async () => {
    const list = files([4, 4, 4, 4, 4]);
    const workers = new HashWorkers(1);
    open.push(workers);
    const jobs = list.map(({ path, size }) => workers.hash(path, size));
    jobs[3]!.drop(); // still waiting: left out of the batch
    await null;
    jobs[1]!.drop(); // posted: skipped when its turn comes
    const results = await Promise.allSettled(jobs.map((job) => job.result));
    expect(results.map((result) => result.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    expect(String((results[3] as PromiseRejectedResult).reason)).toContain('dropped');
    expect((results[4] as PromiseFulfilledResult<unknown>).value).toEqual(hashFileSync(list[4]!.path));
  });

  test('an unreadable file fails its own hash, not the next ones; closing fails what is left', async () => {
    const [good] = files([1]);
    const workers = new HashWorkers(1);
    open.push(workers);
    const missing = workers.hash(join(tmpdir(), 'mlci-no-such-file.bin'), 1);
    await expect(missing.result).rejects.toThrow(/mlci-no-such-file\.bin: ENOENT/);
    expect(await workers.hash(good!.path, good!.size).result).toEqual(hashFileSync(good!.path));
    await workers.close();
    await expect(workers.hash(good!.path, good!.size).result).rejects.toThrow('closed');
  });

  test('hashFiles uses the early workers and leaves them running; without them it starts and ends its own', async () => {
    const list = files([20, 20]);
    startHashWorkers();
    const early = earlyHashWorkers()!;
    const expected = new Map(list.map(({ path }) => [path, hashFileSync(path)]));
    expect(await hashFiles(list)).toEqual(expected);
    expect(await early.hash(list[0]!.path, list[0]!.size).result).toEqual(expected.get(list[0]!.path));
    await stopHashWorkers();
    expect(earlyHashWorkers()).toBeUndefined();
    await expect(early.hash(list[0]!.path, 1).result).rejects.toThrow('closed');
    expect(await hashFiles(list)).toEqual(expected);
  });
});

describe('contentIds with hashing started before git answers', () => {
  test('a tracked file hashed before git answered still gets its git id, and no state entry', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlci-ids-early-'));
    made.push(dir);
    mkdirSync(join(dir, 'data'));
    for (let i = 0; i < 4; i++) writeFileSync(join(dir, `data/${i}.bin`), Buffer.alloc(12 * MiB, i));
    const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' }).trim();
    git('init', '-q');
    git('add', 'data/0.bin', 'data/1.bin');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', 'two tracked');
    const deps = ['data/0.bin', 'data/1.bin', 'data/2.bin', 'data/3.bin', 'data'];
    startHashWorkers();
    const state = await HashState.load(undefined);
    const remembered: string[] = [];
    const set = state.set.bind(state);
    state.set = (path, ...rest) => {
      remembered.push(path);
      set(path, ...rest);
    };
    // Git answers only once all four files are hashed: the two tracked ones' hashes came first.
    let allHashed!: () => void;
    const hashed = new Promise<void>((resolve) => {
      allHashed = resolve;
    });
    let asked = 0;
    const ids = await contentIds(dir, deps, {
      state,
      git: async () => {
        asked++;
        await hashed;
        return gitBlobIds(dir);
      },
      onProgress: ({ files }) => {
        if (files === 4) allHashed();
      },
    });
    expect(asked).toBe(1);
    for (const i of [0, 1])
      expect(ids[`data/${i}.bin`]).toBe(`git-sha1:${git('hash-object', `data/${i}.bin`)}`);
    for (const i of [2, 3])
      expect(ids[`data/${i}.bin`]).toBe(`sha256:${hashFileSync(join(dir, `data/${i}.bin`)).sha256}`);
    expect(remembered.sort()).toEqual([join(dir, 'data/2.bin'), join(dir, 'data/3.bin')]);
    // The same ids with git's view taken first and no early workers: nothing depends on timing.
    await stopHashWorkers();
    const again = await contentIds(dir, deps, {
      state: await HashState.load(undefined),
      git: await gitBlobIds(dir),
    });
    expect(again).toEqual(ids);
  });
});
