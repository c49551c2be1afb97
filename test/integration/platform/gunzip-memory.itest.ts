import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@jest/globals';
import { GUNZIP_WORKER_SOURCE } from '../../../src/platform/data/gunzip-worker.js';
import { testTempDir } from '../../support/temp-dirs.js';

// The gunzip worker's spent buffers (the file stream's and zlib's, 1 MiB each) must not pile up: on
// Node 22+ V8 no longer collects them soon after use unless the worker asks (gunzip-worker.ts,
// COLLECT_SOURCE). A child process runs the worker over 8 MiB and over 256 MiB of inflated text, answering
// each chunk as the validator does, and reports its peak RSS: the larger file must not cost much more.
const CHILD = `
const { Worker } = require('node:worker_threads');
const source = process.env.SOURCE;
const worker = new Worker(source, { eval: true, workerData: { path: process.argv[1], queue: 4, chunkSize: 1 << 20 } });
let bytes = 0;
let peak = 0;
worker.on('message', (message) => {
  peak = Math.max(peak, process.memoryUsage.rss());
  if (message.type === 'chunk') { bytes += message.data.length; worker.postMessage(message.data.buffer, [message.data.buffer]); }
  else if (message.type === 'end') { console.log(JSON.stringify({ bytes, peak })); worker.terminate(); }
  else { console.error(JSON.stringify(message)); process.exit(3); }
});
`;

/** The inflated bytes, and the child's peak RSS sampled at each message (ru_maxrss would include jest's, from the fork). */
function inflate(path: string): { bytes: number; peak: number } {
  const run = spawnSync(process.execPath, ['-e', CHILD, path], {
    env: { ...process.env, SOURCE: GUNZIP_WORKER_SOURCE },
    encoding: 'utf8',
  });
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout);
}

test('the gunzip worker inflates 32 times more text in about the same peak memory', () => {
  const dir = testTempDir('gunzip-memory-');
  // Compressible but not trivially (zlib must do real work): lines with varying numbers.
  const block = Buffer.from(
    Array.from(
      { length: 20000 },
      (_, i) => `{"id":${i},"score":${(i * 7919) % 1000},"kind":"k${i % 13}"}\n`,
    ).join(''),
  );
  const small = join(dir, 'small.gz');
  const large = join(dir, 'large.gz');
  const times = (n: number) => gzipSync(Buffer.concat(Array.from({ length: n }, () => block)), { level: 1 });
  const unit = Math.ceil((8 << 20) / block.length);
  writeFileSync(small, times(unit));
  writeFileSync(large, times(unit * 32));
  const a = inflate(small);
  const b = inflate(large);
  expect(b.bytes).toBe(a.bytes * 32);
  // Measured on Node 24: +20 MiB with the collection, +62 MiB without.
  expect(b.peak - a.peak).toBeLessThan(40 * 2 ** 20);
});
