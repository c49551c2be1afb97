import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileHash } from './hash-files.js';

// 256 KiB reads: the block is still in the L2 cache when it is hashed after the copy from the page cache
// (a 4 MiB one goes out to L3 or memory). Measured on 1 GB, 2 cores: 2 workers over 1000 files 398 ms
// against 412 ms, one thread over one 300 MiB file 197 against 207 ms; 4096 reads per GB cost nothing seen.
export const READ_SIZE = 256 * 1024;

// Two files posted per worker: it starts the next one the moment it answers, instead of idling for a round
// trip through the main thread (which may be busy listing or stat-ing). More only unbalances the tail.
const DEPTH = 2;

// The worker is eval'd source (CommonJS) with no import beyond node:fs and node:crypto: it survives ncc
// bundling as one string and starts without parsing any of the bundle. `dropped` (shared memory) holds, per
// posted file, seq + 1 once the main thread no longer wants it: checked before and after every read.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { openSync, readSync, closeSync } = require('node:fs');
const { createHash } = require('node:crypto');
const dropped = new Int32Array(workerData);
const buffer = Buffer.allocUnsafe(${READ_SIZE});
parentPort.on('message', ({ seq, path }) => {
  const unwanted = () => Atomics.load(dropped, seq % ${DEPTH}) === seq + 1;
  if (unwanted()) return parentPort.postMessage({ seq, dropped: true });
  let fd;
  try {
    fd = openSync(path, 'r');
    const hash = createHash('sha256');
    let size = 0;
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      if (unwanted()) return parentPort.postMessage({ seq, dropped: true });
      hash.update(buffer.subarray(0, n));
      size += n;
    }
    parentPort.postMessage({ seq, sha256: hash.digest('hex'), size });
  } catch (error) {
    parentPort.postMessage({ seq, error: String((error && error.message) || error) });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
});
`;

/** One file given to the workers: its hash, or drop() when it is no longer wanted. */
export interface HashJob {
  /** The file's hash; rejects if it cannot be read, the workers fail or close, or it was dropped. */
  readonly result: Promise<FileHash>;
  /** Not wanted any more: forgotten if waiting, stopped at its next read (256 KiB) if being hashed. */
  drop(): void;
  readonly dropped: boolean;
}

interface Job {
  readonly path: string;
  readonly size: number;
  resolve(hash: FileHash): void;
  reject(error: Error): void;
  dropped: boolean;
  /** Where it was posted, if it was. */
  posted?: { readonly slot: Slot; readonly seq: number };
}

interface Slot {
  readonly worker: Worker;
  /** Jobs posted to this worker and not answered yet, by seq (this worker's post number). */
  readonly posted: Map<number, Job>;
  readonly dropped: Int32Array;
  seq: number;
}

type Reply =
  | { seq: number; sha256: string; size: number }
  | { seq: number; error: string }
  | { seq: number; dropped: true };

/** One worker per core, at most 8 (past that the disk, not SHA-256, is the limit). */
export const defaultWorkers = () => Math.max(1, Math.min(availableParallelism(), 8));

/**
 * SHA-256 worker threads that take files whenever they are given, the biggest waiting file first (so one
 * large file does not finish last alone). Idle workers do not keep the process alive (unref'd); busy ones
 * do, until their files are answered. close() ends them; a worker that dies fails every waiting file.
 */
export class HashWorkers {
  private readonly slots: Slot[];
  /** Files not posted yet, ascending by size once sorted: the next one is popped from the end. */
  private readonly waiting: Job[] = [];
  private sorted = true;
  private failed: Error | undefined;
  private closing = false;

  constructor(count = defaultWorkers()) {
    this.slots = Array.from({ length: count }, () => this.spawn());
  }

  /** Hashes `path` when a worker is free; `size` (from stat) only orders the work. */
  hash(path: string, size: number): HashJob {
    let job!: Job;
    const result = new Promise<FileHash>((resolve, reject) => {
      job = { path, size, resolve, reject, dropped: false };
    });
    if (this.failed) job.reject(this.failed);
    else {
      const last = this.waiting.at(-1);
      if (last && last.size > size) this.sorted = false;
      this.waiting.push(job);
      this.pump();
    }
    return {
      result,
      drop: () => this.drop(job),
      get dropped() {
        return job.dropped;
      },
    };
  }

  /** Ends every worker; files still waiting or being hashed fail. */
  async close(): Promise<void> {
    this.fail(new Error('the hash workers were closed'));
    this.closing = true;
    // Referenced while they end: else, the loop empty, the process would leave before terminate() resolves
    // (an unfinished top-level await: exit code 13).
    await Promise.all(
      this.slots.map(({ worker }) => {
        worker.ref();
        return worker.terminate();
      }),
    );
  }

  private drop(job: Job): void {
    if (job.dropped) return;
    job.dropped = true;
    // A waiting job is skipped when its turn comes; a posted one is stopped by the worker, and its slot is
    // free again when the worker answers.
    if (job.posted) Atomics.store(job.posted.slot.dropped, job.posted.seq % DEPTH, job.posted.seq + 1);
    job.reject(new Error(`${job.path}: dropped`));
  }

  private spawn(): Slot {
    const shared = new SharedArrayBuffer(DEPTH * Int32Array.BYTES_PER_ELEMENT);
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: shared });
    const slot: Slot = { worker, posted: new Map(), dropped: new Int32Array(shared), seq: 0 };
    worker.unref();
    worker.on('message', (reply: Reply) => {
      const job = slot.posted.get(reply.seq);
      if (!job) return;
      slot.posted.delete(reply.seq);
      if ('error' in reply) job.reject(new Error(`${job.path}: ${reply.error}`));
      else if ('sha256' in reply) job.resolve({ sha256: reply.sha256, size: reply.size });
      this.pump();
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`a hash worker exited (code ${code})`)));
    return slot;
  }

  private pump(): void {
    if (!this.sorted) {
      this.waiting.sort((a, b) => a.size - b.size);
      this.sorted = true;
    }
    for (const slot of this.slots) {
      while (slot.posted.size < DEPTH && this.waiting.length > 0) {
        const job = this.waiting.pop()!;
        if (job.dropped) continue;
        const seq = slot.seq++;
        job.posted = { slot, seq };
        slot.posted.set(seq, job);
        slot.worker.postMessage({ seq, path: job.path });
      }
      if (slot.posted.size > 0) slot.worker.ref();
      else slot.worker.unref();
    }
  }

  private fail(error: Error): void {
    this.failed ??= error;
    const jobs = [...this.waiting.splice(0), ...this.slots.flatMap(({ posted }) => [...posted.values()])];
    for (const slot of this.slots) {
      slot.posted.clear();
      if (!this.closing) slot.worker.unref();
    }
    for (const job of jobs) job.reject(this.failed);
  }
}

let early: HashWorkers | undefined;

/**
 * Starts the hash workers now, for every later hashing of this process: the CLI calls it first thing for a
 * command that hashes, so the workers start while the command's modules load and its files are listed.
 */
export function startHashWorkers(): void {
  early ??= new HashWorkers();
}

/** The workers startHashWorkers started, if it did. */
export const earlyHashWorkers = (): HashWorkers | undefined => early;

/** Ends the workers startHashWorkers started (none: nothing to do). */
export async function stopHashWorkers(): Promise<void> {
  const workers = early;
  early = undefined;
  await workers?.close();
}
