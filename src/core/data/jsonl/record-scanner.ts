import { RECORD_SCANNER_WASM } from './record-scanner-wasm.generated.js';

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
} as const;

/** Deeper nesting than this goes to JSON.parse (the scanner's container stack is fixed). */
const MAX_DEPTH = 512;
const PAGE = 65536;
/** Bytes past a loaded range that the scanner may read (a key compared 8 bytes at a time), never use. */
const SLACK = 16;

// Node's WebAssembly global, as far as this file uses it (@types/node leaves it to lib.dom, not loaded here).
declare namespace WebAssembly {
  class Module {
    constructor(bytes: Uint8Array);
  }
  class Instance {
    constructor(module: Module, imports: object);
    readonly exports: object;
  }
  interface Memory {
    readonly buffer: ArrayBuffer;
    grow(pages: number): number;
  }
}

/** The WebAssembly scanner's exports (assembly/record-scanner.ts). */
interface ScannerExports {
  readonly memory: WebAssembly.Memory;
  heapBase(): number;
  configure(
    count: number,
    fields: number,
    blanks: number,
    blankCount: number,
    kinds: number,
    starts: number,
    ends: number,
    numbers: number,
    stack: number,
    status: number,
  ): void;
  setBias(bias: number): void;
  scanLine(start: number, end: number, final: number): number;
}

/** The compiled module, once per thread (each scanner instantiates it with a memory of its own). */
let compiled: WebAssembly.Module | undefined;
function scannerModule(): WebAssembly.Module {
  compiled ??= new WebAssembly.Module(Buffer.from(RECORD_SCANNER_WASM, 'base64'));
  return compiled;
}

/**
 * Finds the values of named keys in one JSON text that should be an object, straight from its UTF-8
 * bytes (already validated as UTF-8 by ChunkedInput), without building the object. It checks the whole
 * text against the JSON grammar as JSON.parse does, and answers -1 — "use JSON.parse" — for anything
 * it does not settle: text that is not an object or not valid JSON (JSON.parse then gives the error), a
 * key with escapes, a named key given twice, nesting deeper than MAX_DEPTH. It never accepts text that
 * JSON.parse rejects. Keys it is not asked about are validated and skipped.
 *
 * The scanning is WebAssembly compiled from AssemblyScript (assembly/record-scanner.ts, built by
 * scripts/record-scanner-wasm.mjs): the records are copied into its memory a range at a time (load),
 * and it writes what it finds into tables this class views. Measured on the benchmark's typed JSONL
 * (1 M records, one thread, in one process): 216-323 ms against 530-550 ms for the same scanner in
 * TypeScript on its first pass, which ran at a third of its later speed until V8 had optimised it.
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
  private bytes!: Uint8Array;
  private readonly wasm: ScannerExports;
  private readonly count: number;
  /** The tables' offsets in the scanner's memory, and where the loaded records go. */
  private readonly layout: { kinds: number; starts: number; ends: number; numbers: number; status: number };
  private readonly input: number;
  /** buf[loadedStart, loadedEnd) is in the scanner's memory at `input`. */
  private loadedStart = 0;
  private loadedEnd = 0;

  constructor(names: readonly string[], blanks: readonly Uint8Array[]) {
    const encoder = new TextEncoder();
    const instance = new WebAssembly.Instance(scannerModule(), {});
    this.wasm = instance.exports as unknown as ScannerExports;
    this.count = names.length;
    const names8 = names.map((name) => encoder.encode(name));
    // Each key as JSON writes it, `"name":`, zero-padded to whole 8-byte words; 0 bytes for a name that
    // JSON must escape (its key is never compared in place, only decoded keys are looked up).
    const keys = names8.map((name) =>
      name.every((b) => b >= 32 && b !== 34 && b !== 92) ? Uint8Array.of(34, ...name, 34, 58) : undefined,
    );
    let at = align(this.wasm.heapBase(), 16);
    const take = (bytes: number, alignment = 8) => {
      const offset = align(at, alignment);
      at = offset + bytes;
      return offset;
    };
    const fields = take(16 * names.length);
    const keyAt = keys.map((key) => (key ? take(align(key.length, 8) + 8) : 0));
    const nameAt = names8.map((name) => take(name.length, 1));
    const blankTable = take(8 * blanks.length);
    const blankAt = blanks.map((blank) => take(blank.length, 1));
    this.layout = {
      kinds: take(names.length),
      starts: take(4 * names.length),
      ends: take(4 * names.length),
      numbers: take(8 * names.length),
      status: take(8),
    };
    const stack = take(MAX_DEPTH);
    this.input = align(at, 16);
    this.ensure(this.input + PAGE);
    const view = new DataView(this.wasm.memory.buffer);
    names8.forEach((name, i) => {
      const key = keys[i];
      if (key) this.bytes.set(key, keyAt[i]!);
      this.bytes.set(name, nameAt[i]!);
      view.setInt32(fields + 16 * i, keyAt[i]!, true);
      view.setInt32(fields + 16 * i + 4, key ? key.length : 0, true);
      view.setInt32(fields + 16 * i + 8, nameAt[i]!, true);
      view.setInt32(fields + 16 * i + 12, name.length, true);
    });
    blanks.forEach((blank, i) => {
      this.bytes.set(blank, blankAt[i]!);
      view.setInt32(blankTable + 8 * i, blankAt[i]!, true);
      view.setInt32(blankTable + 8 * i + 4, blank.length, true);
    });
    const { kinds, starts, ends, numbers, status } = this.layout;
    this.wasm.configure(
      names.length,
      fields,
      blankTable,
      blanks.length,
      kinds,
      starts,
      ends,
      numbers,
      stack,
      status,
    );
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
   * offsets starts/ends give. Records are read from this copy only: buf may change after.
   */
  load(buf: Uint8Array, start: number, end: number): void {
    this.ensure(this.input + (end - start) + SLACK);
    this.bytes.set(buf.subarray(start, end), this.input);
    this.wasm.setBias(start - this.input);
    this.loadedStart = start;
    this.loadedEnd = end;
  }

  /**
   * Scans the loaded record that starts at `start` (an offset in the loaded buffer), up to its line feed:
   * the offset of that line feed (or the loaded end, when `final` and the last line has none) when
   * kinds/starts/ends describe the record, else -1 (the line is to be found and read as before: not an
   * object the scanner settles, or not complete in what was loaded).
   */
  next(start: number, final: boolean): number {
    const shift = this.input - this.loadedStart;
    const lf = this.wasm.scanLine(start + shift, this.loadedEnd + shift, final ? 1 : 0);
    return lf < 0 ? -1 : lf - shift;
  }

  /** load(buf, start, end) and next(start, final): one record, or the first of a buffer of lines. */
  scanLine(buf: Uint8Array, start: number, end: number, final: boolean): number {
    this.load(buf, start, end);
    return this.next(start, final);
  }

  /** Grows the scanner's memory to `bytes` at least; the views follow (growing detaches the old ones). */
  private ensure(bytes: number): void {
    const memory = this.wasm.memory;
    if (this.bytes !== undefined && memory.buffer.byteLength >= bytes) return;
    if (memory.buffer.byteLength < bytes) memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / PAGE));
    const buffer = memory.buffer;
    const { kinds, starts, ends, numbers, status } = this.layout ?? {};
    this.bytes = new Uint8Array(buffer);
    if (kinds === undefined) return;
    this.kinds = new Uint8Array(buffer, kinds, this.count);
    this.starts = new Int32Array(buffer, starts, this.count);
    this.ends = new Int32Array(buffer, ends, this.count);
    this.numbers = new Float64Array(buffer, numbers, this.count);
    this.status = new Int32Array(buffer, status, 2);
  }
}

function align(offset: number, alignment: number): number {
  return Math.ceil(offset / alignment) * alignment;
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
