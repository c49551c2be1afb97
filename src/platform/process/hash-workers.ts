import { closeSync, openSync, readSync } from 'node:fs';
import type { Hash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { messageOf } from '../../core/errors.js';
import type { FileHash } from './hash-files.js';
import { READ_SIZE, type Report, WORKER_SOURCE } from './hash-worker-source.js';

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
  /** Where it was posted, if it was: its batch's shared control words and its index there. */
  posted?: { readonly control: Int32Array; readonly index: number };
}

interface Batch {
  readonly jobs: readonly Job[];
  readonly paths: readonly string[];
  readonly control: Int32Array;
  /** The workers that have this batch and have not yet run out of its files. */
  readonly busy: Set<Worker>;
}

/** One worker per core, at most 8 (past that the disk, not SHA-256, is the limit). */
export const defaultWorkers = () => Math.max(1, Math.min(availableParallelism(), 8));

/** The file the main thread is hashing for a batch, between its other work. */
interface Helping {
  readonly job: Job;
  readonly fd: number;
  readonly hash: Hash;
  size: number;
}

/** Options of HashWorkers. */
export interface HashWorkersOptions {
  /**
   * The main thread takes files too, in 256 KiB blocks for up to 2 ms per turn of its event loop (so it
   * stays responsive to git's pipes and timers). With one worker fewer than the cores, every core hashes,
   * one worker's start-up (30-40 ms of a core) is saved, and the main thread starts hashing as soon as the
   * files are given.
   */
  readonly mainThreadHelps?: boolean;
}

let helpBuffer: Buffer | undefined;

// node:crypto is loaded when the main thread first hashes, not with this module: the CLI's entry imports it
// to start a worker before anything else, and loading crypto first (~3 ms) would only delay that worker
// (and `mlci --version`, which shares the entry and hashes nothing).
const sha256 = (): Hash => process.getBuiltinModule('node:crypto').createHash('sha256');

// The main thread hashes blocks for up to this long per turn of its event loop: a turn per block (~0.15 ms)
// would spend more on the loop than on hashing, and 2 ms is still a prompt answer to git's pipes and timers.
const HELP_TURN_MS = 2;

/**
 * SHA-256 worker threads that take files whenever they are given: the files given in one turn of the event
 * loop make a batch, taken biggest first (so one large file does not finish last alone) by whichever worker
 * is free. Idle workers do not keep the process alive (unref'd); busy ones do, until their batches are
 * done. close() ends them; a worker that dies fails every waiting file.
 */
export class HashWorkers {
  private readonly workers: Worker[] = [];
  /** Files given since the last batch was posted. */
  private waiting: Job[] = [];
  private readonly batches = new Map<number, Batch>();
  private nextBatch = 0;
  private failed: Error | undefined;
  private closing = false;
  private readonly mainThreadHelps: boolean;
  /** Whether a turn of the main thread's hashing is scheduled, and the file it is in. */
  private helpScheduled = false;
  private helping: Helping | undefined;

  constructor(count = defaultWorkers(), options: HashWorkersOptions = {}) {
    this.mainThreadHelps = options.mainThreadHelps ?? false;
    this.grow(count);
  }

  /** Starts more workers, up to `count` in all; each joins the batches under way (one can start early). */
  grow(count: number): void {
    while (!this.failed && this.workers.length < count) {
      const worker = this.spawn();
      this.workers.push(worker);
      for (const [id, batch] of this.batches) this.send(worker, id, batch);
      this.refresh(worker);
    }
  }

  /**
   * Hashes `path` when a worker is free; `size` (from stat) only orders the work. The files given in this
   * turn are posted at its end, or at flush().
   */
  hash(path: string, size: number): HashJob {
    let job!: Job;
    const result = new Promise<FileHash>((resolve, reject) => {
      job = { path, size, resolve, reject, dropped: false };
    });
    if (this.failed) job.reject(this.failed);
    else {
      if (this.waiting.length === 0) queueMicrotask(() => this.flush());
      this.waiting.push(job);
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
      this.workers.map((worker) => {
        worker.ref();
        return worker.terminate();
      }),
    );
  }

  private drop(job: Job): void {
    if (job.dropped) return;
    job.dropped = true;
    // A waiting job is left out of its batch; a posted one is skipped, or stopped at its next read.
    if (job.posted) Atomics.store(job.posted.control, 1 + job.posted.index, 1);
    job.reject(new Error(`${job.path}: dropped`));
  }

  /**
   * Posts the files given since the last batch as one batch to every worker, biggest first, now: a caller
   * that goes on with synchronous work (spawning git: 10-30 ms) calls it rather than wait for the turn's end.
   */
  flush(): void {
    const jobs = this.waiting.filter((job) => !job.dropped).sort((a, b) => b.size - a.size);
    this.waiting = [];
    if (this.failed || jobs.length === 0) return;
    const control = new Int32Array(new SharedArrayBuffer((1 + jobs.length) * Int32Array.BYTES_PER_ELEMENT));
    jobs.forEach((job, index) => {
      job.posted = { control, index };
    });
    const id = this.nextBatch++;
    const batch: Batch = { jobs, paths: jobs.map((job) => job.path), control, busy: new Set() };
    this.batches.set(id, batch);
    for (const worker of this.workers) {
      this.send(worker, id, batch);
      this.refresh(worker);
    }
    if (this.mainThreadHelps) this.scheduleHelp();
  }

  private scheduleHelp(): void {
    if (this.helpScheduled) return;
    this.helpScheduled = true;
    setImmediate(() => {
      this.helpScheduled = false;
      const until = performance.now() + HELP_TURN_MS;
      while (this.helpTurn()) {
        if (performance.now() < until) continue;
        this.scheduleHelp();
        return;
      }
    });
  }

  /** One block of the main thread's share; false once no batch has a file left to take. */
  private helpTurn(): boolean {
    const current = this.helping ?? this.takeFile();
    if (!current) return false;
    const { job, fd, hash } = current;
    const finish = (settle: () => void) => {
      this.helping = undefined;
      closeSync(fd);
      if (!job.dropped) settle();
    };
    if (this.failed || job.dropped) {
      finish(() => undefined);
      return !this.failed;
    }
    try {
      helpBuffer ??= Buffer.allocUnsafe(READ_SIZE);
      const n = readSync(fd, helpBuffer, 0, helpBuffer.length, null);
      if (n === 0) finish(() => job.resolve({ sha256: hash.digest('hex'), size: current.size }));
      else {
        hash.update(helpBuffer.subarray(0, n));
        current.size += n;
      }
    } catch (error) {
      finish(() => job.reject(new Error(`${job.path}: ${messageOf(error)}`)));
    }
    return true;
  }

  /** The next file of the oldest batch with one left (taken as a worker takes it), opened. */
  private takeFile(): Helping | undefined {
    for (const [id, batch] of this.batches) {
      for (let index = Atomics.add(batch.control, 0, 1); index < batch.jobs.length; ) {
        const job = batch.jobs[index]!;
        if (!job.dropped) {
          try {
            this.helping = { job, fd: openSync(job.path, 'r'), hash: sha256(), size: 0 };
            return this.helping;
          } catch (error) {
            job.reject(new Error(`${job.path}: ${messageOf(error)}`));
          }
        }
        index = Atomics.add(batch.control, 0, 1);
      }
      // Every file taken: without workers to end it, the batch ends here.
      if (batch.busy.size === 0) this.batches.delete(id);
    }
    return undefined;
  }

  private send(worker: Worker, id: number, batch: Batch): void {
    batch.busy.add(worker);
    worker.postMessage({ batch: id, paths: batch.paths, control: batch.control.buffer });
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    worker.on('message', ({ batch: id, done, end }: Report) => {
      const batch = this.batches.get(id);
      if (!batch) return;
      for (const [index, sha256, sizeOrError] of done) {
        const job = batch.jobs[index]!;
        if (job.dropped) continue;
        if (sha256 === null) job.reject(new Error(`${job.path}: ${sizeOrError}`));
        else job.resolve({ sha256, size: sizeOrError as number });
      }
      if (!end) return;
      // Every file of a batch was taken by some worker, and each answers for its files before it ends.
      batch.busy.delete(worker);
      if (batch.busy.size === 0) this.batches.delete(id);
      this.refresh(worker);
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`a hash worker exited (code ${code})`)));
    return worker;
  }

  /** A worker with files to hash keeps the process alive; an idle one does not. */
  private refresh(worker: Worker): void {
    if (this.closing) return;
    const busy = [...this.batches.values()].some((batch) => batch.busy.has(worker));
    if (busy) worker.ref();
    else worker.unref();
  }

  private fail(error: Error): void {
    this.failed ??= error;
    const jobs = [...this.waiting.splice(0), ...[...this.batches.values()].flatMap((batch) => batch.jobs)];
    this.batches.clear();
    for (const worker of this.workers) if (!this.closing) worker.unref();
    // A job already settled ignores the second settlement; the rest fail with the first error.
    for (const job of jobs) job.reject(this.failed);
  }
}

let early: HashWorkers | undefined;

/** Workers beside a main thread that helps: one core is the main thread's. */
export const helpedWorkers = () => Math.max(1, defaultWorkers() - 1);

/**
 * Starts `count` hash workers now (more if some were started before), with the main thread helping, for
 * every later hashing of this process: the CLI starts one before loading a command that will hash, so it
 * starts while the command's modules load and its files are listed, and the command starts the rest (on
 * more than two cores) when its plan needs them.
 */
export function startHashWorkers(count = helpedWorkers()): void {
  if (early) early.grow(count);
  else if (count > 0) early = new HashWorkers(count, { mainThreadHelps: true });
}

/** The workers startHashWorkers started, if it did. */
export const earlyHashWorkers = (): HashWorkers | undefined => early;

/** Ends the workers startHashWorkers started (none: nothing to do). */
export async function stopHashWorkers(): Promise<void> {
  const workers = early;
  early = undefined;
  await workers?.close();
}
