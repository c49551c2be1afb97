// The acceptance store: a check run named mlci/acceptance created by the workflow's app. Written once
// (postOnce), read back only from that app, for that commit, in the stored shape.
import { afterAll, beforeAll, beforeEach, expect, test } from '@jest/globals';
import { ACCEPTANCE_CHECK, type Acceptance } from '../../../src/core/metrics/acceptance.js';
import { readAcceptances, recordAcceptance } from '../../../src/platform/github/acceptances.js';
import { createGitHubClient, type GitHubClient } from '../../../src/platform/github/client.js';
import { type FakeGitHub, startFakeGitHub } from '../../harness/fake-github.js';

const SHA = 'd4'.repeat(20);
const repo = { owner: 'acme', repo: 'widgets' };
let fake: FakeGitHub;
let client: GitHubClient;
const clientFor = (token: string) =>
  createGitHubClient({ token, baseUrl: fake.url, retry: { sleep: async () => {} } });

const acceptance = (fields: Partial<Acceptance> = {}): Acceptance => ({
  kind: 'mlci/acceptance',
  version: 1,
  sha: SHA,
  metrics: ['accuracy'],
  reason: 'known',
  by: 'maint',
  permission: 'write',
  commentUrl: 'https://github.com/acme/widgets/pull/3#issuecomment-77',
  commentId: 77,
  pullRequest: 3,
  at: '2026-12-02T02:00:00Z',
  ...fields,
});

beforeAll(async () => {
  fake = await startFakeGitHub();
  client = clientFor(fake.token);
});
afterAll(async () => fake.stop());
beforeEach(() => {
  fake.clearFaults();
  fake.state.checkRuns.splice(0);
});

test('recorded with GITHUB_TOKEN: a neutral check run of the github-actions app, read back as written', async () => {
  await recordAcceptance(client, repo, acceptance(), 'summary', { sleep: async () => {} });
  const [run] = fake.state.checkRuns;
  expect(run).toMatchObject({
    name: ACCEPTANCE_CHECK,
    headSha: SHA,
    app: 'github-actions',
    conclusion: 'neutral',
    externalId: 'mlci-accept-77',
    detailsUrl: 'https://github.com/acme/widgets/pull/3#issuecomment-77',
  });
  expect(await readAcceptances(client, repo, SHA)).toEqual([acceptance()]);
});

test('a lost answer (502 after the create) is found by its external id, not created twice', async () => {
  const lost = fake.fault({
    method: 'POST',
    path: '/repos/{owner}/{repo}/check-runs',
    status: 502,
    after: true,
    times: 1,
  });
  await recordAcceptance(client, repo, acceptance(), 'summary', { sleep: async () => {} });
  expect(lost.hits).toBe(1);
  expect(fake.state.checkRuns).toHaveLength(1);
});

test('a user token cannot write one (403, as GitHub: only apps create check runs)', async () => {
  await expect(
    recordAcceptance(clientFor(fake.addUser('mallory')), repo, acceptance({ by: 'mallory' }), 'x'),
  ).rejects.toMatchObject({ status: 403 });
  expect(fake.state.checkRuns).toEqual([]);
});

test("ignored: another app's record, a record without app, one naming another commit, junk text", async () => {
  await recordAcceptance(clientFor(fake.addUser('other-app[bot]')), repo, acceptance(), 'x');
  const seeded = (text: string, app?: string) =>
    fake.state.checkRuns.push({
      id: fake.nextId(),
      repo: 'acme/widgets',
      name: ACCEPTANCE_CHECK,
      headSha: SHA,
      status: 'completed',
      conclusion: 'neutral',
      startedAt: '2026-12-02T00:00:00Z',
      completedAt: '2026-12-02T00:00:00Z',
      externalId: '',
      detailsUrl: null,
      output: { title: null, summary: null, text },
      annotations: [],
      ...(app ? { app } : {}),
    });
  seeded(JSON.stringify(acceptance()));
  seeded(JSON.stringify(acceptance({ sha: 'e5'.repeat(20) })), 'github-actions');
  seeded('{"kind": "mlci/acceptance", "version": 1', 'github-actions');
  seeded(JSON.stringify({ ...acceptance(), metrics: 'accuracy' }), 'github-actions');
  expect(await readAcceptances(client, repo, SHA)).toEqual([]);
  await recordAcceptance(client, repo, acceptance({ commentId: 79, reason: 'real' }), 'x');
  expect((await readAcceptances(client, repo, SHA)).map((a) => a.reason)).toEqual(['real']);
});
