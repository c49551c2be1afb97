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
export const GUNZIP_WORKER_SOURCE = `
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
