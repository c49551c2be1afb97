import { CELL, type FieldChecker } from '../validate/field-checker.js';
import { labelKey, type ProfilerLike, profileValue, type TableState } from '../validate/table-state.js';
import { indexVerdictsInto } from '../wasm/parquet.js';
import { ByteStrings, type ColumnSpec, type ColumnVector, convert } from './column-chunk.js';
import type { StringCheck } from './string-check.js';

/**
 * The column-wise hot path over one row group's vectors. Each loop is a function of its own: V8 then
 * optimizes each small loop once (one function holding them all was recompiled whole for every loop it
 * entered and every branch it met late, ~50 ms of compiling each time, in every thread).
 */

// CELL's verdicts as this module's own constants: an import from another chunk of a bundle is a getter
// call in every loop that V8 has not optimized yet (measured: 55 M instructions on 2 M rows).
const OK = CELL.ok;
const MISSING = CELL.missing;

interface Failure {
  readonly r: number;
  readonly i: number;
  /** The value's position among the column's present values; -1 for a null. */
  readonly k: number;
  /** Its position among the failures of the column's StringCheck, else -1. */
  readonly j: number;
}

/** The vectors of one row group, per wanted column, and what the reader learnt about them. */
export interface GroupVectors {
  readonly rows: number;
  /** Undefined for a column its statistics or dictionary settle (its null count is then known). */
  readonly vectors: readonly (ColumnVector | undefined)[];
  readonly nullCounts: readonly number[];
  /** The check a column's plain string values got as they were read. */
  readonly sinks: readonly (StringCheck | undefined)[];
}

/**
 * The hot path (no keys): each column is checked on its own, in one tight loop over its vector (a
 * dictionary value once), and only the failing cells are replayed in row order so the error samples are
 * those a row-by-row pass keeps. A profile gets each column's passing values in row order, and a null for
 * each missing or failing cell (a null's place in the column does not change its profile: it only counts),
 * so it is the profile of the row-by-row pass, byte for byte (the vectors then hold every value).
 */
export function checkColumns(
  state: TableState,
  specs: readonly ColumnSpec[],
  columnIndex: readonly number[],
  fieldsOfColumn: Int32Array,
  group: GroupVectors,
  rowStart: number,
): void {
  const { checkers, schema, labelField, profiler } = state.options;
  const { rows, vectors, sinks, nullCounts } = group;
  const blank = blankRows(vectors, rows);
  let blanks = 0;
  if (blank) for (let r = 0; r < rows; r++) blanks += blank[r]!;
  const failures: Failure[] = [];
  for (let i = 0; i < schema.fields.length; i++) {
    const c = fieldsOfColumn[i]!;
    if (c < 0) continue;
    const checker = checkers[i]!;
    const vector = vectors[c];
    if (vector === undefined) {
      state.nulls[i]! += nullCounts[c]!; // its statistics prove every value passes
      continue;
    }
    const present = vector.present;
    // Nulls: counted when the field allows them, else each one (outside blank rows) fails.
    if (present !== undefined && vector.count < rows) {
      if (checker.checkNative(null) === MISSING) {
        const nulls = rows - vector.count - blanks;
        state.nulls[i]! += nulls;
        if (profiler) for (let k = 0; k < nulls; k++) profiler.add(i, null);
      } else nullFailures(present, blank, rows, i, failures);
    }
    // Values: the positions (among the present ones) of those that do not pass.
    const failed: number[] = [];
    const label = i === labelField;
    if (vector.indices !== undefined) dictionaryFailures(state, i, checker, vector, label, failed);
    else if (vector.dense !== undefined) {
      const cells = new DenseCells(specs[columnIndex[c]!]!, vector.dense, checker.field.type);
      denseFailures(state, profiler, i, checker, cells, vector.count, label, failed);
    }
    // Plain strings after them (or alone), checked as their pages were read.
    const sink = sinks[c];
    const firstSunk = failed.length;
    if (sink !== undefined) {
      state.nulls[i]! += sink.missing;
      for (const k of sink.failed) failed.push(k);
    }
    if (failed.length > 0)
      failureRows(vector.count < rows ? present : undefined, failed, firstSunk, rows, i, failures);
  }
  state.rows += rows;
  // A blank row is one row of the profile too (blankRow ends it).
  if (profiler) for (let r = blanks; r < rows; r++) profiler.endRow();
  if (blank)
    for (let r = 0; r < rows; r++) if (blank[r] === 1) state.blankRow(rowStart + r + 2, rowStart + r + 2);
  if (failures.length > 0) replay(state, specs, columnIndex, fieldsOfColumn, group, rowStart, failures);
}

/** Blank rows: no column has a value there (none when some column has a value in every row). */
function blankRows(vectors: readonly (ColumnVector | undefined)[], rows: number): Uint8Array | undefined {
  if (
    vectors.length === 0 ||
    !vectors.every((v) => v !== undefined && v.present !== undefined && v.count < rows)
  )
    return undefined;
  const blank = new Uint8Array(rows).fill(1);
  for (const vector of vectors) {
    const present = vector!.present!;
    for (let r = 0; r < rows; r++) blank[r]! &= present[r]! ^ 1;
  }
  return blank;
}

function nullFailures(
  present: Uint8Array,
  blank: Uint8Array | undefined,
  rows: number,
  i: number,
  failures: Failure[],
): void {
  for (let r = 0; r < rows; r++)
    if (present[r] === 0 && (blank === undefined || blank[r] === 0)) failures.push({ r, i, k: -1, j: -1 });
}

/**
 * A verdict per dictionary value, then the indices only when some value does not pass (or the label's
 * classes are counted: how often each value occurs).
 */
function dictionaryFailures(
  state: TableState,
  i: number,
  checker: FieldChecker,
  vector: ColumnVector,
  label: boolean,
  failed: number[],
): void {
  const dictionary = vector.dictionary;
  const statuses = new Int8Array(dictionary.length);
  const classes: string[] | undefined = label ? new Array(dictionary.length) : undefined;
  const profiler = state.options.profiler;
  // What the profile is given for each passing dictionary value: its checked value, as for a cell.
  const profiled: ReturnType<typeof profileValue>[] | undefined = profiler
    ? new Array(dictionary.length).fill(null)
    : undefined;
  let bad = false;
  for (let d = 0; d < dictionary.length; d++) {
    const status = checker.checkNative(dictionary[d]);
    statuses[d] = status;
    if (status !== OK) bad = true;
    else {
      if (classes) classes[d] = labelKey(checker.value);
      if (profiled) profiled[d] = profileValue(checker.value);
    }
  }
  if (!bad && !classes && !profiled) return;
  const occurs = classes ? new Int32Array(dictionary.length) : undefined;
  state.nulls[i]! += occurs
    ? countedIndexFailures(vector.indices!, statuses, occurs, failed)
    : indexFailures(vector.indices!, statuses, failed);
  if (profiled) profileIndices(profiler!, i, vector.indices!, statuses, profiled);
  if (occurs)
    for (let d = 0; d < dictionary.length; d++)
      if (occurs[d]! > 0) state.countLabel(classes![d]!, occurs[d]!);
}

/**
 * The positions whose dictionary value fails (into `failed`); returns the missing. The WebAssembly does
 * it (indexVerdictsInto), this loop when it does not take the tables.
 */
function indexFailures(indices: Int32Array, statuses: Int8Array, failed: number[]): number {
  return (
    indexVerdictsInto(indices, statuses, undefined, failed) ?? indexFailuresLoop(indices, statuses, failed)
  );
}

/** indexFailures in TypeScript. */
function indexFailuresLoop(indices: Int32Array, statuses: Int8Array, failed: number[]): number {
  let missing = 0;
  const n = indices.length;
  for (let k = 0; k < n; k++) {
    const status = statuses[indices[k]!]!;
    if (status === OK) continue;
    if (status === MISSING) missing++;
    else failed.push(k);
  }
  return missing;
}

/** indexFailures, counting how often each passing dictionary value occurs (the label's classes) as well. */
function countedIndexFailures(
  indices: Int32Array,
  statuses: Int8Array,
  occurs: Int32Array,
  failed: number[],
): number {
  let missing = indexVerdictsInto(indices, statuses, occurs, failed);
  if (missing === undefined) {
    const n = indices.length;
    for (let k = 0; k < n; k++) occurs[indices[k]!]!++;
    missing = 0;
    let bad = 0;
    for (let d = 0; d < statuses.length; d++)
      if (statuses[d] === MISSING) missing += occurs[d]!;
      else if (statuses[d] !== OK) bad += occurs[d]!;
    if (bad > 0) indexFailuresLoop(indices, statuses, failed); // the WebAssembly just declined these tables
  }
  // Only passing values are classes.
  for (let d = 0; d < statuses.length; d++) if (statuses[d] !== OK) occurs[d] = 0;
  return missing;
}

/** Each value's profile value (a passing one), or null (a missing one; a failing one is replayed). */
function profileIndices(
  profiler: ProfilerLike,
  i: number,
  indices: Int32Array,
  statuses: Int8Array,
  profiled: readonly ReturnType<typeof profileValue>[],
): void {
  const n = indices.length;
  for (let k = 0; k < n; k++) {
    const index = indices[k]!;
    const status = statuses[index]!;
    if (status === OK) profiler.add(i, profiled[index]!);
    else if (status === MISSING) profiler.add(i, null);
  }
}

/**
 * The positions of a dense column's values that do not pass (into `failed`); counts the missing ones and
 * the label's classes, and gives a profile each passing value and a null for each missing one.
 */
function denseFailures(
  state: TableState,
  profiler: ProfilerLike | undefined,
  i: number,
  checker: FieldChecker,
  cells: DenseCells,
  count: number,
  label: boolean,
  failed: number[],
): void {
  for (let k = 0; k < count; k++) {
    const status = cells.check(checker, k);
    if (status === OK) {
      if (label) state.countLabelOf(checker.value);
      profiler?.add(i, profileValue(checker.value));
      continue;
    }
    if (status === MISSING) {
      state.nulls[i]!++;
      profiler?.add(i, null);
    } else failed.push(k);
  }
}

/** Each failing value's row (the k-th present one) and, past `firstSunk`, its StringCheck failure. */
function failureRows(
  present: Uint8Array | undefined,
  failed: readonly number[],
  firstSunk: number,
  rows: number,
  i: number,
  failures: Failure[],
): void {
  if (present === undefined) {
    for (let f = 0; f < failed.length; f++) {
      const k = failed[f]!;
      failures.push({ r: k, i, k, j: f >= firstSunk ? f - firstSunk : -1 });
    }
    return;
  }
  let k = 0;
  let next = 0;
  for (let r = 0; r < rows && next < failed.length; r++) {
    if (present[r] === 0) continue;
    if (k === failed[next]) {
      failures.push({ r, i, k, j: next >= firstSunk ? next - firstSunk : -1 });
      next++;
    }
    k++;
  }
}

/** The failing cells again, in row order, as a row-by-row pass records them (error samples). */
function replay(
  state: TableState,
  specs: readonly ColumnSpec[],
  columnIndex: readonly number[],
  fieldsOfColumn: Int32Array,
  { vectors, sinks }: GroupVectors,
  rowStart: number,
  failures: Failure[],
): void {
  const { checkers } = state.options;
  failures.sort((a, b) => a.r - b.r || a.i - b.i);
  for (const { r, i, k, j } of failures) {
    const c = fieldsOfColumn[i]!;
    const vector = vectors[c]!;
    const raw =
      k < 0
        ? null
        : j >= 0
          ? sinks[c]!.text(j)
          : vector.indices
            ? vector.dictionary[vector.indices[k]!]
            : convert(specs[columnIndex[c]!]!, vector.dense!, k);
    const status = checkers[i]!.checkNative(raw);
    const row = rowStart + r + 2;
    state.cell(i, status as never, row, row, () => textOf(raw));
  }
}

/**
 * The dense values of one column chunk, checked as checkNative checks their converted values but without
 * the conversion's allocations: INT64 as two 32-bit halves (a number wherever exact), DATE and TIMESTAMP as
 * epoch milliseconds, plain strings from their bytes as CSV cells are.
 */
export class DenseCells {
  private readonly halves: Int32Array | undefined;
  private readonly days: Int32Array | undefined;
  private readonly texts: ByteStrings | undefined;

  constructor(
    private readonly spec: ColumnSpec,
    private readonly dense: NonNullable<ColumnVector['dense']>,
    type: string,
  ) {
    const kind = spec.kind;
    this.halves =
      dense instanceof BigInt64Array &&
      (kind === 'ts-ms' ||
        kind === 'ts-us' ||
        (kind === 'int64' && (type === 'integer' || type === 'number')))
        ? new Int32Array(dense.buffer, dense.byteOffset, dense.length * 2)
        : undefined;
    this.days = kind === 'date' && dense instanceof Int32Array ? dense : undefined;
    this.texts = dense instanceof ByteStrings ? dense : undefined;
  }

  check(checker: FieldChecker, at: number): number {
    const { texts, days, halves } = this;
    if (texts !== undefined)
      return checker.checkBytes(texts.bytes, texts.starts[at]!, texts.starts[at + 1]! - 4);
    if (days !== undefined) return checker.checkEpochMs(days[at]! * 86400000);
    if (halves !== undefined) {
      const hi = halves[2 * at + 1]!;
      if (hi >= -0x200000 && hi < 0x200000) {
        const n = hi * 4294967296 + (halves[2 * at]! >>> 0);
        const kind = this.spec.kind;
        return kind === 'int64'
          ? checker.checkNative(n)
          : checker.checkEpochMs(kind === 'ts-ms' ? n : Math.trunc(n / 1000));
      }
    }
    return checker.checkNative(convert(this.spec, this.dense, at));
  }

  /** The value's text for an error sample. */
  text(at: number): string {
    return textOf(convert(this.spec, this.dense, at));
  }
}

/** A cell's text in an error sample: what a CSV of the same table holds there (a null is empty). */
export function textOf(raw: unknown): string {
  return raw === null || raw === undefined ? '' : typeof raw === 'string' ? raw : String(raw);
}
