// The TCP fault proxy in front of the fake GitHub: each fault changes what a real HTTP client sees.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { type FakeGitHub, startFakeGitHub } from '../../harness/fake-github.js';
import { type FaultProxy, startFaultProxy } from '../../harness/fault-proxy.js';

let fake: FakeGitHub;
let proxy: FaultProxy;

beforeAll(async () => {
  fake = await startFakeGitHub();
  for (let i = 0; i < 40; i++) {
    fake.state.comments.push({
      id: fake.nextId(),
      repo: 'acme/widgets',
      issueNumber: 1,
      body: `comment ${i} ${'x'.repeat(50)}`,
      user: 'octocat',
      createdAt: '2026-11-27T00:00:00Z',
      updatedAt: '2026-11-27T00:00:00Z',
    });
  }
  proxy = await startFaultProxy(new URL(fake.url).host);
});
afterAll(async () => {
  await proxy.stop();
  await fake.stop();
});

/** A GET over a fresh connection (no keep-alive, so each request is one proxied connection). */
function get(path: string, timeoutMs = 2000): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${proxy.url}${path}`, { agent: false, timeout: timeoutMs }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('idle timeout')));
    req.on('error', reject);
    req.end();
  });
}

const path = '/repos/acme/widgets/issues/1/comments?per_page=100';

describe('fault proxy', () => {
  test('passes traffic through unchanged without a fault', async () => {
    const { status, body } = await get(path);
    expect(status).toBe(200);
    expect(JSON.parse(body)).toHaveLength(40);
  });

  test('reset after N bytes: the client sees a reset mid-body', async () => {
    proxy.setFault({ resetAfterBytes: 500 });
    await expect(get(path)).rejects.toThrow(/ECONNRESET|aborted|socket hang up/);
  });

  test('stall after N bytes: only the client’s idle timeout ends it', async () => {
    proxy.setFault({ stallAfterBytes: 300 });
    await expect(get(path, 300)).rejects.toThrow(/idle timeout/);
  });

  test('tiny segments and latency still deliver the whole body', async () => {
    proxy.setFault({ sliceBytes: 64, latencyMs: 1 });
    const { body } = await get('/repos/acme/widgets/issues/1/comments?per_page=3');
    expect(JSON.parse(body)).toHaveLength(3);
  });

  test('close before response, only for the first connection', async () => {
    proxy.setFault({ closeBeforeResponse: true, connections: [1] });
    await expect(get(path)).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect((await get(path)).status).toBe(200);
    proxy.setFault(undefined);
  });
});
