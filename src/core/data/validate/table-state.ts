import type { TableSchema } from '../table-schema/types.js';
import { type ErrorCollector, sampleValue } from './error-collector.js';
import { CELL, type CellStatus, type FieldChecker } from './field-checker.js';
import type { KeyChecks } from './key-checks.js';

/**
 * The profiler as validate-data uses it (src/core/data/profile/profiler.ts implements it): one typed
 * cell at a time, then endRow(); result() is the mergeable profile.
 */
export interface ProfilerLike {
  add(index: number, value: number | string | boolean | null): void;
  endRow(): void;
  result(): unknown;
}

/** Everything a pass over one table (or one byte range of it) accumulates besides the profile. */
export interface TableOptions {
  readonly schema: TableSchema;
  readonly file: string;
  readonly errors: ErrorCollector;
  readonly checkers: readonly FieldChecker[];
  readonly keys?: KeyChecks;
  readonly profiler?: ProfilerLike;
  /** Field index whose value counts feed the class-balance check. */
  readonly labelField?: number;
}

/** Per-field counts and the per-cell bookkeeping shared by the CSV, JSONL and Parquet passes. */
export class TableState {
  rows = 0;
  readonly nulls: Float64Array;
  /** Type and constraint errors per field (for `mostly` and the report's per-field table). */
  readonly typeErrors: Float64Array;
  readonly constraintErrors: Float64Array;
  /** Rows per label class (labelKey of the label field's value), pending counts included. */
  get labelCounts(): Map<string, number> {
    this.flushLabel();
    return this.counts;
  }

  private readonly counts = new Map<string, number>();
  // A label column holds a few classes, often in runs: the class of the last label value is remembered,
  // and its rows are counted here until another class comes (a string and two map lookups per row were
  // a twentieth of validating the all-string JSONL benchmark). labelCounts adds them to `counts`.
  private labelValue: unknown;
  private labelText: string | undefined;
  private pendingKey: string | undefined;
  private pending = 0;
  /** Logical values of the current row by field, when keys need them. */
  readonly values: unknown[];
  readonly needValues: boolean;
  /** False when a passing cell needs no bookkeeping at all (no profile, keys or label): the hot path. */
  readonly tracksOk: boolean;
  /**
   * Each field's 1-based column in the file, once the header is matched (columnsOfFields): a report's
   * `column` is what a user counts in the file, not the field's position in the schema.
   */
  get columnOf(): Int32Array | undefined {
    return this.columns;
  }

  set columnOf(columnOf: Int32Array | undefined) {
    this.columns = columnOf;
    if (this.options.keys) this.options.keys.columnOf = columnOf;
  }

  private columns: Int32Array | undefined;

  constructor(readonly options: TableOptions) {
    const n = options.schema.fields.length;
    this.nulls = new Float64Array(n);
    this.typeErrors = new Float64Array(n);
    this.constraintErrors = new Float64Array(n);
    this.values = new Array(n).fill(null);
    this.needValues = options.keys?.active === true;
    this.tracksOk = this.needValues || options.profiler !== undefined;
  }

  /** The file column of a field for a report (its schema position when the file has no header map). */
  column(field: number): number | undefined {
    if (this.columns === undefined) return field + 1;
    return this.columns[field] || undefined;
  }

  /**
   * A row whose every cell is a missing value: one `blank-row` error replaces the row's other errors
   * (frictionless-py table/row.py), each field counts a null, and no key sees the row.
   */
  blankRow(row: number, line: number): void {
    const { errors, file, schema, profiler } = this.options;
    for (let field = 0; field < schema.fields.length; field++) {
      if (this.columns !== undefined && this.columns[field] === 0) continue; // not in this file
      this.nulls[field]!++;
      profiler?.add(field, null);
    }
    profiler?.endRow();
    errors.add({
      type: 'blank-row',
      file,
      row,
      line,
      message: 'the row is blank: every cell is a missing value',
    });
  }

  /** A passing cell. */
  ok(field: number): void {
    const checker = this.options.checkers[field]!;
    const value = checker.value;
    if (this.needValues) this.values[field] = checker.keyValue;
    this.options.profiler?.add(field, profileValue(value));
    if (field === this.options.labelField) this.countLabelOf(value);
  }

  /** A missing cell that is allowed to be missing. */
  missing(field: number): void {
    if (this.needValues) this.values[field] = null;
    this.nulls[field]!++;
    this.options.profiler?.add(field, null);
  }

  /** Records the outcome of one checked cell; `text` gives the cell's text for an error sample. */
  cell(field: number, status: CellStatus, row: number, line: number, text: () => string): void {
    const checker = this.options.checkers[field]!;
    if (status === CELL.ok) {
      if (this.needValues) this.values[field] = checker.keyValue;
      this.options.profiler?.add(field, profileValue(checker.value));
      if (field === this.options.labelField) this.countLabelOf(checker.value);
      return;
    }
    if (this.needValues) this.values[field] = null;
    if (status === CELL.missing) {
      this.nulls[field]!++;
      this.options.profiler?.add(field, null);
      return;
    }
    const note = checker.note;
    checker.note = '';
    if (status === CELL.typeError) this.typeErrors[field]!++;
    else this.constraintErrors[field]!++;
    if (checker.value === null) this.nulls[field]!++;
    this.options.profiler?.add(field, null);
    const type = status === CELL.typeError ? 'type-error' : 'constraint-error';
    const errors = this.options.errors;
    if (!errors.wants(type)) {
      errors.count(type);
      return;
    }
    const value = text();
    const { field: f } = checker;
    const message =
      status === CELL.typeError
        ? `"${sampleValue(value, 60)}" is not a valid ${f.type}${f.format === 'default' ? '' : ` (format ${f.format})`}${note ? `: ${note}` : ''}`
        : checker.failed === 'required'
          ? 'a value is required'
          : `"${sampleValue(value, 60)}" fails constraint ${checker.failed} = ${constraintText(f.constraints, checker.failed, f.categories)}`;
    errors.add({
      type,
      file: this.options.file,
      row,
      line,
      column: this.column(field),
      field: f.name,
      value: sampleValue(value),
      message,
    });
  }

  /** `times` more rows of the label class `key` (labelKey of the label field's value). */
  countLabel(key: string, times = 1): void {
    if (key !== this.pendingKey) {
      this.flushLabel();
      this.pendingKey = key;
    }
    this.pending += times;
  }

  /** One row of the label class of `value`: labelKey(value), made again only when the value changes. */
  countLabelOf(value: unknown): void {
    if (value !== this.labelValue || this.labelText === undefined) {
      this.labelValue = value;
      this.labelText = labelKey(value);
    }
    this.countLabel(this.labelText);
  }

  private flushLabel(): void {
    if (this.pendingKey === undefined || this.pending === 0) return;
    this.counts.set(this.pendingKey, (this.counts.get(this.pendingKey) ?? 0) + this.pending);
    this.pending = 0;
  }
}

/** The class a label value counts under in the class-balance check. */
export function labelKey(value: unknown): string {
  return String(value);
}

function constraintText(constraints: object, name: string, categories?: readonly unknown[]): string {
  const value = name === 'categories' ? categories : (constraints as Record<string, unknown>)[name];
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

/** What the profiler is given for a passing cell's value (objects as their JSON text). */
export function profileValue(value: unknown): number | string | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object') return JSON.stringify(value);
  return value as number | string | boolean;
}
