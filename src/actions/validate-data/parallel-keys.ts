import type { ErrorCollector } from '../../core/data/validate/error-collector.js';
import { type CapturedRow, type KeyChecks, keyError } from '../../core/data/validate/key-checks.js';
import { repeatsInOrder, sampledRows } from '../../core/data/validate/partitioned-keys.js';
import type { RangeWorker } from './parallel-ranges.js';
import type { RangeResult } from './range-worker.js';

/**
 * The key checks of a CSV scanned in byte ranges, on every worker: each owns a part of the key hashes and
 * finds the repeats in it (partitioned-keys.ts); then the workers whose ranges hold the sampled repeats
 * scan their range again for those rows' lines and values (only when the file has repeats). Returns what
 * adds the errors, in the order and with the samples of a single pass; throws if a worker fails.
 */
export async function partitionedKeyErrors(
  workers: readonly RangeWorker[],
  results: readonly RangeResult[],
  keys: KeyChecks,
  perType: number,
  start: { rows: number; lines: number },
): Promise<(errors: ErrorCollector, file: string) => void> {
  const shifts: { rows: number; lines: number }[] = [];
  let { rows, lines } = start;
  for (const result of results) {
    shifts.push({ rows, lines });
    rows += result.rows;
    lines += result.lines;
  }
  const ranges = results.map((result, k) => ({ tables: result.keyHashes ?? [], rowShift: shifts[k]!.rows }));
  const owners = await Promise.all(
    workers.map((worker, part) =>
      worker.request<Int32Array[]>({ type: 'own', part, parts: workers.length, ranges }),
    ),
  );
  const sets = keys.keySets;
  const repeats = repeatsInOrder(sets, owners);
  // Range k holds the file's rows (shift k, shift k + its rows]: its local rows count from 1.
  const rangeOf = (row: number) => shifts.findLastIndex((shift) => shift.rows < row);
  const asked = workers.map((): number[] => []);
  for (const row of sampledRows(sets, repeats, perType)) {
    const k = rangeOf(row);
    asked[k]!.push(row - shifts[k]!.rows);
  }
  const captured = await Promise.all(
    workers.map((worker, k) =>
      asked[k]!.length > 0
        ? worker.request<CapturedRow[]>({ type: 'capture', rows: asked[k]! })
        : Promise.resolve([]),
    ),
  );
  const at = new Map<number, { line: number; values: readonly unknown[] }>();
  captured.forEach((found, k) => {
    for (const [row, line, values] of found)
      at.set(row + shifts[k]!.rows, { line: line + shifts[k]!.lines, values });
  });
  return (errors, file) => {
    for (const repeat of repeats) {
      const set = sets[repeat.set]!;
      if (!errors.wants(set.type)) {
        errors.count(set.type);
        continue;
      }
      const row = at.get(repeat.row);
      if (!row) throw new Error(`validate-data: row ${repeat.row} was not captured`);
      errors.add(keyError(set, row.values, repeat.first, repeat.row, row.line, file));
    }
  };
}
