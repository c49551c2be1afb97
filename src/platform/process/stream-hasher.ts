import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

// SHA-256 of streams in worker threads: a download writes to disk on the main thread while its bytes are
// hashed on the other cores (SHA-256 runs at ≈ 240 MB/s on one core of the loaded bench machine, slower
// than a loopback registry serves). Each chunk is copied once and its buffer transferred; at most BACKLOG
// bytes wait per stream, so a 6 GB blob never queues in memory (the download pauses instead).
const BACKLOG = 32 * 1024 * 1024;

// eval'd CommonJS source, as hash-files.ts does, so it survives ncc bundling as one file.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const jobs = new Map();
parentPort.on('message', ({ id, op, chunk }) => {
  if (op === 'start') jobs.set(id, createHash('sha256'));
  else if (op === 'data') { jobs.get(id).update(chunk); parentPort.postMessage({ id, ack: chunk.byteLength }); }
  else { parentPort.postMessage({ id, digest: jobs.get(id).digest('hex') }); jobs.delete(id); }
});
`;

/** One stream's hash: feed it chunks in order, then ask for the hex digest. */
export interface StreamHash {
  /** A promise when the backlog is full: take the next chunk only once it resolves. */
  update(chunk: Uint8Array): Promise<void> | undefined;
  digest(): Promise<string>;
}

/** A pool of hashing threads shared by concurrent streams; close() when done. */
export interface StreamHasher {
  start(): StreamHash;
  close(): Promise<void>;
}

interface Job {
  pending: number;
  wake?: () => void;
  done?: (hex: string) => void;
}

function inlineHash(): StreamHash {
  const hash = createHash('sha256');
  return {
    update(chunk) {
      hash.update(chunk);
      return undefined;
    },
    digest: async () => hash.digest('hex'),
  };
}

/** Hashing on the main thread: for small work (starting threads costs more), and where threads fail. */
export const inlineHasher = (): StreamHasher => ({ start: inlineHash, close: async () => {} });

/** A hasher with `workers` threads (default: the cores, at most 4). */
export function streamHasher(workers = Math.min(4, availableParallelism())): StreamHasher {
  let pool: Worker[];
  try {
    pool = Array.from({ length: Math.max(1, workers) }, () => new Worker(WORKER_SOURCE, { eval: true }));
  } catch {
    return inlineHasher();
  }
  const jobs = new Map<number, Job>();
  for (const worker of pool) {
    worker.on('message', ({ id, ack, digest }: { id: number; ack?: number; digest?: string }) => {
      const job = jobs.get(id);
      if (!job) return;
      if (ack !== undefined) {
        job.pending -= ack;
        if (job.pending <= BACKLOG && job.wake) {
          const wake = job.wake;
          job.wake = undefined;
          wake();
        }
      } else if (digest !== undefined) {
        jobs.delete(id);
        job.done?.(digest);
      }
    });
  }
  let next = 0;
  return {
    start() {
      const id = next++;
      const worker = pool[id % pool.length]!;
      const job: Job = { pending: 0 };
      jobs.set(id, job);
      worker.postMessage({ id, op: 'start' });
      return {
        update(chunk) {
          const copy = new Uint8Array(chunk); // its own buffer, transferred: no second copy
          job.pending += copy.byteLength;
          worker.postMessage({ id, op: 'data', chunk: copy }, [copy.buffer]);
          if (job.pending <= BACKLOG) return undefined;
          return new Promise<void>((resolve) => {
            job.wake = resolve;
          });
        },
        digest() {
          return new Promise<string>((resolve) => {
            job.done = resolve;
            worker.postMessage({ id, op: 'end' });
          });
        },
      };
    },
    async close() {
      await Promise.all(pool.map((worker) => worker.terminate()));
    },
  };
}
