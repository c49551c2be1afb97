import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Worker } from 'node:worker_threads';
import { DataError, MlciError } from '../../core/errors.js';
import { type RawGetResult, rawGet, ResponseReader } from '../registry/raw-get.js';
import { redact } from '../registry/http.js';

/** What a downloaded blob turned out to be: its sha256 (hex) and length. */
export interface Written {
  readonly sha256: string;
  readonly size: number;
}

/**
 * Below this a blob is hashed and written on the main thread: a worker costs ~30 ms to start, the time
 * to hash ~40 MiB. A restore also keeps to the main thread when all its blobs together are below
 * WORKER_MIN_TOTAL, where the hashing the workers would take over is too short.
 */
export const WORKER_MIN_BYTES = 8 * 1024 * 1024;
export const WORKER_MIN_TOTAL = 64 * 1024 * 1024;

/**
 * Whether a restore of `total` bytes hands its large blobs to worker threads: a large one, on a machine
 * with a second core. Each worker downloads a blob whole (download(): its own GET, hashed and written as
 * it arrives, ~1.4 CPU s per GiB in all), so the downloads run on every core; on one core the main thread
 * does the same work with less start-up. The load average is a poor guide to the next seconds: unread.
 */
export function workersPayOff(total: number, cores: number): boolean {
  return total >= WORKER_MIN_TOTAL && cores >= 2;
}

// What the main thread hands a worker at once, and how much may wait in it before the download pauses
// (the worker is slower than the socket when the disk is): memory stays ≤ jobs × MAX_QUEUED.
const BATCH_BYTES = 1024 * 1024;
const MAX_QUEUED = 32 * 1024 * 1024;

// The worker is eval'd source (CommonJS), so it survives ncc bundling as one file (as hash-files.ts does);
// the raw GET client (../registry/raw-get.ts) comes in as the source text of its two self-contained parts.
// Two jobs, one file at a time:
// - 'get': the whole download on this thread: raw-get reads the socket into one reused buffer, and each
//   range of the body is hashed and written (writeSync) in place; answers 'got' with the digest and length,
//   another status, a 'fallback', or an error with its code.
// - 'open'/'data'/'close' (a body the main thread reads, through a proxy or node:http): batches of chunks
//   it hashes and writes in one writev; close answers with the digest and length. An fs error is kept and
//   answered at close.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { openSync, writevSync, writeSync, closeSync } = require('node:fs');
const { createHash } = require('node:crypto');
const net = require('node:net');
const tls = require('node:tls');
const ResponseReader = (${ResponseReader.toString()});
const rawGet = (${rawGet.toString()});
const detail = (error) => ({ error: String((error && error.message) || error), code: error && typeof error.code === 'string' ? error.code : undefined });
function get(message) {
  let fd;
  let size = 0;
  const hash = createHash('sha256');
  const sink = (buffer, start, end) => {
    size += end - start;
    if (size > message.limit) throw Object.assign(new Error('too long'), { code: 'EMLCI_TOO_LONG' });
    hash.update(buffer.subarray(start, end));
    if (fd === undefined) fd = openSync(message.path, 'wx', 0o644);
    for (let at = start; at < end; ) at += writeSync(fd, buffer, at, end - at);
  };
  const close = () => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
  };
  rawGet({ net, tls, Reader: ResponseReader }, { ...message.request, maxBody: message.limit, sink }).then(
    (result) => {
      try {
        if (result.kind === 'ok' && fd === undefined) fd = openSync(message.path, 'wx', 0o644);
        close();
      } catch (error) {
        parentPort.postMessage({ op: 'got', id: message.id, ...detail(error) });
        return;
      }
      parentPort.postMessage(result.kind === 'ok' ? { op: 'got', id: message.id, sha256: hash.digest('hex'), size } : { op: 'got', id: message.id, result });
    },
    (error) => {
      try { close(); } catch {}
      parentPort.postMessage({ op: 'got', id: message.id, ...detail(error) });
    },
  );
}
let fd, hash, size, failed;
parentPort.on('message', (message) => {
  if (message.op === 'get') return get(message);
  if (message.op === 'open') {
    failed = undefined;
    size = 0;
    hash = createHash('sha256');
    try { fd = openSync(message.path, 'wx', 0o644); } catch (error) { fd = undefined; failed = String(error && error.message || error); }
    return;
  }
  if (message.op === 'data') {
    let bytes = 0;
    const chunks = message.chunks.map((buffer) => Buffer.from(buffer));
    for (const chunk of chunks) { hash.update(chunk); bytes += chunk.length; }
    size += bytes;
    if (!failed) {
      try {
        let at = 0;
        while (at < chunks.length) {
          let n = writevSync(fd, chunks.slice(at, at + 1024));
          while (n > 0 && at < chunks.length) {
            if (n >= chunks[at].length) { n -= chunks[at].length; at++; }
            else { chunks[at] = chunks[at].subarray(n); n = 0; }
          }
        }
      } catch (error) { failed = String(error && error.message || error); }
    }
    parentPort.postMessage({ op: 'ack', bytes });
    return;
  }
  if (message.op === 'close') {
    if (fd !== undefined) { try { closeSync(fd); } catch (error) { failed = failed || String(error && error.message || error); } }
    fd = undefined;
    parentPort.postMessage(failed ? { op: 'done', error: failed } : { op: 'done', sha256: hash.digest('hex'), size });
  }
});
`;

type Answer = { op: 'ack'; bytes: number } | { op: 'done'; sha256?: string; size?: number; error?: string };
type Got = {
  op: 'got';
  id: number;
  sha256?: string;
  size?: number;
  result?: Exclude<RawGetResult, { kind: 'ok' }>;
  error?: string;
  code?: string;
};

/** A blob GET for a worker to send itself (RegistryClient.blobRequest). */
export interface BlobRequest {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly idleTimeoutMs: number;
  /** Schemes that go through a proxy (HTTP_PROXY / HTTPS_PROXY set): a redirect there is a 'fallback'. */
  readonly proxied: { readonly 'http:': boolean; readonly 'https:': boolean };
  /** Tests: the size of the worker's read buffer, and trust anchors of a test TLS server. */
  readonly bufferSize?: number;
  readonly ca?: string;
}

/** What a worker's own download gave: the file, another status (for the caller's error), or 'fallback'. */
export type Downloaded = ({ readonly kind: 'written' } & Written) | Exclude<RawGetResult, { kind: 'ok' }>;

// Codes of a failed connection or a cut: the caller retries those (isNetworkError reads them).
const CUT = new Set(['ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'ETIMEDOUT', 'ECONNABORTED']);

/** A chunk as an ArrayBuffer the worker may take over (no copy when the chunk owns its memory). */
function transferable(chunk: Buffer): ArrayBuffer {
  const own =
    chunk.byteOffset === 0 &&
    chunk.buffer.byteLength === chunk.length &&
    chunk.buffer instanceof ArrayBuffer &&
    chunk.length >= 4096; // a small Buffer may sit in Node's shared pool: never hand that away
  return own ? (chunk.buffer as ArrayBuffer) : new Uint8Array(chunk).buffer;
}

/**
 * Writes blobs into new files, hashing as the bytes arrive, and answers what was written. More than
 * `limit` bytes is an error at the first byte past it (a manifest's size is a cap, not a hint).
 * download(): a worker thread sends the GET itself and receives, hashes and writes the body (the fast path).
 * write(): the body is a stream this thread reads (node:http, a proxy): large blobs still go to a worker
 * (zero-copy: each chunk's memory moves to it), so the hash and the write run on another core.
 */
export class BlobWriters {
  /** `minBytes`: the smallest blob a worker takes (Infinity: none). */
  /**
   * `minBytes`: the smallest blob a worker takes (Infinity: none). `cores`: download() runs at most this
   * many workers, each with as many downloads at once as it is given (they are async: a worker starts in
   * ~30 ms of CPU, which one per download would spend for nothing on a machine with fewer cores).
   */
  constructor(
    private readonly minBytes = WORKER_MIN_BYTES,
    private readonly cores = availableParallelism(),
  ) {}

  private readonly idle: Worker[] = [];
  private readonly all: Worker[] = [];
  private readonly dead = new Set<Worker>();
  private readonly getters: { worker: Worker; active: number }[] = [];
  private nextId = 0;

  /** Starts up to `count` workers now, so that they boot while the first requests are made. */
  prestart(count: number): void {
    if (this.minBytes === Number.POSITIVE_INFINITY) return;
    while (this.getters.length < Math.min(count, this.cores))
      this.getters.push({ worker: this.start(), active: 0 });
  }

  /** True when a blob of `size` bytes goes to a worker thread (write() and download()). */
  downloads(size: number): boolean {
    return size >= this.minBytes;
  }

  async write(body: Readable, target: string, limit: number, label: string): Promise<Written> {
    if (limit < this.minBytes) return inThread(body, target, limit, label);
    const worker = this.idle.pop() ?? this.start();
    try {
      return await viaWorker(worker, body, target, limit, label);
    } finally {
      if (!this.dead.has(worker)) this.idle.push(worker);
    }
  }

  /**
   * Downloads a blob on a worker thread, which sends the GET itself (raw-get.ts) and hashes and writes
   * the body as it arrives into the new file `target`: receive, hash and write all off this thread. More
   * than `limit` bytes is the same error as write()'s. A network failure or a cut rejects with its code
   * (retried by the caller); a refused response head or a redirect to a proxied host is a 'fallback'.
   */
  async download(request: BlobRequest, target: string, limit: number, label: string): Promise<Downloaded> {
    const live = this.getters.filter((slot) => !this.dead.has(slot.worker));
    this.getters.splice(0, this.getters.length, ...live);
    let slot = live.reduce<(typeof live)[number] | undefined>(
      (best, one) => (!best || one.active < best.active ? one : best),
      undefined,
    );
    if (!slot || (slot.active > 0 && live.length < this.cores)) {
      slot = { worker: this.start(), active: 0 };
      this.getters.push(slot);
    }
    slot.active++;
    try {
      return await getOn(slot.worker, this.nextId++, request, target, limit, label);
    } finally {
      slot.active--;
    }
  }

  /** Ends every worker (after the last write). */
  async close(): Promise<void> {
    const workers = this.all.splice(0);
    this.idle.length = 0;
    this.getters.length = 0;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private start(): Worker {
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    worker.unref();
    // A worker that crashed (out of memory) or ended is not handed another file, busy or idle.
    const gone = () => {
      this.dead.add(worker);
      const at = this.idle.indexOf(worker);
      if (at !== -1) this.idle.splice(at, 1);
    };
    worker.once('error', gone);
    worker.once('exit', gone);
    this.all.push(worker);
    return worker;
  }
}

const tooLong = (label: string, limit: number) =>
  new DataError(`the blob of "${label}" is longer than ${limit} bytes`);

// Buffers of 4 MiB between the socket and the file: with the 16 KiB default, every 64 KiB chunk from the
// socket fills the file stream, so reading stops and restarts per chunk (two epoll_ctl calls each).
const STREAM_BUFFER = 4 * 1024 * 1024;

async function inThread(body: Readable, target: string, limit: number, label: string): Promise<Written> {
  const hash = createHash('sha256');
  let size = 0;
  await pipeline(
    body,
    new Transform({
      highWaterMark: STREAM_BUFFER,
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        if (size > limit) return done(tooLong(label, limit));
        hash.update(chunk);
        done(null, chunk);
      },
    }),
    createWriteStream(target, { flags: 'wx', mode: 0o644, highWaterMark: STREAM_BUFFER }),
  );
  return { sha256: hash.digest('hex'), size };
}

function getOn(
  worker: Worker,
  id: number,
  request: BlobRequest,
  target: string,
  limit: number,
  label: string,
): Promise<Downloaded> {
  return new Promise<Downloaded>((resolve, reject) => {
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onCrash);
    };
    const onMessage = (answer: Got | Answer) => {
      if (answer.op !== 'got' || answer.id !== id) return;
      cleanup();
      // A Buffer crosses postMessage as a plain Uint8Array.
      if (answer.result?.kind === 'status')
        return resolve({ ...answer.result, body: Buffer.from(answer.result.body) });
      if (answer.result) return resolve(answer.result);
      if (answer.error === undefined)
        return resolve({ kind: 'written', sha256: answer.sha256!, size: answer.size! });
      if (answer.code === 'EMLCI_TOO_LONG') return reject(tooLong(label, limit));
      const cause = Object.assign(new Error(answer.error), { code: answer.code });
      if (answer.code && CUT.has(answer.code))
        return reject(
          new MlciError(
            `GET ${redact(request.url)}: the download of "${label}" failed (${answer.code}: ${answer.error})`,
            1,
            { cause },
          ),
        );
      reject(
        new MlciError(`downloading "${label}" from ${redact(request.url)}: ${answer.error}`, 1, { cause }),
      );
    };
    const onCrash = (error: unknown) => {
      cleanup();
      reject(error);
    };
    worker.on('message', onMessage);
    worker.on('error', onCrash);
    worker.postMessage({ op: 'get', id, path: target, limit, request });
  });
}

function viaWorker(
  worker: Worker,
  body: Readable,
  target: string,
  limit: number,
  label: string,
): Promise<Written> {
  return new Promise<Written>((resolve, reject) => {
    let batch: ArrayBuffer[] = [];
    let batchBytes = 0;
    let queued = 0;
    let size = 0;
    let settled = false;
    let failure: unknown;
    const send = () => {
      if (!batch.length) return;
      worker.postMessage({ op: 'data', chunks: batch }, batch);
      queued += batchBytes;
      batch = [];
      batchBytes = 0;
      if (queued > MAX_QUEUED) body.pause();
    };
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onCrash);
      body.off('data', onData);
      body.off('end', onEnd);
      body.off('error', onError);
      body.off('close', onClose);
    };
    const onMessage = (answer: Answer) => {
      if (answer.op === 'ack') {
        queued -= answer.bytes;
        if (queued <= MAX_QUEUED / 2 && body.isPaused() && failure === undefined) body.resume();
        return;
      }
      // The worker has closed the file: only now may the caller remove or rename it.
      settled = true;
      cleanup();
      if (failure !== undefined) reject(failure);
      else if (answer.error !== undefined) reject(new Error(`writing ${label}: ${answer.error}`));
      else resolve({ sha256: answer.sha256!, size: answer.size! });
    };
    const onCrash = (error: unknown) => {
      if (settled) return;
      settled = true;
      cleanup();
      reject(error);
    };
    // The first failure stops the download; the worker still closes the file before we answer.
    const fail = (error: unknown) => {
      if (failure !== undefined) return;
      failure = error;
      batch = [];
      body.destroy();
      worker.postMessage({ op: 'close' });
    };
    const onData = (chunk: Buffer) => {
      if (failure !== undefined) return;
      size += chunk.length;
      if (size > limit) return fail(tooLong(label, limit));
      batch.push(transferable(chunk));
      batchBytes += chunk.length;
      if (batchBytes >= BATCH_BYTES) send();
    };
    let ended = false;
    const onEnd = () => {
      if (failure !== undefined) return;
      ended = true;
      send();
      worker.postMessage({ op: 'close' });
    };
    const onError = (error: unknown) => fail(error);
    // A body that closes without 'end' or 'error' was cut off (what pipeline calls a premature close).
    const onClose = () => {
      if (!ended)
        fail(
          Object.assign(new Error(`the download of "${label}" ended early`), {
            code: 'ERR_STREAM_PREMATURE_CLOSE',
          }),
        );
    };
    worker.on('message', onMessage);
    worker.on('error', onCrash);
    worker.postMessage({ op: 'open', path: target });
    body.on('data', onData);
    body.on('end', onEnd);
    body.on('error', onError);
    body.on('close', onClose);
  });
}
