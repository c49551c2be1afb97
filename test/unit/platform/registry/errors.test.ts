import { describe, expect, test } from '@jest/globals';
import { Readable } from 'node:stream';
import { checkStatus, type RegistryError } from '../../../../src/platform/registry/errors.js';
import { redact } from '../../../../src/platform/registry/http.js';

const response = (status: number, body: string, headers: Record<string, string> = {}) => ({
  status,
  headers,
  url: 'https://user:pw@r.example/v2/a/blobs/uploads/x?_state=secret&digest=sha256:1',
  body: Readable.from([Buffer.from(body)]),
});

async function thrown(status: number, body: string, headers: Record<string, string> = {}, method = 'PUT') {
  try {
    await checkStatus(response(status, body, headers), method, 201);
  } catch (error) {
    return error as RegistryError;
  }
  throw new Error('checkStatus did not throw');
}

describe('RegistryError', () => {
  test.each([408, 429, 499, 500, 502, 503, 504, 522])('%i is temporary', async (status) => {
    expect((await thrown(status, '')).temporary).toBe(true);
  });

  test.each([400, 401, 403, 404, 405])('%i is not, unless its body says so', async (status) => {
    expect((await thrown(status, '')).temporary).toBe(false);
    expect((await thrown(status, '{"errors":[{"code":"TOOMANYREQUESTS"}]}')).temporary).toBe(true);
  });

  test('the message names method, redacted URL, status and the OCI errors; a hint for 401/403', async () => {
    const error = await thrown(403, '{"errors":[{"code":"DENIED","message":"no push for you"}]}');
    expect(error.message).toBe(
      'PUT https://***@r.example/v2/a/blobs/uploads/x?_state=***&digest=sha256:1: 403 DENIED: no push for you',
    );
    expect(error.exitCode).toBe(1);
    expect(error.hint).toContain('packages: write');
  });

  test('Retry-After in seconds or as a date', async () => {
    expect((await thrown(429, '', { 'retry-after': '7' })).retryAfterMs).toBe(7000);
    const at = new Date(Date.now() + 60_000).toUTCString();
    expect((await thrown(503, '', { 'retry-after': at })).retryAfterMs).toBeGreaterThan(50_000);
  });

  test('a HEAD 401 takes its reason from the challenge', async () => {
    const error = await thrown(
      401,
      '',
      { 'www-authenticate': 'Bearer realm="x",error="insufficient_scope"' },
      'HEAD',
    );
    expect(error.message).toMatch(/: 401 UNAUTHORIZED: insufficient_scope$/);
  });

  test('a long non-JSON body is capped in the message', async () => {
    expect((await thrown(500, 'x'.repeat(10_000))).message.length).toBeLessThan(500);
  });

  test('redact keeps the digest and mount parameters only', () => {
    expect(redact('https://h/v2/x?mount=sha256:a&from=b&X-Amz-Signature=s&sig=t')).toBe(
      'https://h/v2/x?mount=sha256:a&from=b&X-Amz-Signature=***&sig=***',
    );
  });
});
