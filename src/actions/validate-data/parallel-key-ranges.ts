import { MessageChannel } from 'node:worker_threads';
import { alignedRanges, type QuoteScan, splitAtLines } from '../../core/data/csv/byte-ranges.js';
import { ChunkedInput } from '../../core/data/csv/chunked.js';
import { CsvTable } from '../../core/data/csv/csv-table.js';
import type { CsvDialect } from '../../core/data/csv/dialect.js';
import { CsvScanner } from '../../core/data/csv/scanner.js';
import { matchHeader } from '../../core/data/validate/header.js';
import type { CapturedRow, KeyChecks } from '../../core/data/validate/key-checks.js';
import {
  type RangeRepeats,
  RangeRepeatsBuilder,
  reportRepeats,
  rowsToCapture,
} from '../../core/data/validate/recorded-keys.js';
import type { RecordedKeys } from '../../core/data/validate/key-hash.js';
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
  csvRangeJob,
  startWorker,
  workersFor,
} from './parallel-ranges.js';
import type { KeysMessage, RangeResult } from './range-worker.js';

/**
 * The main thread's share of the file against one worker's. Besides its range it inserts every other
 * range's keys into the one key table, while the workers read; measured on the 3M-row bench file
 * (docs/benchmarks.md).
 */
export const MAIN_SHARE = 0.45;

/**
 * Validates a CSV file with key checks (unique, primaryKey, uniqueKeys, duplicate rows) on every core, with
 * one key table: this thread checks the first byte range itself, into `state`, as the one-thread scan
 * does; range workers check the others and hand over each row's key hash a chunk at a time; this thread
 * inserts those into the same table, range after range, as they come, so the repeats, first rows, lines
 * and samples are those of one pass (core/data/validate/recorded-keys.ts). When a worker's range is
 * unusable (it began inside a quoted field, or failed), its keys are taken out again and this thread scans
 * on from where its own range ended: the one-thread scan, without starting over. Returns false, having
 * changed nothing, when the parallel path does not apply.
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
  const ranges = keyRanges(header.end, file.bytes, count, (offset) => lineFeedAfter(file.absolute, offset));
  const progress = rangeProgress(ranges.length, options.onProgress);
  const dataBytes = file.bytes - header.end;
  const streams = ranges.slice(1).map(() => new KeyStream());
  const channels = ranges.slice(1).map(() => new MessageChannel());
  const workers = ranges.slice(1).map((range, k) =>
    startWorker(
      {
        progress: progress.job(k + 1),
        ...csvRangeJob(file, state, options, range, dialect, columns),
        keys: true,
        expectedRows: Math.ceil((options.expectedRows * (range.end - range.start)) / dataBytes),
        returns: channels[k]!.port2,
      },
      (message) => streams[k]!.push(message),
    ),
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
    const lastRow = 1 + state.rows;
    // A record left incomplete at the end of this range (a quoted newline there): the next range began
    // inside it, whatever the quote count of the complete records says.
    const open = input.pendingBytes > 0;
    const scans: QuoteScan[] = [{ quoteBytes: scanner.quoteBytes, irregular: scanner.irregular || open }];
    const first = { rows: lastRow, lines: scanner.line - 1 };
    const found = await insertRanges(
      keys,
      streams,
      workers,
      channels,
      scans,
      first,
      state.options.errors.perType,
    );
    if (!found) {
      for (const worker of workers) worker.terminate();
      keys.forgetRowsAfter(lastRow);
      done?.fill(0);
      read(ranges[0]!.end, file.bytes, input);
      return 'this thread';
    }
    input.end();
    mergeResults(found.results, state, state.options.errors, options.profiles, first);
    for (let k = 0; k < workers.length; k++) await reportRange(keys, state, found.ranges[k]!, workers[k]!);
    return 'workers';
  } finally {
    progress.stop();
    for (const worker of workers) worker.terminate();
    for (const channel of channels) channel.port1.close();
  }
}

/**
 * Inserts each worker range's keys in file order, each range once every range before it is known to be
 * usable. Returns the ranges' results and repeats (the first `keep` of each table kept in full: the
 * samples per type), or undefined when a range is not usable (its keys may be in the table already: the
 * caller takes them out).
 */
async function insertRanges(
  keys: KeyChecks,
  streams: readonly KeyStream[],
  workers: readonly RangeWorker[],
  channels: readonly MessageChannel[],
  scans: QuoteScan[],
  first: { rows: number; lines: number },
  keep: number,
): Promise<{ results: RangeResult[]; ranges: RangeRepeats[] } | undefined> {
  const results: RangeResult[] = [];
  const ranges: RangeRepeats[] = [];
  let shift = first;
  for (let k = 0; k < workers.length; k++) {
    // Range k began outside quotes when every range before it was regular with an even quote count.
    const quotes = scans.reduce((sum, scan) => sum + scan.quoteBytes, 0);
    if (!alignedRanges(scans) || quotes % 2 !== 0) return undefined;
    const repeats = new RangeRepeatsBuilder(keep);
    const take = ({ table, keys: recorded }: { table: number; keys: RecordedKeys }) =>
      repeats.add(table, keys.insertRecorded(table, recorded, shift.rows), recorded.numbers);
    const result = await streams[k]!.drain(workers[k]!.result, (message) => {
      take(message);
      // The array back to the worker, to fill again.
      channels[k]!.port1.postMessage(message.keys.hashes, [message.keys.hashes.buffer as ArrayBuffer]);
    });
    if (result.failure !== undefined) return undefined;
    result.keyHashes!.forEach((recorded, table) => {
      take({ table, keys: recorded });
    });
    results.push(result);
    scans.push(result);
    ranges.push(repeats.result(result.keyLines!, shift));
    shift = { rows: shift.rows + result.rows, lines: shift.lines + result.lines };
  }
  return alignedRanges(scans) ? { results, ranges } : undefined;
}

/** A worker's key chunks as they arrive, until its result. */
class KeyStream {
  private readonly queue: KeysMessage[] = [];
  private wake: (() => void) | undefined;

  push(message: KeysMessage): void {
    this.queue.push(message);
    this.wake?.();
  }

  /** Hands every chunk, in order, to `take` until `result` has come (after the last chunk); returns it. */
  async drain(result: Promise<RangeResult>, take: (message: KeysMessage) => void): Promise<RangeResult> {
    let done: RangeResult | undefined;
    void result.then((value) => {
      done = value;
      this.wake?.();
    });
    for (;;) {
      while (this.queue.length > 0) take(this.queue.shift()!);
      if (done) return done;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
      this.wake = undefined;
    }
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

/**
 * Reports one worker range's repeats; asks the worker for the values of the few sampled rows whose key is
 * not one number (it scans its range again for them).
 */
async function reportRange(
  keys: KeyChecks,
  state: TableState,
  range: RangeRepeats,
  worker: RangeWorker,
): Promise<void> {
  const errors = state.options.errors;
  const rows = rowsToCapture(keys.keySets, range, errors);
  const captured = new Map<number, readonly unknown[]>();
  if (rows.length > 0)
    for (const [row, , values] of await worker.request<CapturedRow[]>({ type: 'capture', rows }))
      captured.set(row, values);
  reportRepeats(keys.keySets, range, captured, keys.columnOf, errors, state.options.file);
}
