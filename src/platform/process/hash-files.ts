import { closeSync, openSync, readSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { READ_SIZE } from './hash-worker-source.js';
import { earlyHashWorkers, type HashJob, HashWorkers, helpedWorkers } from './hash-workers.js';

/** A file's SHA-256 and the number of bytes read. */
export interface FileHash {
  readonly sha256: string;
  readonly size: number;
}

/** Progress of a hashing run, for "long hashing shows progress". */
export type HashProgress = (done: { files: number; bytes: number }) => void;

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

/** Below this many bytes in all, hashing stays on the main thread: a worker takes ~30 ms to start. */
const WORKER_THRESHOLD = 32 * 1024 * 1024;

/** Hashing begun on files some of which may turn out not to be needed. */
export interface HashRun {
  /** Files no longer needed: not read, or no longer read. */
  drop(paths: Iterable<string>): void;
  /** The hashes of the files not dropped (always call it: it ends this run's own workers). */
  done(): Promise<Map<string, FileHash>>;
}

/** A small run: nothing is read before done(), on this thread, and a dropped file never. */
function onThisThread(files: readonly { path: string }[], onProgress?: HashProgress): HashRun {
  const dropped = new Set<string>();
  let result: Promise<Map<string, FileHash>> | undefined;
  return {
    drop: (paths) => {
      for (const path of paths) dropped.add(path);
    },
    done: () => {
      result ??= (async () => {
        const out = new Map<string, FileHash>();
        let bytes = 0;
        for (const { path } of files) {
          if (dropped.has(path)) continue;
          const hash = hashFileSync(path);
          out.set(path, hash);
          bytes += hash.size;
          onProgress?.({ files: out.size, bytes });
        }
        return out;
      })();
      return result;
    },
  };
}

/**
 * Starts hashing `files` on every core at once: on the workers startHashWorkers started, or on one worker
 * thread per core but one for this run, and on this thread between its other work. Below 32 MiB in all (or
 * one file), on this thread at done() instead. Node's sha256 is OpenSSL's, with SHA extensions where the CPU
 * has them. `size` (from stat) only orders the work.
 */
export function startHashing(
  files: readonly { path: string; size: number }[],
  onProgress?: HashProgress,
): HashRun {
  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (total < WORKER_THRESHOLD || files.length === 1) return onThisThread(files, onProgress);
  const early = earlyHashWorkers();
  const count = Math.min(helpedWorkers(), files.length - 1);
  early?.grow(count);
  const workers = early ?? new HashWorkers(count, { mainThreadHelps: true });
  const jobs = new Map<string, HashJob>(files.map((file) => [file.path, workers.hash(file.path, file.size)]));
  workers.flush();
  const out = new Map<string, FileHash>();
  let bytes = 0;
  let failure: unknown;
  // Handled from the start: a file that fails while the caller still waits for git is not an unhandled
  // rejection; the first failure drops the rest (their hashes would not be used).
  const settled = [...jobs].map(([path, job]) =>
    job.result.then(
      (hash) => {
        out.set(path, hash);
        bytes += hash.size;
        onProgress?.({ files: out.size, bytes });
      },
      (error: unknown) => {
        if (job.dropped || failure !== undefined) return;
        failure = error;
        for (const other of jobs.values()) other.drop();
      },
    ),
  );
  let result: Promise<Map<string, FileHash>> | undefined;
  return {
    drop: (paths) => {
      for (const path of paths) jobs.get(path)?.drop();
    },
    done: () => {
      result ??= (async () => {
        try {
          await Promise.all(settled);
        } finally {
          if (workers !== early) await workers.close();
        }
        if (failure !== undefined) throw failure;
        return out;
      })();
      return result;
    },
  };
}

/** SHA-256 of many files (startHashing, all of them wanted). */
export function hashFiles(
  files: readonly { path: string; size: number }[],
  onProgress?: HashProgress,
): Promise<Map<string, FileHash>> {
  return startHashing(files, onProgress).done();
}
