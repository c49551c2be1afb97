// Git's view of the workspace is taken only when a stage has a file to identify (lazyGitIds): a stage with
// no deps and no lockfile fingerprints without starting git (a process start, most of such a run's cost).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, jest, test } from '@jest/globals';

// Every git command mlci runs through platform/git/run.js, recorded and then run for real. (A fake `git`
// on PATH would not do: jest gives the test its own process.env, which child processes do not see.)
const runs: string[] = [];
const real = await import('../../../src/platform/git/run.js');
jest.unstable_mockModule('../../../src/platform/git/run.js', () => ({
  ...real,
  git: (cwd: string, args: readonly string[], options?: object) => {
    runs.push(args.join(' '));
    return real.git(cwd, args, options);
  },
  gitOutput: (cwd: string, args: readonly string[], options?: object) => {
    runs.push(args.join(' '));
    return real.gitOutput(cwd, args, options);
  },
  tryGit: (cwd: string, args: readonly string[], options?: object) => {
    runs.push(args.join(' '));
    return real.tryGit(cwd, args, options);
  },
}));
const { lazyGitIds } = await import('../../../src/platform/git/blob-ids.js');
const { contentIds, MissingPathError } = await import('../../../src/platform/process/content-ids.js');
const { HashState } = await import('../../../src/platform/process/hash-state.js');
const { project } = await import('./project.js');

const gitCalls = () => [...runs];
const clearCalls = () => runs.splice(0);

function commitAll(dir: string) {
  const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' }).trim();
  git('init', '-q');
  git('add', '.');
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', 'init');
  return git;
}

describe('git on demand', () => {
  test('`mlci fingerprint` of a stage without deps starts no git; one with a dep asks git once', async () => {
    const p = project({
      'mlci.yml':
        'version: 1\ntrain:\n  stages:\n    hello:\n      cmd: echo hi > hi.txt\n      outs: [hi.txt]\n    fit:\n      cmd: cat data.csv > model.txt\n      deps: [data.csv]\n      outs: [model.txt]\n',
      'data.csv': 'x\n1\n',
    });
    const git = commitAll(p.dir);
    clearCalls();
    const hello = await p.fingerprint({ targets: 'hello' });
    expect(hello.stdout + hello.log).toMatch(/hello {2}[0-9a-f]{64}/);
    expect(gitCalls()).toEqual([]);

    // The dep is tracked and committed: its id is git's blob id, so git was asked (status, ls-files, …).
    const fit = await p.fingerprint({ targets: 'fit', explain: 'true' });
    expect(fit.stdout + fit.log).toContain(`git-sha1:${git('hash-object', 'data.csv')}`);
    const asked = gitCalls();
    expect(asked.some((call) => call.includes('ls-files'))).toBe(true);
    expect(asked.filter((call) => call.startsWith('status')).length).toBe(1);
  });

  test('contentIds asks a lazy git only for paths, and every caller shares one snapshot', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlci-lazy-git-'));
    try {
      writeFileSync(join(dir, 'a.csv'), 'x\n1\n');
      commitAll(dir);
      const lazy = lazyGitIds(dir);
      let asked = 0;
      const git = () => {
        asked++;
        return lazy();
      };
      const state = await HashState.load(undefined);
      expect(await contentIds(dir, [], { state, git })).toEqual({});
      expect(asked).toBe(0);
      clearCalls();
      const first = lazy();
      expect(lazy()).toBe(first);
      const ids = await contentIds(dir, ['a.csv'], { state, git });
      expect(asked).toBe(1);
      expect((await first).tracked.has(join(dir, 'a.csv'))).toBe(true);
      expect(ids['a.csv']).toMatch(/^(git-sha1|sha256):/);
      await contentIds(dir, ['a.csv'], { state, git });
      expect(gitCalls().filter((call) => call.startsWith('status')).length).toBe(1);
      // A missing dep is still the usage error it was, git asked or not.
      await expect(contentIds(dir, ['nope.csv'], { state, git })).rejects.toBeInstanceOf(MissingPathError);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
