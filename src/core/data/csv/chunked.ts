import { isUtf8 } from 'node:buffer';
import { DataError } from '../../errors.js';
import { CSV_LIMITS } from './dialect.js';

/** What ChunkedInput drives: the CSV scanner, or the JSONL line reader. */
export interface RecordScanner {
  /** Line number of the next record (1-based). */
  readonly line: number;
  scan(buf: Uint8Array, start: number, end: number, final: boolean): number;
}

const CHUNK_BYTES = 1 << 20;

/** Bytes that are not UTF-8 (invalid sequences, a UTF-16 file): frictionless's `encoding-error`. */
export class EncodingError extends DataError {
  override readonly name: string = 'EncodingError';
}

/**
 * Feeds a RecordScanner from chunks of any size (a file read with readSync, a gunzip stream): keeps the
 * incomplete last record, strips a UTF-8 BOM, rejects UTF-16 and invalid UTF-8 with a byte offset, and
 * caps a record's size so that an unterminated quote cannot take all memory.
 */
export class ChunkedInput {
  private buf: Buffer;
  private length = 0;
  /** File offset of buf[0]. */
  private offset: number;
  private first: boolean;

  constructor(
    private readonly scanner: RecordScanner,
    options: {
      readonly startOffset?: number;
      readonly maxRecordBytes?: number;
      /** A buffer to read into, e.g. the `buffer` of an input that is done (one allocation for many ranges). */
      readonly buffer?: Buffer;
    } = {},
    private readonly maxRecordBytes = options.maxRecordBytes ?? CSV_LIMITS.maxRecordBytes,
  ) {
    this.buf = options.buffer ?? Buffer.allocUnsafe(CHUNK_BYTES);
    this.offset = options.startOffset ?? 0;
    this.first = this.offset === 0;
  }

  /** The buffer it reads into (grown for a long record): free for another input once this one is done. */
  get buffer(): Buffer {
    return this.buf;
  }

  /** Bytes read but not yet scanned: the start of a record that is not complete yet. */
  get pendingBytes(): number {
    return this.length;
  }

  /** Total bytes handed to the scanner so far (file offset of the unread rest). */
  get position(): number {
    return this.offset;
  }

  /** A free region to read into directly; call commit(n) after reading n bytes into it. */
  space(): Buffer {
    if (this.length === this.buf.length) {
      const grown = Buffer.allocUnsafe(this.buf.length * 2);
      this.buf.copy(grown, 0, 0, this.length);
      this.buf = grown;
    }
    return this.buf.subarray(this.length);
  }

  commit(bytes: number): void {
    this.length += bytes;
    this.process(false);
  }

  /** Copies a chunk in (for streams that hand out their own buffers). */
  write(chunk: Uint8Array): void {
    let at = 0;
    while (at < chunk.length) {
      const space = this.space();
      const n = Math.min(space.length, chunk.length - at);
      space.set(chunk.subarray(at, at + n));
      at += n;
      this.length += n;
      if (this.length === this.buf.length || at === chunk.length) this.process(false);
    }
  }

  /** Scans what is left as the end of the data. */
  end(): void {
    this.process(true);
  }

  private process(final: boolean): void {
    const start = 0;
    if (this.first) {
      if (this.length < 3 && !final) return;
      this.first = false;
      const bom = this.skipBom();
      // Drop the BOM now: the first record may not be complete yet, and later passes start at 0.
      if (bom > 0) {
        this.buf.copy(this.buf, 0, bom, this.length);
        this.length -= bom;
        this.offset += bom;
      }
    }
    // (lastIndexOf with a negative offset would search from the buffer's end: stale bytes.)
    if (this.length === 0) return;
    // Complete records end at a line break, and a line break is a UTF-8 character boundary.
    let limit = this.length;
    if (!final) {
      const lf = this.buf.lastIndexOf(10, this.length - 1);
      limit = lf >= start ? lf + 1 : this.buf.lastIndexOf(13, this.length - 1) + 1;
      if (limit <= start) {
        this.checkSize();
        return;
      }
    }
    if (!isUtf8(this.buf.subarray(start, limit))) this.invalidUtf8(start, limit);
    const consumed = this.scanner.scan(this.buf, start, limit, final);
    this.buf.copy(this.buf, 0, consumed, this.length);
    this.offset += consumed;
    this.length -= consumed;
    this.checkSize();
  }

  private checkSize(): void {
    if (this.length < this.maxRecordBytes) return;
    throw new DataError(
      `the record starting at line ${this.scanner.line} is longer than ${this.maxRecordBytes / 2 ** 20} MiB`,
      { hint: 'an unterminated quote, or the wrong delimiter or line ending, makes one huge record' },
    );
  }

  private skipBom(): number {
    const b = this.buf;
    if (this.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)))
      throw new EncodingError('the file is UTF-16; mlci reads UTF-8', {
        hint: 'convert it, e.g. `iconv -f UTF-16 -t UTF-8`',
      });
    return this.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  }

  private invalidUtf8(start: number, limit: number): never {
    const at = firstInvalidUtf8(this.buf, start, limit);
    let line = this.scanner.line;
    for (let p = start; p < at; p++) if (this.buf[p] === 10) line++;
    throw new EncodingError(`invalid UTF-8 at byte offset ${this.offset + at} (line ${line})`, {
      hint: 'the file must be UTF-8; convert it (e.g. `iconv -f latin1 -t UTF-8`)',
    });
  }
}

/** Offset of the first byte that is not part of a valid UTF-8 sequence (the slow path of isUtf8). */
export function firstInvalidUtf8(buf: Uint8Array, start: number, end: number): number {
  let p = start;
  while (p < end) {
    const b = buf[p]!;
    const size =
      b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (size === 0 || p + size > end) return p;
    if (!isUtf8(buf.subarray(p, p + size))) return p;
    p += size;
  }
  return end;
}
