import { describe, expect, test } from '@jest/globals';
import { MlciError } from '../../../../src/core/errors.js';
import { isNetworkError } from '../../../../src/core/image/retry.js';
import { Readable } from 'node:stream';
import { readBody, send } from '../../../../src/platform/registry/http.js';

describe('send', () => {
  test('a refused connection is an MlciError naming the host, still retryable by its cause', async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const failure = await send({ method: 'GET', url: 'http://127.0.0.1:1/v2/' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(MlciError);
    expect((failure as MlciError).message).toMatch(
      /^GET http:\/\/127\.0\.0\.1:1\/v2\/: cannot reach 127\.0\.0\.1:1 \(ECONNREFUSED/,
    );
    expect((failure as MlciError).exitCode).toBe(1);
    expect(isNetworkError(failure)).toBe(true);
  });
});

describe('readBody', () => {
  /** A body that never ends, counting what was pulled from it. */
  function endless() {
    const state = { pulled: 0 };
    const body = Readable.from(
      (function* () {
        for (;;) {
          state.pulled += 16 * 1024;
          yield Buffer.alloc(16 * 1024, 0x7b);
        }
      })(),
    );
    return { state, response: { status: 200, headers: {}, url: 'https://r.example/v2/x/manifests/1', body } };
  }

  test('stops reading at the cap: an error body is cut, a manifest is "too large"', async () => {
    const error = endless();
    expect((await readBody(error.response)).length).toBe(64 * 1024);
    expect(error.state.pulled).toBeLessThan(200 * 1024);
    const manifest = endless();
    await expect(readBody(manifest.response, 1024 * 1024, 'error')).rejects.toThrow(
      /r\.example\/v2\/x\/manifests\/1: response body is larger than 1048576 bytes: too large/,
    );
    expect(manifest.state.pulled).toBeLessThan(2 * 1024 * 1024);
  });
});
