import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { ChunkedInput } from '../../core/data/csv/chunked.js';
import { CsvTable } from '../../core/data/csv/csv-table.js';
import type { CsvDialect } from '../../core/data/csv/dialect.js';
import { CsvScanner } from '../../core/data/csv/scanner.js';
import { JsonlTable } from '../../core/data/jsonl/jsonl-table.js';
import { createProfiler, type DataProfile } from '../../core/data/profile/profiler.js';
import type { TableSchema } from '../../core/data/table-schema/types.js';
import { compileTable, usesJsonSchema } from '../../core/data/validate/compile-table.js';
import { ErrorCollector, type SerializedErrors } from '../../core/data/validate/error-collector.js';
import type { CapturedRow, KeyMode } from '../../core/data/validate/key-checks.js';
import {
  claimFrom,
  dedupePartitions,
  type PartitionedKeys,
  type PartitionLayout,
  type PartitionRepeats,
} from '../../core/data/validate/key-partitions.js';
import { TableState } from '../../core/data/validate/table-state.js';
import { messageOf } from '../../core/errors.js';
import type { ColumnBuffers } from '../../core/data/parquet/columnar.js';
import type { SegmentMessage } from '../../platform/data/gunzip-worker.js';
import { readRange } from '../../platform/data/read-bytes.js';
import { SPARE_KIND } from './spare-worker.js';

const KIND = 'mlci-csv-range';

// ajv (JSON Schema) and hyparquet load only in the workers that need them: most ranges are CSV or JSONL
// against a Table Schema, and each worker pays its own start-up (measured: about a third of it).
type JsonSchemaModule = typeof import('../../core/data/jsonl/json-schema.js');
let jsonSchemaModule: JsonSchemaModule | undefined;

function jsonSchema(): JsonSchemaModule {
  if (!jsonSchemaModule) throw new Error('range worker: the JSON Schema module was not loaded');
  return jsonSchemaModule;
}

/** True when a job compiles a JSON Schema: records checked against one, or a `jsonSchema` constraint. */
function needsJsonSchema(job: RangeJob): boolean {
  return job.record !== undefined || usesJsonSchema(job.schema);
}

/** What the main thread hands a worker: one byte range of one file and everything to check it. */
export interface RangeJob {
  readonly kind: typeof KIND;
  readonly format: 'csv' | 'jsonl' | 'parquet';
  /** Parquet: the row groups [from, to) to read. */
  readonly groups?: readonly [number, number];
  /**
   * Parquet shared among threads: the next unclaimed row group (offset from `groups[0]`) at index 0,
   * claimed `step` groups at a time until none is left; each claim is its own part of the result.
   */
  readonly claim?: SharedArrayBuffer;
  readonly step?: number;
  /**
   * JSONL shared among threads: the offsets where its newline-aligned parts begin, then the file's end;
   * part i is [blocks[i], blocks[i + 1]), claimed one at a time through `claim` (index 0: the next part).
   */
  readonly blocks?: readonly number[];
  /** JSONL inflated by a gunzip segments worker (gunzip-worker.ts): the port to ask it for segments. */
  readonly segments?: MessagePort;
  /** A JSON Schema for JSONL records, when given. */
  readonly record?: Readonly<Record<string, unknown>>;
  readonly path: string;
  readonly start: number;
  readonly end: number;
  readonly dialect: CsvDialect;
  /** Undefined for JSONL checked only against a JSON Schema. */
  readonly schema?: TableSchema;
  readonly fieldOf: readonly number[];
  readonly labels: readonly string[];
  readonly file: string;
  readonly maxErrors: number;
  readonly labelField?: string;
  readonly profiling: boolean;
  readonly reference?: DataProfile;
  /**
   * CSV with key checks (unique, primaryKey, uniqueKeys, duplicate rows) over the whole file: record each
   * row's key hash into partitions of this layout (key-partitions.ts), then answer KeyRequests (the
   * values of some rows, a share of the partitions to deduplicate).
   */
  readonly keys?: PartitionLayout;
  readonly duplicateRows?: boolean;
  /**
   * Bytes read so far, one Float64 slot per range (shared with the main thread, which sums them for the
   * progress line): this range writes `progress[slot]`.
   */
  readonly progress?: { readonly shared: SharedArrayBuffer; readonly slot: number };
}

/**
 * What the main thread asks a key-checking worker after its scan: the values of some rows, or its share
 * of the partitions to deduplicate (claimed through `claim` with the main thread), answered with its
 * PartitionRepeats.
 */
export type KeyRequest =
  | { readonly type: 'capture'; readonly rows: readonly number[] }
  | {
      readonly type: 'dedupe';
      readonly ranges: readonly (readonly PartitionedKeys[])[];
      readonly rowShifts: readonly number[];
      readonly claim: SharedArrayBuffer;
      readonly keep: number;
      readonly layout: PartitionLayout;
    };

/** What a worker sends back: counts, capped samples with local rows and lines, its partial profile. */
export interface RangeResult {
  /** Rows (CSV) or records (JSONL) in the range. */
  readonly rows: number;
  /** Rows that reached the field checks (a JSONL line that is not an object does not). */
  readonly checkedRows: number;
  readonly lines: number;
  readonly quoteBytes: number;
  readonly irregular: boolean;
  readonly errors: SerializedErrors;
  readonly nulls: Float64Array;
  readonly typeErrors: Float64Array;
  readonly constraintErrors: Float64Array;
  readonly labelCounts: readonly (readonly [string, number])[];
  readonly profile?: DataProfile;
  /** Set when the range could not be scanned; the main thread then scans the file on one thread. */
  readonly failure?: string;
  /** `keys` jobs: per key table, the range's keys, partitioned (in shared memory). */
  readonly keyPartitions?: readonly PartitionedKeys[];
  /** `keys` jobs: the LineShifts pairs that give each recorded row's line. */
  readonly keyLines?: Int32Array;
  /** Parquet `claim` jobs: the result of each claimed run of row groups, by its first group. */
  readonly parts?: readonly { readonly group: number; readonly result: RangeResult }[];
}

const here = fileURLToPath(import.meta.url);
/**
 * The module a worker runs. In every bundle (the validate-data action's, the umbrella action's, the
 * CLI's) this module sits in a chunk `<id>.index.js` that cannot run alone: the worker starts the entry
 * `index.js` beside it, which imports this module in worker threads (and the action or the CLI only on
 * the main thread). After tsc it is this file.
 */
export const WORKER_ENTRY = /^\d+\.index\.js$/.test(basename(here)) ? join(dirname(here), 'index.js') : here;

/** A range scanned as one of a thread's parts: bytes its earlier parts read, the read buffer they leave. */
interface PartOfMany {
  doneBefore: number;
  buffer?: Buffer;
}

/**
 * Scans one range; pure apart from reading the file. `captured`: the rows a capture-mode pass collected.
 * A job that needsJsonSchema runs after runRangeJob has loaded that module.
 */
export function runRange(
  job: RangeJob,
  keyMode?: KeyMode,
  afterProgress?: () => void,
  part?: PartOfMany,
): RangeResult & { captured?: readonly CapturedRow[] } {
  const range = rangeScan(job, keyMode);
  let failure: string | undefined;
  try {
    const input = new ChunkedInput(range.scanner, { startOffset: job.start, buffer: part?.buffer });
    const progress =
      keyMode?.kind === 'capture' ? undefined : progressOf(job, afterProgress, part?.doneBefore);
    try {
      readRange(job.path, input, job.start, job.end, progress);
    } finally {
      if (part) part.buffer = input.buffer;
    }
  } catch (thrown) {
    failure = messageOf(thrown);
  }
  return range.result(failure);
}

/** The state, scanner and collector one range is scanned with, and the range's result once done. */
function rangeScan(job: RangeJob, keyMode?: KeyMode) {
  const errors = new ErrorCollector(job.maxErrors);
  const schema = job.schema;
  const compiled = schema
    ? compileTable(schema, {
        compileJsonSchema: (json) => jsonSchema().compileJsonSchema(json),
        profiling: job.profiling,
        duplicateRows: job.duplicateRows === true,
        labelField: job.labelField,
        keyMode: keyMode ?? (job.keys ? { kind: 'record', partitions: job.keys } : undefined),
      })
    : undefined;
  const profiler =
    schema && job.profiling ? createProfiler(schema.fields, { reference: job.reference }) : undefined;
  const state =
    schema && compiled
      ? new TableState({ schema, file: job.file, errors, ...compiled, profiler })
      : undefined;
  const n = schema?.fields.length ?? 0;
  let scanner: CsvScanner | JsonlTable;
  let table: JsonlTable | undefined;
  if (job.format === 'jsonl') {
    table = new JsonlTable(
      state,
      job.file,
      errors,
      job.record ? jsonSchema().recordValidator(job.record) : undefined,
    );
    scanner = table;
  } else {
    const columns = { fieldOf: Int32Array.from(job.fieldOf), labels: job.labels, errors: [] };
    scanner = new CsvScanner(job.dialect, new CsvTable(state!, { columns, firstRow: 1 }));
  }
  const result = (
    failure: string | undefined,
    records = table ? table.rows : state!.rows,
  ): RangeResult & { captured?: readonly CapturedRow[] } => ({
    rows: records,
    checkedRows: state?.rows ?? 0,
    lines: scanner.line - 1,
    quoteBytes: scanner instanceof CsvScanner ? scanner.quoteBytes : 0,
    irregular: scanner instanceof CsvScanner ? scanner.irregular : false,
    errors: errors.serialize(),
    nulls: state?.nulls ?? new Float64Array(n),
    typeErrors: state?.typeErrors ?? new Float64Array(n),
    constraintErrors: state?.constraintErrors ?? new Float64Array(n),
    labelCounts: [...(state?.labelCounts ?? [])],
    profile: profiler?.result() as DataProfile | undefined,
    failure,
    keyPartitions: job.keys && keyMode?.kind !== 'capture' ? compiled?.keys?.partitioned() : undefined,
    keyLines: job.keys && keyMode?.kind !== 'capture' ? compiled?.keys?.recordedLines() : undefined,
    captured: compiled?.keys?.captured,
  });
  return { scanner, table, result };
}

/**
 * Validates the gunzip segments a GUNZIP_SEGMENTS_SOURCE worker hands out on `job.segments`, asking for
 * the next one until there is none: one state for all of them, the table set to each segment's first
 * line and record, so errors carry the file's rows and lines (`rows` of the result: the records seen here).
 */
async function runSegments(job: RangeJob, port: MessagePort): Promise<RangeResult> {
  const range = rangeScan(job);
  const table = range.table!;
  let records = 0;
  let failure: string | undefined;
  // Two requests are always out: the next segment is there when this one is done, even when the gunzip
  // worker's thread waits for a core (a busy machine). Each request but the first two gives a buffer back.
  const arrived: SegmentMessage[] = [];
  let wake: (() => void) | undefined;
  port.on('message', (message: SegmentMessage) => {
    arrived.push(message);
    wake?.();
  });
  const ask = (buffer: ArrayBuffer | null) =>
    buffer ? port.postMessage(buffer, [buffer]) : port.postMessage(null);
  ask(null);
  ask(null);
  try {
    for (;;) {
      while (arrived.length === 0)
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      const message = arrived.shift()!;
      if (message.type === 'end') break;
      if (message.type === 'error') {
        failure = message.message;
        break;
      }
      table.startAt(message.line, message.row);
      // The segment is read in place: it ends at a line feed, or is the file's end.
      const data = message.data;
      const input = new ChunkedInput(table, {
        startOffset: message.offset,
        buffer: Buffer.from(data.buffer),
      });
      input.commit(data.length);
      input.end();
      records += table.rows - (message.row - 1);
      ask(data.buffer);
    }
  } catch (thrown) {
    failure = messageOf(thrown);
  } finally {
    port.close();
  }
  return range.result(failure, records);
}

/**
 * Writes this thread's bytes read (`before` from its earlier parts, plus this range's) into its shared
 * slot, then calls `after` (on the main thread).
 */
function progressOf(job: RangeJob, after?: () => void, before = 0): ((bytes: number) => void) | undefined {
  if (!job.progress) return undefined;
  const done = new Float64Array(job.progress.shared);
  const slot = job.progress.slot;
  return (bytes) => {
    done[slot] = before + bytes;
    after?.();
  };
}

/** Answers a key request of the main thread (see RangeJob.keys). */
export function answerKeyRequest(
  job: RangeJob,
  request: KeyRequest,
): readonly CapturedRow[] | PartitionRepeats {
  if (request.type === 'dedupe') {
    const { ranges, rowShifts, claim, keep, layout } = request;
    return dedupePartitions(ranges, rowShifts, claimFrom(claim, layout), keep, layout);
  }
  // The range again, keeping the lines and values of the asked rows: only when there are repeats to report.
  const rows = new Set(request.rows);
  return runRange({ ...job, profiling: false }, { kind: 'capture', rows }).captured ?? [];
}

/** Scans one range of any format; CSV and JSONL run synchronously from the call (see the end of file). */
export async function runRangeJob(job: RangeJob, afterProgress?: () => void): Promise<RangeResult> {
  if (needsJsonSchema(job)) jsonSchemaModule ??= await import('../../core/data/jsonl/json-schema.js');
  if (job.segments) return runSegments(job, job.segments);
  if (job.claim === undefined)
    return job.format === 'parquet'
      ? runParquetRange(job)
      : runRange(job, job.keys ? { kind: 'record', partitions: job.keys } : undefined, afterProgress);
  // Claimed parts (runs of row groups, JSONL byte ranges), until none is left: the threads share the file
  // however fast each starts.
  const next = new Int32Array(job.claim);
  const parts: { group: number; result: RangeResult }[] = [];
  if (job.format === 'parquet') {
    const [first, last] = job.groups!;
    const step = Math.max(1, job.step ?? 1);
    const buffers: ColumnBuffers = {}; // reused from run to run
    for (;;) {
      const from = first + Atomics.add(next, 0, step);
      if (from >= last) break;
      const groups = [from, Math.min(last, from + step)] as const;
      const result = await runParquetRange({ ...job, claim: undefined, groups }, buffers);
      parts.push({ group: from, result });
      if (result.failure !== undefined) break;
    }
  } else {
    const blocks = job.blocks!;
    const part: PartOfMany = { doneBefore: 0 };

    for (;;) {
      const index = Atomics.add(next, 0, 1);
      if (index >= blocks.length - 1) break;
      const [start, end] = [blocks[index]!, blocks[index + 1]!];
      const result = runRange({ ...job, claim: undefined, start, end }, undefined, afterProgress, part);
      part.doneBefore += end - start;
      parts.push({ group: index, result });
      if (result.failure !== undefined) break;
    }
  }
  const failure = parts.find((part) => part.result.failure !== undefined)?.result.failure;
  const empty = new Float64Array(0);
  return {
    rows: 0,
    checkedRows: 0,
    lines: 0,
    quoteBytes: 0,
    irregular: false,
    errors: new ErrorCollector(0).serialize(),
    nulls: empty,
    typeErrors: empty,
    constraintErrors: empty,
    labelCounts: [],
    parts,
    failure,
  };
}

async function runParquetRange(job: RangeJob, buffers?: ColumnBuffers): Promise<RangeResult> {
  const { validateParquet } = await import('../../core/data/parquet/parquet-table.js');
  const { parquetFile } = await import('../../platform/data/parquet-file.js');
  const schema = job.schema!;
  const errors = new ErrorCollector(job.maxErrors);
  const compiled = compileTable(schema, {
    compileJsonSchema: (json) => jsonSchema().compileJsonSchema(json),
    profiling: job.profiling,
    duplicateRows: false,
    labelField: job.labelField,
  });
  const profiler = job.profiling ? createProfiler(schema.fields, { reference: job.reference }) : undefined;
  const state = new TableState({ schema, file: job.file, errors, ...compiled, profiler });
  let rows = 0;
  let failure: string | undefined;
  try {
    const buffer = await parquetFile(job.path, job.end);
    try {
      rows = await validateParquet(buffer, state, {
        groups: job.groups,
        labels: job.groups?.[0] === 0,
        buffers,
      });
    } finally {
      await buffer.close();
    }
  } catch (thrown) {
    failure = messageOf(thrown);
  }
  return {
    rows,
    checkedRows: state.rows,
    lines: 0,
    quoteBytes: 0,
    irregular: false,
    errors: errors.serialize(),
    nulls: state.nulls,
    typeErrors: state.typeErrors,
    constraintErrors: state.constraintErrors,
    labelCounts: [...state.labelCounts],
    profile: profiler?.result() as DataProfile | undefined,
    failure,
  };
}

/** The `kind` of this worker thread's workerData (none on the main thread): what it was started as. */
function startedAs(): string | undefined {
  return isMainThread ? undefined : (workerData as { kind?: string } | null)?.kind;
}

/** Runs a worker's job, posts the result, then (a `keys` job) answers the main thread's requests until terminated. */
function serve(job: RangeJob): void {
  void runRangeJob(job).then((result) => {
    parentPort!.postMessage(result);
    if (job.keys)
      parentPort!.on('message', (request: KeyRequest) =>
        parentPort!.postMessage(answerKeyRequest(job, request)),
      );
  });
}

// CSV and JSONL ranges are scanned synchronously right here, while the bundle is still being evaluated:
// an entry module that does not check isMainThread (the CLI's) only runs after the result is posted.
// A spare (spare-worker.ts) gets its job as its first message.
if (startedAs() === KIND) serve(workerData as RangeJob);
else if (startedAs() === SPARE_KIND) parentPort!.once('message', (job: RangeJob) => serve(job));
