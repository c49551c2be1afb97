// The git baseline against real temporary repositories: the merge-base (not the base tip), a shallow
// clone deepened only as far as needed, and the metrics file read at that commit.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { compareMetrics } from '../../../src/actions/compare-metrics/compare-metrics.js';
import { cliIO } from '../../../src/platform/cli-io.js';
import { parentCommit } from '../../../src/platform/git/ancestry.js';
import { readFileAtCommit } from '../../../src/platform/git/at-commit.js';
import { findMergeBase } from '../../../src/platform/git/merge-base.js';

let root: string;
let origin: string;
let mergeBase: string;

const git = (cwd: string, ...args: string[]) =>
  execFileSync(
    'git',
    ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args],
    {
      cwd,
      encoding: 'utf8',
    },
  ).trim();

async function commit(cwd: string, accuracy: number, message: string): Promise<string> {
  await writeFile(join(cwd, 'metrics.json'), JSON.stringify({ eval: { accuracy } }));
  git(cwd, 'add', 'metrics.json');
  git(cwd, 'commit', '-q', '-m', message);
  return git(cwd, 'rev-parse', 'HEAD');
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'mlci-compare-git-'));
  origin = join(root, 'origin');
  execFileSync('git', ['init', '-q', '-b', 'main', origin]);
  git(origin, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
  await commit(origin, 0.7, 'first');
  mergeBase = await commit(origin, 0.8, 'the merge-base');
  git(origin, 'checkout', '-q', '-b', 'feature');
  for (let i = 0; i < 5; i++) await commit(origin, 0.81 + i / 100, `feature ${i}`);
  git(origin, 'checkout', '-q', 'main');
  // main moves on after the branch point: the tip must not be the baseline.
  await commit(origin, 0.99, 'unrelated main change');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function shallowClone(name: string): Promise<string> {
  const work = join(root, name);
  execFileSync('git', ['clone', '-q', '--depth', '1', '--branch', 'feature', `file://${origin}`, work]);
  return work;
}

describe('baseline from git at the merge-base', () => {
  test('a depth-1 clone is deepened until the merge-base is found, and the file is read there', async () => {
    const work = await shallowClone('shallow');
    expect(git(work, 'rev-parse', '--is-shallow-repository')).toBe('true');
    const logs: string[] = [];
    const sha = await findMergeBase({ cwd: work, base: 'main', log: (m) => logs.push(m) });
    expect(sha).toBe(mergeBase);
    expect(logs.some((m) => /deepening by 50/.test(m))).toBe(true);
    // Deepened, not unshallowed: only what was needed.
    expect(logs.some((m) => /full history/.test(m))).toBe(false);
    expect(JSON.parse((await readFileAtCommit(work, sha, 'metrics.json'))!)).toEqual({
      eval: { accuracy: 0.8 },
    });
    expect(await readFileAtCommit(work, sha, 'missing.json')).toBeUndefined();
  });

  test('pull_request: HEAD is the synthetic merge commit; the merge-base is taken from the PR head', async () => {
    // GitHub's refs/pull/N/merge: the feature merged into main's tip, checked out at depth 1.
    const featureTip = git(origin, 'rev-parse', 'feature');
    git(origin, 'checkout', '-q', '--detach', 'main');
    git(origin, 'merge', '-q', '--no-ff', '-X', 'theirs', '-m', 'merge', 'feature');
    git(origin, 'update-ref', 'refs/pull/1/merge', 'HEAD');
    git(origin, 'checkout', '-q', 'main');
    const work = join(root, 'pr');
    execFileSync('git', ['init', '-q', work]);
    git(work, 'remote', 'add', 'origin', `file://${origin}`);
    git(work, 'fetch', '-q', '--depth=1', 'origin', 'refs/pull/1/merge');
    git(work, 'checkout', '-q', 'FETCH_HEAD');
    // From HEAD (the merge commit) the "merge-base" would be main's tip: the wrong baseline.
    const naive = await findMergeBase({ cwd: work, base: 'main' });
    expect(naive).toBe(git(origin, 'rev-parse', 'main'));
    const right = await findMergeBase({ cwd: work, base: 'main', head: featureTip });
    expect(right).toBe(mergeBase);
  });

  test('push on the base branch itself: the parent commit, fetched into a depth-1 clone', async () => {
    const work = join(root, 'main-push');
    execFileSync('git', ['clone', '-q', '--depth', '1', '--branch', 'main', `file://${origin}`, work]);
    const tip = git(work, 'rev-parse', 'HEAD');
    expect(await findMergeBase({ cwd: work, base: 'main' })).toBe(tip);
    const parent = await parentCommit(work, tip);
    expect(parent).toBe(git(origin, 'rev-parse', 'main^'));
  });

  test('a base that is not a ref git would accept is refused before git sees it', async () => {
    const work = join(root, 'shallow');
    await expect(findMergeBase({ cwd: work, base: '--upload-pack=touch pwned' })).rejects.toThrow(
      /not a branch name or SHA/,
    );
  });

  test('the command compares with the merge-base metrics (not main’s tip) and says so', async () => {
    const work = await shallowClone('command');
    const outputs = join(work, '.outputs');
    const io = cliIO({
      inputs: new Map([
        ['candidate', 'metrics.json'],
        ['baseline-order', 'file,git'],
        ['base-ref', 'main'],
        ['rules', 'eval.accuracy: higher, margin 0.01'],
        ['report', 'out/report.json'],
      ]),
      env: {},
      cwd: work,
      outputsFile: outputs,
      quiet: true,
      write: () => {},
    });
    await compareMetrics(io);
    const report = JSON.parse(await readFile(join(work, 'out/report.json'), 'utf8'));
    expect(report.baseline).toMatchObject({ source: 'git', detail: { commit: mergeBase, base: 'main' } });
    expect(
      report.baseline.searched.map((s: { source: string; outcome: string }) => `${s.source}:${s.outcome}`),
    ).toEqual(['file:not-found', 'git:found']);
    const accuracy = report.metrics.find((m: { name: string }) => m.name === 'eval.accuracy');
    expect(accuracy).toMatchObject({
      baseline: 0.8,
      candidate: 0.81 + 4 / 100,
      test: 'point',
      verdict: 'pass',
    });
    expect(await readFile(outputs, 'utf8')).toContain('verdict=pass');
  });

  test('a regression beyond the margin fails the gate with exit code 1, after writing the report', async () => {
    const work = await shallowClone('regression');
    await writeFile(join(work, 'metrics.json'), JSON.stringify({ eval: { accuracy: 0.75 } }));
    const io = cliIO({
      inputs: new Map([
        ['candidate', 'metrics.json'],
        ['baseline-order', 'git'],
        ['base-ref', 'main'],
        ['rules', 'eval.accuracy: higher, margin 0.01'],
      ]),
      env: {},
      cwd: work,
      quiet: true,
      write: () => {},
    });
    await expect(compareMetrics(io)).rejects.toMatchObject({
      exitCode: 1,
      message: expect.stringMatching(/eval\.accuracy/),
    });
    const report = JSON.parse(await readFile(join(work, 'mlci-comparison-report.json'), 'utf8'));
    expect(report).toMatchObject({ verdict: 'fail', failedMetrics: ['eval.accuracy'] });
  });
});
