import type { ScanCheck } from '../validate/field-checker.js';
import { type Layout, threadInstance, type WasmInstance } from '../wasm/instance.js';

/** What a scanned record holds for a field: where its value is, and what kind of JSON value it is. */
export const VALUE = {
  absent: 0,
  /** A string without escapes: start/end are its bytes inside the quotes. */
  string: 1,
  /** A string with backslash escapes: start/end are inside the quotes, the text needs JSON.parse. */
  escaped: 2,
  number: 3,
  true: 4,
  false: 5,
  null: 6,
  /** An object or array: start/end cover its JSON text. */
  nested: 7,
  /** A value that passed its field's checks in the scan (ScanCheck): nothing is left to check. */
  checked: 8,
} as const;

/**
 * Finds the values of named keys in one JSON text that should be an object, straight from its UTF-8
 * bytes (already validated as UTF-8 by ChunkedInput), without building the object. It checks the whole
 * text against the JSON grammar as JSON.parse does, and answers -1 — "use JSON.parse" — for anything
 * it does not settle: text that is not an object or not valid JSON (JSON.parse then gives the error), a
 * key with escapes, a named key given twice, nesting deeper than MAX_DEPTH (../wasm/instance.ts). It
 * never accepts text that JSON.parse rejects. Keys it is not asked about are validated and skipped.
 *
 * The scanning is WebAssembly compiled from AssemblyScript (../wasm/assembly/record-scanner.ts, built
 * by scripts/data-wasm.mjs), instantiated once a thread: records are copied into its memory a range at
 * a time (load) and read one at a time (next), and it writes what it finds into tables this class
 * views. Measured on the benchmark's typed JSONL (1 M records, one thread, in one process): 216-323 ms
 * against 530-550 ms for the same scanner in TypeScript on its first pass, which ran at a third of its
 * later speed until V8 had optimised it.
 */
export class JsonRecordScanner {
  /** What each name's value is (VALUE), after a scan that settled the record. */
  kinds!: Uint8Array;
  /** Where each value is in the loaded buffer: a string's bytes inside its quotes, else its JSON text. */
  starts!: Int32Array;
  ends!: Int32Array;
  /** A number field's value when the scan could read it exactly, else NaN (read it from the text). */
  numbers!: Float64Array;
  private status!: Int32Array;
  /** The memory buffer the views are on (a new one after the memory grew). */
  private viewed: ArrayBuffer | undefined;
  private readonly instance: WasmInstance;
  private readonly layout: Layout;
  /** buf[loadedStart, loadedEnd) is in the scanner's memory at the instance's `input`. */
  private loadedStart = 0;
  private loadedEnd = 0;

  /**
   * `checks`: what the scan may settle of each field's value on its own (FieldChecker.scanCheck); a value
   * that passes is marked VALUE.checked. None by default: every value is left to the caller.
   */
  constructor(
    names: readonly string[],
    blanks: readonly Uint8Array[],
    checks: readonly (ScanCheck | undefined)[] = [],
  ) {
    this.instance = threadInstance();
    this.layout = this.instance.layout(names, blanks, checks);
    this.view();
  }

  /** Keys of the last record that are none of the names. */
  get unknownKeys(): number {
    return this.status[0]!;
  }

  /** Every unknown key's value was null or an unescaped string equal to one of `blanks`. */
  get unknownBlank(): boolean {
    return this.status[1] === 1;
  }

  /**
   * Copies buf[start, end) into the scanner's memory: the records next() reads, and the buffer whose
   * offsets starts/ends give. Records are read from this copy only: buf may change after. It stays
   * loaded until another scanner of the thread loads, or one is made for other names.
   */
  load(buf: Uint8Array, start: number, end: number): void {
    const instance = this.instance;
    instance.copyIn(buf.subarray(start, end), 0, this);
    instance.use(this.layout);
    instance.wasm.setBias(start - instance.input);
    this.loadedStart = start;
    this.loadedEnd = end;
    this.view();
  }

  /**
   * Scans the loaded record that starts at `start` (an offset in the loaded buffer), up to its line feed:
   * the offset of that line feed (or the loaded end, when `final` and the last line has none) when
   * kinds/starts/ends describe the record, else -1 (the line is to be found and read as before: not an
   * object the scanner settles, or not complete in what was loaded).
   */
  next(start: number, final: boolean): number {
    const instance = this.instance;
    if (instance.loadedBy !== this) throw new Error('JsonRecordScanner.next: load the records first');
    const shift = instance.input - this.loadedStart;
    const lf = instance.wasm.scanLine(start + shift, this.loadedEnd + shift, final ? 1 : 0);
    return lf < 0 ? -1 : lf - shift;
  }

  /** load(buf, start, end) and next(start, final): one record, or the first of a buffer of lines. */
  scanLine(buf: Uint8Array, start: number, end: number, final: boolean): number {
    this.load(buf, start, end);
    return this.next(start, final);
  }

  /** Views of this scanner's tables on the memory's current buffer. */
  private view(): void {
    const buffer = this.instance.bytes.buffer as ArrayBuffer;
    if (this.viewed === buffer) return;
    const { count, kinds, starts, ends, numbers, status } = this.layout;
    this.kinds = new Uint8Array(buffer, kinds, count);
    this.starts = new Int32Array(buffer, starts, count);
    this.ends = new Int32Array(buffer, ends, count);
    this.numbers = new Float64Array(buffer, numbers, count);
    this.status = new Int32Array(buffer, status, 2);
    this.viewed = buffer;
  }
}

const UNESCAPED: Record<number, number> = {
  34: 34,
  92: 92,
  47: 47,
  98: 8,
  102: 12,
  110: 10,
  114: 13,
  116: 9,
};

/**
 * The UTF-8 of a JSON string's text, from its bytes between the quotes (already validated by the scanner),
 * written into `out`; its length, or -1 when it does not fit or holds a lone surrogate escape (whose
 * text has no UTF-8: leave such strings to JSON.parse).
 */
export function unescapeInto(buf: Uint8Array, start: number, end: number, out: Uint8Array): number {
  let n = 0;
  let p = start;
  const room = out.length - 4;
  while (p < end) {
    if (n > room) return -1;
    const c = buf[p]!;
    if (c !== 92) {
      out[n++] = c;
      p++;
      continue;
    }
    const d = buf[p + 1]!;
    if (d !== 117) {
      out[n++] = UNESCAPED[d]!;
      p += 2;
      continue;
    }
    let code = hex4(buf, p + 2);
    p += 6;
    if (code >= 0xd800 && code <= 0xdfff) {
      if (code >= 0xdc00 || p + 6 > end || buf[p] !== 92 || buf[p + 1] !== 117) return -1;
      const low = hex4(buf, p + 2);
      if (low < 0xdc00 || low > 0xdfff) return -1;
      code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
      p += 6;
    }
    if (code < 0x80) out[n++] = code;
    else if (code < 0x800) {
      out[n++] = 0xc0 | (code >> 6);
      out[n++] = 0x80 | (code & 0x3f);
    } else if (code < 0x10000) {
      out[n++] = 0xe0 | (code >> 12);
      out[n++] = 0x80 | ((code >> 6) & 0x3f);
      out[n++] = 0x80 | (code & 0x3f);
    } else {
      out[n++] = 0xf0 | (code >> 18);
      out[n++] = 0x80 | ((code >> 12) & 0x3f);
      out[n++] = 0x80 | ((code >> 6) & 0x3f);
      out[n++] = 0x80 | (code & 0x3f);
    }
  }
  return n;
}

function hex4(buf: Uint8Array, p: number): number {
  let value = 0;
  for (let i = 0; i < 4; i++) {
    const c = buf[p + i]!;
    value = value * 16 + (c <= 57 ? c - 48 : (c | 0x20) - 87);
  }
  return value;
}
