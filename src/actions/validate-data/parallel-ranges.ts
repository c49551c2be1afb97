import { closeSync, openSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { MessageChannel, type MessagePort, Worker } from 'node:worker_threads';
import { alignedRanges, splitAtLines, splitAtOffsets } from '../../core/data/csv/byte-ranges.js';
import { cellText } from '../../core/data/csv/csv-table.js';
import { CSV_LIMITS, type CsvDialect } from '../../core/data/csv/dialect.js';
import { CsvScanner, type RowSink } from '../../core/data/csv/scanner.js';
import type { DataProfile } from '../../core/data/profile/profiler.js';
import { matchHeader } from '../../core/data/validate/header.js';
import type { ErrorCollector, SerializedErrors } from '../../core/data/validate/error-collector.js';
import type { TableState } from '../../core/data/validate/table-state.js';
import type { DataFile } from '../../platform/data/files.js';
import { GUNZIP_SEGMENTS_SOURCE, type SegmentsJob } from '../../platform/data/gunzip-worker.js';
import { GZIP_LIMITS } from '../../platform/data/read-bytes.js';
import { takeSpare, takeSpareInflater } from './spare-worker.js';
import {
  type KeyRequest,
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

/**
 * JSONL: the file is cut into parts of about this size (newline-aligned), claimed one at a time by the
 * threads: a thread that starts late (a worker loads its modules first) or runs slower on a busy machine
 * takes fewer. The last parts get smaller (jsonlPartOffsets), down to JSONL_LAST_PART_BYTES, so that the
 * threads finish within a few milliseconds of each other, not within one 8 MiB part's scan (~40 ms).
 */
const JSONL_PART_BYTES = 8 * 2 ** 20;
const JSONL_LAST_PART_BYTES = 2 ** 20;
const TAPER_PARTS = 16;
/** At most this many parts (each holds its own error samples until the merge): larger parts beyond. */
const JSONL_MAX_PARTS = 64;

/**
 * Where the JSONL parts of a file of `bytes` start (before aligning to lines), for `threads` threads. The
 * file ends in a taper of parts growing by a quarter from JSONL_LAST_PART_BYTES (read backwards: at most
 * TAPER_PARTS of them, a larger step for a large file) up to the base size, JSONL_PART_BYTES or a
 * 48th of the file; the rest is cut into even parts of about the base size, JSONL_MAX_PARTS in all at
 * most. The taper holds about three (a large file) to five base parts: the threads' last claims get smaller
 * and smaller, and up to three threads finish within about one small part of each other. A file under two base parts a
 * thread (only with a lower minBytes: tests) gets two even parts a thread.
 */
export function jsonlPartOffsets(bytes: number, threads: number): number[] {
  if (bytes < 2 * threads * JSONL_PART_BYTES) {
    const count = 2 * threads;
    return Array.from({ length: count - 1 }, (_, i) => Math.floor((bytes * (i + 1)) / count));
  }
  const base = Math.max(JSONL_PART_BYTES, bytes / 48);
  const step = Math.max(1.25, (base / JSONL_LAST_PART_BYTES) ** (1 / TAPER_PARTS));
  const taper: number[] = []; // from the file's end
  let tapered = 0;
  for (let size = JSONL_LAST_PART_BYTES; size < base && taper.length < TAPER_PARTS; size *= step) {
    if (tapered + size >= bytes) break;
    taper.push(Math.floor(size));
    tapered += Math.floor(size);
  }
  const front = bytes - tapered;
  const count = Math.min(JSONL_MAX_PARTS - taper.length, Math.max(1, Math.round(front / base)));
  const sizes = [...Array.from({ length: count }, () => front / count), ...taper.reverse()];
  const offsets: number[] = [];
  let at = 0;
  for (const size of sizes.slice(0, -1)) {
    at += size;
    offsets.push(Math.floor(at));
  }
  return offsets;
}

/** How many decoded Parquet bytes weigh as one CSV byte against minBytes. */
const PARQUET_BYTES_PER_CSV_BYTE = 6;
/**
 * The same for the bytes of string columns without a dictionary: each value is cast and checked from its
 * bytes as a CSV cell is, so they weigh as CSV bytes. The benchmark's all-string 2 M rows (94.5 MiB decoded,
 * 82.7 of them such strings) took 0.96-1.15 s on one thread here (CPU 1.1-1.4 s), 0.79-0.98 s on two (CPU
 * 1.4-1.7 s; zstd: 0.76-1.04 s against 0.75-0.95 s), six alternating runs each; the typed 2 M rows
 * (57 MiB, its strings in dictionaries) stay on one thread: 0.43-0.47 s against 0.48-0.55 s on two.
 */
const PARQUET_TEXT_BYTES_PER_CSV_BYTE = 1;
/**
 * The same with a profile: every cell then goes to its column's accumulators (sketches, distinct counts,
 * category counts), as many as a CSV cell's, and chunks are never settled by statistics or dictionaries.
 * Whole processes, the benchmark's typed 2 M rows (57 MiB decoded) with a profile, one thread against two
 * (one share each), load 1-2: 1.0-1.35 s against 1.1-1.2 s; 6 M rows: 2.7-3.3 s against 1.9-2.0 s.
 */
const PROFILED_PARQUET_BYTES_PER_CSV_BYTE = 1;

/**
 * Threads for a Parquet file of `groups` row groups that decodes to `decoded` bytes (its column chunks'
 * uncompressed sizes: a zstd file can decode to 30 times its size, so the file's own size says little),
 * with `cores` threads available: 1 below 192 MiB decoded (PARQUET_BYTES_PER_CSV_BYTE x minBytes), where
 * `text` of them, string columns without a dictionary, weigh as CSV bytes (PARQUET_TEXT_BYTES_PER_CSV_BYTE).
 * A second thread pays its start-up, its own module loading and ~25 % more CPU per row (the two cores
 * share caches) before it gains. CPU seconds of whole processes, one thread against two (the benchmarks'
 * files, snappy, load 4-7, two runs each): 57 MiB typed 0.27-0.30 against 0.45-0.48; 96 MiB all-string
 * 0.65-0.76 against 0.99-1.09; 171 MiB typed 0.38-0.39 against 0.62; 285 MiB all-string 1.26-1.31
 * against 1.75-1.77; 380 MiB (the 10M-row benchmark) 2.11-2.13 against 2.63-2.74. On two idle cores
 * the wall is about a thread's half of that plus ~0.2 s: two threads gain from about 1 s of work.
 * `profiling`: a profile is written or compared (PROFILED_PARQUET_BYTES_PER_CSV_BYTE).
 */
export function parquetThreads(
  decoded: number,
  groups: number,
  cores: number,
  minBytes: number = PARALLEL_DEFAULTS.minBytes,
  profiling = false,
  text = 0,
): number {
  const work = profiling
    ? decoded / PROFILED_PARQUET_BYTES_PER_CSV_BYTE
    : (decoded - text) / PARQUET_BYTES_PER_CSV_BYTE + text / PARQUET_TEXT_BYTES_PER_CSV_BYTE;
  if (cores < 2 || groups < 2 || work < minBytes) return 1;
  return Math.min(cores, groups, PARALLEL_DEFAULTS.maxWorkers);
}

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

/** A CSV range job's fields: the shared ones, the range, and the dialect and header mapping of the file. */
export function csvRangeJob(
  file: DataFile,
  state: TableState,
  options: ParallelOptions,
  range: { readonly start: number; readonly end: number },
  dialect: CsvDialect,
  columns: { readonly fieldOf: ArrayLike<number>; readonly labels: readonly string[] },
) {
  return {
    ...sharedJob(file, state, options),
    format: 'csv',
    start: range.start,
    end: range.end,
    dialect,
    fieldOf: Array.from(columns.fieldOf),
    labels: columns.labels,
    duplicateRows: options.duplicateRows,
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
      ...csvRangeJob(file, state, options, range, dialect, columns),
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
 * JSONL over newline-aligned parts of the file: always safe, since a raw newline cannot occur inside a
 * JSON string. The main thread and the workers claim the parts one at a time from a shared counter; each
 * part is scanned as its own range and the parts merge in file order (rows and lines shifted by the parts
 * before), so the report is the single pass's. Returns the number of records, or undefined (nothing
 * changed) when it does not apply.
 */
export async function validateJsonlParallel(
  file: DataFile,
  state: TableState | undefined,
  errors: ErrorCollector,
  record: Readonly<Record<string, unknown>> | undefined,
  options: ParallelOptions,
): Promise<number | undefined> {
  const threads = workersFor(file, options);
  if (threads === 0) return undefined;
  const parts = splitAtOffsets(0, file.bytes, jsonlPartOffsets(file.bytes, threads), (offset) =>
    lineFeedAfter(file.absolute, offset),
  );
  const blocks = [...parts.map((part) => part.start), file.bytes];
  const claim = new SharedArrayBuffer(4);
  const progress = rangeProgress(threads, options.onProgress);
  const job = (slot: number): RangeJob => ({
    progress: progress.job(slot),
    ...sharedJob(file, state, options),
    ...NOT_CSV,
    format: 'jsonl',
    record,
    start: 0,
    end: file.bytes,
    claim,
    blocks,
  });
  // The main thread, idle otherwise, claims parts too, from the start, while the workers load: one worker
  // fewer to start (module loading and JIT warm-up were a sixth of the CPU time of a 200 MiB file).
  const others = Array.from({ length: threads - 1 }, (_, k) => runWorker(job(k + 1)));
  let results: RangeResult[];
  try {
    results = [await runRangeJob(job(0), progress.report), ...(await Promise.all(others))];
  } finally {
    progress.stop();
  }
  if (results.some((result) => result.failure !== undefined)) return undefined;
  const done = results.flatMap((result) => result.parts ?? []).sort((a, b) => a.group - b.group);
  if (done.length !== parts.length) return undefined;
  return mergeResults(
    done.map((part) => part.result),
    state,
    errors,
    options.profiles,
    { rows: 0, lines: 0 },
  );
}

/** .jsonl.gz: segments of this many inflated bytes, handed to the threads one at a time. */
const GZIP_SEGMENT_BYTES = 2 * 2 ** 20;
/** A compressed byte weighs as this many bytes against minBytes (JSONL compresses 5-10:1). */
const GZIP_RATIO_GUESS = 4;

/**
 * .jsonl.gz on several threads. gzip cannot be split, so a worker inflates (gunzip-worker.ts) and cuts
 * the text into segments of whole lines, numbered with their first line and record; the main thread and
 * the range workers each ask it for the next segment when done with one, and validate it with rows and
 * lines of the file. Inflating and validating run side by side, and validation on every thread. The
 * threads' errors interleave by row: per type, the first samples by row are the single pass's. Returns the
 * record count, or undefined (nothing changed) when it does not apply or anything failed (bad gzip, the
 * limits, invalid UTF-8...): the caller then reads the file on one thread, which reports that exactly.
 */
export async function validateJsonlGzipParallel(
  file: DataFile,
  state: TableState | undefined,
  errors: ErrorCollector,
  record: Readonly<Record<string, unknown>> | undefined,
  options: ParallelOptions,
): Promise<number | undefined> {
  const threads = workersFor(file, options, file.bytes * GZIP_RATIO_GUESS);
  if (threads === 0) return undefined;
  const channels = Array.from({ length: threads }, () => new MessageChannel());
  const progress = rangeProgress(1, options.onProgress);
  const segments: SegmentsJob = {
    path: file.absolute,
    ports: channels.map((channel) => channel.port1),
    segmentBytes: GZIP_SEGMENT_BYTES,
    maxSegmentBytes: GZIP_SEGMENT_BYTES + 2 * CSV_LIMITS.maxRecordBytes,
    // Lines near the record limit go to one thread, where the limit applies as it always has.
    maxLineBytes: CSV_LIMITS.maxRecordBytes - 2 * 2 ** 20,
    ahead: threads + 1,
    compressedBytes: file.bytes,
    limits: GZIP_LIMITS,
    progress: progress.job(0),
  };
  // The spare the entry booted for this file, when there is one, gets the job as its first message.
  const spare = takeSpareInflater();
  spare?.postMessage(segments, [...segments.ports]);
  const inflater =
    spare ??
    new Worker(GUNZIP_SEGMENTS_SOURCE, {
      eval: true,
      workerData: segments,
      transferList: [...segments.ports],
      stdout: true,
      stderr: true,
    });
  const failed = new Promise<RangeResult>((resolve) => {
    const failure = (why: string) => resolve({ failure: `gunzip worker: ${why}` } as RangeResult);
    inflater.once('error', (error) => failure(error.message));
    inflater.once('exit', (code) => failure(`exited with code ${code}`));
  });
  const job = (port: MessagePort): RangeJob => ({
    ...sharedJob(file, state, options),
    ...NOT_CSV,
    format: 'jsonl',
    record,
    start: 0,
    end: 0,
    segments: port,
  });
  const others = channels.slice(1).map((channel) => startWorker(job(channel.port2), [channel.port2]));
  const mine = channels[0]!.port2;
  let results: RangeResult[];
  try {
    const all = Promise.all([
      runRangeJob(job(mine), progress.report),
      ...others.map((other) => other.result),
    ]);
    // A gunzip worker that dies answers no one: its failure ends the wait, and the finally clause the rest.
    results = await Promise.race([all, failed.then((failure) => [failure])]);
  } finally {
    progress.stop();
    void inflater.terminate();
    for (const other of others) other.terminate();
    mine.close();
  }
  if (results.some((result) => result.failure !== undefined)) return undefined;
  const [first, ...rest] = results;
  const none: SerializedErrors = { counts: [], samples: [] };
  return mergeResults(
    [
      {
        ...first!,
        errors: byRow(
          results.map((result) => result.errors),
          errors.perType,
        ),
      },
      ...rest.map((result) => ({ ...result, errors: none })),
    ],
    state,
    errors,
    options.profiles,
    'absolute',
  );
}

/** Errors of threads whose rows interleave, as one pass adds them: per type, the first samples by row. */
export function byRow(parts: readonly SerializedErrors[], perType: number): SerializedErrors {
  const counts = new Map<string, number>();
  const samples = new Map<string, SerializedErrors['samples'][number][1][number][]>();
  for (const part of parts) {
    for (const [type, count] of part.counts) counts.set(type, (counts.get(type) ?? 0) + count);
    for (const [type, list] of part.samples) samples.set(type, [...(samples.get(type) ?? []), ...list]);
  }
  const first = [...samples].map(([type, list]) => {
    const sorted = [...list].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    return [type, sorted.slice(0, perType)] as const;
  });
  return { counts: [...counts], samples: first };
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

/** Starts a range worker on `job` (`transferList`: ports the job carries); the caller terminates it. */
export function startWorker(job: RangeJob, transferList: readonly MessagePort[] = []): RangeWorker {
  // The spare worker the entry started, when there is one, gets the job as its first message.
  const spare = takeSpare();
  spare?.postMessage(job, [...transferList]);
  // stdout/stderr: true keeps whatever an entry module prints in a worker (the CLI bundle's main)
  // out of the user's terminal; the range result comes back as a message.
  const worker =
    spare ??
    new Worker(WORKER_ENTRY, {
      workerData: job,
      transferList: [...transferList],
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
      if (!scanned) {
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
  const workers = workersFor(file, options, Number.POSITIVE_INFINITY);
  if (workers === 0) return undefined;
  // hyparquet loads only for a Parquet file (its own chunk of the bundle).
  const { parquetRowGroups } = await import('../../core/data/parquet/parquet-table.js');
  const { parquetFile } = await import('../../platform/data/parquet-file.js');
  const buffer = await parquetFile(file.absolute, file.bytes);
  let groups: number;
  let uncompressed: number;
  let text: number;
  try {
    ({ groups, uncompressed, text } = await parquetRowGroups(buffer, file.path));
  } finally {
    await buffer.close();
  }
  const profiling = state.options.profiler !== undefined;
  const threads = parquetThreads(uncompressed, groups, workers, options.minBytes, profiling, text);
  if (threads < 2) return undefined;
  // The main thread reads row groups too (it would only wait): one thread fewer to start and to hold in
  // memory. The row groups are claimed a few at a time from a shared counter, so a worker that starts
  // late (its modules load first) takes fewer; each claimed run is a part, merged in file order.
  const claim = new SharedArrayBuffer(4);
  // Small claims (a sixteenth of a thread's share): the last ones even out the threads' finishing times.
  // With a profile, one share per thread: each claim is a profile of its own, merged with the others,
  // and a short one costs its sketches' start (the quantile sketch sorts every value of its first 125 000
  // before it samples) and a merge: ~80 ms of CPU per claim on the benchmark's 11 columns.
  const step = profiling ? Math.ceil(groups / threads) : Math.max(1, Math.floor(groups / (16 * threads)));
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
