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

// The worker is eval'd source (CommonJS), so it survives ncc bundling as one file. Same loop as below.
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

/** Below this many bytes in all, hashing stays on the main thread: a worker takes ~30 ms to start. */
const WORKER_THRESHOLD = 32 * 1024 * 1024;

/**
 * SHA-256 of many files on every core: one worker thread per core pulls the next file from a shared
 * queue (biggest first, so one large file does not finish last alone). Node's sha256 is OpenSSL's,
 * with SHA extensions where the CPU has them. `sizes` (from stat) only orders and splits the work.
 */
export async function hashFiles(
  files: readonly { path: string; size: number }[],
  onProgress?: HashProgress,
): Promise<Map<string, FileHash>> {
  const out = new Map<string, FileHash>();
  const total = files.reduce((sum, file) => sum + file.size, 0);
  let bytes = 0;
  if (total < WORKER_THRESHOLD || files.length === 1) {
    for (const file of files) {
      const hash = hashFileSync(file.path);
      out.set(file.path, hash);
      bytes += hash.size;
      onProgress?.({ files: out.size, bytes });
    }
    return out;
  }
  const queue = [...files].sort((a, b) => b.size - a.size);
  const count = Math.max(1, Math.min(availableParallelism(), 8, queue.length));
  const workers = Array.from({ length: count }, () => new Worker(WORKER_SOURCE, { eval: true }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const next = () => {
              const file = queue.shift();
              if (!file) return resolve();
              worker.postMessage({ id: file.path, path: file.path });
            };
            worker.on(
              'message',
              (message: { id: string; sha256?: string; size?: number; error?: string }) => {
                if (message.error !== undefined) return reject(new Error(`${message.id}: ${message.error}`));
                out.set(message.id, { sha256: message.sha256!, size: message.size! });
                bytes += message.size!;
                onProgress?.({ files: out.size, bytes });
                next();
              },
            );
            worker.on('error', reject);
            next();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return out;
}
