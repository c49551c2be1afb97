// The shared GitHub pieces report, commands, release and monitor post through: who mlci acts as,
// finding its own marked items over every page, and a creating POST that never duplicates.
import { afterAll, beforeAll, beforeEach, expect, test } from '@jest/globals';
import { marker } from '../../../src/core/report/marker.js';
import { createGitHubClient, type GitHubClient } from '../../../src/platform/github/client.js';
import {
  ACTIONS_BOT,
  actingLogin,
  findMarked,
  type Posted,
  postOnce,
} from '../../../src/platform/github/marked.js';
import { type FakeGitHub, startFakeGitHub } from '../../harness/fake-github.js';

let fake: FakeGitHub;
let client: GitHubClient;
const owner = 'acme';
const repo = 'widgets';
const ROUTE = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
const POST = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';

const clientFor = (token: string) =>
  createGitHubClient({ token, baseUrl: fake.url, retry: { sleep: async () => {} } });

beforeAll(async () => {
  fake = await startFakeGitHub();
  client = clientFor(fake.token);
});
afterAll(async () => fake.stop());
beforeEach(() => {
  fake.clearFaults();
  fake.state.comments.splice(0);
});

const comment = (issueNumber: number, body: string, user = ACTIONS_BOT) => {
  const now = new Date().toISOString();
  fake.state.comments.push({
    id: fake.nextId(),
    repo: `${owner}/${repo}`,
    issueNumber,
    body,
    user,
    createdAt: now,
    updatedAt: now,
  });
};

test('GITHUB_TOKEN acts as github-actions[bot]; a user token as its user; an override wins', async () => {
  expect(await actingLogin(client)).toBe(ACTIONS_BOT);
  expect(await actingLogin(clientFor(fake.addUser('octo-pat')))).toBe('octo-pat');
  expect(await actingLogin(client, 'mlci-app[bot]')).toBe('mlci-app[bot]');
});

test('finds its marked comment on page 3 of 250, ignoring a marker pasted by someone else or quoted', async () => {
  const mark = marker('report', 'ci.yml', 'eval', '{"python":"3.12"}');
  for (let i = 0; i < 250; i++) comment(7, i === 230 ? `report\n${mark}\nbody` : `comment ${i}`);
  comment(7, `forged\n${mark}`, 'mallory');
  comment(7, `> ${mark}`);
  comment(8, `other PR\n${mark}`);
  const found = await findMarked<Posted>(client, ROUTE, { owner, repo, issue_number: 7 }, mark, ACTIONS_BOT);
  expect(found.map((c) => c.body)).toEqual([`report\n${mark}\nbody`]);
  // A marker of another matrix job does not match.
  const other = marker('report', 'ci.yml', 'eval', '{"python":"3.11"}');
  expect(await findMarked(client, ROUTE, { owner, repo, issue_number: 7 }, other, ACTIONS_BOT)).toEqual([]);
});

test('marker keys are hashed: hostile job names cannot end the HTML comment', () => {
  const mark = marker('report', '--> <img src=x> @admin');
  expect(mark).toMatch(/^<!-- mlci:report:[0-9a-f]{20} -->$/);
  expect(() => marker('Report -->')).toThrow();
});

test('a POST whose reply is lost is found, not posted twice', async () => {
  const mark = marker('report', 'lost');
  const handle = fake.fault({
    method: 'POST',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    status: 502,
    after: true,
    times: 1,
  });
  const find = async () =>
    (await findMarked<Posted>(client, ROUTE, { owner, repo, issue_number: 9 }, mark, ACTIONS_BOT))[0];
  const posted = await postOnce<Posted>(
    client,
    POST,
    { owner, repo, issue_number: 9, body: `x\n${mark}` },
    find,
    {
      sleep: async () => {},
    },
  );
  expect(handle.hits).toBe(1);
  expect(posted.body).toBe(`x\n${mark}`);
  expect(fake.state.comments.filter((c) => c.issueNumber === 9)).toHaveLength(1);
});

test('a POST refused unprocessed (5xx before the handler) is tried again and lands once', async () => {
  const handle = fake.fault({
    method: 'POST',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    status: 503,
    times: 2,
  });
  const posted = await postOnce<Posted>(
    client,
    POST,
    { owner, repo, issue_number: 10, body: 'y' },
    async () => undefined,
    {
      sleep: async () => {},
    },
  );
  expect(handle.hits).toBe(2);
  expect(posted.body).toBe('y');
  expect(fake.state.comments.filter((c) => c.issueNumber === 10)).toHaveLength(1);
});

test('a POST rate-limited with 429 is retried by the client; a 422 is not retried', async () => {
  const limited = fake.fault({
    method: 'POST',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    status: 429,
    retryAfter: 1,
    times: 1,
  });
  await client.write(POST, { owner, repo, issue_number: 11, body: 'z' });
  expect(limited.hits).toBe(1);
  expect(fake.state.comments.filter((c) => c.issueNumber === 11)).toHaveLength(1);
  const invalid = fake.fault({
    method: 'POST',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    status: 422,
  });
  await expect(client.write(POST, { owner, repo, issue_number: 11, body: 'w' })).rejects.toThrow(/422/);
  expect(invalid.hits).toBe(1);
});

test('a 5xx on a creating POST is not blindly retried by the client itself', async () => {
  const handle = fake.fault({
    method: 'POST',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    status: 500,
    after: true,
    times: 1,
  });
  await expect(client.write(POST, { owner, repo, issue_number: 12, body: 'once' })).rejects.toThrow(/500/);
  expect(handle.hits).toBe(1);
  expect(fake.state.comments.filter((c) => c.issueNumber === 12)).toHaveLength(1);
});
