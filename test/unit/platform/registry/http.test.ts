import { describe, expect, test } from '@jest/globals';
import { MlciError } from '../../../../src/core/errors.js';
import { isNetworkError } from '../../../../src/core/image/retry.js';
import { send } from '../../../../src/platform/registry/http.js';

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
