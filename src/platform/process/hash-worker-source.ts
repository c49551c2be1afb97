// What a hash worker runs, and what it answers: kept apart from the pool that drives it (hash-workers.ts).

// 256 KiB reads: the block is still in the L2 cache when it is hashed after the copy from the page cache
// (a 4 MiB one goes out to L3 or memory). Measured on 1 GB, 2 cores: 2 workers over 1000 files 398 ms
// against 412 ms, one thread over one 300 MiB file 197 against 207 ms; 4096 reads per GB cost nothing seen.
export const READ_SIZE = 256 * 1024;

// A worker sends what it hashed at most this often (and when it runs out of files), not once per file: each
// message wakes the main thread, which on a busy machine takes the core from a worker (1000 files of 1 MiB,
// two workers posting one reply per file, loaded machine: 60-300 ms of each worker's wall time went by
// inside postMessage; with the files taken from a shared counter and answered in bulk, ~12 ms).
const REPORT_MS = 100;

// The worker is eval'd source (CommonJS) with no import beyond node:fs and node:crypto: it survives ncc
// bundling as one string and starts without parsing any of the bundle. A batch is every file given in one
// turn of the main thread, biggest first; every worker gets all its paths, and `control` (shared memory)
// holds the next file to take ([0], taken by whichever worker is free: the workers finish together) and,
// per file, 1 once the main thread no longer wants it ([1 + index]: checked before and after every read).
export const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { openSync, readSync, closeSync } = require('node:fs');
const { createHash } = require('node:crypto');
const buffer = Buffer.allocUnsafe(${READ_SIZE});
parentPort.on('message', ({ batch, paths, control }) => {
  const shared = new Int32Array(control);
  const unwanted = (index) => Atomics.load(shared, 1 + index) === 1;
  let done = [];
  let reported = Date.now();
  const report = (end) => {
    parentPort.postMessage({ batch, done, end });
    done = [];
    reported = Date.now();
  };
  for (let index = Atomics.add(shared, 0, 1); index < paths.length; index = Atomics.add(shared, 0, 1)) {
    if (unwanted(index)) continue;
    let fd;
    try {
      fd = openSync(paths[index], 'r');
      const hash = createHash('sha256');
      let size = 0;
      let n;
      while ((n = readSync(fd, buffer, 0, buffer.length, null)) > 0 && !unwanted(index)) {
        hash.update(buffer.subarray(0, n));
        size += n;
      }
      if (n === 0) done.push([index, hash.digest('hex'), size]);
    } catch (error) {
      done.push([index, null, String((error && error.message) || error)]);
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    if (Date.now() - reported >= ${REPORT_MS}) report(false);
  }
  report(true);
});
`;

/** [index, sha256, size] of a hashed file, [index, null, message] of one that could not be read. */
export type Done =
  | [index: number, sha256: string, size: number]
  | [index: number, sha256: null, error: string];

/** A worker's message: files of a batch it finished since its last one, and whether it is done with it. */
export interface Report {
  readonly batch: number;
  readonly done: readonly Done[];
  /** The worker found no file of the batch left to take. */
  readonly end: boolean;
}
