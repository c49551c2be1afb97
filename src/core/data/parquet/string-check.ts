import type { TableState } from '../validate/table-state.js';
import { CELL, type FieldChecker } from '../validate/field-checker.js';
import { ByteStrings, type ChunkPool, type StringSink } from './column-chunk.js';

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

  constructor(
    private readonly checker: FieldChecker,
    /** Counts the label's classes (the label column), else undefined. */
    private readonly state: TableState | undefined,
    rows: number,
    pool: ChunkPool,
  ) {
    this.rejects = ByteStrings.from(pool, rows);
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
