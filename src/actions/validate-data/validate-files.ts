import { formatOf } from '../../core/data/format.js';
import { DataError, MlciError, UsageError } from '../../core/errors.js';
import {
  type CheckResult,
  evaluateTableChecks,
  type TableChecks,
} from '../../core/data/checks/table-checks.js';
import { ChunkedInput, EncodingError } from '../../core/data/csv/chunked.js';
import { CsvTable } from '../../core/data/csv/csv-table.js';
import { dialectFor } from '../../core/data/csv/dialect.js';
import { CsvScanner } from '../../core/data/csv/scanner.js';
import { JsonlTable, type RecordValidator } from '../../core/data/jsonl/jsonl-table.js';
import type { LoadedSchema } from '../../core/data/table-schema/load-any.js';
import type { TableSchema } from '../../core/data/table-schema/types.js';
import { compileTable, usesJsonSchema } from '../../core/data/validate/compile-table.js';
import { ErrorCollector } from '../../core/data/validate/error-collector.js';
import type { PackageKeys } from '../../core/data/validate/key-checks.js';
import type { HashTable } from '../../core/data/validate/key-hash.js';
import type { FieldStats, ReportFile } from '../../core/data/validate/report.js';
import { type ProfilerLike, TableState } from '../../core/data/validate/table-state.js';
import { closeSync, openSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { type DataProfile, mergeProfiles } from '../../core/data/profile/profiler.js';
import type { DataFile } from '../../platform/data/files.js';
import { isGzip, readGzip, readRange } from '../../platform/data/read-bytes.js';
import { type Progress, type ProgressTask, progressOrLog } from '../../platform/terminal/progress.js';
import type { Logger } from '../../platform/io.js';
import { headerSchema } from './header-schema.js';
import { validateCsvKeysParallel } from './parallel-key-ranges.js';
import {
  validateCsvParallel,
  validateJsonlGzipParallel,
  validateJsonlParallel,
  validateParquetParallel,
} from './parallel-ranges.js';

/** Everything one validation run needs, read from the inputs. */
export interface ValidateOptions {
  readonly files: readonly DataFile[];
  readonly format?: string;
  readonly delimiter?: string;
  readonly header: boolean;
  readonly schema?: LoadedSchema;
  readonly checks: TableChecks;
  readonly maxErrors: number;
  readonly workers: number;
  readonly createProfiler?: (schema: TableSchema) => ProfilerLike;
  /** The reference profile, handed to worker threads for their own profilers. */
  readonly reference?: DataProfile;
  /** Files smaller than this are scanned on one thread (tests lower it). */
  readonly parallelMinBytes?: number;
  /** Key sets and cross-resource foreign keys, when this table is a resource of a data package. */
  readonly packageKeys?: PackageKeys;
  readonly log: Logger;
  /** The updating line on a terminal (ActionIO.progress); else periodic log lines. */
  readonly progress?: Progress;
}

/** What the run found, before the report is built. */
export interface ValidateResult {
  readonly files: readonly ReportFile[];
  readonly errors: ErrorCollector;
  readonly checks: readonly CheckResult[];
  readonly fields: readonly FieldStats[];
  readonly profile?: unknown;
  /** The key sets asked for by `packageKeys.collect`, in its order. */
  readonly collected: readonly HashTable[];
}

/**
 * Validates all files as shards of one table: one schema, one profile, keys unique across files, table
 * checks over the total. A file that cannot be read is a `source-error` in the report, not a crash.
 */
export async function validateFiles(options: ValidateOptions): Promise<ValidateResult> {
  const { files, log } = options;
  const errors = new ErrorCollector(options.maxErrors);
  const first = files[0]!;
  const table =
    options.schema?.table ??
    (options.schema?.record
      ? undefined
      : await headerSchema(first, formatOf(first.path, options.format), options));
  // ajv loads only for a JSON Schema (records, or a `jsonSchema` constraint): not for the common case.
  const jsonSchema =
    options.schema?.record !== undefined || usesJsonSchema(table)
      ? await import('../../core/data/jsonl/json-schema.js')
      : undefined;
  const record =
    options.schema?.record && jsonSchema
      ? jsonSchema.recordValidator(options.schema.record, options.schema.file)
      : undefined;
  const compiled = table
    ? compileTable(table, {
        schemaFile: options.schema?.file,
        compileJsonSchema: (schema) => {
          if (!jsonSchema) throw new Error('validate-data: the JSON Schema module was not loaded');
          return jsonSchema.compileJsonSchema(schema, options.schema?.file);
        },
        profiling: options.createProfiler !== undefined,
        duplicateRows: options.checks.duplicateRows === true,
        labelField: options.checks.labelBalance?.field,
        packageKeys: options.packageKeys,
      })
    : undefined;
  if (options.checks.labelBalance && table && compiled?.labelField === undefined)
    throw new UsageError(`labelBalance: no column "${options.checks.labelBalance.field}" in the schema`);
  const profiler = table && options.createProfiler ? options.createProfiler(table) : undefined;
  const n = table?.fields.length ?? 0;
  const totals = {
    rows: 0,
    nulls: new Float64Array(n),
    typeErrors: new Float64Array(n),
    constraintErrors: new Float64Array(n),
    labelCounts: new Map<string, number>(),
  };
  const reportFiles: ReportFile[] = [];
  const partialProfiles: DataProfile[] = [];
  for (const file of files) {
    const format = formatOf(file.path, options.format);
    const state =
      table && compiled
        ? new TableState({ schema: table, file: file.path, errors, ...compiled, profiler })
        : undefined;
    const started = Date.now();
    let rows = 0;
    try {
      if (format === 'csv') {
        if (!state) throw new UsageError('a JSON Schema describes JSONL records; CSV needs a Table Schema');
        rows = await validateCsv(file, state, options, partialProfiles);
      } else if (format === 'jsonl')
        rows = await validateJsonl(file, state, errors, record, options, partialProfiles);
      else {
        if (!state)
          throw new UsageError('a JSON Schema describes JSONL records; Parquet needs a Table Schema');
        rows = await validateParquetFile(file, state, options, partialProfiles);
      }
    } catch (thrown) {
      if (!(thrown instanceof DataError)) throw thrown;
      errors.add({
        type: thrown instanceof EncodingError ? 'encoding-error' : 'source-error',
        file: file.path,
        line: thrown.where?.line,
        message: thrown.describe({ where: false }),
      });
      rows = state?.rows ?? rows;
    }
    if (state) {
      totals.rows += state.rows;
      for (let i = 0; i < n; i++) {
        totals.nulls[i]! += state.nulls[i]!;
        totals.typeErrors[i]! += state.typeErrors[i]!;
        totals.constraintErrors[i]! += state.constraintErrors[i]!;
      }
      for (const [label, count] of state.labelCounts)
        totals.labelCounts.set(label, (totals.labelCounts.get(label) ?? 0) + count);
    } else totals.rows += rows;
    const seconds = Math.max(0.001, (Date.now() - started) / 1000);
    log.info(
      `${file.path}: ${rows} rows, ${(file.bytes / 2 ** 20).toFixed(1)} MiB in ${seconds.toFixed(2)} s (${(file.bytes / 2 ** 20 / seconds).toFixed(0)} MiB/s)`,
    );
    reportFiles.push({ path: file.path, format, rows, bytes: file.bytes });
  }
  compiled?.keys?.finish(errors, files.length === 1 ? first.path : '');
  const fieldNames = table?.fields.map((field) => field.name) ?? [];
  const checks = evaluateTableChecks(options.checks, { ...totals, fields: fieldNames });
  const fields: FieldStats[] = (table?.fields ?? []).map((field, i) => ({
    name: field.name,
    type: field.type,
    nulls: totals.nulls[i]!,
    typeErrors: totals.typeErrors[i]!,
    constraintErrors: totals.constraintErrors[i]!,
  }));
  const profile = profiler
    ? partialProfiles.reduce(mergeProfiles, profiler.result() as DataProfile)
    : undefined;
  return { files: reportFiles, errors, checks, fields, profile, collected: compiled?.keys?.collected ?? [] };
}

async function validateCsv(
  file: DataFile,
  state: TableState,
  options: ValidateOptions,
  profiles: DataProfile[],
): Promise<number> {
  const dialect = dialectFor(file.path, options.delimiter);
  // Keys and duplicate rows of one file: this thread checks the first range and the workers the others,
  // every range's keys deduplicated together (parallel-key-ranges.ts). Across several files (shards of one
  // table), or with foreign keys, every key must meet the others on one thread.
  const keys = state.needValues && state.options.keys?.splittable === true && options.files.length === 1;
  if (!isGzip(file.path) && options.header && options.workers !== 1 && (!state.needValues || keys)) {
    const progress = fileProgress(file, options.log, options.progress);
    const parallel = {
      workers: options.workers,
      maxErrors: options.maxErrors,
      reference: options.reference,
      profiles,
      duplicateRows: options.checks.duplicateRows === true,
      minBytes: options.parallelMinBytes,
      onProgress: progress.update,
    };
    let handled: 'workers' | 'this thread' | false;
    try {
      handled = keys
        ? await validateCsvKeysParallel(file, state, dialect, {
            ...parallel,
            expectedRows: estimateRows(file),
          })
        : (await validateCsvParallel(file, state, dialect, parallel)) && 'workers';
    } finally {
      progress.end();
    }
    if (handled === 'workers')
      options.log.info(
        `${file.path}: scanned in ${Math.min(options.workers || availableParallelism(), 8)} worker threads`,
      );
    else if (handled === 'this thread')
      options.log.info(
        `${file.path}: scanned on one thread after the first range (a range began inside a quoted field, or a worker failed)`,
      );
    if (handled) return state.rows;
  }
  if (!isGzip(file.path)) state.options.keys?.expectRows(estimateRows(file));
  const table = new CsvTable(state, options.header ? {} : { columns: undefined, firstRow: 1 });
  if (!options.header) table.columns = positional(state);
  const input = new ChunkedInput(new CsvScanner(dialect, table));
  await readWhole(file, input, options.log, options.progress);
  if (options.header && table.columns === undefined)
    state.options.errors.add({
      type: 'source-error',
      file: file.path,
      message: 'the file is empty: no header row',
    });
  return state.rows;
}

/**
 * About how many rows a CSV file holds, from the lines of its first 64 KiB, plus 5% (0 for a file that
 * small: the key tables start with room for 3,072 keys). Sizes the key tables once (KeyChecks.expectRows).
 * At most 8M rows (a 134 MB table): a file whose first lines are short and the rest long would otherwise
 * reserve memory for rows it does not have; a larger table grows as it fills.
 */
export function estimateRows(file: DataFile): number {
  const sample = 64 * 1024;
  if (file.bytes <= sample) return 0;
  const buffer = Buffer.alloc(sample);
  let read: number;
  try {
    const fd = openSync(file.absolute, 'r');
    try {
      read = readSync(fd, buffer, 0, sample, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return 0; // only an estimate: the scan itself reports an unreadable file, with its name
  }
  let lines = 0;
  for (let at = buffer.indexOf(10); at !== -1 && at < read; at = buffer.indexOf(10, at + 1)) lines++;
  return lines === 0 ? 0 : Math.min(MAX_ESTIMATE, Math.ceil(((file.bytes / read) * lines * 21) / 20));
}

const MAX_ESTIMATE = 2 ** 23;

function positional(state: TableState) {
  const fields = state.options.schema.fields;
  return { fieldOf: Int32Array.from(fields, (_, i) => i), labels: fields.map((f) => f.name), errors: [] };
}

async function validateJsonl(
  file: DataFile,
  state: TableState | undefined,
  errors: ErrorCollector,
  record: RecordValidator | undefined,
  options: ValidateOptions,
  profiles: DataProfile[],
): Promise<number> {
  if (options.workers !== 1 && !state?.needValues) {
    const parallel = {
      workers: options.workers,
      maxErrors: options.maxErrors,
      reference: options.reference,
      profiles,
    };
    const progress = fileProgress(file, options.log, options.progress);
    let records: number | undefined;
    try {
      const validate = isGzip(file.path) ? validateJsonlGzipParallel : validateJsonlParallel;
      records = await validate(file, state, errors, options.schema?.record, {
        ...parallel,
        minBytes: options.parallelMinBytes,
        onProgress: progress.update,
      });
    } finally {
      progress.end();
    }
    if (records !== undefined) {
      if (records === 0)
        errors.add({ type: 'source-error', file: file.path, message: 'the file has no records' });
      options.log.info(`${file.path}: scanned in worker threads`);
      return records;
    }
  }
  const table = new JsonlTable(state, file.path, errors, record);
  const input = new ChunkedInput(table);
  await readWhole(file, input, options.log, options.progress);
  if (table.rows === 0)
    errors.add({ type: 'source-error', file: file.path, message: 'the file has no records' });
  return table.rows;
}

async function validateParquetFile(
  file: DataFile,
  state: TableState,
  options: ValidateOptions,
  profiles: DataProfile[],
): Promise<number> {
  if (options.workers !== 1 && !state.needValues) {
    const parallel = {
      workers: options.workers,
      maxErrors: options.maxErrors,
      reference: options.reference,
      profiles,
    };
    const rows = await validateParquetParallel(file, state, {
      ...parallel,
      minBytes: options.parallelMinBytes,
    });
    if (rows !== undefined) {
      options.log.info(`${file.path}: row groups read in worker threads`);
      return rows;
    }
  }
  // hyparquet and the decoders load only for a Parquet file.
  const { validateParquet } = await import('../../core/data/parquet/parquet-table.js');
  const { parquetFile } = await import('../../platform/data/parquet-file.js');
  const buffer = await parquetFile(file.absolute, file.bytes);
  try {
    return await validateParquet(buffer, state);
  } finally {
    await buffer.close();
  }
}

/**
 * The progress of reading one file, one thread or many: the updating line on a terminal, else a log line
 * every 10 s with bytes done, rate and ETA (the bytes of a .gz are compressed bytes). `end` clears the line.
 */
function fileProgress(file: DataFile, log: Logger, tty?: Progress): ProgressTask {
  return progressOrLog(tty, (line) => log.info(line), {
    label: file.path,
    total: file.bytes,
    everyMs: 10_000,
    line: (bytes, seconds) => {
      const rate = bytes / seconds;
      const eta = rate > 0 ? Math.round((file.bytes - bytes) / rate) : 0;
      const pct = ((100 * bytes) / Math.max(1, file.bytes)).toFixed(0);
      return `${file.path}: ${pct}% (${(bytes / 2 ** 20).toFixed(0)} MiB, ${(rate / 2 ** 20).toFixed(0)} MiB/s, about ${eta} s left)`;
    },
  });
}

/** Feeds a whole file (gunzipped when it is .gz) to `input`, with progress; errors name the file. */
async function readWhole(file: DataFile, input: ChunkedInput, log: Logger, tty?: Progress): Promise<void> {
  const progress = fileProgress(file, log, tty);
  try {
    if (isGzip(file.path)) await readGzip(file.absolute, input, file.bytes, progress.update);
    else readRange(file.absolute, input, 0, Number.POSITIVE_INFINITY, progress.update);
  } catch (thrown) {
    throw withFile(thrown, file.path);
  } finally {
    progress.end();
  }
}

function withFile(thrown: unknown, path: string): unknown {
  if (!(thrown instanceof MlciError) || thrown.where) return thrown;
  const Kind = thrown instanceof EncodingError ? EncodingError : DataError;
  return new Kind(thrown.message, { where: { file: path }, hint: thrown.hint, cause: thrown.cause });
}
