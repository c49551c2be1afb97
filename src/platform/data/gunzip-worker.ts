import type { MessagePort } from 'node:worker_threads';

/** What the gunzip worker posts: an inflated chunk (its buffer transferred), the end, or why it stopped. */
export type GunzipMessage =
  | { readonly type: 'chunk'; readonly data: Uint8Array<ArrayBuffer>; readonly read: number }
  | { readonly type: 'end' }
  | {
      readonly type: 'error';
      readonly stage: 'read' | 'gunzip';
      readonly code: string | undefined;
      readonly message: string;
    };

/**
 * Source shared by both gunzip workers: `collected(bytes)` runs a minor garbage collection every 16 MiB
 * inflated. The file stream's and zlib's spent buffers (1 MiB each) are external memory behind tiny
 * wrappers, and these threads allocate little else: Node 20's V8 collected them soon after use, Node 22+'s
 * lets them pile up (a 26 MiB .jsonl.gz: the worker alone peaked 45 MiB higher on Node 24, the validation
 * at 204 MiB against 121 MiB). A minor collection of this small heap costs well under a millisecond.
 * `gc` is reached through a new context (--expose-gc set at run time applies to contexts created after, so
 * a later worker of the same process, and a process run with --expose-gc, has it as a global already).
 */
const COLLECT_SOURCE = `
const collectGarbage =
  typeof globalThis.gc === 'function'
    ? globalThis.gc
    : (require('node:v8').setFlagsFromString('--expose-gc'), require('node:vm').runInNewContext('gc'));
let uncollected = 0;
const collected = (bytes) => {
  uncollected += bytes;
  if (uncollected < 16 << 20) return;
  uncollected = 0;
  collectGarbage({ type: 'minor' });
};
`;

/**
 * The gunzip worker (readGzip in read-bytes.ts), run with `eval`: it needs only node's fs, zlib and
 * worker_threads, so it starts without loading the bundle (~20 ms). Its event loop does nothing but
 * drive zlib, so inflating never waits for validation: it reads `workerData.path`, inflates it (all gzip
 * members) and posts each inflated chunk as a GunzipMessage, its buffer transferred. zlib's chunks are
 * views of buffers it keeps writing into, so each is copied once into a buffer of its own here, on this
 * otherwise idle thread. At most `workerData.queue` chunks are unacknowledged (the main thread answers
 * each once written, handing its buffer back for the next chunk: no allocation per chunk, and no
 * garbage to wait for): then zlib is paused, and with it the file read. Kept as source text so that no
 * bundler rewrites its requires.
 */
export const GUNZIP_WORKER_SOURCE = `${COLLECT_SOURCE}
const { parentPort, workerData } = require('node:worker_threads');
const { createReadStream } = require('node:fs');
const { createGunzip } = require('node:zlib');
const { path, queue, chunkSize } = workerData;
const input = createReadStream(path, { highWaterMark: chunkSize });
const gunzip = createGunzip({ chunkSize });
let unacknowledged = 0;
let failed = false;
const fail = (stage, error) => {
  if (failed) return;
  failed = true;
  parentPort.postMessage({ type: 'error', stage, code: error.code, message: error.message });
  input.destroy();
  gunzip.destroy();
};
input.on('error', (error) => fail('read', error));
gunzip.on('error', (error) => fail('gunzip', error));
const free = [];
gunzip.on('data', (chunk) => {
  if (failed) return;
  const data = new Uint8Array(free.pop() ?? new ArrayBuffer(chunkSize), 0, chunk.length);
  data.set(chunk);
  parentPort.postMessage({ type: 'chunk', data, read: input.bytesRead }, [data.buffer]);
  collected(chunk.length);
  if (++unacknowledged >= queue) gunzip.pause();
});
gunzip.on('end', () => {
  if (!failed) parentPort.postMessage({ type: 'end' });
});
parentPort.on('message', (buffer) => {
  free.push(buffer);
  unacknowledged--;
  if (unacknowledged < queue && gunzip.isPaused()) gunzip.resume();
});
input.pipe(gunzip);
`;

/** What a consumer of gunzip segments is sent: the next segment, the end, or why there is none. */
export type SegmentMessage =
  | {
      readonly type: 'segment';
      /** The segment's number (0 first) and the offset of its first byte in the inflated text. */
      readonly index: number;
      readonly offset: number;
      /** The line and the record (non-empty line) it begins with, counted from 1. */
      readonly line: number;
      readonly row: number;
      /** Its bytes: whole lines, but for the file's last line when it has no line feed. */
      readonly data: Uint8Array<ArrayBuffer>;
    }
  | { readonly type: 'end' }
  | { readonly type: 'error'; readonly message: string };

/** What the segments worker is given. */
export interface SegmentsJob {
  readonly path: string;
  /** One port per consumer: a consumer asks with a message (the last segment's buffer, or null). */
  readonly ports: readonly MessagePort[];
  readonly segmentBytes: number;
  /** A segment cannot grow beyond this (memory), whatever its lines. */
  readonly maxSegmentBytes: number;
  /**
   * A line this long or longer makes the worker give up: the caller then reads the file on one thread,
   * whose reader decides exactly whether it is too long a record (ChunkedInput, CSV_LIMITS).
   */
  readonly maxLineBytes: number;
  /** Segments inflated ahead of the consumers before zlib is paused. */
  readonly ahead: number;
  readonly compressedBytes: number;
  readonly limits: { readonly maxBytes: number; readonly maxRatio: number; readonly ratioAfter: number };
  /** Compressed bytes read so far go to `shared[slot]` (a Float64Array). */
  readonly progress?: { readonly shared: SharedArrayBuffer; readonly slot: number };
}

/** The workerData of a segments worker started before its job is known: the job is its first message. */
export const SPARE_SEGMENTS_KIND = 'mlci-spare-gunzip-segments';

/**
 * The gunzip worker for validating one compressed JSONL file on several threads (workerData: a
 * SegmentsJob, or SPARE_SEGMENTS_KIND and then the job as its first message: a worker booted before the
 * file was known). It inflates the file into segments of whole lines, each numbered with its offset, first
 * line and first record (it counts the line feeds and the empty lines, which are not records, as
 * JsonlTable does), and hands them to whichever consumer asks first: the threads validate at their own
 * pace, and the segments' errors carry the file's own rows and lines. At most `ahead` segments wait;
 * then zlib is paused. A consumer's request gives back the buffer of its last segment, reused for a
 * later one. Any failure (read error, bad or truncated gzip, the limits, an overlong line) is sent to
 * every consumer as an error: the caller then reads the file on one thread, which reports it exactly.
 */
export const GUNZIP_SEGMENTS_SOURCE = `${COLLECT_SOURCE}
const { workerData, parentPort } = require('node:worker_threads');
const { createReadStream } = require('node:fs');
const { createGunzip } = require('node:zlib');
function run(job) {
const done = job.progress ? new Float64Array(job.progress.shared) : undefined;
const input = createReadStream(job.path, { highWaterMark: 1 << 20 });
const gunzip = createGunzip({ chunkSize: 1 << 20 });
const capacity = job.segmentBytes + (1 << 20); // a segment under its size, and a chunk of zlib's
const free = [];
let buf = new Uint8Array(capacity);
let length = 0;
let offset = 0;
let line = 1;
let row = 1;
let index = 0;
let total = 0;
let ended = false;
let failure;
// The first segments are small, so that the threads start validating at once; then segmentBytes.
let target = Math.min(job.segmentBytes, 1 << 16);
const ready = [];
const waiting = [];
const fail = (message) => {
  if (failure) return;
  failure = { type: 'error', message };
  ready.length = 0;
  input.destroy();
  gunzip.destroy();
  serve();
};
const send = (port, message) =>
  message.type === 'segment' ? port.postMessage(message, [message.data.buffer]) : port.postMessage(message);
function serve() {
  while (waiting.length > 0 && (failure || ready.length > 0 || ended))
    send(waiting.shift(), failure ?? ready.shift() ?? { type: 'end' });
  if (!failure && gunzip.isPaused() && ready.length < job.ahead) gunzip.resume();
}
function cut(end) {
  const data = buf.subarray(0, end);
  const segment = { type: 'segment', index: index++, offset, line, row, data };
  const view = Buffer.from(buf.buffer, 0, end);
  // A BOM is not part of the first line (ChunkedInput drops it): a BOM and a line feed make an empty line.
  const bom = offset === 0 && view[0] === 0xef && view[1] === 0xbb && view[2] === 0xbf;
  for (let p = bom ? 3 : 0; p < end; ) {
    let nl = view.indexOf(10, p);
    if (nl === -1) nl = end;
    if (nl - p >= job.maxLineBytes) return fail('a line too long');
    const empty = nl === p || (nl === p + 1 && view[p] === 13);
    if (!empty) row++;
    line++;
    p = nl + 1;
  }
  ready.push(segment);
  offset += end;
  const next = length - end < capacity ? (free.pop() ?? new Uint8Array(capacity)) : new Uint8Array(2 * (length - end));
  next.set(buf.subarray(end, length));
  length -= end;
  buf = next;
  if (ready.length >= job.ahead) gunzip.pause();
  serve();
}
input.on('error', (error) => fail('cannot read the file: ' + (error.code ?? error.message)));
gunzip.on('error', (error) => fail('gzip: ' + error.message));
gunzip.on('data', (chunk) => {
  if (failure) return;
  total += chunk.length;
  if (done) done[job.progress.slot] = input.bytesRead;
  const ratio = total / Math.max(1, job.compressedBytes);
  if (total > job.limits.maxBytes || (total > job.limits.ratioAfter && ratio > job.limits.maxRatio))
    return fail('beyond the limits');
  if (length + chunk.length > buf.length) {
    if (length + chunk.length > job.maxSegmentBytes) return fail('a line too long');
    const grown = new Uint8Array(Math.max(2 * buf.length, length + chunk.length));
    grown.set(buf.subarray(0, length));
    buf = grown;
  }
  buf.set(chunk, length);
  length += chunk.length;
  collected(chunk.length);
  // Segments of at most target bytes, but for a line longer than that (then the segment is that line).
  while (!failure && length >= target) {
    let end = buf.lastIndexOf(10, target - 1) + 1;
    if (end === 0) end = buf.indexOf(10, target) + 1;
    if (end === 0 || end > length) break;
    cut(end);
    target = Math.min(job.segmentBytes, 2 * target);
  }
});
gunzip.on('end', () => {
  if (failure) return;
  if (length > 0) cut(length);
  if (failure) return;
  ended = true;
  serve();
});
for (const port of job.ports)
  port.on('message', (returned) => {
    if (returned && returned.byteLength === capacity && free.length < job.ahead)
      free.push(new Uint8Array(returned));
    waiting.push(port);
    serve();
  });
input.pipe(gunzip);
}
if (workerData && workerData.kind === '${SPARE_SEGMENTS_KIND}') parentPort.once('message', run);
else run(workerData);
`;
