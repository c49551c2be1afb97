import type { ReportHeader } from '../../report-envelope.js';
import { MLCI_VERSION } from '../../version.js';
import type { CheckResult } from '../checks/table-checks.js';
import type { SchemaDiff } from '../schema-diff/schema-diff.js';
import type { DataErrorRecord, ErrorCollector } from './error-collector.js';
import { byCodeUnits } from '../../text/order.js';

/** One input file in the report. */
export interface ReportFile {
  readonly path: string;
  readonly format: 'csv' | 'jsonl' | 'parquet';
  readonly rows: number;
  readonly bytes: number;
}

/** Per-field counts, for the summary table and for reviewers. */
export interface FieldStats {
  readonly name: string;
  readonly type: string;
  readonly nulls: number;
  readonly typeErrors: number;
  readonly constraintErrors: number;
}

/** A drift failure as validate-data reports it: the column and the figure that crossed its threshold. */
export interface DriftFinding {
  readonly column: string;
  readonly drifted: boolean;
  readonly metrics: Readonly<Record<string, number | undefined>>;
  /** What each distance reaches by chance at these sample sizes: a threshold below it was raised. */
  readonly noise?: Readonly<Record<string, number | undefined>>;
  readonly reasons: readonly string[];
}

/**
 * The schema file against the same file on the PR's base branch. Information for the reviewer: it is not
 * an error of the data, and `valid` does not depend on it.
 */
export interface SchemaDiffSection {
  /** The base branch, tag or commit. */
  readonly base: string;
  readonly file: string;
  /**
   * compared; new-file (the PR adds it); unreadable (the base's file is not a schema); unavailable (no
   * base in this checkout, noted not failed); unsupported (a JSON Schema for records).
   */
  readonly status: 'compared' | 'new-file' | 'unreadable' | 'unavailable' | 'unsupported';
  readonly changed: boolean;
  /** One plain-text line per change (describeSchemaDiff); consumers escape it for markdown. */
  readonly changes: readonly string[];
  readonly diff?: SchemaDiff;
  readonly message?: string;
}

/** The versioned report of validate-data (kind mlci/validation-report, version 1). */
export interface ValidationReport extends ReportHeader<'mlci/validation-report'> {
  readonly valid: boolean;
  readonly files: readonly ReportFile[];
  readonly stats: {
    readonly rows: number;
    readonly bytes: number;
    readonly durationMs: number;
    readonly files: number;
  };
  readonly errorCount: number;
  /** True count of each error type; `errors` holds only the first samples of each. */
  readonly errorCounts: Readonly<Record<string, number>>;
  readonly errors: readonly DataErrorRecord[];
  /** True when some error type had more errors than samples kept. */
  readonly truncated: boolean;
  readonly samplesPerType: number;
  /** Errors tolerated by a passing `mostly` check: counted and shown, not failing. */
  readonly warningCount: number;
  readonly warnings: readonly DataErrorRecord[];
  readonly checks: readonly CheckResult[];
  readonly fields: readonly FieldStats[];
  readonly profile?: string;
  readonly drift?: {
    readonly reference: string;
    readonly drifted: boolean;
    readonly columns: readonly DriftFinding[];
  };
  readonly schemaDiff?: SchemaDiffSection;
}

/** Everything the report is built from, in one step. */
export interface ReportInput {
  readonly files: readonly ReportFile[];
  readonly durationMs: number;
  readonly errors: ErrorCollector;
  readonly checks: readonly CheckResult[];
  readonly fields: readonly FieldStats[];
  readonly profile?: string;
  readonly drift?: ValidationReport['drift'];
  readonly schemaDiff?: SchemaDiffSection;
}

const CELL_TYPES = new Set(['type-error', 'constraint-error']);

/**
 * Builds the report. Cell errors of columns whose `mostly` check passed become warnings; a failed table
 * check or drifted column is an error of its own type (row-count, null-rate, label-balance, drift).
 */
export function buildReport(input: ReportInput): ValidationReport {
  const tolerated = new Set(input.checks.filter((c) => c.check === 'mostly' && c.passed).map((c) => c.field));
  const counts: Record<string, number> = {};
  const errors: DataErrorRecord[] = [];
  const warnings: DataErrorRecord[] = [];
  let warningCount = 0;
  const toleratedCounts = new Map<string, number>();
  for (const field of input.fields) {
    if (!tolerated.has(field.name)) continue;
    toleratedCounts.set('type-error', (toleratedCounts.get('type-error') ?? 0) + field.typeErrors);
    toleratedCounts.set(
      'constraint-error',
      (toleratedCounts.get('constraint-error') ?? 0) + field.constraintErrors,
    );
    warningCount += field.typeErrors + field.constraintErrors;
  }
  let truncated = false;
  for (const [type, count] of [...input.errors.counts].sort(([a], [b]) => byCodeUnits(a, b))) {
    const samples = input.errors.samples.get(type) ?? [];
    if (count > samples.length) truncated = true;
    const kept = count - (toleratedCounts.get(type) ?? 0);
    if (kept > 0) counts[type] = kept;
    for (const sample of samples) {
      if (CELL_TYPES.has(sample.type) && sample.field !== undefined && tolerated.has(sample.field))
        warnings.push(sample);
      else errors.push(sample);
    }
  }
  const fileOrder = new Map(input.files.map((file, i) => [file.path, i]));
  const position = (e: DataErrorRecord) => [fileOrder.get(e.file ?? '') ?? -1, e.row ?? 0, e.column ?? 0];
  const byPosition = (a: DataErrorRecord, b: DataErrorRecord) => {
    const [pa, pb] = [position(a), position(b)];
    return pa[0]! - pb[0]! || pa[1]! - pb[1]! || pa[2]! - pb[2]! || byCodeUnits(a.type, b.type);
  };
  errors.sort(byPosition);
  warnings.sort(byPosition);
  for (const check of input.checks) {
    if (check.passed || check.check === 'mostly') continue;
    counts[check.check] = (counts[check.check] ?? 0) + 1;
    errors.push({ type: check.check, field: check.field, message: check.message });
  }
  for (const check of input.checks) {
    if (check.check !== 'mostly' || check.passed) continue;
    counts.mostly = (counts.mostly ?? 0) + 1;
    errors.push({ type: 'mostly', field: check.field, message: check.message });
  }
  for (const column of input.drift?.columns ?? []) {
    if (!column.drifted) continue;
    counts.drift = (counts.drift ?? 0) + 1;
    errors.push({
      type: 'drift',
      field: column.column,
      message: `${column.column}: ${column.reasons.join('; ')}`,
    });
  }
  const errorCount = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const rows = input.files.reduce((sum, f) => sum + f.rows, 0);
  const bytes = input.files.reduce((sum, f) => sum + f.bytes, 0);
  return {
    kind: 'mlci/validation-report',
    version: 1,
    tool: { name: 'mlci', version: MLCI_VERSION },
    valid: errorCount === 0,
    files: input.files,
    stats: { rows, bytes, durationMs: Math.round(input.durationMs), files: input.files.length },
    errorCount,
    errorCounts: counts,
    errors,
    truncated,
    samplesPerType: input.errors.perType,
    warningCount,
    warnings,
    checks: input.checks,
    fields: input.fields,
    profile: input.profile,
    drift: input.drift,
    schemaDiff: input.schemaDiff,
  };
}
