import { closeSync, openSync, readSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** A file's SHA-256 and the number of bytes read. */
export interface FileHash {
  readonly sha256: string;
  readonly size: number;
}

/** Progress of a hashing run, for "long hashing shows progress". */
export type HashProgress = (done: { files: number; bytes: number }) => void;

// 4 MiB reads: past ~1 MiB the syscall overhead is gone; bigger buffers only cost memory per worker.
const READ_SIZE = 4 * 1024 * 1024;

// The worker is eval'd source (CommonJS) with no import beyond node:fs and node:crypto: it survives ncc
// bundling as one string and starts in ~20 ms (a bundle chunk would first be parsed). Same loop as below.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { openSync, readSync, closeSync } = require('node:fs');
const { createHash } = require('node:crypto');
const buffer = Buffer.allocUnsafe(${READ_SIZE});
parentPort.on('message', ({ id, path }) => {
  let fd;
  try {
    fd = openSync(path, 'r');
    const hash = createHash('sha256');
    let size = 0;
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      hash.update(buffer.subarray(0, n));
      size += n;
    }
    parentPort.postMessage({ id, sha256: hash.digest('hex'), size });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
});
`;

let mainBuffer: Buffer | undefined;

/** SHA-256 of one file, read in this thread (for small jobs, where starting workers costs more). */
export function hashFileSync(path: string): FileHash {
  mainBuffer ??= Buffer.allocUnsafe(READ_SIZE);
  const fd = openSync(path, 'r');
  try {
    const hash = createHash('sha256');
    let size = 0;
    for (;;) {
      const n = readSync(fd, mainBuffer, 0, mainBuffer.length, null);
      if (n === 0) break;
      hash.update(mainBuffer.subarray(0, n));
      size += n;
    }
    return { sha256: hash.digest('hex'), size };
  } finally {
    closeSync(fd);
  }
}

interface Job {
  readonly path: string;
  readonly size: number;
  resolve(hash: FileHash): void;
  reject(error: Error): void;
}

interface Slot {
  readonly worker: Worker;
  /** Jobs posted to this worker and not answered yet, by message id. */
  readonly posted: Map<number, Job>;
}

type Reply = { id: number; sha256: string; size: number } | { id: number; error: string };

// Two files posted per worker: it starts the next one the moment it answers, instead of idling for a round
// trip through the main thread (which may be busy listing or stat-ing). More only unbalances the tail.
const DEPTH = 2;

/** One worker per core, at most 8 (past that the disk, not SHA-256, is the limit). */
const defaultWorkers = () => Math.max(1, Math.min(availableParallelism(), 8));

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
  private nextId = 0;
  private failed: Error | undefined;
  private closing = false;

  constructor(count = defaultWorkers()) {
    this.slots = Array.from({ length: count }, () => this.spawn());
  }

  /** The SHA-256 of `path`; `size` (from stat) only orders the work. */
  hash(path: string, size: number): Promise<FileHash> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise<FileHash>((resolve, reject) => {
      const last = this.waiting.at(-1);
      if (last && last.size > size) this.sorted = false;
      this.waiting.push({ path, size, resolve, reject });
      this.pump();
    });
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

  private spawn(): Slot {
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    const slot: Slot = { worker, posted: new Map() };
    worker.unref();
    worker.on('message', (reply: Reply) => {
      const job = slot.posted.get(reply.id);
      if (!job) return;
      slot.posted.delete(reply.id);
      if ('error' in reply) job.reject(new Error(`${job.path}: ${reply.error}`));
      else job.resolve({ sha256: reply.sha256, size: reply.size });
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
        const id = this.nextId++;
        slot.posted.set(id, job);
        slot.worker.postMessage({ id, path: job.path });
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
 * Starts the hash workers now, for every later hashFiles of this process: the CLI calls it first thing for a
 * command that hashes, so the workers start while the command's modules load and its files are listed.
 */
export function startHashWorkers(): void {
  early ??= new HashWorkers();
}

/** Ends the workers startHashWorkers started (none: nothing to do). */
export async function stopHashWorkers(): Promise<void> {
  const workers = early;
  early = undefined;
  await workers?.close();
}

/** Below this many bytes in all, hashing stays on the main thread: a worker takes ~30 ms to start. */
const WORKER_THRESHOLD = 32 * 1024 * 1024;

/**
 * SHA-256 of many files on every core: the workers startHashWorkers started, or one worker thread per core
 * for this call. Node's sha256 is OpenSSL's, with SHA extensions where the CPU has them. `sizes` (from stat)
 * only orders and splits the work.
 */
export async function hashFiles(
  files: readonly { path: string; size: number }[],
  onProgress?: HashProgress,
): Promise<Map<string, FileHash>> {
  const out = new Map<string, FileHash>();
  const total = files.reduce((sum, file) => sum + file.size, 0);
  let bytes = 0;
  const done = (path: string, hash: FileHash) => {
    out.set(path, hash);
    bytes += hash.size;
    onProgress?.({ files: out.size, bytes });
  };
  if (total < WORKER_THRESHOLD || files.length === 1) {
    for (const file of files) done(file.path, hashFileSync(file.path));
    return out;
  }
  const workers = early ?? new HashWorkers(Math.min(defaultWorkers(), files.length));
  try {
    await Promise.all(files.map(async (file) => done(file.path, await workers.hash(file.path, file.size))));
  } finally {
    if (workers !== early) await workers.close();
  }
  return out;
}
