import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { DataError } from '../../core/errors.js';
import { GUNZIP_WORKER_SOURCE, type GunzipMessage } from './gunzip-worker.js';

/** Where read bytes go: ChunkedInput (src/core/data/csv/chunked.ts) implements it. */
export interface ByteSink {
  space(): Buffer;
  commit(bytes: number): void;
  write(chunk: Uint8Array): void;
  end(): void;
}

/** Limits on gzip input (reliability DATA-15): a 10 MB file must not expand to 10 GB unnoticed. */
export const GZIP_LIMITS = {
  maxBytes: 64 * 2 ** 30, // 64 GiB decompressed
  maxRatio: 1000, // deflate's practical maximum is ~1032:1; real CSVs compress 3-15:1
  ratioAfter: 256 * 2 ** 20, // the ratio applies once this much was decompressed
} as const;

/** Inflated chunks (1 MiB each) waiting to be validated before zlib is paused. */
const GUNZIP_QUEUE = 4;
/**
 * From this compressed size on, a worker thread inflates (readGzip): its start-up (~20 ms) is paid back
 * once the file takes longer to inflate than that.
 */
const GUNZIP_WORKER_BYTES = 2 ** 20;

/** True for names that mlci decompresses. */
export function isGzip(path: string): boolean {
  return /\.gz$/i.test(path);
}

/**
 * Reads [start, end) of a file into the sink with readSync into the sink's own buffer: no allocation per
 * chunk, 2.4 GB/s on a warm cache (reference/data-validation.md §4.2).
 */
export function readRange(
  path: string,
  sink: ByteSink,
  start = 0,
  end = Number.POSITIVE_INFINITY,
  onProgress?: (bytesRead: number) => void,
): void {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (thrown) {
    throw new DataError(`cannot open ${path}: ${(thrown as NodeJS.ErrnoException).code ?? String(thrown)}`, {
      where: { file: path },
    });
  }
  try {
    let position = start;
    while (position < end) {
      const space = sink.space();
      const want = Math.min(space.length, end - position);
      const n = readSync(fd, space, 0, want, position);
      if (n === 0) break;
      position += n;
      sink.commit(n);
      onProgress?.(position - start);
    }
    sink.end();
  } finally {
    closeSync(fd);
  }
}

/**
 * Streams a gzip file (all members) into the sink. A truncated file is an error even though the rows
 * before the cut were read: never "N rows valid" for half a file (reliability DATA-16). A file of
 * GUNZIP_WORKER_BYTES or more is inflated in a worker thread (`worker` overrides the choice).
 */
export async function readGzip(
  path: string,
  sink: ByteSink,
  compressedBytes: number,
  onProgress?: (compressedRead: number) => void,
  worker = compressedBytes >= GUNZIP_WORKER_BYTES,
): Promise<void> {
  if (worker) await readGzipInWorker(path, sink, compressedBytes, onProgress);
  else await readGzipHere(path, sink, compressedBytes, onProgress);
}

/** The error for a file that could not be read (`code`: the system error's code). */
function readError(path: string, code: string): DataError {
  return new DataError(`cannot read ${path}: ${code}`, { where: { file: path } });
}

/** The error for a gzip stream zlib rejected (Z_BUF_ERROR: it ended early). */
function gzipError(path: string, code: string | undefined, message: string): DataError {
  const truncated = code === 'Z_BUF_ERROR';
  return new DataError(
    truncated ? `${path} is truncated (gzip ended early)` : `${path} is not valid gzip: ${message}`,
    {
      where: { file: path },
      hint: truncated
        ? 'the upload or download was cut; the rows read so far are not a valid result'
        : undefined,
    },
  );
}

/** A decompression-bomb error once `total` inflated bytes exceed GZIP_LIMITS, else undefined. */
function bombError(path: string, total: number, compressedBytes: number): DataError | undefined {
  const ratio = total / Math.max(1, compressedBytes);
  if (total <= GZIP_LIMITS.maxBytes && (total <= GZIP_LIMITS.ratioAfter || ratio <= GZIP_LIMITS.maxRatio))
    return undefined;
  return new DataError(`${path} expands beyond the limits (a decompression bomb?)`, {
    where: { file: path },
  });
}

/**
 * Inflates in a worker thread (gunzip-worker.ts), which hands each inflated chunk over as a transferred
 * buffer (not copied between threads) while this thread validates the chunks before: the two run on two cores. The worker
 * inflates at most GUNZIP_QUEUE chunks ahead of the sink (each chunk's buffer goes back once written, to
 * take the next chunk), so memory stays flat however large the file.
 */
function readGzipInWorker(
  path: string,
  sink: ByteSink,
  compressedBytes: number,
  onProgress?: (compressedRead: number) => void,
): Promise<void> {
  return new Promise<void>((resolvePromise, reject) => {
    const worker = new Worker(GUNZIP_WORKER_SOURCE, {
      eval: true,
      workerData: { path, queue: GUNZIP_QUEUE, chunkSize: 1 << 20 },
      stdout: true,
      stderr: true,
    });
    let total = 0;
    let settled = false;
    const settle = (error?: unknown) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      if (error === undefined) resolvePromise();
      else reject(error);
    };
    worker.on('message', (message: GunzipMessage) => {
      if (settled) return;
      try {
        if (message.type === 'chunk') {
          total += message.data.length;
          const bomb = bombError(path, total, compressedBytes);
          if (bomb) throw bomb;
          onProgress?.(message.read);
          sink.write(message.data); // copies it
          worker.postMessage(message.data.buffer, [message.data.buffer]); // written: the buffer goes back
        } else if (message.type === 'end') {
          sink.end();
          settle();
        } else
          throw message.stage === 'read'
            ? readError(path, message.code ?? message.message)
            : gzipError(path, message.code, message.message);
      } catch (thrown) {
        settle(thrown);
      }
    });
    worker.on('error', (error) => settle(error));
    worker.on('exit', (code) => settle(new Error(`the gunzip worker for ${path} exited with code ${code}`)));
  });
}

/**
 * Inflates in libuv's pool, driven from this thread (for small files: no worker to start). The pool
 * inflates only between this thread's turns of the event loop, so validating and inflating overlap less.
 */
async function readGzipHere(
  path: string,
  sink: ByteSink,
  compressedBytes: number,
  onProgress?: (compressedRead: number) => void,
): Promise<void> {
  // node:zlib loads for a gzip file only: ~3 ms of every other run's start-up.
  const { createGunzip } = await import('node:zlib');
  const gunzip = createGunzip({ chunkSize: 1 << 20 });
  const input = createReadStream(path);
  let total = 0;
  // Set once the read has failed: queued chunks are dropped, not validated.
  let failed = false;
  const done = new Promise<void>((resolvePromise, reject) => {
    input.on('error', (error) => {
      failed = true;
      reject(readError(path, (error as NodeJS.ErrnoException).code ?? error.message));
    });
    gunzip.on('error', (error) => {
      failed = true;
      reject(gzipError(path, (error as NodeJS.ErrnoException).code, error.message));
    });
    // zlib inflates in libuv's pool, but hands each chunk over inside its completion callback and only then
    // starts on the next: validating right there would serialise the two. Chunks are queued instead and
    // validated from setImmediate while zlib inflates the next ones; a full queue pauses it.
    const queue: Buffer[] = [];
    let scheduled = false;
    let ended = false;
    const fail = (thrown: unknown) => {
      failed = true;
      queue.length = 0;
      input.destroy();
      gunzip.destroy();
      reject(thrown);
    };
    const drain = () => {
      scheduled = false;
      if (failed) return;
      try {
        while (queue.length > 0) sink.write(queue.shift()!);
        if (ended) {
          sink.end();
          resolvePromise();
          return;
        }
      } catch (thrown) {
        fail(thrown);
        return;
      }
      if (gunzip.isPaused()) gunzip.resume();
    };
    const schedule = () => {
      if (scheduled) return;
      scheduled = true;
      setImmediate(drain);
    };
    gunzip.on('data', (chunk: Buffer) => {
      if (failed) return;
      total += chunk.length;
      const bomb = bombError(path, total, compressedBytes);
      if (bomb) {
        fail(bomb);
        return;
      }
      onProgress?.(input.bytesRead);
      queue.push(chunk);
      if (queue.length >= GUNZIP_QUEUE) gunzip.pause();
      schedule();
    });
    gunzip.on('end', () => {
      ended = true;
      schedule();
    });
  });
  input.pipe(gunzip);
  await done;
}
