import type { TableState } from '../validate/table-state.js';
import { decode } from '../cast/decode.js';
import { CELL } from '../validate/field-checker.js';
import { sampleValue } from '../validate/error-collector.js';

/** Validates one parsed record against a JSON Schema; returns frictionless-style problems. */
export type RecordValidator = (
  record: unknown,
) => readonly { type: string; field?: string; message: string }[];

/**
 * JSONL lines: each non-empty line is one JSON value. Lines are split on `\n` (a raw newline cannot occur
 * inside a JSON string), parsed with JSON.parse, then checked against the Table Schema fields and/or a
 * JSON Schema for the record. Implements the scanner interface ChunkedInput drives.
 */
export class JsonlTable {
  line = 1;
  private nextRow = 1;

  constructor(
    private readonly state: TableState | undefined,
    private readonly file: string,
    private readonly errors: TableState['options']['errors'],
    private readonly recordValidator?: RecordValidator,
    private readonly onRecord?: (record: unknown) => void,
  ) {}

  /** Number of records seen (blank lines are not records). */
  get rows(): number {
    return this.nextRow - 1;
  }

  scan(buf: Uint8Array, start: number, end: number, final: boolean): number {
    let p = start;
    while (p < end) {
      let nl = (buf as Buffer).indexOf(10, p);
      if (nl === -1 || nl >= end) {
        if (!final) return p;
        nl = end;
      }
      let e = nl;
      if (e > p && buf[e - 1] === 13) e--;
      if (e > p) this.record(decode(buf, p, e));
      this.line++;
      p = nl + 1;
    }
    return end;
  }

  private record(text: string): void {
    const row = this.nextRow++;
    const line = this.line;
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch (thrown) {
      const why = thrown instanceof Error ? thrown.message : String(thrown);
      this.errors.add({
        type: 'format-error',
        file: this.file,
        row,
        line,
        value: sampleValue(text),
        message: `not valid JSON: ${why}`,
      });
      return;
    }
    if (this.recordValidator) {
      for (const problem of this.recordValidator(record))
        this.errors.add({ ...problem, file: this.file, row, line, value: sampleValue(text) });
    }
    this.onRecord?.(record);
    if (this.state) this.fields(record, row, line);
  }

  // Every value null, or a string that is a missing value of its field (the schema's list for others).
  private isBlank(object: Record<string, unknown>): boolean {
    const { schema, checkers } = this.state!.options;
    for (const [key, value] of Object.entries(object)) {
      if (value === null) continue;
      if (typeof value !== 'string') return false;
      const field = schema.fields.findIndex((f) => f.name === key);
      if (field >= 0 ? !checkers[field]!.isMissingText(value) : !schema.missingValues.includes(value))
        return false;
    }
    return true;
  }

  private fields(record: unknown, row: number, line: number): void {
    const state = this.state!;
    const { schema, checkers, keys, profiler, file, errors } = state.options;
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      errors.add({ type: 'format-error', file, row, line, message: 'a record must be a JSON object' });
      return;
    }
    state.rows++;
    const object = record as Record<string, unknown>;
    if (schema.fields.length > 0 && this.isBlank(object)) {
      state.blankRow(row, line);
      return;
    }
    const { labelField } = state.options;
    for (let i = 0; i < schema.fields.length; i++) {
      const name = schema.fields[i]!.name;
      const raw = Object.hasOwn(object, name) ? object[name] : null;
      const status = checkers[i]!.checkNative(raw, true);
      if (status === CELL.ok) {
        if (state.tracksOk || i === labelField) state.ok(i);
      } else if (status === CELL.missing) state.missing(i);
      else
        state.cell(i, status, row, line, () =>
          typeof raw === 'string' || typeof raw === 'number' ? String(raw) : safeJson(raw),
        );
    }
    if (
      schema.fieldsMatch === 'exact' ||
      schema.fieldsMatch === 'equal' ||
      schema.fieldsMatch === 'superset'
    ) {
      for (const key of Object.keys(object)) {
        if (schema.fields.some((field) => field.name === key)) continue;
        errors.add({
          type: 'extra-cell',
          file,
          row,
          line,
          field: key,
          message: `key "${key}" is not in the schema`,
        });
      }
    }
    if (keys && state.needValues) keys.row(state.values, safeJson(record), row, line, errors, file);
    profiler?.endRow();
  }
}

/** JSON text of a parsed value; a value nested too deeply to stringify (JSON.parse accepts any depth) is cut. */
function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return '(nested too deeply to show)';
  }
}
