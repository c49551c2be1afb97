import { open } from 'node:fs/promises';

/** hyparquet's AsyncBuffer over a local file, reading only the byte ranges it asks for. */
export interface FileAsyncBuffer {
  readonly byteLength: number;
  slice(start: number, end?: number): Promise<ArrayBuffer>;
  /** Bytes [start, end) into `into` when it is large enough (else into a new array); a view of them. */
  readInto(start: number, end: number, into?: Uint8Array): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Opens a file for hyparquet; close() when done. */
export async function parquetFile(path: string, byteLength: number): Promise<FileAsyncBuffer> {
  const handle = await open(path, 'r');
  return {
    byteLength,
    async slice(start, end = byteLength) {
      // A footer claiming more bytes than the file has is a corrupt file, not a reason to allocate.
      const from = Math.max(0, start);
      const to = Math.min(byteLength, end);
      const buffer = new ArrayBuffer(Math.max(0, to - from));
      if (to > from) await handle.read(new Uint8Array(buffer), 0, to - from, from);
      return buffer;
    },
    async readInto(start, end, into) {
      const from = Math.max(0, start);
      const length = Math.max(0, Math.min(byteLength, end) - from);
      const target =
        into !== undefined && into.length >= length ? into.subarray(0, length) : new Uint8Array(length);
      let done = 0;
      while (done < length) {
        const { bytesRead } = await handle.read(target, done, length - done, from + done);
        if (bytesRead === 0) break;
        done += bytesRead;
      }
      return target.subarray(0, done);
    },
    close: () => handle.close(),
  };
}
