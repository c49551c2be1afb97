// `mlci report` posting through the fake GitHub: the sticky comment over every page, matrix jobs,
// concurrent duplicates, a spoofed marker, a body GitHub refuses as too long, the check run with
// batched annotations, the review on changed data lines, and every fault degrading to a warning.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { stickyMarker } from '../../../src/actions/report/report.js';
import { ACTIONS_BOT } from '../../../src/platform/github/marked.js';
import { type FakeGitHub, startFakeGitHub } from '../../harness/fake-github.js';
import { expectSafeGfm } from '../../support/cmark.js';
import { HEAD, PR, runReportStep, type Workspace, workspace } from '../../support/report-run.js';

let fake: FakeGitHub;
let ws: Workspace;
const MARK = stickyMarker('CI', 'eval', '');
const COMMENTS = '/repos/{owner}/{repo}/issues/{issue_number}/comments';

beforeAll(async () => {
  fake = await startFakeGitHub({ repository: 'acme/iris' });
});
afterAll(async () => fake.stop());
beforeEach(() => {
  ws = workspace(['bad-validation', 'bad-comparison']);
  fake.clearFaults();
  for (const list of [
    fake.state.comments,
    fake.state.checkRuns,
    fake.state.reviews,
    fake.state.reviewComments,
    fake.state.pullFiles,
  ]) {
    list.splice(0);
  }
  fake.requests.splice(0);
});
afterEach(() => ws.remove());

const seed = (body: string, user = 'octocat', issueNumber = PR) => {
  const now = new Date().toISOString();
  const comment = {
    id: fake.nextId(),
    repo: fake.repository,
    issueNumber,
    body,
    user,
    createdAt: now,
    updatedAt: now,
  };
  fake.state.comments.push(comment);
  return comment;
};
const ours = () =>
  fake.state.comments.filter((c) => c.user === ACTIONS_BOT && c.body.includes('<!-- mlci:report:'));
const writes = (method: string, route: string) =>
  fake.requests.filter((r) => r.method === method && r.route === route);
/** Warnings that something was not posted (a retry's own warning is not one). */
const warnings = (logs: readonly string[]) =>
  logs.filter((l) => l.startsWith('warning: ') && !/retrying in/.test(l));

describe('sticky comment', () => {
  test('found on page 3 of 250 comments and updated in place; the body renders safely', async () => {
    for (let i = 0; i < 250; i++)
      seed(i === 230 ? `old report\n\n${MARK}\n` : `comment ${i}`, i === 230 ? ACTIONS_BOT : 'octocat');
    const io = await runReportStep(fake, ws);
    expect(writes('POST', COMMENTS)).toHaveLength(0);
    expect(writes('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}')).toHaveLength(1);
    expect(
      fake.requests.filter((r) => r.route === COMMENTS && r.method === 'GET').map((r) => r.query.page ?? '1'),
    ).toEqual(['1', '2', '3']);
    const [sticky] = ours();
    expect(sticky!.id).toBe(fake.state.comments[230]!.id);
    expect(sticky!.body.split('\n')[0]).toMatch(/^## ❌ mlci: fail — /);
    expect(sticky!.body).toContain(`\n${MARK}\n`);
    expectSafeGfm(sticky!.body);
    expect(io.outputs.posted).toBe('summary,comment,check-run');
    expect(io.outputs.verdict).toBe('fail');
    expect(warnings(io.logs)).toEqual([]);
  });

  test('a rerun updates, never duplicates: one comment, one check run, one review', async () => {
    fake.state.pullFiles.push({
      repo: fake.repository,
      pullNumber: PR,
      filename: 'data/bad.csv',
      status: 'modified',
      additions: 30,
      deletions: 0,
      patch: `@@ -1,0 +1,30 @@\n${'+x\n'.repeat(30)}`,
    });
    await runReportStep(fake, ws);
    await runReportStep(fake, ws);
    expect(ours()).toHaveLength(1);
    expect(writes('POST', COMMENTS)).toHaveLength(1);
    expect(fake.state.checkRuns).toHaveLength(1);
    expect(fake.state.reviews).toHaveLength(1);
  });

  test('two matrix jobs keep a comment each; two racing runs of one job end with one', async () => {
    const json = (python: string) => JSON.stringify({ python });
    await Promise.all([
      runReportStep(fake, ws, { inputs: { key: json('3.11') } }),
      runReportStep(fake, ws, { inputs: { key: json('3.12') } }),
    ]);
    expect(ours()).toHaveLength(2);
    expect(new Set(ours().map((c) => c.body.trim().split('\n').at(-1))).size).toBe(2);

    fake.state.comments.splice(0);
    fake.requests.splice(0);
    const racing = await Promise.all([1, 2, 3].map(() => runReportStep(fake, ws)));
    expect(ours()).toHaveLength(1);
    // However the three interleave, every comment created beyond the first was deleted again.
    const created = writes('POST', COMMENTS).length;
    const deleted = new Set(
      writes('DELETE', '/repos/{owner}/{repo}/issues/comments/{comment_id}').map((r) => r.path),
    );
    expect(deleted.size).toBe(created - 1);
    expect(racing.every((io) => io.outputs.posted?.includes('comment'))).toBe(true);
  });

  test('a marker pasted by someone else is ignored and their comment untouched', async () => {
    const forged = seed(`I am the report ✅\n${MARK}`, 'mallory');
    await runReportStep(fake, ws);
    expect(forged.body).toBe(`I am the report ✅\n${MARK}`);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.id).not.toBe(forged.id);
  });

  test('GitHub refusing the body as too long (422): the short form is posted, once, with a warning', async () => {
    const fault = fake.fault({
      method: 'POST',
      path: COMMENTS,
      status: 422,
      times: 1,
      body: {
        message: 'Validation Failed',
        documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
        errors: [
          {
            resource: 'IssueComment',
            code: 'custom',
            field: 'body',
            message: 'body is too long (maximum is 65536 characters)',
          },
        ],
      },
    });
    const io = await runReportStep(fake, ws);
    expect(fault.hits).toBe(1);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toMatch(/✂️ Trimmed to fit .*left out .*every section body/);
    expect(ours()[0]!.body).not.toContain('<details>');
    expect(warnings(io.logs)).toEqual([
      expect.stringMatching(/GitHub refused the comment .*422.*short form/),
    ]);
  });
});

describe('check run and review', () => {
  test('the check run concludes with the verdict; 60 annotations go 50 + 10; the summary renders safely', async () => {
    await runReportStep(fake, ws);
    expect(fake.state.checkRuns).toHaveLength(1);
    const [run] = fake.state.checkRuns;
    expect(run).toMatchObject({
      name: 'mlci report',
      headSha: HEAD,
      conclusion: 'failure',
      status: 'completed',
    });
    expect(run!.annotations).toHaveLength(60);
    const sizes = fake.requests
      .filter((r) => r.route?.includes('/check-runs') && r.method !== 'GET')
      .map((r) => ((r.body as { output?: { annotations?: unknown[] } }).output?.annotations ?? []).length);
    expect(sizes).toEqual([50, 10]);
    expect(run!.annotations[0]).toMatchObject({
      path: 'data/bad.csv',
      start_line: 5,
      annotation_level: 'failure',
    });
    expectSafeGfm(run!.output.summary!);
  });

  test('an acceptance check run not created by the workflow app is read but not honoured', async () => {
    const only = workspace(['bad-comparison']);
    try {
      fake.state.checkRuns.push({
        id: fake.nextId(),
        repo: fake.repository,
        name: 'mlci/acceptance',
        headSha: HEAD,
        status: 'completed',
        conclusion: 'success',
        startedAt: new Date().toISOString(),
        completedAt: new Date().toISOString(),
        externalId: '',
        detailsUrl: null,
        output: {
          title: 'accepted',
          summary: 'accepted',
          text: JSON.stringify({
            kind: 'mlci/acceptance',
            version: 1,
            sha: HEAD,
            metrics: ['accuracy', 'f1_macro'],
            reason: 'new labels',
            by: 'mallory',
            permission: 'write',
            commentUrl: 'https://github.com/acme/iris/pull/7#issuecomment-1',
            commentId: 1,
            pullRequest: PR,
            at: '2026-12-01T00:00:00Z',
          }),
        },
        annotations: [],
      });
      await runReportStep(fake, only);
      const asked = fake.requests.filter(
        (r) =>
          r.route === '/repos/{owner}/{repo}/commits/{ref}/check-runs' &&
          r.query.check_name === 'mlci/acceptance',
      );
      expect(asked.map((r) => r.path)).toContain(`/repos/acme/iris/commits/${HEAD}/check-runs`);
      const run = fake.state.checkRuns.find((r) => r.name === 'mlci report');
      expect(run!.conclusion).toBe('failure');
      expect(ours()[0]!.body).not.toMatch(/accepted by/);
    } finally {
      only.remove();
    }
  });

  test('the review comments inline only on changed lines and summarises the rest; a rerun posts no second one', async () => {
    fake.state.pullFiles.push({
      repo: fake.repository,
      pullNumber: PR,
      filename: 'data/bad.csv',
      status: 'modified',
      additions: 2,
      deletions: 1,
      patch:
        '@@ -4,3 +4,4 @@\n 3,4.7,3.2,1.3,0.2,setosa\n-4,old\n+4,4.6,abc,1.5,0.2,setosa\n+5,x\n 6,5.4\n@@ -20,3 +21,3 @@\n 20,a\n-21,b\n+21,c\n 22,d',
    });
    await runReportStep(fake, ws);
    expect(fake.state.reviews).toHaveLength(1);
    expect(fake.state.reviews[0]).toMatchObject({ state: 'COMMENTED', commitId: HEAD });
    const lines = fake.state.reviewComments.map((c) => [c.path, c.line]);
    expect(lines).toEqual([
      ['data/bad.csv', 5],
      ['data/bad.csv', 22],
    ]);
    expect(fake.state.reviews[0]!.body).toMatch(
      /2 errors on changed lines are commented inline[\s\S]*58 other errors/,
    );
    for (const c of fake.state.reviewComments) expectSafeGfm(c.body);
    expectSafeGfm(fake.state.reviews[0]!.body);
    await runReportStep(fake, ws);
    expect(fake.state.reviews).toHaveLength(1);
  });
});

describe('faults: retried where safe, else a warning; the job never fails for posting', () => {
  test.each([
    [
      '403 not accessible',
      { status: 403 },
      /could not post the PR comment: .*403[\s\S]*permissions: pull-requests: write/,
      0,
    ],
    ['404', { status: 404 }, /could not post the PR comment: .*404/, 0],
  ])(
    '%s on creating the comment: a warning naming the cause, no comment, the rest still posted',
    async (_name, rule, message, count) => {
      fake.fault({ method: 'POST', path: COMMENTS, ...rule });
      const io = await runReportStep(fake, ws);
      expect(ours()).toHaveLength(count);
      expect(warnings(io.logs)).toEqual([expect.stringMatching(message)]);
      expect(io.outputs.posted).toBe('summary,check-run');
      expect(io.summaries).toHaveLength(1);
    },
  );

  test.each([
    ['429 with retry-after 2', { status: 429, retryAfter: 2, times: 1 }, [2000]],
    [
      '403 secondary rate limit with retry-after 1',
      { status: 403, retryAfter: 1, times: 1, body: { message: 'You have exceeded a secondary rate limit' } },
      [1000],
    ],
  ])('%s on POST: waited and created once', async (_name, rule, waits) => {
    const fault = fake.fault({ method: 'POST', path: COMMENTS, ...rule });
    const io = await runReportStep(fake, ws);
    expect(fault.hits).toBe(1);
    expect(io.waits).toEqual(waits);
    expect(ours()).toHaveLength(1);
    expect(warnings(io.logs)).toEqual([]);
  });

  test('502 after the comment was stored, and a dropped reply: looked up, not posted twice', async () => {
    for (const rule of [{ status: 502 }, { drop: true }]) {
      fake.state.comments.splice(0);
      const fault = fake.fault({ method: 'POST', path: COMMENTS, after: true, times: 1, ...rule });
      const io = await runReportStep(fake, ws);
      expect(fault.hits).toBe(1);
      expect(ours()).toHaveLength(1);
      expect(warnings(io.logs)).toEqual([]);
    }
  });

  test('5xx twice on listing and a dropped PATCH: retried (both are safe to repeat)', async () => {
    seed(`old\n${MARK}`, ACTIONS_BOT);
    const list = fake.fault({ method: 'GET', path: COMMENTS, status: 503, times: 2 });
    const patch = fake.fault({
      method: 'PATCH',
      path: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
      drop: true,
      times: 1,
    });
    const io = await runReportStep(fake, ws);
    expect([list.hits, patch.hits]).toEqual([2, 1]);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toMatch(/^## ❌ mlci: fail/);
    expect(warnings(io.logs)).toEqual([]);
  });

  test('500 on every write: warnings only, the job passes with the report in the summary', async () => {
    fake.fault({ method: 'POST', path: /./, status: 500 });
    fake.fault({ method: 'PATCH', path: /./, status: 500 });
    const io = await runReportStep(fake, ws, { inputs: { 'fail-on-verdict': 'false' } });
    expect(warnings(io.logs).length).toBeGreaterThanOrEqual(2);
    expect(io.outputs.posted).toBe('summary');
    expect(io.summaries[0]).toMatch(/^## ❌ mlci: fail/);
  });
});

test('the review waits 3 s after the comment (GH-07: notifying writes spaced)', async () => {
  fake.state.pullFiles.push({
    repo: fake.repository,
    pullNumber: PR,
    filename: 'data/bad.csv',
    status: 'modified',
    additions: 1,
    deletions: 0,
    patch: '@@ -4,0 +5,1 @@\n+4,4.6,abc',
  });
  const io = await runReportStep(fake, ws);
  expect(fake.state.reviews).toHaveLength(1);
  expect(io.waits).toEqual([3000]);
});
