import { describe, expect, test } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { inlineHasher, streamHasher } from '../../../../src/platform/process/stream-hasher.js';

describe('streamHasher', () => {
  test('interleaved streams over two threads give the same digests as node:crypto', async () => {
    const hasher = streamHasher(2);
    try {
      const inputs = Array.from({ length: 5 }, (_, i) =>
        Array.from({ length: 20 + i }, () => randomBytes(4096 + i)),
      );
      const hashes = inputs.map(() => hasher.start());
      // Feed round robin, as four parallel downloads do.
      for (let round = 0; round < 30; round++)
        for (const [i, chunks] of inputs.entries())
          if (chunks[round]) await hashes[i]!.update(chunks[round]!);
      const got = await Promise.all(hashes.map((h) => h.digest()));
      const want = inputs.map((chunks) => createHash('sha256').update(Buffer.concat(chunks)).digest('hex'));
      expect(got).toEqual(want);
    } finally {
      await hasher.close();
    }
  });

  test('a chunk that is a view of a larger buffer hashes only its own bytes; the caller keeps its buffer', async () => {
    const hasher = streamHasher(1);
    try {
      const big = randomBytes(1000);
      const view = big.subarray(100, 200);
      const h = hasher.start();
      await h.update(view);
      expect(await h.digest()).toBe(createHash('sha256').update(big.subarray(100, 200)).digest('hex'));
      expect(view.byteLength).toBe(100); // not detached by the transfer
    } finally {
      await hasher.close();
    }
  });

  test('past the backlog, update asks the caller to wait, and resolves once the thread caught up', async () => {
    const hasher = streamHasher(1);
    try {
      const h = hasher.start();
      const chunk = Buffer.alloc(8 * 1024 * 1024, 1);
      const waits: boolean[] = [];
      for (let i = 0; i < 8; i++) {
        const wait = h.update(chunk);
        waits.push(wait !== undefined);
        if (wait) await wait;
      }
      expect(waits.some(Boolean)).toBe(true);
      expect(await h.digest()).toBe(
        createHash('sha256')
          .update(Buffer.alloc(64 * 1024 * 1024, 1))
          .digest('hex'),
      );
    } finally {
      await hasher.close();
    }
  });

  test('the inline hasher agrees', async () => {
    const h = inlineHasher().start();
    h.update(Buffer.from('abc'));
    expect(await h.digest()).toBe(createHash('sha256').update('abc').digest('hex'));
  });
});
