import type { ScanCheck } from '../validate/field-checker.js';
import { DATA_WASM } from './module.generated.js';

/** Deeper nesting than this goes to JSON.parse (the scanner's container stack is fixed). */
const MAX_DEPTH = 512;
const PAGE = 65536;
/** Bytes past a loaded range that the scanner may read (a key compared 8 bytes at a time), never use. */
export const SLACK = 16;

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

/** The WebAssembly module's exports (assembly/record-scanner.ts). */
export interface WasmExports {
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
  indexVerdicts(
    indices: number,
    n: number,
    statuses: number,
    size: number,
    occurs: number,
    failed: number,
  ): number;
  verdictMissing(): number;
}

/** Where one set of names' tables are in the scanner's memory. */
export interface Layout {
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
export class WasmInstance {
  readonly wasm: WasmExports;
  bytes: Uint8Array;
  /** The end of the tables; the records are loaded from `input` on. */
  private top: number;
  input: number;
  readonly stack: number;
  private readonly layouts = new Map<string, Layout>();
  /**
   * The layout configure() was last given, and the scanner whose records are loaded (only compared, so
   * any object: this module does not know the JSONL scanner that loads).
   */
  configured: Layout | undefined;
  loadedBy: object | undefined;

  constructor() {
    const module = new WebAssembly.Module(Buffer.from(DATA_WASM, 'base64'));
    this.wasm = new WebAssembly.Instance(module, {}).exports as unknown as WasmExports;
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
  copyIn(bytes: Uint8Array, room: number, owner?: object): number {
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

let instance: WasmInstance | undefined;

/** The thread's instance, made on first use. */
export function threadInstance(): WasmInstance {
  instance ??= new WasmInstance();
  return instance;
}

/** Bytes of the thread's scanner memory (0 before the first scanner): tables and the records loaded. */
export function scannerMemoryBytes(): number {
  return instance?.bytes.byteLength ?? 0;
}

/** A byte count as an i32 (at most 2^31 - 1: more than any record holds). */
function int32(bytes: number): number {
  return Math.min(bytes, 0x7fffffff);
}

/** `offset` rounded up to a multiple of `alignment`. */
export function align(offset: number, alignment: number): number {
  return Math.ceil(offset / alignment) * alignment;
}
