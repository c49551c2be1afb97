import { describe, expect, test } from '@jest/globals';
import { parseChallenge, pushScopes } from '../../../../src/core/image/challenge.js';
import { lookupDockerConfig } from '../../../../src/core/image/docker-config.js';
import { isTemporary, withRetry } from '../../../../src/core/image/retry.js';

describe('WWW-Authenticate', () => {
  test('parses a bearer challenge with quoted params', () => {
    expect(
      parseChallenge(
        'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:a/b:pull,push"',
      ),
    ).toEqual({
      scheme: 'bearer',
      params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:a/b:pull,push' },
    });
    expect(parseChallenge('Basic realm="Registry Realm"')).toEqual({
      scheme: 'basic',
      params: { realm: 'Registry Realm' },
    });
    expect(parseChallenge(undefined)).toBeUndefined();
  });

  test('push scope first, then pull scopes of mount sources', () => {
    expect(pushScopes('ml/model', ['base/python', 'ml/model'])).toEqual([
      'repository:ml/model:pull,push',
      'repository:base/python:pull',
    ]);
  });
});

describe('docker config.json', () => {
  const auth = Buffer.from('user:pa:ss').toString('base64');
  test('auths.<host>.auth is base64 user:password (the password may hold colons)', () => {
    expect(lookupDockerConfig({ auths: { 'ghcr.io': { auth } } }, 'ghcr.io')).toEqual({
      credentials: { kind: 'basic', username: 'user', password: 'pa:ss' },
      secrets: [auth, 'pa:ss'],
    });
  });
  test('Docker Hub is keyed by its v1 URL; https:// keys are found', () => {
    expect(
      lookupDockerConfig({ auths: { 'https://index.docker.io/v1/': { auth } } }, 'docker.io').credentials,
    ).toMatchObject({ username: 'user' });
    expect(
      lookupDockerConfig({ auths: { 'https://r.example': { username: 'u', password: 'p' } } }, 'r.example')
        .credentials,
    ).toMatchObject({ username: 'u' });
  });
  test('a credential helper is reported, not run; junk is ignored', () => {
    expect(lookupDockerConfig({ credHelpers: { 'ghcr.io': 'gh' } }, 'ghcr.io')).toEqual({
      helper: 'gh',
      secrets: [],
    });
    expect(lookupDockerConfig({ credsStore: 'desktop' }, 'x.io')).toEqual({ helper: 'desktop', secrets: [] });
    expect(lookupDockerConfig('nonsense', 'x.io')).toEqual({ secrets: [] });
    expect(lookupDockerConfig({ auths: { 'x.io': { auth: 'bm9jb2xvbg==' } } }, 'x.io')).toEqual({
      secrets: [],
    });
  });
});

describe('withRetry', () => {
  const policy = { backoff: [1000, 3000], maxRetryAfter: 60_000 };
  test('retries temporary errors with the policy waits, honouring Retry-After up to the cap', async () => {
    const waits: number[] = [];
    let calls = 0;
    const result = await withRetry(
      async () => {
        calls++;
        if (calls === 1) throw Object.assign(new Error('503'), { temporary: true });
        if (calls === 2) throw Object.assign(new Error('429'), { temporary: true, retryAfterMs: 5000 });
        return 'ok';
      },
      policy,
      { retryIf: isTemporary, sleep: async (ms) => void waits.push(ms) },
    );
    expect(result).toBe('ok');
    expect(waits).toEqual([1000, 5000]);
  });

  test('gives up after the last wait; does not retry what is not temporary', async () => {
    let calls = 0;
    const fail = () =>
      withRetry(
        async () => {
          calls++;
          throw Object.assign(new Error('reset'), { code: 'ECONNRESET' });
        },
        policy,
        { retryIf: isTemporary, sleep: async () => {} },
      );
    await expect(fail()).rejects.toThrow('reset');
    expect(calls).toBe(3);
    calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw new Error('403');
        },
        policy,
        { retryIf: isTemporary, sleep: async () => {} },
      ),
    ).rejects.toThrow('403');
    expect(calls).toBe(1);
  });
});
