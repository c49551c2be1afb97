import { alignedRanges, splitAtLines } from '../../core/data/csv/byte-ranges.js';
import { ChunkedInput } from '../../core/data/csv/chunked.js';
import { CsvTable } from '../../core/data/csv/csv-table.js';
import type { CsvDialect } from '../../core/data/csv/dialect.js';
import { CsvScanner } from '../../core/data/csv/scanner.js';
import { matchHeader } from '../../core/data/validate/header.js';
import type { CapturedRow, KeyChecks } from '../../core/data/validate/key-checks.js';
import {
  type RangeRepeats,
  reportRepeats,
  rowsToCapture,
} from '../../core/data/validate/recorded-keys.js';
import type { TableState } from '../../core/data/validate/table-state.js';
import type { DataFile } from '../../platform/data/files.js';
import { type ByteSink, readRange } from '../../platform/data/read-bytes.js';
import {
  lineFeedAfter,
  mergeResults,
  type ParallelOptions,
  type RangeWorker,
  rangeProgress,
  readHeader,
  sharedJob,
  startWorker,
  workersFor,
} from './parallel-ranges.js';
import type { RangeResult } from './range-worker.js';

/**
 * The main thread's share of the file against one worker's. Besides its range it inserts every row's key
 * into the one key table; measured on the 3M-row bench file (docs/benchmarks.md).
 */
export const MAIN_SHARE = 0.6;

/**
 * Validates a CSV file with key checks (unique, primaryKey, uniqueKeys, duplicate rows) on every core, with
 * one key table: this thread checks the first byte range itself, into `state`, as the one-thread scan
 * does; range workers check the others and record each row's key hash; this thread then inserts those
 * into the same table, range after range, so the repeats, first rows, lines and samples are those of one
 * pass (core/data/validate/recorded-keys.ts). When a worker's range is unusable (it began inside a quoted
 * field, or failed), this thread scans on from where its range ended: the one-thread scan, without
 * starting over. Returns false, having changed nothing, when the parallel path does not apply.
 */
export async function validateCsvKeysParallel(
  file: DataFile,
  state: TableState,
  dialect: CsvDialect,
  options: ParallelOptions & { readonly expectedRows: number },
): Promise<boolean> {
  const keys = state.options.keys;
  const count = workersFor(file, options);
  if (count === 0 || !keys) return false;
  const header = readHeader(file, dialect);
  if (!header) return false;
  const columns = matchHeader(header.labels, state.options.schema, file.path);
  const ranges = keyRanges(header.end, file.bytes, count, (offset) => lineFeedAfter(file.absolute, offset));
  const progress = rangeProgress(ranges.length, options.onProgress);
  const dataBytes = file.bytes - header.end;
  const workers = ranges.slice(1).map((range, k) =>
    startWorker({
      progress: progress.job(k + 1),
      ...sharedJob(file, state, options),
      format: 'csv',
      start: range.start,
      end: range.end,
      dialect,
      fieldOf: [...columns.fieldOf],
      labels: columns.labels,
      keys: true,
      expectedRows: Math.ceil((options.expectedRows * (range.end - range.start)) / dataBytes),
      duplicateRows: options.duplicateRows,
    }),
  );
  try {
    keys.expectRows(options.expectedRows);
    for (const error of columns.errors) state.options.errors.add(error);
    const scanner = new CsvScanner(dialect, new CsvTable(state, { columns, firstRow: 2 }));
    scanner.line = header.lines + 1;
    const input = new ChunkedInput(scanner, { startOffset: header.end });
    const slot = progress.job(0);
    const done = slot ? new Float64Array(slot.shared) : undefined;
    const read = (from: number, to: number, sink: ByteSink) =>
      readRange(file.absolute, sink, from, to, (bytes) => {
        if (!done) return;
        done[0] = from - header.end + bytes;
        progress.report?.();
      });
    // The first range, without ending the input: the rest may follow on this thread.
    read(header.end, ranges[0]!.end, {
      space: () => input.space(),
      commit: (bytes) => input.commit(bytes),
      write: (chunk) => input.write(chunk),
      end: () => {},
    });
    const results = await Promise.all(workers.map((worker) => worker.result));
    const scans = [{ quoteBytes: scanner.quoteBytes, irregular: scanner.irregular }, ...results];
    if (results.some((result) => result.failure !== undefined) || !alignedRanges(scans)) {
      for (const worker of workers) worker.terminate();
      done?.fill(0);
      read(ranges[0]!.end, file.bytes, input);
      return true;
    }
    input.end();
    const shifts = rangeShifts(results, { rows: 1 + state.rows, lines: scanner.line - 1 });
    mergeResults(results, state, state.options.errors, options.profiles, shifts[0]!);
    for (let k = 0; k < results.length; k++)
      await addRangeKeys(keys, state, results[k]!, shifts[k]!, workers[k]!);
    return true;
  } finally {
    progress.stop();
    for (const worker of workers) worker.terminate();
  }
}

/**
 * The main thread's range ([start, ~MAIN_SHARE of a worker's share)), then `count - 1` equal ranges, each
 * beginning after a line feed (one range for a file too short to split).
 */
export function keyRanges(
  start: number,
  size: number,
  count: number,
  lineFeedAfter: (offset: number) => number,
): { start: number; end: number }[] {
  const nominal = start + Math.floor(((size - start) * MAIN_SHARE) / (MAIN_SHARE + count - 1));
  const lf = lineFeedAfter(nominal);
  if (lf === -1 || lf + 1 >= size) return [{ start, end: size }];
  return [{ start, end: lf + 1 }, ...splitAtLines(lf + 1, size, count - 1, lineFeedAfter)];
}

/** Each worker range's shift to file rows and lines, from where the main thread's range ended. */
function rangeShifts(results: readonly RangeResult[], first: { rows: number; lines: number }) {
  let shift = first;
  return results.map((result) => {
    const at = shift;
    shift = { rows: at.rows + result.rows, lines: at.lines + result.lines };
    return at;
  });
}

/**
 * Inserts one worker range's recorded keys into the table and reports its repeats; asks the worker for the
 * values of the few sampled rows whose key is not one number (it scans its range again for them).
 */
async function addRangeKeys(
  keys: KeyChecks,
  state: TableState,
  result: RangeResult,
  shift: { rows: number; lines: number },
  worker: RangeWorker,
): Promise<void> {
  const recorded = result.keyHashes!;
  const range: RangeRepeats = {
    repeats: keys.insertRecorded(recorded, shift.rows),
    numbers: recorded.map((table) => table.numbers),
    lines: result.keyLines!,
    shift,
  };
  const errors = state.options.errors;
  const rows = rowsToCapture(keys.keySets, range, errors);
  const captured = new Map<number, readonly unknown[]>();
  if (rows.length > 0)
    for (const [row, , values] of await worker.request<CapturedRow[]>({ type: 'capture', rows }))
      captured.set(row, values);
  reportRepeats(keys.keySets, range, captured, keys.columnOf, errors, state.options.file);
}
