import { alignedRanges, type QuoteScan, splitAtLines } from '../../core/data/csv/byte-ranges.js';
import { ChunkedInput } from '../../core/data/csv/chunked.js';
import { CsvTable } from '../../core/data/csv/csv-table.js';
import type { CsvDialect } from '../../core/data/csv/dialect.js';
import { CsvScanner } from '../../core/data/csv/scanner.js';
import { matchHeader } from '../../core/data/validate/header.js';
import type { CapturedRow, KeyChecks } from '../../core/data/validate/key-checks.js';
import {
  claimFrom,
  dedupePartitions,
  mergePartitionRepeats,
  type PartitionedKeys,
  type PartitionLayout,
  type PartitionRepeats,
  partitionLayout,
} from '../../core/data/validate/key-partitions.js';
import {
  type RangeRepeats,
  reportRepeats,
  rowsToCaptureAll,
} from '../../core/data/validate/recorded-keys.js';
import type { TableState } from '../../core/data/validate/table-state.js';
import type { DataFile } from '../../platform/data/files.js';
import { type ByteSink, readRange } from '../../platform/data/read-bytes.js';
import {
  csvRangeJob,
  lineFeedAfter,
  mergeResults,
  type ParallelOptions,
  type RangeWorker,
  rangeProgress,
  readHeader,
  startWorker,
  workersFor,
} from './parallel-ranges.js';
import { type RangeResult, runRange } from './range-worker.js';

/**
 * Validates a CSV file with key checks (unique, primaryKey, uniqueKeys, duplicate rows) on every core:
 * this thread checks the first byte range itself, into `state`, as the one-thread scan does; range workers
 * check the others. Every range appends its rows' keys to partitions (key-partitions.ts) instead of one
 * key table; once all are scanned, the threads deduplicate the partitions together, and the repeats,
 * first rows, lines and samples are those of one pass (core/data/validate/recorded-keys.ts). When a
 * worker's range is unusable (it began inside a quoted field, or failed), its keys are left out and this
 * thread scans on from where its own range ended: the one-thread scan, without starting over. Returns
 * false, having changed nothing, when the parallel path does not apply.
 */
export async function validateCsvKeysParallel(
  file: DataFile,
  state: TableState,
  dialect: CsvDialect,
  options: ParallelOptions & { readonly expectedRows: number },
): Promise<'workers' | 'this thread' | false> {
  const keys = state.options.keys;
  const count = workersFor(file, options);
  if (count === 0 || !keys) return false;
  const header = readHeader(file, dialect);
  if (!header) return false;
  const columns = matchHeader(header.labels, state.options.schema, file.path);
  // Equal ranges: every thread parses its own, appends its keys and deduplicates a share of the partitions.
  const ranges = splitAtLines(header.end, file.bytes, count, (offset) =>
    lineFeedAfter(file.absolute, offset),
  );
  const progress = rangeProgress(ranges.length, options.onProgress);
  const layout = partitionLayout(options.expectedRows);
  keys.recordPartitioned(layout);
  const workers = ranges.slice(1).map((range, k) =>
    startWorker({
      progress: progress.job(k + 1),
      ...csvRangeJob(file, state, options, range, dialect, columns),
      keys: layout,
    }),
  );
  try {
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
    const lastRow = 1 + state.rows;
    // A record left incomplete at the end of this range (a quoted newline there): the next range began
    // inside it, whatever the quote count of the complete records says.
    const open = input.pendingBytes > 0;
    const scans: QuoteScan[] = [{ quoteBytes: scanner.quoteBytes, irregular: scanner.irregular || open }];
    const first = { rows: lastRow, lines: scanner.line - 1 };
    const results = await usableResults(workers, scans);
    let end = ranges[0]!.end;
    if (!results) {
      for (const worker of workers) worker.terminate();
      done?.fill(0);
      read(ranges[0]!.end, file.bytes, input);
      end = file.bytes;
    } else input.end();
    // This thread's range first: its rows and lines are the file's.
    const mine = { keys: keys.partitioned(), lines: keys.recordedLines(), shift: { rows: 0, lines: 0 } };
    const others = (results ?? []).map((result, k) => {
      const shift = shifted(first, results!.slice(0, k));
      return { keys: result.keyPartitions!, lines: result.keyLines!, shift };
    });
    const all = [mine, ...others];
    const keep = state.options.errors.perType;
    const helpers = results ? workers : [];
    const found = mergePartitionRepeats(await dedupe(all, helpers, keep, layout), keep);
    const repeats = all.map(
      (range, r): RangeRepeats => ({
        repeats: found[r]!.repeats,
        dropped: found[r]!.dropped,
        numbers: range.keys.map((table) => table.numbers),
        lines: range.lines,
        shift: range.shift,
      }),
    );
    // Every range's sampled repeats of a string key are read again for their values at once: this range
    // on this thread, the others on their workers.
    const wanted = rowsToCaptureAll(keys.keySets, repeats, state.options.errors);
    const asked = results ? workers.map((worker, k) => capture(worker, wanted[k + 1]!)) : [];
    // Awaited in range order below; a later worker failing meanwhile is not an unhandled rejection.
    for (const answer of asked) answer.catch(() => {});
    const job = csvRangeJob(file, state, options, { start: header.end, end }, dialect, columns);
    report(keys, state, repeats[0]!, captureMine(job, wanted[0]!));
    if (!results) return 'this thread';
    mergeResults(results, state, state.options.errors, options.profiles, first);
    for (let k = 0; k < workers.length; k++) report(keys, state, repeats[k + 1]!, await asked[k]!);
    return 'workers';
  } finally {
    progress.stop();
    for (const worker of workers) worker.terminate();
  }
}

/** Where range k + 1 starts in the file's rows and lines: after the first range and those before it. */
function shifted(first: { rows: number; lines: number }, before: readonly RangeResult[]) {
  return before.reduce(
    (at, result) => ({ rows: at.rows + result.rows, lines: at.lines + result.lines }),
    first,
  );
}

/**
 * The workers' results once all are in, or undefined when a range is not usable: it failed, or began
 * inside a quoted field (the ranges before it, `scans` first, were irregular or had an odd quote count).
 */
async function usableResults(
  workers: readonly RangeWorker[],
  scans: readonly QuoteScan[],
): Promise<RangeResult[] | undefined> {
  const results = await Promise.all(workers.map((worker) => worker.result));
  if (results.some((result) => result.failure !== undefined)) return undefined;
  return alignedRanges([...scans, ...results]) ? results : undefined;
}

/**
 * Deduplicates every range's partitions on this thread and the `workers` together (they claim partitions
 * from one counter). A worker that fails meanwhile took partitions no one else will do: this thread then
 * does them all again, alone.
 */
export async function dedupe(
  ranges: readonly { readonly keys: readonly PartitionedKeys[]; readonly shift: { rows: number } }[],
  workers: readonly RangeWorker[],
  keep: number,
  layout: PartitionLayout,
): Promise<PartitionRepeats[]> {
  const request = {
    type: 'dedupe',
    ranges: ranges.map((range) => range.keys),
    rowShifts: ranges.map((range) => range.shift.rows),
    claim: new SharedArrayBuffer(4),
    keep,
    layout,
  } as const;
  const asked = workers.map((worker) => worker.request<PartitionRepeats>(request));
  const own = () => claimFrom(request.claim, layout);
  const mine = dedupePartitions(request.ranges, request.rowShifts, own(), keep, layout);
  try {
    return [mine, ...(await Promise.all(asked))];
  } catch {
    new Int32Array(request.claim).fill(0);
    return [dedupePartitions(request.ranges, request.rowShifts, own(), keep, layout)];
  }
}

/** The values of this thread's range's `rows` (file rows), read again from `job` (which numbers them from 1). */
function captureMine(
  job: ReturnType<typeof csvRangeJob>,
  rows: readonly number[],
): Map<number, readonly unknown[]> {
  const captured = new Map<number, readonly unknown[]>();
  if (rows.length === 0) return captured;
  const local = new Set(rows.map((row) => row - 1));
  const scan = runRange({ ...job, profiling: false }, { kind: 'capture', rows: local });
  for (const [row, , values] of scan.captured ?? []) captured.set(row + 1, values);
  return captured;
}

/** The values of a worker range's `rows` (its own rows), read again by the worker. */
async function capture(
  worker: RangeWorker,
  rows: readonly number[],
): Promise<Map<number, readonly unknown[]>> {
  const captured = new Map<number, readonly unknown[]>();
  if (rows.length === 0) return captured;
  for (const [row, , values] of await worker.request<CapturedRow[]>({ type: 'capture', rows }))
    captured.set(row, values);
  return captured;
}

/** Adds a range's repeats to the errors, with the values captured for its sampled rows. */
function report(
  keys: KeyChecks,
  state: TableState,
  range: RangeRepeats,
  captured: ReadonlyMap<number, readonly unknown[]>,
): void {
  reportRepeats(keys.keySets, range, captured, keys.columnOf, state.options.errors, state.options.file);
}
