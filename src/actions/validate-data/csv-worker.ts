import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { ChunkedInput } from '../../core/data/csv/chunked.js';
import { CsvTable } from '../../core/data/csv/csv-table.js';
import type { CsvDialect } from '../../core/data/csv/dialect.js';
import { CsvScanner } from '../../core/data/csv/scanner.js';
import { compileJsonSchema } from '../../core/data/jsonl/json-schema.js';
import { createProfiler, type DataProfile } from '../../core/data/profile/profiler.js';
import type { TableSchema } from '../../core/data/table-schema/types.js';
import { compileTable } from '../../core/data/validate/compile-table.js';
import { ErrorCollector, type SerializedErrors } from '../../core/data/validate/error-collector.js';
import { TableState } from '../../core/data/validate/table-state.js';
import { messageOf } from '../../core/errors.js';
import { readRange } from '../../platform/data/read-bytes.js';

const KIND = 'mlci-csv-range';

/** What the main thread hands a worker: one byte range of one file and everything to check it. */
export interface RangeJob {
  readonly kind: typeof KIND;
  readonly path: string;
  readonly start: number;
  readonly end: number;
  readonly dialect: CsvDialect;
  readonly schema: TableSchema;
  readonly fieldOf: readonly number[];
  readonly labels: readonly string[];
  readonly file: string;
  readonly maxErrors: number;
  readonly labelField?: string;
  readonly profiling: boolean;
  readonly reference?: DataProfile;
}

/** What a worker sends back: counts, capped samples with local rows and lines, its partial profile. */
export interface RangeResult {
  readonly rows: number;
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
}

/**
 * The module a worker runs. In an ncc bundle every module is in one file, so this is the bundle itself
 * (its entry runs the action only on the main thread); after tsc it is this file.
 */
export const WORKER_ENTRY = fileURLToPath(import.meta.url);

/** Scans one range; pure apart from reading the file. */
export function runRange(job: RangeJob): RangeResult {
  const errors = new ErrorCollector(job.maxErrors);
  const compiled = compileTable(job.schema, {
    compileJsonSchema: (schema) => compileJsonSchema(schema),
    profiling: job.profiling,
    duplicateRows: false,
    labelField: job.labelField,
  });
  const profiler = job.profiling
    ? createProfiler(job.schema.fields, { reference: job.reference })
    : undefined;
  const state = new TableState({ schema: job.schema, file: job.file, errors, ...compiled, profiler });
  const columns = { fieldOf: Int32Array.from(job.fieldOf), labels: job.labels, errors: [] };
  const scanner = new CsvScanner(job.dialect, new CsvTable(state, { columns, firstRow: 1 }));
  let failure: string | undefined;
  try {
    readRange(job.path, new ChunkedInput(scanner, { startOffset: job.start }), job.start, job.end);
  } catch (thrown) {
    failure = messageOf(thrown);
  }
  return {
    rows: state.rows,
    lines: scanner.line - 1,
    quoteBytes: scanner.quoteBytes,
    irregular: scanner.irregular,
    errors: errors.serialize(),
    nulls: state.nulls,
    typeErrors: state.typeErrors,
    constraintErrors: state.constraintErrors,
    labelCounts: [...state.labelCounts],
    profile: profiler?.result() as DataProfile | undefined,
    failure,
  };
}

/** True when this thread was started to scan a range. */
function isRangeWorker(): boolean {
  return !isMainThread && (workerData as { kind?: string } | null)?.kind === KIND;
}

if (isRangeWorker()) {
  parentPort!.postMessage(runRange(workerData as RangeJob));
}
