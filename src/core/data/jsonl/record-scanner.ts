import type { ScanCheck } from '../validate/field-checker.js';
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
  /** A value that passed its field's checks in the scan (ScanCheck): nothing is left to check. */
  checked: 8,
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
    checks: number,
  ): void;
  setBias(bias: number): void;
  scanLine(start: number, end: number, final: number): number;
  checkPlain(entry: number, start: number, end: number, count: number, out: number): number;
  snappy(start: number, end: number, out: number, size: number): number;
  rle(start: number, end: number, width: number, out: number, n: number): number;
  rleLargest(): number;
  indexVerdicts(indices: number, n: number, statuses: number, occurs: number, failed: number): number;
  verdictMissing(): number;
}

/** Where one set of names' tables are in the scanner's memory. */
interface Layout {
  readonly count: number;
  readonly fields: number;
  readonly blanks: number;
  readonly blankCount: number;
  readonly kinds: number;
  readonly starts: number;
  readonly ends: number;
  readonly numbers: number;
  readonly status: number;
  /** The fields' checks (64 bytes each, assembly/value-checks.ts), or 0. */
  readonly checks: number;
}

/** Bytes of a field's entry in the checks table, and of a text in a table of texts (missing values, members). */
const CHECK_ENTRY = 64;
const TEXT_ENTRY = 16;

/**
 * The module instantiated once a thread: one memory holds the tables of every set of names and blanks
 * scanned on the thread (kept by key: a part of a file, a file, a segment each make a scanner, most of
 * them with the same schema) and, after them, the records loaded last. An instance per scanner kept a
 * memory per part of a file until the collector came: 50 MiB more peak RSS on a 617 MiB file. A memory
 * cannot shrink: it stays as large as the largest range loaded (a reader's buffer, 1 MiB, or twice the
 * longest record, which CSV_LIMITS caps at 16 MiB).
 */
class ScannerInstance {
  readonly wasm: ScannerExports;
  bytes: Uint8Array;
  /** The end of the tables; the records are loaded from `input` on. */
  private top: number;
  input: number;
  readonly stack: number;
  private readonly layouts = new Map<string, Layout>();
  /** The layout configure() was last given, and the scanner whose records are loaded. */
  configured: Layout | undefined;
  loadedBy: JsonRecordScanner | undefined;

  constructor() {
    const module = new WebAssembly.Module(Buffer.from(RECORD_SCANNER_WASM, 'base64'));
    this.wasm = new WebAssembly.Instance(module, {}).exports as unknown as ScannerExports;
    this.bytes = new Uint8Array(this.wasm.memory.buffer);
    this.stack = align(this.wasm.heapBase(), 16);
    this.top = this.stack + MAX_DEPTH;
    this.input = align(this.top, 16);
  }

  /** The tables of these names, missing values and checks, laid out on first use. */
  layout(
    names: readonly string[],
    blanks: readonly Uint8Array[],
    checks: readonly (ScanCheck | undefined)[],
  ): Layout {
    const key = JSON.stringify([names, blanks, checks], (_, value) =>
      value instanceof Uint8Array ? Array.from(value) : typeof value === 'number' ? String(value) : value,
    );
    let layout = this.layouts.get(key);
    if (layout) return layout;
    const encoder = new TextEncoder();
    const names8 = names.map((name) => encoder.encode(name));
    // Each key as JSON writes it, `"name":`, zero-padded to whole 8-byte words; 0 bytes for a name that
    // JSON must escape (its key is never compared in place, only decoded keys are looked up).
    const keys = names8.map((name) =>
      name.every((b) => b >= 32 && b !== 34 && b !== 92) ? Uint8Array.of(34, ...name, 34, 58) : undefined,
    );
    const from = this.top;
    const take = (bytes: number, alignment = 8) => {
      const offset = align(this.top, alignment);
      this.top = offset + bytes;
      return offset;
    };
    const fields = take(16 * names.length);
    const keyAt = keys.map((key) => (key ? take(align(key.length, 8) + 8) : 0));
    const nameAt = names8.map((name) => take(name.length, 1));
    const blankTable = take(TEXT_ENTRY * blanks.length);
    const blankAt = blanks.map((blank) => take(blank.length, 1));
    layout = {
      count: names.length,
      fields,
      blanks: blankTable,
      blankCount: blanks.length,
      kinds: take(names.length),
      starts: take(4 * names.length),
      ends: take(4 * names.length),
      numbers: take(8 * names.length),
      status: take(8),
      checks: checks.some((check) => check !== undefined) ? take(CHECK_ENTRY * names.length) : 0,
    };
    const checkTables = checks.map((check) =>
      check === undefined
        ? undefined
        : {
            missing: take(TEXT_ENTRY * check.missing.length),
            missingAt: check.missing.map((value) => take(value.length, 1)),
            members: take(
              check.numbers ? 8 * check.numbers.length : TEXT_ENTRY * (check.strings?.length ?? 0),
            ),
            memberAt: (check.strings ?? []).map((value) => take(value.length, 1)),
          },
    );
    // The records move up past the new tables: whatever was loaded is gone.
    this.input = align(this.top, 16);
    this.loadedBy = undefined;
    this.ensure(this.input + PAGE);
    // The new tables lie where records were loaded before: a field without checks must read zeros.
    this.bytes.fill(0, from, this.top);
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
    // A table of texts for assembly/value-checks.ts (inTexts): each one's first 8 bytes, where, how long.
    const texts = (table: number, values: readonly Uint8Array[], at: readonly number[]) =>
      values.forEach((value, i) => {
        this.bytes.set(value, at[i]!);
        const entry = table + TEXT_ENTRY * i;
        this.bytes.set(value.subarray(0, 8), entry);
        view.setInt32(entry + 8, at[i]!, true);
        view.setInt32(entry + 12, value.length, true);
      });
    texts(blankTable, blanks, blankAt);
    checks.forEach((check, i) => {
      const tables = checkTables[i];
      if (check === undefined || tables === undefined) return;
      const entry = layout.checks + CHECK_ENTRY * i;
      view.setUint8(entry, check.check);
      view.setUint8(entry + 1, check.jsonNumbers);
      view.setUint8(entry + 2, check.jsonBooleans ? 1 : 0);
      view.setInt32(entry + 4, tables.missing, true);
      view.setInt32(entry + 8, check.missing.length, true);
      texts(tables.missing, check.missing, tables.missingAt);
      view.setInt32(entry + 12, tables.members, true);
      const members = check.numbers ?? check.strings;
      view.setInt32(entry + 16, members === undefined ? -1 : members.length, true);
      if (check.strings) texts(tables.members, check.strings, tables.memberAt);
      for (const [m, n] of (check.numbers ?? []).entries()) view.setFloat64(tables.members + 8 * m, n, true);
      view.setInt32(entry + 20, int32(check.minBytes), true);
      view.setInt32(entry + 24, int32(check.maxBytes), true);
      view.setFloat64(entry + 32, check.minimum, true);
      view.setFloat64(entry + 40, check.maximum, true);
      view.setFloat64(entry + 48, check.exclusiveMinimum, true);
      view.setFloat64(entry + 56, check.exclusiveMaximum, true);
    });
    this.layouts.set(key, layout);
    return layout;
  }

  /** Makes `layout` the tables the scanner fills. */
  use(layout: Layout): void {
    if (this.configured === layout) return;
    const { count, fields, blanks, blankCount, kinds, starts, ends, numbers, status, checks } = layout;
    this.wasm.configure(
      count,
      fields,
      blanks,
      blankCount,
      kinds,
      starts,
      ends,
      numbers,
      this.stack,
      status,
      checks,
    );
    this.configured = layout;
  }

  /**
   * Copies `bytes` in where records are loaded (whatever a scanner loaded there is gone: `owner` is the
   * scanner of the new records, if any), with SLACK after them and `room` more bytes free after that;
   * returns where that room starts (8-aligned).
   */
  copyIn(bytes: Uint8Array, room: number, owner?: JsonRecordScanner): number {
    const after = align(this.input + bytes.length + SLACK, 8);
    this.ensure(after + room);
    this.bytes.set(bytes, this.input);
    this.loadedBy = owner;
    return after;
  }

  /** Grows the memory to `bytes` at least (growing detaches the views on the old buffer). */
  ensure(bytes: number): void {
    const memory = this.wasm.memory;
    if (memory.buffer.byteLength >= bytes) return;
    memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / PAGE));
    this.bytes = new Uint8Array(memory.buffer);
  }
}

let instance: ScannerInstance | undefined;

/** Bytes of the thread's scanner memory (0 before the first scanner): tables and the records loaded. */
export function scannerMemoryBytes(): number {
  return instance?.bytes.byteLength ?? 0;
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
 * scripts/record-scanner-wasm.mjs), instantiated once a thread: records are copied into its memory a
 * range at a time (load) and read one at a time (next), and it writes what it finds into tables this
 * class views. Measured on the benchmark's typed JSONL (1 M records, one thread, in one process): 216-323
 * ms against 530-550 ms for the same scanner in TypeScript on its first pass, which ran at a third of its
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
  private readonly instance: ScannerInstance;
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
    instance ??= new ScannerInstance();
    this.instance = instance;
    this.layout = instance.layout(names, blanks, checks);
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

/**
 * Parquet's plain string pages against a field's ScanCheck, by the same WebAssembly and on the same
 * thread's instance as the JSONL scanners: a page's values are copied in once and walked there, and only
 * those that do not certainly pass come back, for FieldChecker to check (the column path's StringCheck).
 */
export class PlainStringChecks {
  private readonly instance: ScannerInstance;
  private readonly entry: number;
  /** Subtracted from an offset check() returns to make it an offset in the page. */
  base = 0;

  constructor(check: ScanCheck) {
    instance ??= new ScannerInstance();
    this.instance = instance;
    this.entry = instance.layout([''], [], [check]).checks;
  }

  /**
   * The `n` plain strings of `page` from `at` (its end: the page's): for each one left, its index among
   * the n and the offset of its bytes (minus `base`), as pairs in a view valid until the next call;
   * undefined when a length runs past the page (read them as before: that reports it).
   */
  check(page: Uint8Array, at: number, n: number): Int32Array | undefined {
    const instance = this.instance;
    const bytes = page.length - at;
    if (n > bytes / 4) return undefined; // a count no page of this size holds: no room made for it
    const out = instance.copyIn(page.subarray(at), 8 * n);
    const left = instance.wasm.checkPlain(this.entry, instance.input, instance.input + bytes, n, out);
    if (left < 0) return undefined;
    this.base = instance.input - at;
    return new Int32Array(instance.bytes.buffer, out, 2 * left);
  }
}

/** Pages larger than this (block and output) are left to the TypeScript decoder: the memory never shrinks. */
const SNAPPY_MAX_BYTES = 16 * 1024 * 1024;

/**
 * Snappy-decodes `input` into `output` (the page's size) by the WebAssembly decoder (assembly/snappy.ts)
 * on the thread's instance: true when the block fills exactly `output`; false for a fault or a page over
 * SNAPPY_MAX_BYTES, which snappyDecompress (src/core/data/parquet/snappy.ts) then decodes or explains.
 */
export function snappyInto(input: Uint8Array, output: Uint8Array): boolean {
  if (input.length + output.length > SNAPPY_MAX_BYTES) return false;
  instance ??= new ScannerInstance();
  const at = instance.input;
  const out = instance.copyIn(input, output.length + SLACK);
  if (instance.wasm.snappy(at, at + input.length, out, output.length) !== 0) return false;
  output.set(instance.bytes.subarray(out, out + output.length));
  return true;
}

/** Encoded bytes and values past which rleInto leaves a page to rleHybrid: the memory never shrinks. */
const RLE_MAX_BYTES = 16 * 1024 * 1024;

/**
 * Decodes the RLE / bit-packed hybrid values in bytes[start, end), `width` bits each, into `out` (filled
 * exactly) by the WebAssembly decoder (assembly/rle.ts) on the thread's instance, and returns the largest
 * as rleHybrid does (an unsigned 32-bit number made signed); undefined for a fault or a page over
 * RLE_MAX_BYTES, which rleHybrid (src/core/data/parquet/column-chunk.ts) then decodes or explains.
 */
export function rleInto(
  bytes: Uint8Array,
  start: number,
  end: number,
  width: number,
  out: Int32Array,
): number | undefined {
  const n = out.length;
  if (end - start + 4 * n > RLE_MAX_BYTES) return undefined;
  instance ??= new ScannerInstance();
  const at = instance.input;
  const to = instance.copyIn(bytes.subarray(start, end), 4 * n);
  if (instance.wasm.rle(at, at + end - start, width, to, n) !== 0) return undefined;
  out.set(new Int32Array(instance.bytes.buffer, to, n));
  const largest = instance.wasm.rleLargest() | 0;
  return largest < 0 ? -1 : largest;
}

/**
 * The verdicts of dictionary `indices` by their values' `statuses` (CELL: 0 passes, 1 missing, any other
 * fails), by the WebAssembly (assembly/rle.ts) on the thread's instance: counts each index into `occurs`
 * (when given; zeroed first), appends the positions whose value fails to `failed`, and returns how many
 * are missing; undefined when the tables would pass RLE_MAX_BYTES (the caller's loop then does it).
 * Every index must be below statuses.length (the reader checked them against the dictionary).
 */
export function indexVerdictsInto(
  indices: Int32Array,
  statuses: Int8Array,
  occurs: Int32Array | undefined,
  failed: number[],
): number | undefined {
  const n = indices.length;
  const d = statuses.length;
  const tables = align(d, 8) + (occurs ? 4 * d : 0) + 4 * n;
  if (4 * n + tables > RLE_MAX_BYTES) return undefined;
  instance ??= new ScannerInstance();
  const at = instance.input;
  const to = instance.copyIn(new Uint8Array(indices.buffer, indices.byteOffset, 4 * n), tables);
  const bytes = instance.bytes;
  bytes.set(new Uint8Array(statuses.buffer, statuses.byteOffset, d), to);
  const counts = to + align(d, 8);
  if (occurs) bytes.fill(0, counts, counts + 4 * d);
  const out = counts + (occurs ? 4 * d : 0);
  const bad = instance.wasm.indexVerdicts(at, n, to, occurs ? counts : 0, out);
  if (occurs) occurs.set(new Int32Array(bytes.buffer, counts, d));
  const positions = new Int32Array(bytes.buffer, out, bad);
  for (let f = 0; f < bad; f++) failed.push(positions[f]!);
  return instance.wasm.verdictMissing();
}

/** A byte count as an i32 (at most 2^31 - 1: more than any record holds). */
function int32(bytes: number): number {
  return Math.min(bytes, 0x7fffffff);
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
