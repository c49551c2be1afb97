import type { ScanCheck } from '../validate/field-checker.js';
import { align, SLACK, threadInstance, type WasmInstance } from './instance.js';

/**
 * Parquet's plain string pages against a field's ScanCheck, by the same WebAssembly and on the same
 * thread's instance as the JSONL scanners: a page's values are copied in once and walked there, and only
 * those that do not certainly pass come back, for FieldChecker to check (the column path's StringCheck).
 */
export class PlainStringChecks {
  private readonly instance: WasmInstance;
  private readonly entry: number;
  /** Subtracted from an offset check() returns to make it an offset in the page. */
  base = 0;

  constructor(check: ScanCheck) {
    this.instance = threadInstance();
    this.entry = this.instance.layout([''], [], [check]).checks;
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
  const instance = threadInstance();
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
  const instance = threadInstance();
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
 * are missing; undefined when the tables would pass RLE_MAX_BYTES or an index is not below
 * statuses.length (the reader refuses such chunks), and the caller's loop then does it.
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
  const instance = threadInstance();
  const at = instance.input;
  const to = instance.copyIn(new Uint8Array(indices.buffer, indices.byteOffset, 4 * n), tables);
  const bytes = instance.bytes;
  bytes.set(new Uint8Array(statuses.buffer, statuses.byteOffset, d), to);
  const counts = to + align(d, 8);
  if (occurs) bytes.fill(0, counts, counts + 4 * d);
  const out = counts + (occurs ? 4 * d : 0);
  const bad = instance.wasm.indexVerdicts(at, n, to, d, occurs ? counts : 0, out);
  if (bad < 0) return undefined; // an index outside the dictionary: the caller's loop reads no memory of ours
  if (occurs) occurs.set(new Int32Array(bytes.buffer, counts, d));
  const positions = new Int32Array(bytes.buffer, out, bad);
  for (let f = 0; f < bad; f++) failed.push(positions[f]!);
  return instance.wasm.verdictMissing();
}
