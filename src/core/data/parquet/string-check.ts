import type { TableState } from '../validate/table-state.js';
import { CELL, type FieldChecker } from '../validate/field-checker.js';
import { PlainStringChecks } from '../wasm/parquet.js';
import { ByteStrings, type ChunkPool, readU32, type StringSink } from './column-chunk.js';

/**
 * The column-wise hot path's check of a string column's plain values, done while the reader walks each
 * decompressed page: each value's bytes go to the field's checker as a CSV cell's do, nothing is copied
 * but the bytes of the values that fail (their error samples are written later, in row order).
 */
export class StringCheck implements StringSink {
  /** The chunk positions (among the present values) of the values that did not pass, in order. */
  readonly failed: number[] = [];
  /** Values that are a missing value of the field (a `""` under the default missingValues). */
  missing = 0;
  private readonly rejects: ByteStrings;
  /** The WebAssembly that passes a page's common values at once (none for the label: it counts them). */
  private readonly plain: PlainStringChecks | undefined;

  constructor(
    private readonly checker: FieldChecker,
    /** Counts the label's classes (the label column), else undefined. */
    private readonly state: TableState | undefined,
    rows: number,
    pool: ChunkPool,
  ) {
    this.rejects = ByteStrings.from(pool, rows);
    const check = state === undefined ? checker.scanCheck() : undefined;
    this.plain = check !== undefined && check.check !== 0 ? new PlainStringChecks(check) : undefined;
  }

  /**
   * A page's `n` plain strings from `at`: those the WebAssembly passes need nothing more (it passes only
   * what checkBytes passes), the others go to value() in order. False without it, or when a length runs
   * past the page (the caller's loop then reports that).
   */
  values(page: Uint8Array, at: number, n: number, first: number): boolean {
    const left = this.plain?.check(page, at, n);
    if (left === undefined) return false;
    const base = this.plain!.base;
    for (let j = 0; j < left.length; j += 2) {
      const start = left[j + 1]! - base;
      this.value(page, start, start + readU32(page, start - 4), first + left[j]!);
    }
    return true;
  }

  value(page: Uint8Array, start: number, end: number, k: number): void {
    const status = this.checker.checkBytes(page, start, end);
    if (status === CELL.ok) {
      if (this.state !== undefined) this.state.countLabelOf(this.checker.value);
    } else if (status === CELL.missing) this.missing++;
    else {
      this.failed.push(k);
      this.rejects.append(page, start - 4, 1); // from its length prefix
    }
  }

  /** The text of the j-th value that failed. */
  text(j: number): string {
    return this.rejects.text(j);
  }
}
