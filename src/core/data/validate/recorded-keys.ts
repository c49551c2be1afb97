// Key checks of a file scanned in byte ranges: each range's scanner records each row's key hash into
// partitions (KeyChecks in record mode, or recordPartitioned on the main thread), and the threads then
// deduplicate the partitions visiting the ranges in file order (key-partitions.ts). The repeats come out
// as one pass finds them: same rows, first rows, order and samples. This file turns a range's repeats
// into its errors: the line of a row from the range's LineShifts, the value of a
// one-number key from its own 64 bits, and other one-field keys' values from the few rows re-read.
import { ErrorCollector } from './error-collector.js';
import { columnOfField, type KeySet, keyError } from './key-checks.js';
import { numberOf } from './key-hash.js';
import { lineOf } from './line-shifts.js';

/** One recorded range's repeats, as dedupePartitions found them, and what places its rows. */
export interface RangeRepeats {
  /** Per key table: (file row, first row, h1, h2) of its first repeats, in row order. */
  readonly repeats: readonly Int32Array[];
  /**
   * Per key table: its repeats after those, only counted. The errors of a table's later repeats can never
   * be among the samples: each of its first `keep` repeats gives every set on it an error of its type,
   * earlier in row order. So a file whose every row repeats a key keeps `keep` repeats, not one per row.
   */
  readonly dropped: readonly number[];
  /** Per key table: every key recorded was one number (PartitionedKeys.numbers). */
  readonly numbers: readonly boolean[];
  /** The range's LineShifts pairs, over its own rows and lines (from 1). */
  readonly lines: Int32Array;
  /** What makes the range's rows and lines the file's: file row = local row + rows. */
  readonly shift: { readonly rows: number; readonly lines: number };
}

/**
 * Calls `visit` for each repeat of each key set in the order one pass reports them: by row, then by set
 * (sets over the same key share a table, hence its repeats). `at`: the repeat's index in its table's array.
 */
function eachRepeat(
  sets: readonly KeySet[],
  repeats: readonly Int32Array[],
  visit: (set: number, pairs: Int32Array, at: number) => void,
): void {
  const next = sets.map(() => 0);
  for (;;) {
    let best = -1;
    let bestRow = 0;
    for (let s = 0; s < sets.length; s++) {
      const pairs = repeats[sets[s]!.table]!;
      if (next[s]! >= pairs.length) continue;
      const row = pairs[next[s]!]!;
      if (best === -1 || row < bestRow) {
        best = s;
        bestRow = row;
      }
    }
    if (best === -1) return;
    visit(best, repeats[sets[best]!.table]!, next[best]!);
    next[best]! += 4;
  }
}

/** True when a set's error message needs the key's value, and the recorded hash cannot give it back. */
const needsCapture = (set: KeySet, range: RangeRepeats) =>
  set.type !== 'duplicate-row' && set.names.length === 1 && !range.numbers[set.table];

/**
 * The range's own rows (from 1) whose values the errors' samples need: repeats of a one-field key that is
 * not a number, among the samples `errors` will still keep of each type. Empty for number keys.
 */
export function rowsToCapture(
  sets: readonly KeySet[],
  range: RangeRepeats,
  errors: ErrorCollector,
): number[] {
  if (!sets.some((set) => needsCapture(set, range))) return [];
  const taken = new Map<string, number>();
  const rows = new Set<number>();
  eachRepeat(sets, range.repeats, (s, pairs, at) => {
    const set = sets[s]!;
    const count = taken.get(set.type) ?? errors.counts.get(set.type) ?? 0;
    if (count >= errors.perType) return;
    taken.set(set.type, count + 1);
    if (needsCapture(set, range)) rows.add(pairs[at]! - range.shift.rows);
  });
  return [...rows].sort((a, b) => a - b);
}

/**
 * rowsToCapture for every range, before any is reported: each range's repeats are counted as
 * reportRepeats will count them (each repeat one error of each set on its table, the dropped ones too),
 * so that every range can be read again for its values at once, each on its own thread.
 */
export function rowsToCaptureAll(
  sets: readonly KeySet[],
  ranges: readonly RangeRepeats[],
  errors: ErrorCollector,
): number[][] {
  const counts = new ErrorCollector(errors.perType);
  for (const [type, count] of errors.counts) counts.count(type, count);
  return ranges.map((range) => {
    const rows = rowsToCapture(sets, range, counts);
    for (const set of sets)
      counts.count(set.type, range.repeats[set.table]!.length / 4 + (range.dropped[set.table] ?? 0));
    return rows;
  });
}

/**
 * Adds a range's repeats to `errors` as one pass would have. `captured`: the values (by field) of the
 * range's rows that rowsToCapture named, by their own row; `columnOf` as KeyChecks.columnOf.
 */
export function reportRepeats(
  sets: readonly KeySet[],
  range: RangeRepeats,
  captured: ReadonlyMap<number, readonly unknown[]>,
  columnOf: Int32Array | undefined,
  errors: ErrorCollector,
  file: string,
): void {
  eachRepeat(sets, range.repeats, (s, pairs, at) => {
    const set = sets[s]!;
    if (!errors.wants(set.type)) {
      errors.count(set.type);
      return;
    }
    const row = pairs[at]!;
    const local = row - range.shift.rows;
    let values: readonly unknown[] = [];
    if (set.type !== 'duplicate-row' && set.names.length === 1) {
      if (range.numbers[set.table]) {
        const fieldValues: unknown[] = [];
        fieldValues[set.fields[0]!] = numberOf(pairs[at + 2]!, pairs[at + 3]!);
        values = fieldValues;
      } else {
        const found = captured.get(local);
        if (!found) throw new Error(`recorded keys: the values of row ${row} were not captured`);
        values = found;
      }
    }
    const line = lineOf(range.lines, local) + range.shift.lines;
    const column = set.names.length === 1 ? columnOfField(columnOf, set.fields[0]!) : undefined;
    errors.add(keyError(set, values, pairs[at + 1]!, row, line, file, column));
  });
  for (const set of sets) if (range.dropped[set.table]) errors.count(set.type, range.dropped[set.table]);
}
