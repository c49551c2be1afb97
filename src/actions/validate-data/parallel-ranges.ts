import { closeSync, openSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { alignedRanges, splitAtLines } from '../../core/data/csv/byte-ranges.js';
import { cellText } from '../../core/data/csv/csv-table.js';
import type { CsvDialect } from '../../core/data/csv/dialect.js';
import { CsvScanner, type RowSink } from '../../core/data/csv/scanner.js';
import type { DataProfile } from '../../core/data/profile/profiler.js';
import { matchHeader } from '../../core/data/validate/header.js';
import type { ErrorCollector } from '../../core/data/validate/error-collector.js';
import type { TableState } from '../../core/data/validate/table-state.js';
import type { DataFile } from '../../platform/data/files.js';
import {
  type KeyRequest,
  KEYS_KIND,
  type KeysMessage,
  type RangeJob,
  type RangeResult,
  runRangeJob,
  WORKER_ENTRY,
} from './range-worker.js';

/** When workers pay off, and how many at most. */
export const PARALLEL_DEFAULTS = {
  // Below this a single thread finishes before the workers have started (~30 ms each).
  minBytes: 32 * 2 ** 20,
  maxWorkers: 8,
} as const;

/** JSONL: the bytes the main thread scans beyond its share while the workers start (~0.1 s at ~150 MiB/s). */
const HEAD_START_BYTES = 16 * 2 ** 20;

/** How many decoded Parquet bytes weigh as one CSV byte against minBytes. */
const PARQUET_BYTES_PER_CSV_BYTE = 6;

/** What the parallel path needs beyond the shared state. */
export interface ParallelOptions {
  readonly workers: number;
  readonly maxErrors: number;
  readonly reference?: DataProfile;
  readonly minBytes?: number;
  /** Partial profiles of the ranges, merged by the caller with the main profile. */
  readonly profiles: DataProfile[];
  readonly duplicateRows?: boolean;
  /** Bytes of the file read so far by all ranges together (the progress line or periodic log lines). */
  readonly onProgress?: (bytes: number) => void;
}

/**
 * Progress across ranges: each range's reader (worker or main thread) writes its bytes read into its slot
 * of a shared array; the sum goes to `onProgress` every 200 ms while the main thread waits, and after each
 * read of a range the main thread scans itself.
 */
export function rangeProgress(count: number, onProgress: ((bytes: number) => void) | undefined) {
  if (!onProgress) return { job: () => undefined, report: undefined, stop: () => {} };
  const shared = new SharedArrayBuffer(count * Float64Array.BYTES_PER_ELEMENT);
  const done = new Float64Array(shared);
  const report = () => onProgress(done.reduce((sum, bytes) => sum + bytes, 0));
  const timer = setInterval(report, 200);
  timer.unref();
  return {
    job: (slot: number) => ({ shared, slot }),
    report,
    stop: () => {
      clearInterval(timer);
      report();
    },
  };
}

/** Workers for this file, or 0 when the parallel path does not apply (a small file, one core, ts-jest). */
export function workersFor(file: DataFile, options: ParallelOptions, bytes = file.bytes): number {
  const workers = Math.min(options.workers || availableParallelism(), PARALLEL_DEFAULTS.maxWorkers);
  if (workers < 2 || bytes < (options.minBytes ?? PARALLEL_DEFAULTS.minBytes)) return 0;
  return WORKER_ENTRY.endsWith('.js') ? workers : 0; // under ts-jest the entry is TypeScript
}

/** The fields of a worker's job that every format shares: file, schema, limits, label field, profiling. */
export function sharedJob(file: DataFile, state: TableState | undefined, options: ParallelOptions) {
  const schema = state?.options.schema;
  const labelField = state?.options.labelField;
  return {
    kind: 'mlci-csv-range',
    path: file.absolute,
    file: file.path,
    schema,
    maxErrors: options.maxErrors,
    labelField: labelField === undefined || !schema ? undefined : schema.fields[labelField]!.name,
    profiling: state?.options.profiler !== undefined,
    reference: options.reference,
  } as const;
}

// JSONL and Parquet jobs carry no CSV dialect or header mapping.
const NOT_CSV = { dialect: { delimiter: 44, quote: 34, header: false }, fieldOf: [], labels: [] } as const;

/**
 * Validates a CSV file over newline-aligned byte ranges in worker threads (both cores of a runner) and
 * merges the results in range order, so rows, lines and samples are those of a single pass. Returns
 * false, having changed nothing, when it does not apply: a small file, a header it cannot read, ranges
 * that began inside quoted fields (quoted newlines), or any range that failed. The caller then scans
 * the file on one thread, which also reports such errors with exact lines.
 */
export async function validateCsvParallel(
  file: DataFile,
  state: TableState,
  dialect: CsvDialect,
  options: ParallelOptions,
): Promise<boolean> {
  const count = workersFor(file, options);
  if (count === 0) return false;
  const header = readHeader(file, dialect);
  if (!header) return false;
  const columns = matchHeader(header.labels, state.options.schema, file.path);
  const ranges = splitAtLines(header.end, file.bytes, count, (offset) =>
    lineFeedAfter(file.absolute, offset),
  );
  const progress = rangeProgress(ranges.length, options.onProgress);
  const workers = ranges.map((range, slot) =>
    startWorker({
      progress: progress.job(slot),
      ...sharedJob(file, state, options),
      format: 'csv',
      start: range.start,
      end: range.end,
      dialect,
      fieldOf: [...columns.fieldOf],
      labels: columns.labels,
      duplicateRows: options.duplicateRows,
    }),
  );
  try {
    const results = await Promise.all(workers.map((worker) => worker.result));
    progress.stop();
    if (results.some((result) => result.failure !== undefined) || !alignedRanges(results)) return false;
    for (const error of columns.errors) state.options.errors.add(error);
    mergeResults(results, state, state.options.errors, options.profiles, { rows: 1, lines: header.lines });
    return true;
  } finally {
    progress.stop();
    for (const worker of workers) worker.terminate();
  }
}

/**
 * Merges range results in order: samples shifted to file rows and lines (the first N of each type stay
 * the file's first N), counts summed, partial profiles collected for mergeProfiles.
 */
export function mergeResults(
  results: readonly RangeResult[],
  state: TableState | undefined,
  errors: ErrorCollector,
  profiles: DataProfile[],
  start: { rows: number; lines: number } | 'absolute',
): number {
  // Byte ranges number their rows from 1 and need shifting; Parquet parts number them from the file start.
  let { rows, lines } = start === 'absolute' ? { rows: 0, lines: 0 } : start;
  let records = 0;
  for (const result of results) {
    errors.merge(result.errors, { rows, lines });
    if (start !== 'absolute') {
      rows += result.rows;
      lines += result.lines;
    }
    records += result.rows;
    if (state) {
      state.rows += result.checkedRows;
      for (let i = 0; i < state.nulls.length; i++) {
        state.nulls[i]! += result.nulls[i]!;
        state.typeErrors[i]! += result.typeErrors[i]!;
        state.constraintErrors[i]! += result.constraintErrors[i]!;
      }
      for (const [label, count] of result.labelCounts)
        state.labelCounts.set(label, (state.labelCounts.get(label) ?? 0) + count);
    }
    if (result.profile) profiles.push(result.profile);
  }
  return records;
}

/**
 * JSONL over newline-aligned byte ranges: always safe, since a raw newline cannot occur inside a JSON
 * string. Returns the number of records, or undefined (nothing changed) when it does not apply.
 */
export async function validateJsonlParallel(
  file: DataFile,
  state: TableState | undefined,
  errors: ErrorCollector,
  record: Readonly<Record<string, unknown>> | undefined,
  options: ParallelOptions,
): Promise<number | undefined> {
  const workers = workersFor(file, options);
  if (workers === 0) return undefined;
  // The main thread starts at once, the workers about 0.1 s later: its range is longer by what a thread
  // scans in that time (the others share the rest evenly).
  const headStart = Math.min(HEAD_START_BYTES, Math.floor(file.bytes / (2 * workers)));
  const ranges = splitAtLines(headStart, file.bytes, workers, (offset) =>
    lineFeedAfter(file.absolute, offset),
  );
  ranges[0] = { start: 0, end: ranges[0]!.end };
  const progress = rangeProgress(ranges.length, options.onProgress);
  const jobs = ranges.map(
    (range, slot): RangeJob => ({
      progress: progress.job(slot),
      ...sharedJob(file, state, options),
      ...NOT_CSV,
      format: 'jsonl',
      record,
      start: range.start,
      end: range.end,
    }),
  );
  // The main thread, idle otherwise, scans the first range itself while the workers scan the others: one
  // worker fewer to start (module loading and JIT warm-up were a sixth of the CPU time of a 200 MiB file).
  const others = jobs.slice(1).map(runWorker);
  let results: RangeResult[];
  try {
    results = [await runRangeJob(jobs[0]!, progress.report), ...(await Promise.all(others))];
  } finally {
    progress.stop();
  }
  if (results.some((result) => result.failure !== undefined)) return undefined;
  return mergeResults(results, state, errors, options.profiles, { rows: 0, lines: 0 });
}

function runWorker(job: RangeJob): Promise<RangeResult> {
  const worker = startWorker(job);
  return worker.result.finally(() => worker.terminate());
}

/** A range worker: its scan result, then (for a `keys` job) answers to key requests, until terminated. */
export interface RangeWorker {
  readonly result: Promise<RangeResult>;
  request<T>(request: KeyRequest): Promise<T>;
  terminate(): void;
}

/** Starts a range worker on `job` (`onKeys`: its key chunks, for a `keys` job); the caller terminates it. */
export function startWorker(job: RangeJob, onKeys?: (message: KeysMessage) => void): RangeWorker {
  // stdout/stderr: true keeps whatever an entry module prints in a worker (the CLI bundle's main)
  // out of the user's terminal; the range result comes back as a message.
  const worker = new Worker(WORKER_ENTRY, {
    workerData: job,
    transferList: job.returns ? [job.returns] : undefined,
    stdout: true,
    stderr: true,
  });
  let pending: { resolve: (value: unknown) => void; reject: (error: Error) => void } | undefined;
  let gone: string | undefined;
  const fail = (why: string) => {
    gone ??= why;
    pending?.reject(new Error(`validate-data worker: ${why}`));
    pending = undefined;
  };
  const result = new Promise<RangeResult>((resolve) => {
    let scanned = false;
    worker.on('message', (message: unknown) => {
      if ((message as KeysMessage | null)?.kind === KEYS_KIND) onKeys?.(message as KeysMessage);
      else if (!scanned) {
        scanned = true;
        resolve(message as RangeResult);
      } else {
        pending?.resolve(message);
        pending = undefined;
      }
    });
    worker.once('error', (error) => {
      resolve({ failure: error.message } as RangeResult);
      fail(error.message);
    });
    worker.once('exit', (code) => {
      resolve({ failure: `worker exited with code ${code}` } as RangeResult);
      fail(`exited with code ${code}`);
    });
  });
  return {
    result,
    request: <T>(request: KeyRequest) =>
      new Promise<T>((resolve, reject) => {
        if (gone) return reject(new Error(`validate-data worker: ${gone}`));
        pending = { resolve: resolve as (value: unknown) => void, reject };
        worker.postMessage(request);
      }),
    terminate: () => void worker.terminate(),
  };
}

const PROBE_BYTES = 1 << 20;

/** The header labels, the byte offset where data starts and the lines the header took; undefined if unclear. */
export function readHeader(
  file: DataFile,
  dialect: CsvDialect,
): { labels: string[]; end: number; lines: number } | undefined {
  const buf = Buffer.alloc(Math.min(PROBE_BYTES, file.bytes));
  const fd = openSync(file.absolute, 'r');
  try {
    readSync(fd, buf, 0, buf.length, 0);
  } finally {
    closeSync(fd);
  }
  const bom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  let labels: string[] | undefined;
  let end = 0;
  let scanner: CsvScanner | undefined;
  const sink: RowSink = {
    row: (b, starts, ends, flags, count) => {
      if (labels) return;
      labels = Array.from({ length: count }, (_, i) => cellText(b, starts[i]!, ends[i]!, flags[i]!));
      end = scanner!.recordEnd;
    },
  };
  scanner = new CsvScanner(dialect, sink);
  const lf = buf.indexOf(10, bom);
  if (lf === -1) return undefined;
  try {
    scanner.scan(buf, bom, lf + 1, false);
  } catch {
    return undefined;
  }
  return labels && end === lf + 1 ? { labels, end, lines: 1 } : undefined;
}

export function lineFeedAfter(path: string, offset: number): number {
  const buf = Buffer.alloc(64 * 1024);
  const fd = openSync(path, 'r');
  try {
    for (let at = offset; ; at += buf.length) {
      const n = readSync(fd, buf, 0, buf.length, at);
      if (n === 0) return -1;
      const lf = buf.subarray(0, n).indexOf(10);
      if (lf !== -1) return at + lf;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Parquet over row groups: each worker reads a contiguous share of the row groups. Rows are numbered from
 * the file's start in every share, so results merge unshifted. Returns the row count, or undefined when it
 * does not apply (one row group, a small file, keys to check).
 */
export async function validateParquetParallel(
  file: DataFile,
  state: TableState,
  options: ParallelOptions,
): Promise<number | undefined> {
  // Sized by its decoded bytes (a zstd file can decode to 30 times its size; the file's own size says
  // little): a decoded byte checks at about a sixth of a CSV byte's cost (typed values, one verdict per
  // dictionary value, chunks skipped by their statistics), and a second thread pays its start-up and its
  // own module loading first. Measured on an idle 2-core machine, one thread against two: 171 MiB decoded
  // typed 0.47-0.55 s against 0.64-0.67 s; 285 MiB decoded all-string 1.67-1.76 s against 1.42-1.48 s.
  if (workersFor(file, options, Number.POSITIVE_INFINITY) === 0) return undefined;
  // hyparquet loads only for a Parquet file (its own chunk of the bundle).
  const { parquetRowGroups } = await import('../../core/data/parquet/parquet-table.js');
  const { parquetFile } = await import('../../platform/data/parquet-file.js');
  const buffer = await parquetFile(file.absolute, file.bytes);
  let groups: number;
  let uncompressed: number;
  try {
    ({ groups, uncompressed } = await parquetRowGroups(buffer, file.path));
  } finally {
    await buffer.close();
  }
  const workers = workersFor(file, options, uncompressed / PARQUET_BYTES_PER_CSV_BYTE);
  if (groups < 2 || workers === 0) return undefined;
  // The main thread reads row groups too (it would only wait): one thread fewer to start and to hold in
  // memory. The row groups are claimed a few at a time from a shared counter, so a worker that starts
  // late (its modules load first) takes fewer; each claimed run is a part, merged in file order.
  const claim = new SharedArrayBuffer(4);
  const step = Math.max(1, Math.floor(groups / (8 * workers)));
  const threads = Math.min(workers, groups);
  const results = await Promise.all(
    Array.from({ length: threads }, (_, k) => {
      const job: RangeJob = {
        ...sharedJob(file, state, options),
        ...NOT_CSV,
        format: 'parquet',
        groups: [0, groups],
        claim,
        step,
        start: 0,
        end: file.bytes,
      };
      return k === threads - 1 ? runRangeJob(job) : runWorker(job); // the workers start first
    }),
  );
  if (results.some((result) => result.failure !== undefined)) return undefined;
  const parts = results.flatMap((result) => result.parts ?? []).sort((a, b) => a.group - b.group);
  return mergeResults(
    parts.map((part) => part.result),
    state,
    state.options.errors,
    options.profiles,
    'absolute',
  );
}
