// The streaming writer behind the registry cache's restore: hashes as it writes, on a worker for large
// blobs (chunks handed over without a copy), in this thread for small ones; a cap from the manifest.
import { afterAll, describe, expect, test } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import {
  BlobWriters,
  WORKER_MIN_BYTES,
  WORKER_MIN_TOTAL,
  workersPayOff,
} from '../../../../src/platform/cache/blob-writers.js';

const dir = mkdtempSync(join(tmpdir(), 'mlci-blob-writers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const target = () => join(dir, `blob-${n++}`);
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A body of 64 KiB chunks, each its own memory (as node:http's are), or slices of one buffer. */
function body(bytes: Buffer, { slices = false, failAfter }: { slices?: boolean; failAfter?: number } = {}) {
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += 65536) {
    const part = bytes.subarray(at, at + 65536);
    chunks.push(slices ? part : Buffer.from(new Uint8Array(part)));
  }
  let sent = 0;
  return new Readable({
    read() {
      if (failAfter !== undefined && sent >= failAfter) {
        this.destroy(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
        return;
      }
      const chunk = chunks.shift();
      sent += chunk?.length ?? 0;
      this.push(chunk ?? null);
    },
  });
}

describe.each([
  ['on a worker', WORKER_MIN_BYTES + 3 * 65536 + 17],
  ['in this thread', 200_001],
])('BlobWriters %s', (_where, size) => {
  const bytes = randomBytes(size);

  test('writes the bytes and answers their sha256 and length', async () => {
    const writers = new BlobWriters();
    try {
      const [a, b] = [target(), target()];
      // Two at once on one pool, one of them from slices of a shared buffer (copied, not taken over).
      const [one, two] = await Promise.all([
        writers.write(body(bytes), a, size, 'a'),
        writers.write(body(bytes, { slices: true }), b, size, 'b'),
      ]);
      expect(one).toEqual({ sha256: sha(bytes), size });
      expect(two).toEqual({ sha256: sha(bytes), size });
      expect(readFileSync(a).equals(bytes)).toBe(true);
      expect(readFileSync(b).equals(bytes)).toBe(true);
      // The pool is reusable after a write.
      const c = target();
      expect((await writers.write(body(bytes.subarray(1)), c, size, 'c')).sha256).toBe(
        sha(bytes.subarray(1)),
      );
    } finally {
      await writers.close();
    }
  });

  test('one byte more than the cap is an error that names the file', async () => {
    const writers = new BlobWriters();
    try {
      await expect(writers.write(body(bytes), target(), size - 1, 'out/model.bin')).rejects.toThrow(
        `the blob of "out/model.bin" is longer than ${size - 1} bytes`,
      );
    } finally {
      await writers.close();
    }
  });

  test('a body that breaks mid-way rejects with its network error (so it can be retried)', async () => {
    const writers = new BlobWriters();
    try {
      const error = await writers.write(body(bytes, { failAfter: 65536 * 2 }), target(), size, 'x').then(
        () => undefined,
        (e: unknown) => e,
      );
      expect((error as { code?: string }).code).toBe('ECONNRESET');
      // And the pool still works afterwards.
      expect((await writers.write(body(bytes), target(), size, 'y')).sha256).toBe(sha(bytes));
    } finally {
      await writers.close();
    }
  });

  test('a target that exists already is not overwritten (exclusive create)', async () => {
    const writers = new BlobWriters();
    const path = target();
    try {
      await writers.write(body(bytes), path, size, 'first');
      await expect(writers.write(body(randomBytes(size)), path, size, 'second')).rejects.toThrow(/EEXIST/);
      expect(readFileSync(path).equals(bytes)).toBe(true);
    } finally {
      await writers.close();
    }
  });
});

test('a short body answers its real length (the caller compares it with the manifest)', async () => {
  const writers = new BlobWriters();
  try {
    const bytes = randomBytes(WORKER_MIN_BYTES + 1000);
    const path = target();
    const got = await writers.write(body(bytes.subarray(0, 5000)), path, bytes.length, 'short');
    expect(got).toEqual({ sha256: sha(bytes.subarray(0, 5000)), size: 5000 });
    expect(existsSync(path)).toBe(true);
  } finally {
    await writers.close();
  }
});

test('workers take the hashing for a large restore on a machine with a second core', () => {
  expect(workersPayOff(WORKER_MIN_TOTAL, 2)).toBe(true);
  expect(workersPayOff(WORKER_MIN_TOTAL - 1, 16)).toBe(false); // too little to hash
  expect(workersPayOff(2 ** 40, 1)).toBe(false); // one core: nothing to run them on
});
