// The commands bundle under the runner emulation, on Node 20 and Node 24, with a real issue_comment
// payload: a maintainer's accept is recorded as a check run of the github-actions app and answered
// once; an edited comment does nothing; a hostile comment leaves no workflow command in the log.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { readAcceptances } from '../../../src/platform/github/acceptances.js';
import { createGitHubClient } from '../../../src/platform/github/client.js';
import { pullRequestComment } from '../../harness/events.js';
import { type FakeGitHub, startFakeGitHub } from '../../harness/fake-github.js';
import { runBundle } from '../../harness/runner.js';
import { bundle as bundlePath } from '../../support/bundles.js';
import { expectNoStackTrace } from '../../support/no-stack-trace.js';

const HEAD = 'a1'.repeat(20);
const PR = 7;
let bundle: string;
let fake: FakeGitHub;

beforeAll(async () => {
  fake = await startFakeGitHub();
  fake.addUser('maint', { permission: 'maintain' });
  bundle = await bundlePath('commands');
}, 300_000);
afterAll(async () => fake.stop());
beforeEach(() => {
  for (const list of [fake.state.comments, fake.state.checkRuns, fake.state.reactions, fake.state.pulls])
    list.splice(0);
  fake.state.pulls.push({
    repo: 'acme/widgets',
    number: PR,
    headSha: HEAD,
    headRef: 'feature',
    headRepo: 'acme/widgets',
    baseRef: 'main',
    state: 'open',
    user: 'contributor',
    title: 'x',
  });
  const run = fake.seedRun({
    headSha: HEAD,
    event: 'pull_request',
    conclusion: 'failure',
    createdAt: new Date(Date.now() - 600_000).toISOString(),
  });
  fake.seedArtifact(run, 'mlci-comparison', {
    'mlci-comparison-report.json': JSON.stringify({
      kind: 'mlci/comparison-report',
      failedMetrics: ['accuracy'],
      metrics: [{ name: 'accuracy', verdict: 'fail' }],
    }),
  });
});

/** Runs the bundle on a new PR comment `body` by `login`. */
async function onComment(node: 'node20' | 'node24', body: string, login: string, action = 'created') {
  const id = fake.nextId();
  const now = new Date().toISOString();
  fake.state.comments.push({
    id,
    repo: 'acme/widgets',
    issueNumber: PR,
    body,
    user: login,
    createdAt: now,
    updatedAt: now,
  });
  const payload = pullRequestComment({ body, login, number: PR });
  payload.action = action;
  Object.assign(payload.comment as object, { id, created_at: now });
  const run = await runBundle({
    bundle,
    node,
    event: { name: 'issue_comment', payload },
    env: fake.env(),
    inputs: { token: fake.token },
  });
  return { run, id };
}

describe.each(['node20', 'node24'] as const)('dist/commands on %s', (node) => {
  test('a maintainer accepts: one check run by github-actions, one reply, eyes then +1', async () => {
    const { run, id } = await onComment(node, '/mlci accept accuracy -- fairness fix ::error::no', 'maint');
    expectNoStackTrace(run);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ command: 'accept', outcome: 'done' });
    const acceptances = await readAcceptances(
      createGitHubClient({ token: fake.token, baseUrl: fake.url }),
      { owner: 'acme', repo: 'widgets' },
      HEAD,
    );
    expect(acceptances).toEqual([
      expect.objectContaining({ by: 'maint', permission: 'maintain', metrics: ['accuracy'] }),
    ]);
    expect(fake.state.comments.filter((c) => c.user === 'github-actions[bot]')).toHaveLength(1);
    expect(fake.state.reactions.filter((r) => r.commentId === id).map((r) => r.content)).toEqual([
      'eyes',
      '+1',
    ]);
    // The reason never reaches the log, so it cannot become a workflow command there.
    expect(run.stdout).not.toContain('fairness');
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(run.masks).toContain(fake.token);
    expect(run.summary).toContain('Accepted the regression');
  });

  test('an edited comment is ignored: exit 0, no API write', async () => {
    const before = fake.requests.length;
    const { run } = await onComment(node, '/mlci accept accuracy -- edited in', 'maint', 'edited');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.outcome).toBe('ignored');
    expect(fake.requests.slice(before).filter((r) => r.method !== 'GET')).toEqual([]);
  });
});
