// upsertSticky's race with a concurrent job, made deterministic: the other job's comment appears
// between our look and our POST.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { marker } from '../../../src/core/report/marker.js';
import { createGitHubClient, type GitHubClient } from '../../../src/platform/github/client.js';
import { ACTIONS_BOT } from '../../../src/platform/github/marked.js';
import { upsertSticky } from '../../../src/platform/github/sticky.js';
import { type FakeGitHub, startFakeGitHub } from '../../harness/fake-github.js';

let fake: FakeGitHub;
let client: GitHubClient;
const target = { owner: 'acme', repo: 'widgets', issue: 3 };
const mark = marker('report', 'CI', 'eval', '');

beforeAll(async () => {
  fake = await startFakeGitHub();
  client = createGitHubClient({ token: fake.token, baseUrl: fake.url, retry: { sleep: async () => {} } });
});
afterAll(async () => fake.stop());

test('a concurrent job created one after our look: the oldest is kept with our body, ours deleted', async () => {
  let looks = 0;
  const racing: GitHubClient = {
    ...client,
    paginate: async (route, params, key, options) => {
      const items = await client.paginate(route, params, key, options);
      if (route.includes('/comments') && looks++ === 0) {
        const now = new Date().toISOString();
        fake.state.comments.push({
          id: fake.nextId(),
          repo: 'acme/widgets',
          issueNumber: 3,
          body: `theirs\n${mark}`,
          user: ACTIONS_BOT,
          createdAt: now,
          updatedAt: now,
        });
      }
      return items as never;
    },
  };
  const result = await upsertSticky(racing, target, mark, ACTIONS_BOT, `ours\n${mark}`);
  const left = fake.state.comments.filter((c) => c.issueNumber === 3);
  expect(left).toHaveLength(1);
  expect(left[0]!.body).toBe(`ours\n${mark}`);
  expect(result).toMatchObject({ action: 'created', id: left[0]!.id });
  expect(result.deleted).toHaveLength(1);
  expect(result.deleted[0]).not.toBe(left[0]!.id);
});

test('a rerun with the same body changes nothing', async () => {
  const first = await upsertSticky(client, { ...target, issue: 4 }, mark, ACTIONS_BOT, `same\n${mark}`);
  const before = fake.requests.length;
  const again = await upsertSticky(client, { ...target, issue: 4 }, mark, ACTIONS_BOT, `same\n${mark}`);
  expect(again).toMatchObject({ action: 'unchanged', id: first.id, deleted: [] });
  expect(fake.requests.slice(before).map((r) => r.method)).toEqual(['GET']);
});
