// The fake's own contract: OpenAPI validation both ways, faults, auth, blob storage semantics.
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { type FakeGitHub, startFakeGitHub } from '../../harness/fake-github.js';
import { matchCacheEntry } from '../../harness/github/twirp-cache.js';

let fake: FakeGitHub;
const comments = '/repos/acme/widgets/issues/7/comments';

beforeAll(async () => {
  fake = await startFakeGitHub();
});
afterEach(() => fake.clearFaults());
afterAll(() => fake.stop());

function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  return fetch(`${fake.url}${path}`, {
    method,
    headers: { authorization: `token ${fake.token}`, 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

describe('OpenAPI validation', () => {
  test('a malformed request body gets GitHub’s 422 and is recorded', async () => {
    const before = fake.violations.length;
    const res = await call('POST', comments, { text: 'no body field' });
    expect(res.status).toBe(422);
    const error = (await res.json()) as { message: string; documentation_url: string };
    expect(error.message).toMatch(/^Invalid request\.\n\nbody must have required property 'body'/);
    expect(error.documentation_url).toMatch(/^https:\/\/docs\.github\.com\//);
    expect(fake.violations.slice(before)).toMatchObject([
      { where: 'request', operation: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments' },
    ]);
    expect((await call('POST', comments, { body: 42 })).status).toBe(422);
    expect((await call('GET', '/repos/acme/widgets/issues/seven/comments')).status).toBe(422);
    expect((await call('GET', `${comments}?per_page=lots`)).status).toBe(422);
    expect(fake.state.comments).toEqual([]);
  });

  test('a malformed response from the fake is recorded and fails the test at stop()', async () => {
    fake.state.comments.push({
      id: fake.nextId(),
      repo: 'acme/widgets',
      issueNumber: 8,
      body: 'seeded',
      user: 'octocat',
      createdAt: 'yesterday', // not a date-time
      updatedAt: 'yesterday',
    });
    const res = await call('GET', '/repos/acme/widgets/issues/8/comments');
    expect(res.status).toBe(200);
    fake.fault({
      method: 'GET',
      path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      status: 200,
      body: [{ id: 'x' }],
      times: 1,
    });
    await call('GET', comments);
    const bad = fake.violations.filter((v) => v.where === 'response');
    expect(bad.map((v) => v.errors.join('; '))).toEqual([
      expect.stringMatching(/created_at must match format "date-time"/),
      expect.stringMatching(/response\/0 must have required property 'node_id'.*id must be integer/),
    ]);
    expect(() => fake.assertResponsesValid()).toThrow(
      /2 response\(s\) that break GitHub's OpenAPI description/,
    );
    // Put the fake back in order, so stop() passes.
    fake.violations.length = 0;
    fake.state.comments.length = 0;
  });
});

describe('faults', () => {
  test('a status for the next N requests only, with GitHub-shaped bodies', async () => {
    const fault = fake.fault({
      method: 'POST',
      path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      status: 403,
      times: 1,
    });
    const denied = await call('POST', comments, { body: 'a' });
    expect(denied.status).toBe(403);
    expect(await denied.json()).toMatchObject({ message: 'Resource not accessible by integration' });
    expect((await call('POST', comments, { body: 'a' })).status).toBe(201);
    expect(fault.hits).toBe(1);
  });

  test.each([404, 422, 500])('status %i', async (status) => {
    fake.fault({ path: '/repos/*/releases/latest', status });
    expect((await call('GET', '/repos/acme/widgets/releases/latest')).status).toBe(status);
  });

  test('a primary rate limit: fault headers override the usual rate-limit headers', async () => {
    const normal = await call('GET', '/repos/acme/widgets/issues');
    expect(normal.headers.get('x-ratelimit-limit')).toBe('5000');
    expect(normal.headers.get('x-github-request-id')).toMatch(/^FAKE:/);
    fake.fault({
      path: '/repos/{owner}/{repo}/issues',
      status: 403,
      headers: { 'x-ratelimit-remaining': '0' },
    });
    const limited = await call('GET', '/repos/acme/widgets/issues');
    expect([limited.status, limited.headers.get('x-ratelimit-remaining')]).toEqual([403, '0']);
  });

  test('429 carries retry-after', async () => {
    fake.fault({ path: '/repos/{owner}/{repo}/check-runs', status: 429, retryAfter: 7 });
    const res = await call('POST', '/repos/acme/widgets/check-runs', { name: 'x', head_sha: 'a'.repeat(40) });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
  });

  test('a dropped connection', async () => {
    fake.fault({ path: '/repos/{owner}/{repo}/issues', drop: true, times: 1 });
    await expect(call('GET', '/repos/acme/widgets/issues')).rejects.toThrow(/fetch failed/);
    expect(fake.requests.at(-1)).toMatchObject({ dropped: true });
    expect((await call('GET', '/repos/acme/widgets/issues')).status).toBe(200);
  });

  test('commit then fail: the side effect happens, the reply is lost', async () => {
    const before = fake.state.comments.length;
    fake.fault({ method: 'POST', path: comments, status: 502, after: true, times: 1 });
    expect((await call('POST', comments, { body: 'posted once' })).status).toBe(502);
    expect(fake.state.comments.slice(before).map((c) => c.body)).toEqual(['posted once']);
  });

  test('twirp and blob faults answer in their services’ shapes', async () => {
    fake.fault({ path: '/twirp/*', status: 500, times: 1 });
    const res = await fetch(`${fake.url}/twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry`, {
      method: 'POST',
      headers: { authorization: `Bearer ${fake.runtimeToken}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ code: 'internal', msg: 'Server Error' });
  });
});

describe('auth, pagination and storage', () => {
  test('unknown tokens and anonymous writes get 401; twirp needs the runtime token', async () => {
    expect((await call('GET', comments, undefined, { authorization: 'token nope' })).status).toBe(401);
    expect((await call('POST', comments, { body: 'x' }, { authorization: '' })).status).toBe(401);
    const twirp = await fetch(
      `${fake.url}/twirp/github.actions.results.api.v1.ArtifactService/ListArtifacts`,
      {
        method: 'POST',
        body: '{}',
      },
    );
    expect(twirp.status).toBe(401);
  });

  test('Link headers point back at the fake', async () => {
    for (let i = 0; i < 3; i++)
      await call('POST', '/repos/acme/widgets/issues/9/comments', { body: `c${i}` });
    const res = await call('GET', '/repos/acme/widgets/issues/9/comments?per_page=1&page=2');
    expect(res.headers.get('link')).toBe(
      [
        `<${fake.url}/repos/acme/widgets/issues/9/comments?per_page=1&page=1>; rel="prev"`,
        `<${fake.url}/repos/acme/widgets/issues/9/comments?per_page=1&page=3>; rel="next"`,
        `<${fake.url}/repos/acme/widgets/issues/9/comments?per_page=1&page=3>; rel="last"`,
        `<${fake.url}/repos/acme/widgets/issues/9/comments?per_page=1&page=1>; rel="first"`,
      ].join(', '),
    );
  });

  test('blob storage: signed URLs only, block lists in order, ranged reads', async () => {
    const create = await fetch(
      `${fake.url}/twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${fake.runtimeToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ key: 'blob-test', version: 'v1' }),
      },
    );
    const { signed_upload_url: url } = (await create.json()) as { signed_upload_url: string };
    const unsigned = url.replace(/sig=[^&]+/, 'sig=forged');
    expect(
      (await fetch(unsigned, { method: 'PUT', body: 'x', headers: { 'x-ms-blob-type': 'BlockBlob' } }))
        .status,
    ).toBe(403);
    const id = (n: number) => Buffer.from(`block-${n}`).toString('base64');
    await fetch(`${url}&comp=block&blockid=${encodeURIComponent(id(2))}`, { method: 'PUT', body: 'world' });
    await fetch(`${url}&comp=block&blockid=${encodeURIComponent(id(1))}`, { method: 'PUT', body: 'hello ' });
    const missing = await fetch(`${url}&comp=blocklist`, {
      method: 'PUT',
      body: `<BlockList><Latest>${id(9)}</Latest></BlockList>`,
    });
    expect(missing.status).toBe(400);
    expect(missing.headers.get('x-ms-error-code')).toBe('InvalidBlockList');
    const commit = await fetch(`${url}&comp=blocklist`, {
      method: 'PUT',
      body: `<?xml version="1.0"?><BlockList><Latest>${id(1)}</Latest><Latest>${id(2)}</Latest></BlockList>`,
    });
    expect(commit.status).toBe(201);
    expect(commit.headers.get('x-ms-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await (await fetch(url)).text()).toBe('hello world');
    const part = await fetch(url, { headers: { range: 'bytes=6-' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 6-10/11');
    expect(await part.text()).toBe('world');
  });
});

describe('cache matching', () => {
  const entry = (id: number, key: string, version = 'v1', createdAt = `2026-01-0${id}T00:00:00Z`) => ({
    id,
    key,
    version,
    blob: `/b/${id}`,
    finalized: true,
    size: 1,
    createdAt,
  });
  const entries = [entry(1, 'deps-a'), entry(2, 'deps-ab'), entry(3, 'model-x'), entry(4, 'deps-abc', 'v2')];

  test('exact key, then the newest key with that prefix, then restore keys in order', () => {
    expect(matchCacheEntry(entries, 'deps-a', [], 'v1')?.id).toBe(1);
    expect(matchCacheEntry(entries, 'deps-', [], 'v1')?.id).toBe(2);
    expect(matchCacheEntry(entries, 'none', ['model-', 'deps-'], 'v1')?.id).toBe(3);
    expect(matchCacheEntry(entries, 'none', ['nothing-', 'deps-'], 'v1')?.id).toBe(2);
  });

  test('another version or an unfinished entry never matches', () => {
    expect(matchCacheEntry(entries, 'deps-abc', [], 'v2')?.id).toBe(4);
    expect(matchCacheEntry(entries, 'deps-abc', [], 'v1')).toBeUndefined();
    expect(matchCacheEntry(entries, 'deps-abc', ['deps-'], 'v1')?.id).toBe(2);
    expect(matchCacheEntry(entries, 'deps-abc', [], 'v3')).toBeUndefined();
    expect(matchCacheEntry([{ ...entry(5, 'k'), finalized: false }], 'k', [], 'v1')).toBeUndefined();
  });
});
