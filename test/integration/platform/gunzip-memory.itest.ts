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
let rounds = Number(process.env.ROUNDS);
let peak = 0;
const counts = [];
function round() {
  const worker = new Worker(source, { eval: true, workerData: { path: process.argv[1], queue: 4, chunkSize: 1 << 20 } });
  let bytes = 0;
  worker.on('message', (message) => {
    peak = Math.max(peak, process.memoryUsage.rss());
    if (message.type === 'chunk') { bytes += message.data.length; worker.postMessage(message.data.buffer, [message.data.buffer]); }
    else if (message.type === 'end') {
      counts.push(bytes);
      void worker.terminate().then(() => (--rounds > 0 ? round() : console.log(JSON.stringify({ counts, peak }))));
    } else { console.error(JSON.stringify(message)); process.exit(3); }
  });
}
round();
`;

/**
 * The inflated bytes of each of `rounds` workers run one after the other in one child process, and its peak
 * RSS sampled at each message (ru_maxrss would include jest's, from the fork).
 */
function inflate(path: string, rounds = 1, flags: string[] = []): { counts: number[]; peak: number } {
  const run = spawnSync(process.execPath, [...flags, '-e', CHILD, path], {
    env: { ...process.env, SOURCE: GUNZIP_WORKER_SOURCE, ROUNDS: String(rounds) },
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
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
  expect(b.counts).toEqual([a.counts[0]! * 32]);
  // Measured on Node 24: +20 MiB with the collection, +62 MiB without.
  expect(b.peak - a.peak).toBeLessThan(40 * 2 ** 20);
});

// The first worker turns --expose-gc on for the whole process: a later one (the next .gz of a run) finds
// \`gc\` already a global, as does a process started with --expose-gc; each must still inflate everything.
test('several gunzip workers in one process, and a process run with --expose-gc, inflate every byte', () => {
  const dir = testTempDir('gunzip-rounds-');
  const text = Buffer.from('{"a":1}\n'.repeat(4 << 20));
  const path = join(dir, 'x.gz');
  writeFileSync(path, gzipSync(text, { level: 1 }));
  expect(inflate(path, 3).counts).toEqual([text.length, text.length, text.length]);
  expect(inflate(path, 2, ['--expose-gc']).counts).toEqual([text.length, text.length]);
});
