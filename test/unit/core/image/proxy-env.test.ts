import { describe, expect, test } from '@jest/globals';
import { exempt, proxyFor } from '../../../../src/core/image/proxy-env.js';

const at = (url: string, env: Record<string, string>) => proxyFor(new URL(url), env)?.href;

describe('proxyFor', () => {
  test('https requests use HTTPS_PROXY, http ones HTTP_PROXY; lower case wins', () => {
    const env = {
      HTTPS_PROXY: 'http://big:3128',
      https_proxy: 'http://small:3128',
      HTTP_PROXY: 'plain:8080',
    };
    expect(at('https://ghcr.io/v2/', env)).toBe('http://small:3128/');
    expect(at('http://registry.internal:5000/v2/', env)).toBe('http://plain:8080/');
    expect(at('https://ghcr.io/v2/', { HTTP_PROXY: 'http://p:1' })).toBeUndefined();
    expect(at('https://ghcr.io/v2/', {})).toBeUndefined();
  });

  test('loopback is never proxied', () => {
    const env = { HTTP_PROXY: 'http://p:1', HTTPS_PROXY: 'http://p:1' };
    for (const url of ['http://127.0.0.1:5000/v2/', 'http://localhost:5000/', 'http://[::1]:5000/'])
      expect(at(url, env)).toBeUndefined();
  });

  test('NO_PROXY exempts names, their subdomains, suffixes, host:port and *', () => {
    const env = { HTTPS_PROXY: 'http://p:1', NO_PROXY: 'internal.example, .corp ,ghcr.io:8443,10.0.0.7' };
    expect(at('https://internal.example/v2/', env)).toBeUndefined();
    expect(at('https://reg.internal.example/v2/', env)).toBeUndefined();
    expect(at('https://x.corp/v2/', env)).toBeUndefined();
    expect(at('https://ghcr.io:8443/v2/', env)).toBeUndefined();
    expect(at('https://10.0.0.7/v2/', env)).toBe(undefined);
    // Not exempt: a port that differs, a name that only ends in the same letters, another IP.
    expect(at('https://ghcr.io/v2/', env)).toBe('http://p:1/');
    expect(at('https://notinternal.example/v2/', env)).toBe('http://p:1/');
    expect(at('https://10.0.0.70/v2/', env)).toBe('http://p:1/');
    expect(at('https://anything/v2/', { HTTPS_PROXY: 'http://p:1', no_proxy: '*' })).toBeUndefined();
  });

  test('a proxy that is not http:// is an error naming the variable, not its value', () => {
    expect(() => at('https://ghcr.io/', { HTTPS_PROXY: 'socks5://user:secret@p:1' })).toThrow(
      'HTTPS_PROXY is a socks5:// proxy; only http:// proxies are supported',
    );
    expect(() => at('https://ghcr.io/', { HTTPS_PROXY: 'http://[bad' })).toThrow(
      /^HTTPS_PROXY is not a URL$/,
    );
  });
});

test('exempt: an empty list exempts nothing', () => {
  expect(exempt('', 'ghcr.io', '443')).toBe(false);
  expect(exempt(' , ', 'ghcr.io', '443')).toBe(false);
});
