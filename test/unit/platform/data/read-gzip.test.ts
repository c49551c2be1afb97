import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from '@jest/globals';
import { type ByteSink, readGzip } from '../../../../src/platform/data/read-bytes.js';
import { seededRandom } from '../../../support/seeded-random.js';

/**
 * A sink that hashes what it is given, in order, and can throw at a given write. It is slow (a busy
 * 20 ms a write, as validation is): zlib gets ahead of it, so the queue fills and zlib is paused.
 */
function recorder(throwAt = -1) {
  const hash = createHash('sha256');
  let writes = 0;
  let bytes = 0;
  let ended = false;
  const sink: ByteSink = {
    space: () => Buffer.alloc(0),
    commit: () => {},
    write: (chunk) => {
      if (writes++ === throwAt) throw new Error('the sink failed');
      const until = Date.now() + 20;
      while (Date.now() < until) {
        // validating
      }
      hash.update(chunk);
      bytes += chunk.length;
    },
    end: () => {
      ended = true;
    },
  };
  return { sink, result: () => ({ digest: hash.digest('hex'), bytes, ended, writes }) };
}

// 12 MiB of poorly compressible text: a dozen 1 MiB chunks, more than the queue holds before zlib pauses.
function data(): Buffer {
  const random = seededRandom(7);
  const lines: string[] = [];
  let size = 0;
  while (size < 12 * 2 ** 20) {
    const line = `${Math.floor(random() * 1e12)},${random().toString(36)}`;
    lines.push(line);
    size += line.length + 1;
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

describe.each([
  ['in a worker thread', true],
  ["in libuv's pool, driven from this thread", false],
])('readGzip %s: inflating overlaps validating, and nothing is lost or reordered', (_, worker) => {
  const raw = data();
  const dir = mkdtempSync(join(tmpdir(), 'mlci-gz-'));
  const path = join(dir, 'd.csv.gz');
  const gz = gzipSync(raw);
  writeFileSync(path, gz);

  test('every byte in order, then end()', async () => {
    const { sink, result } = recorder();
    await readGzip(path, sink, gz.length, undefined, worker);
    const got = result();
    expect(got.bytes).toBe(raw.length);
    expect(got.digest).toBe(createHash('sha256').update(raw).digest('hex'));
    expect(got.ended).toBe(true);
    expect(got.writes).toBeGreaterThan(8);
  });

  test('a sink that throws rejects the read, and end() is never called', async () => {
    const { sink, result } = recorder(5);
    await expect(readGzip(path, sink, gz.length, undefined, worker)).rejects.toThrow('the sink failed');
    expect(result().ended).toBe(false);
  });

  test('a truncated file rejects even though its first chunks were good', async () => {
    const cut = join(dir, 'cut.csv.gz');
    writeFileSync(cut, gz.subarray(0, Math.floor(gz.length * 0.8)));
    const { sink, result } = recorder();
    await expect(readGzip(cut, sink, gz.length, undefined, worker)).rejects.toThrow(/truncated/);
    expect(result().ended).toBe(false);
  });
});

describe('readGzip: the worker thread and this thread fail alike', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-gz-errors-'));
  const sink: ByteSink = { space: () => Buffer.alloc(0), commit: () => {}, write: () => {}, end: () => {} };
  const failure = (path: string, bytes: number, worker: boolean) =>
    readGzip(path, sink, bytes, undefined, worker).then(
      () => 'resolved',
      (error: Error) => error.message,
    );

  test('not gzip at all, and a missing file: the same errors from both paths', async () => {
    const junk = join(dir, 'junk.csv.gz');
    writeFileSync(junk, 'id,name\n1,a\n');
    const inWorker = await failure(junk, 12, true);
    expect(inWorker).toMatch(/junk\.csv\.gz is not valid gzip: /);
    expect(await failure(junk, 12, false)).toBe(inWorker);
    const missing = join(dir, 'missing.csv.gz');
    expect(await failure(missing, 12, true)).toBe(`cannot read ${missing}: ENOENT`);
    expect(await failure(missing, 12, false)).toBe(`cannot read ${missing}: ENOENT`);
  });

  test('progress: compressed bytes read, never decreasing, up to the file size', async () => {
    const raw = Buffer.from('x'.repeat(3 * 2 ** 20));
    const path = join(dir, 'progress.gz');
    const gz = gzipSync(raw);
    writeFileSync(path, gz);
    const seen: number[] = [];
    let written = 0;
    const counting: ByteSink = {
      ...sink,
      write: (chunk) => {
        written += chunk.length;
      },
    };
    await readGzip(path, counting, gz.length, (read) => seen.push(read), true);
    expect(written).toBe(raw.length);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((read, i) => read >= (seen[i - 1] ?? 0) && read <= gz.length)).toBe(true);
    expect(seen.at(-1)).toBe(gz.length);
  });
});
