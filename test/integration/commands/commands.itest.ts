// `/mlci …` commands end to end against the fake GitHub, with real issue_comment payloads from
// @octokit/webhooks-examples: who may accept, what is stored where, what is ignored, and how replies
// survive rate limits and 5xx.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getOctokit } from '@actions/github';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { commands } from '../../../src/actions/commands/commands.js';
import { ACCEPTANCE_CHECK, acceptanceFor } from '../../../src/core/metrics/acceptance.js';
import { readAcceptances } from '../../../src/platform/github/acceptances.js';
import { createGitHubClient, type GitHubClient } from '../../../src/platform/github/client.js';
import { pullRequestComment } from '../../harness/events.js';
import { type FakeGitHub, type PullRequestRecord, startFakeGitHub } from '../../harness/fake-github.js';
import { recordingIO } from '../../support/image-io.js';

// biome-ignore lint/suspicious/noExplicitAny: webhook payloads are edited field by field in these tests.
type Loose = Record<string, any>;

const SHA_A = 'a1'.repeat(20);
const SHA_B = 'b2'.repeat(20);
const PR = 12;
const REPO = 'acme/widgets';
const BOT = 'github-actions[bot]';
const HOSTILE_REASON = 'fairness fix </details><h1>OK</h1> @org/team ::error::pwned $(touch /tmp/pwned)';

const CANDIDATE = { accuracy: 0.81, f1: 0.62, recall: 0.7 };
const report = (failed: string[]) =>
  JSON.stringify({
    kind: 'mlci/comparison-report',
    version: 1,
    verdict: failed.length ? 'fail' : 'pass',
    failedMetrics: failed,
    candidate: { metricsFile: 'eval/metrics.json', predictionsFile: null },
    gate: { mode: 'block-on-regression', alpha: 0.05, power: 0.8, onInconclusive: 'pass' },
    statistics: { rng: { seed: 7 }, resamples: 500 },
    metrics: Object.entries(CANDIDATE).map(([name, candidate]) => ({
      name,
      role: 'gated',
      direction: 'higher',
      candidate,
      verdict: failed.includes(name) ? 'fail' : 'pass',
    })),
  });

let fake: FakeGitHub;
let work: string;
let client: GitHubClient;
let pr: PullRequestRecord;
let waits: number[] = [];
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

beforeAll(async () => {
  fake = await startFakeGitHub({ repository: REPO });
  work = await mkdtemp(join(tmpdir(), 'mlci-commands-'));
  client = createGitHubClient({ token: fake.token, baseUrl: fake.url, retry: { sleep: async () => {} } });
  fake.addUser('maint', { permission: 'write' });
  fake.addUser('admin1', { permission: 'admin' });
  fake.addUser('reader', { permission: 'read' });
  fake.addUser('triager', { permission: 'triage' });
});
afterAll(async () => {
  await fake.stop();
  await rm(work, { recursive: true, force: true });
});
beforeEach(() => {
  fake.clearFaults();
  for (const list of [
    fake.state.comments,
    fake.state.checkRuns,
    fake.state.reactions,
    fake.state.pulls,
    fake.state.reruns,
  ])
    list.splice(0);
  fake.state.workflowRuns.splice(1);
  fake.state.artifacts.splice(0);
  fake.state.releases.splice(0);
  fake.state.assets.splice(0);
  fake.requests.splice(0);
  waits = [];
  pr = {
    repo: REPO,
    number: PR,
    headSha: SHA_A,
    headRef: 'feature',
    headRepo: 'contributor/widgets',
    baseRef: 'main',
    state: 'open',
    user: 'contributor',
    title: 'Fairness fix',
  };
  fake.state.pulls.push(pr);
  // The PR's CI run at the head: its comparison failed on accuracy and uploaded the report.
  const run = fake.seedRun({
    headSha: SHA_A,
    headBranch: 'feature',
    event: 'pull_request',
    conclusion: 'failure',
    createdAt: minutesAgo(10),
  });
  fake.seedArtifact(run, 'mlci-comparison', { 'mlci-comparison-report.json': report(['accuracy', 'f1']) });
});

/** Posts `body` as `login` on the PR (in the fake and as the event payload) and runs the handler. */
async function comment(
  body: string,
  login: string,
  options: {
    edit?: (payload: Record<string, unknown>) => void;
    inputs?: Record<string, string>;
    env?: Record<string, string>;
  } = {},
) {
  const id = fake.nextId();
  const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  fake.state.comments.push({
    id,
    repo: REPO,
    issueNumber: PR,
    body,
    user: login,
    createdAt: now,
    updatedAt: now,
  });
  const payload = pullRequestComment({ body, login, number: PR });
  Object.assign(payload.comment as object, {
    id,
    created_at: now,
    html_url: `https://github.com/${REPO}/pull/${PR}#issuecomment-${id}`,
  });
  (payload.repository as { default_branch: string }).default_branch = 'main';
  options.edit?.(payload);
  const eventPath = join(work, `event-${id}.json`);
  await writeFile(eventPath, JSON.stringify(payload));
  const io = recordingIO(options.inputs ?? {}, work, {
    ...fake.env(),
    GITHUB_EVENT_NAME: 'issue_comment',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: 'c3'.repeat(20),
    ...options.env,
  });
  let error: unknown;
  try {
    await commands(io, { retry: { sleep: async (ms) => void waits.push(ms) } });
  } catch (thrown) {
    error = thrown;
  }
  const replies = fake.state.comments.filter((c) => c.user === BOT && c.issueNumber === PR);
  const reactions = fake.state.reactions.filter((r) => r.commentId === id).map((r) => r.content);
  return { io, id, error, replies, reactions, outcome: io.outputs.outcome };
}

const writes = () => fake.requests.filter((r) => r.method !== 'GET');

describe('accept', () => {
  test('a maintainer accepts: a check run by the github-actions app on the head SHA holds the record', async () => {
    const run = await comment(
      `Known cost of the fairness fix.\n\n/mlci accept accuracy -- ${HOSTILE_REASON}`,
      'maint',
    );
    expect(run.error).toBeUndefined();
    expect(run.outcome).toBe('done');
    expect(run.reactions).toEqual(['eyes', '+1']);
    const [check] = fake.state.checkRuns;
    expect(check).toMatchObject({
      name: ACCEPTANCE_CHECK,
      headSha: SHA_A,
      app: 'github-actions',
      conclusion: 'neutral',
    });
    const [acceptance] = await readAcceptances(client, { owner: 'acme', repo: 'widgets' }, SHA_A);
    expect(acceptance).toMatchObject({
      sha: SHA_A,
      metrics: ['accuracy'],
      reason: HOSTILE_REASON,
      by: 'maint',
      permission: 'write',
      commentId: run.id,
      pullRequest: PR,
    });
    // The reply and the check run summary escape the reason; no log line carries it.
    expect(run.replies).toHaveLength(1);
    expect(run.replies[0]!.body).toContain('Accepted the regression of `accuracy`');
    expect(run.replies[0]!.body).not.toMatch(/<h1>|@org|::error/);
    expect(check!.output.summary).not.toMatch(/<h1>|@org|::error/);
    expect(run.io.logs.join('\n')).not.toContain('fairness fix');
    expect(run.io.logs.join('\n')).not.toContain('pwned');
  });

  test('a re-run of the same job (same event) records and replies once', async () => {
    const first = await comment('/mlci accept accuracy -- known', 'maint');
    const again = recordingIO({}, work, first.io.env as Record<string, string>);
    await commands(again, { retry: { sleep: async () => {} } });
    expect(again.outputs.outcome).toBe('done');
    expect(fake.state.checkRuns).toHaveLength(1);
    expect(fake.state.comments.filter((c) => c.user === BOT)).toHaveLength(1);
  });

  test('after a new push the acceptance does not apply to the new head', async () => {
    await comment('/mlci accept accuracy -- known', 'maint');
    pr.headSha = SHA_B;
    const repo = { owner: 'acme', repo: 'widgets' };
    expect(await readAcceptances(client, repo, SHA_B)).toEqual([]);
    const atA = await readAcceptances(client, repo, SHA_A);
    expect(acceptanceFor(atA, SHA_A, 'accuracy')?.by).toBe('maint');
    expect(acceptanceFor(atA, SHA_B, 'accuracy')).toBeUndefined();
    // Accepting again at B needs B's own comparison: there is none yet.
    const again = await comment('/mlci accept accuracy -- known', 'maint');
    expect(again.outcome).toBe('no-comparison');
    expect(fake.state.checkRuns.filter((c) => c.headSha === SHA_B)).toEqual([]);
  });

  test.each([
    ['a read-only user', 'reader', /permission on this repository is read/],
    ['a triager', 'triager', /permission on this repository is triage/],
    ['an outside contributor', 'contributor', /permission on this repository is none/],
  ])('%s is refused politely and nothing is stored', async (_who, login, why) => {
    const run = await comment('/mlci accept accuracy -- please', login);
    expect(run.outcome).toBe('refused');
    expect(run.reactions).toEqual(['eyes', '-1']);
    expect(run.replies[0]!.body).toMatch(why);
    expect(run.replies[0]!.body).toContain('Nothing was changed');
    expect(fake.state.checkRuns).toEqual([]);
  });

  test('the permission API failing (500 after retries) refuses: fail closed (CHAT-02)', async () => {
    fake.fault({
      method: 'GET',
      path: '/repos/{owner}/{repo}/collaborators/{username}/permission',
      status: 500,
      times: 20,
    });
    const run = await comment('/mlci accept accuracy -- please', 'admin1');
    expect(run.outcome).toBe('refused');
    expect(run.replies[0]!.body).toContain('could not verify your permission');
    expect(fake.state.checkRuns).toEqual([]);
  });

  test('a metric that did not regress is not accepted, and the reply says so', async () => {
    const run = await comment('/mlci accept accuracy,recall,auc -- all of them', 'maint');
    expect(run.outcome).toBe('not-a-regression');
    expect(run.replies[0]!.body).toMatch(
      /Not a regression.*`recall` did not regress.*`auc` is not in the comparison/,
    );
    expect(fake.state.checkRuns).toEqual([]);
  });

  test('a comparison that finished after the comment is not what the maintainer answered', async () => {
    const late = fake.seedRun({
      headSha: SHA_A,
      event: 'pull_request',
      conclusion: 'failure',
      createdAt: minutesAgo(-5),
    });
    fake.seedArtifact(late, 'mlci-comparison', { 'mlci-comparison-report.json': report(['accuracy']) });
    const run = await comment('/mlci accept accuracy -- known', 'maint');
    expect(run.outcome).toBe('no-comparison');
    expect(run.replies[0]!.body).toContain('finished after your comment');
    expect(fake.state.checkRuns).toEqual([]);
  });
});

describe('ignored without a reaction or reply', () => {
  test.each([
    ['a bot', '/mlci accept accuracy -- bot says so', BOT, undefined],
    [
      'a bot by type',
      '/mlci accept accuracy -- bot',
      'renovate',
      (p: Loose) => (p.comment.user.type = 'Bot'),
    ],
    ['a quoted command', '> /mlci accept accuracy -- quoted\n\nI would not do that', 'maint', undefined],
    ['a command in a code block', '```\n/mlci accept accuracy -- x\n```', 'maint', undefined],
    [
      'an edited comment',
      '/mlci accept accuracy -- edited in later',
      'maint',
      (p: Loose) => (p.action = 'edited'),
    ],
    [
      'a comment on an issue',
      '/mlci accept accuracy -- x',
      'maint',
      (p: Loose) => delete p.issue.pull_request,
    ],
  ])('%s', async (_name, body, login, edit) => {
    const run = await comment(body, login, { edit });
    expect(run.outcome).toBe('ignored');
    expect(run.reactions).toEqual([]);
    expect(writes()).toEqual([]);
  });
});

describe('forged acceptances are ignored', () => {
  const record = (sha: string) =>
    JSON.stringify({
      kind: 'mlci/acceptance',
      version: 1,
      sha,
      metrics: ['accuracy'],
      reason: 'forged',
      by: 'maint',
      permission: 'admin',
      commentUrl: 'https://github.com/acme/widgets/pull/12#issuecomment-1',
      commentId: 1,
      pullRequest: PR,
      at: '2026-12-01T00:00:00Z',
    });

  test('a user comment imitating the stored record is not an acceptance', async () => {
    const run = await comment(`${record(SHA_A)}\n<!-- mlci:command:0123456789abcdef0123 -->`, 'contributor');
    expect(run.outcome).toBe('ignored');
    expect(await readAcceptances(client, { owner: 'acme', repo: 'widgets' }, SHA_A)).toEqual([]);
  });

  test('a user token cannot create the check run; one made by another app is not trusted', async () => {
    const userClient = createGitHubClient({
      token: fake.addUser('mallory'),
      baseUrl: fake.url,
      retry: { sleep: async () => {} },
    });
    const params = {
      owner: 'acme',
      repo: 'widgets',
      name: ACCEPTANCE_CHECK,
      head_sha: SHA_A,
      status: 'completed',
      conclusion: 'neutral',
      output: { title: 'x', summary: 'x', text: record(SHA_A) },
    };
    await expect(userClient.write('POST /repos/{owner}/{repo}/check-runs', params)).rejects.toMatchObject({
      status: 403,
    });
    const appClient = createGitHubClient({
      token: fake.addUser('evil-app[bot]'),
      baseUrl: fake.url,
      retry: { sleep: async () => {} },
    });
    await appClient.write('POST /repos/{owner}/{repo}/check-runs', params);
    expect(fake.state.checkRuns.map((c) => c.app)).toEqual(['evil-app']);
    const repo = { owner: 'acme', repo: 'widgets' };
    expect(await readAcceptances(client, repo, SHA_A)).toEqual([]);
    // The app that wrote it is trusted only when named.
    expect(await readAcceptances(client, repo, SHA_A, 'evil-app')).toHaveLength(1);
    // And only the creating app may change a check run.
    await expect(
      appClient.write('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
        owner: 'acme',
        repo: 'widgets',
        check_run_id: fake.state.checkRuns[0]!.id,
        conclusion: 'success',
      }),
    ).resolves.toBeDefined();
    await expect(
      client.write('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
        owner: 'acme',
        repo: 'widgets',
        check_run_id: fake.state.checkRuns[0]!.id,
        conclusion: 'success',
      }),
    ).rejects.toMatchObject({ status: 403 });
  });
});

describe('replies under faults', () => {
  const POST = '/repos/{owner}/{repo}/issues/{issue_number}/comments';

  test('a 429 with retry-after is retried; the reply lands once', async () => {
    const limited = fake.fault({ method: 'POST', path: POST, status: 429, retryAfter: 1, times: 1 });
    const run = await comment('/mlci help', 'reader');
    expect(limited.hits).toBe(1);
    expect(waits).toEqual([1000]);
    expect(run.outcome).toBe('done');
    expect(run.replies).toHaveLength(1);
    expect(run.replies[0]!.body).toContain('/mlci accept');
  });

  test('a secondary rate limit (403) on the reply is waited out; the reply lands once', async () => {
    const limited = fake.fault({
      method: 'POST',
      path: POST,
      status: 403,
      times: 2,
      retryAfter: 3,
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      },
    });
    const run = await comment('/mlci help', 'reader');
    expect(limited.hits).toBe(2);
    expect(waits).toEqual([3000, 3000]);
    expect(run.replies).toHaveLength(1);
  });

  test('a dropped connection on the reply: looked for, then posted once', async () => {
    const dropped = fake.fault({ method: 'POST', path: POST, drop: true, times: 1 });
    const run = await comment('/mlci help', 'reader');
    expect(dropped.hits).toBe(1);
    expect(run.outcome).toBe('done');
    expect(run.replies).toHaveLength(1);
  });

  test('a 502 after the reply was stored: found, not posted twice', async () => {
    const lost = fake.fault({ method: 'POST', path: POST, status: 502, after: true, times: 1 });
    const run = await comment('/mlci accept accuracy -- known', 'maint');
    expect(lost.hits).toBe(1);
    expect(run.outcome).toBe('done');
    expect(run.replies).toHaveLength(1);
    expect(fake.state.checkRuns).toHaveLength(1);
  });

  test('a 5xx on the check run after it was stored: one record, not two', async () => {
    fake.fault({
      method: 'POST',
      path: '/repos/{owner}/{repo}/check-runs',
      status: 503,
      after: true,
      times: 1,
    });
    const run = await comment('/mlci accept accuracy -- known', 'maint');
    expect(run.outcome).toBe('done');
    expect(fake.state.checkRuns).toHaveLength(1);
  });

  test('reactions failing do not stop the command (CHAT-10)', async () => {
    fake.fault({
      method: 'POST',
      path: '/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions',
      status: 500,
      times: 50,
    });
    const run = await comment('/mlci accept accuracy -- known', 'maint');
    expect(run.outcome).toBe('done');
    expect(fake.state.checkRuns).toHaveLength(1);
    expect(run.io.logs.some((l) => l.startsWith('warning: could not react'))).toBe(true);
  });

  test('a reply that cannot be posted is a warning; the acceptance stays recorded', async () => {
    fake.fault({ method: 'POST', path: POST, status: 422, times: 5 });
    const run = await comment('/mlci accept accuracy -- known', 'maint');
    expect(run.error).toBeUndefined();
    expect(run.outcome).toBe('done');
    expect(run.replies).toEqual([]);
    expect(fake.state.checkRuns).toHaveLength(1);
    expect(run.io.logs.some((l) => l.startsWith('warning: could not post the reply'))).toBe(true);
  });
});

describe('help, invalid commands, rerun, untrusted checkout', () => {
  test('help is open to anyone; an invalid command gets the problem and the help', async () => {
    const help = await comment('/mlci help', 'contributor');
    expect(help.outcome).toBe('done');
    expect(help.replies[0]!.body).toContain('write permission or higher');
    const invalid = await comment('/mlci accept; rm -rf /', 'maint');
    expect(invalid.outcome).toBe('invalid');
    expect(invalid.reactions).toEqual(['eyes', '-1']);
    expect(invalid.replies[1]!.body).toMatch(/unknown command: `accept;`[\s\S]*\/mlci help/);
    expect(invalid.io.logs.join('\n')).not.toContain('rm -rf');
  });

  test("rerun re-runs the failed jobs of the head commit's latest failed run; a reader cannot", async () => {
    const refused = await comment('/mlci rerun', 'reader');
    expect(refused.outcome).toBe('refused');
    expect(fake.state.reruns).toEqual([]);
    const run = await comment('/mlci rerun', 'maint');
    expect(run.outcome).toBe('done');
    const failed = fake.state.workflowRuns.find((r) => r.headSha === SHA_A)!;
    expect(fake.state.reruns).toEqual([failed.id]);
    expect(run.replies.at(-1)!.body).toContain(`workflow run ${failed.id}`);
  });

  test('rerun with nothing failed says so', async () => {
    for (const run of fake.state.workflowRuns) if (run.headSha === SHA_A) run.conclusion = 'success';
    const run = await comment('/mlci rerun', 'maint');
    expect(run.outcome).toBe('nothing-to-rerun');
    expect(fake.state.reruns).toEqual([]);
  });

  test("refuses to run when the workspace holds another commit than the workflow's (TRIG-01)", async () => {
    const checkout = await mkdtemp(join(tmpdir(), 'mlci-commands-git-'));
    try {
      const git = (...args: string[]) =>
        execFileSync('git', ['-C', checkout, ...args], {
          env: {
            ...process.env,
            GIT_AUTHOR_NAME: 't',
            GIT_AUTHOR_EMAIL: 't@e',
            GIT_COMMITTER_NAME: 't',
            GIT_COMMITTER_EMAIL: 't@e',
          },
        });
      git('init', '-q');
      git('commit', '-q', '--allow-empty', '-m', 'pr head');
      const original = work;
      work = checkout;
      const run = await comment('/mlci accept accuracy -- known', 'maint');
      work = original;
      expect(String(run.error)).toMatch(/refusing to run PR commands under `issue_comment`/);
      expect(writes()).toEqual([]);
    } finally {
      await rm(checkout, { recursive: true, force: true });
    }
  });
});

describe('compare <ref>', () => {
  async function release(tag: string, assets: Record<string, string>) {
    const octokit = getOctokit(fake.token, { baseUrl: fake.url });
    const created = await octokit.request('POST /repos/{owner}/{repo}/releases', {
      owner: 'acme',
      repo: 'widgets',
      tag_name: tag,
    });
    for (const [name, data] of Object.entries(assets)) {
      await octokit.request('POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}', {
        owner: 'acme',
        repo: 'widgets',
        release_id: created.data.id,
        name,
        data,
        headers: { 'content-type': 'application/octet-stream' },
      });
    }
  }
  const RECORD = {
    kind: 'mlci/release-record',
    version: 1,
    metrics: { accuracy: 0.9, f1: 0.6, recall: 0.65 },
  };

  test("against a release tag: the summary of the head's values against its production record", async () => {
    await release('v1.4.0', { 'mlci-release-record.json': JSON.stringify(RECORD) });
    const run = await comment('/mlci compare v1.4.0', 'contributor');
    expect(run.outcome).toBe('done');
    const body = run.replies[0]!.body;
    expect(body).toContain('against the tag `v1.4.0`');
    expect(body).toMatch(/\| accuracy \| 0\.9 \| 0\.81 \|/);
    expect(body).toContain('baseline from **release**');
    expect(body).toContain('margins and floors not applied');
    expect(fake.state.checkRuns).toEqual([]);
  });

  test('with mlci.yml in the workspace its gate rules apply, and the metrics file of the artifact is the candidate', async () => {
    await release('v1.5.0', { 'mlci-release-record.json': JSON.stringify(RECORD) });
    const run0 = fake.state.workflowRuns.find((r) => r.headSha === SHA_A)!;
    fake.seedArtifact(run0, 'mlci-comparison-2', {
      'mlci-comparison-report.json': report(['accuracy']),
      'eval/metrics.json': JSON.stringify({ accuracy: 0.95, f1: 0.5, recall: 0.7 }),
    });
    await writeFile(
      join(work, 'mlci.yml'),
      'version: 1\ncompare-metrics:\n  gate:\n    f1: higher, floor 0.55\n',
    );
    try {
      const run = await comment('/mlci compare v1.5.0', 'contributor', {
        inputs: { 'artifact-name': 'mlci-comparison-2' },
      });
      const body = run.replies[0]!.body;
      expect(body).toContain('candidate: its metrics file');
      expect(body).toContain('rules: mlci.yml');
      expect(body).toMatch(/\| f1 \| 0\.6 \| 0\.5 \|.*floor 0\.55.*❌ fail/);
      expect(body).toMatch(/\| accuracy \| 0\.9 \| 0\.95 \|.*ℹ️ info/);
    } finally {
      await rm(join(work, 'mlci.yml'));
    }
  });

  test("against a commit (short SHA): the default branch's baseline artifact at that commit", async () => {
    const main = fake.seedRun({
      headSha: 'c0ffee'.repeat(6) + 'c0ff',
      headBranch: 'main',
      event: 'push',
      conclusion: 'success',
    });
    fake.seedArtifact(main, 'mlci-baseline', {
      'metrics.json': JSON.stringify({ accuracy: 0.7, f1: 0.7, recall: 0.7 }),
    });
    const run = await comment('/mlci compare c0ffeec0', 'contributor');
    expect(run.outcome).toBe('done');
    expect(run.replies[0]!.body).toContain('baseline from **artifact**');
    expect(run.replies[0]!.body).toMatch(/\| accuracy \| 0\.7 \| 0\.81 \|/);
  });

  test('an unknown tag or commit gets a clear reply', async () => {
    const tag = await comment('/mlci compare v9.9.9', 'contributor');
    expect(tag.replies[0]!.body).toContain('No baseline at `v9.9.9`: no published release is tagged v9.9.9');
    const sha = await comment('/mlci compare deadbeef', 'contributor');
    expect(sha.replies.at(-1)!.body).toContain('no successful main run at a commit starting deadbeef');
  });
});
