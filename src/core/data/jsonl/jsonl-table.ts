import type { TableState } from '../validate/table-state.js';
import { decode } from '../cast/decode.js';
import { CELL, type CellStatus, type FieldChecker } from '../validate/field-checker.js';
import { sampleValue } from '../validate/error-collector.js';
import { JsonRecordScanner, unescapeInto, VALUE } from './record-scanner.js';

/** Validates one parsed record against a JSON Schema; returns frictionless-style problems. */
export type RecordValidator = (
  record: unknown,
) => readonly { type: string; field?: string; message: string }[];

/** A JSON string of at most this many bytes has at most 256 characters: checkNative's byte fast path. */
const SHORT_STRING_BYTES = 256;
/** Room for an escaped string's text when it is short enough for that fast path (longer: -1, JSON.parse). */
const TEXT = new Uint8Array(SHORT_STRING_BYTES);

/**
 * JSONL lines: each non-empty line is one JSON value. Lines are split on `\n` (a raw newline cannot occur
 * inside a JSON string). Against a Table Schema alone, a byte-level scanner (record-scanner.ts) finds the
 * fields' values in the line and checks them as bytes, as the CSV path does; a line it does not settle
 * (not an object, not valid JSON, escaped keys, repeated keys, keys to report as extra, a record a key
 * check hashes whole) and every line checked against a JSON Schema go through JSON.parse, and both paths
 * give the same verdicts (test/unit/core/data/jsonl). Implements the scanner interface ChunkedInput drives.
 */
export class JsonlTable {
  line = 1;
  private nextRow = 1;

  /** The byte-level scanner, when the records need no objects (undefined: JSON.parse every line). */
  private readonly scanner: JsonRecordScanner | undefined;
  private readonly reportsExtraKeys: boolean;

  constructor(
    private readonly state: TableState | undefined,
    private readonly file: string,
    private readonly errors: TableState['options']['errors'],
    private readonly recordValidator?: RecordValidator,
    private readonly onRecord?: (record: unknown) => void,
    options: { readonly parseAll?: boolean } = {},
  ) {
    const schema = state?.options.schema;
    const names = schema?.fields.map((field) => field.name) ?? [];
    const fast =
      state !== undefined &&
      !recordValidator &&
      !onRecord &&
      options.parseAll !== true &&
      state.options.keys?.needsRecord !== true &&
      new Set(names).size === names.length;
    const encoder = new TextEncoder();
    // A value the scan settles needs nothing more here, unless a profile or a key reads every value
    // (tracksOk) or it is the label, whose classes are counted.
    const checks =
      state === undefined || state.tracksOk
        ? []
        : state.options.checkers.map((checker, i) =>
            i === state.options.labelField ? undefined : checker.scanCheck(),
          );
    this.scanner = fast
      ? new JsonRecordScanner(
          names,
          schema!.missingValues.map((value) => encoder.encode(value)),
          checks,
        )
      : undefined;
    this.reportsExtraKeys =
      schema?.fieldsMatch === 'exact' ||
      schema?.fieldsMatch === 'equal' ||
      schema?.fieldsMatch === 'superset';
  }

  /**
   * Goes on at another place in the file: the next line scanned is `line`, and the next record `row` (a
   * part of the file scanned on its own, whose first line and record are known: gunzip segments).
   */
  startAt(line: number, row: number): void {
    this.line = line;
    this.nextRow = row;
  }

  /** Number of records seen (blank lines are not records). */
  get rows(): number {
    return this.nextRow - 1;
  }

  scan(buf: Uint8Array, start: number, end: number, final: boolean): number {
    const scanner = this.scanner;
    scanner?.load(buf, start, end);
    let p = start;
    while (p < end) {
      // The byte-level path finds the record's line feed itself (one pass, no search for it first). A line
      // it does not settle is found and parsed below: scanning it again within its line feed would give
      // the same answer (a line feed is never whitespace to the scanner, nor inside any value it reads).
      if (scanner !== undefined) {
        const lf = scanner.next(p, final);
        if (lf >= 0 && this.settled(buf)) {
          this.line++;
          p = lf + 1;
          continue;
        }
      }
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

  /** The byte-level path after a scan that succeeded: checks the record, or returns false having changed nothing. */
  private settled(buf: Uint8Array): boolean {
    const scanner = this.scanner!;
    if (scanner.unknownKeys > 0 && this.reportsExtraKeys) return false;
    const state = this.state!;
    const { schema, checkers, keys, profiler, labelField, errors, file } = state.options;
    const { kinds, starts, ends } = scanner;
    const n = schema.fields.length;
    let blank = n > 0;
    for (let i = 0; blank && i < n; i++)
      blank = isBlankValue(checkers[i]!, kinds[i]!, buf, starts[i]!, ends[i]!);
    // Whether a record whose fields are all missing is blank turns on its other keys; JSON.parse settles
    // any of them given twice (the last one counts).
    if (blank && !scanner.unknownBlank) return false;
    const row = this.nextRow++;
    const line = this.line;
    state.rows++;
    if (blank) {
      state.blankRow(row, line);
      return true;
    }
    for (let i = 0; i < n; i++) {
      const kind = kinds[i]!;
      if (kind === VALUE.checked) continue;
      const s = starts[i]!;
      const e = ends[i]!;
      const status =
        kind === VALUE.number
          ? checkers[i]!.checkJsonNumber(exactNumber(scanner.numbers[i]!, buf, s, e))
          : checkScanned(checkers[i]!, kind, buf, s, e);
      if (status === CELL.ok) {
        if (state.tracksOk || i === labelField) state.ok(i);
      } else if (status === CELL.missing) state.missing(i);
      else failedCell(state, i, status, row, line, kind, buf, s, e);
    }
    if (keys && state.needValues) keys.row(state.values, undefined, row, line, errors, file);
    profiler?.endRow();
    return true;
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
      else state.cell(i, status, row, line, () => cellText(raw));
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

/** A scanned number: its value read in the scan, or (NaN: not exact there) from its text as JSON.parse does. */
function exactNumber(scanned: number, buf: Uint8Array, start: number, end: number): number {
  return Number.isNaN(scanned) ? Number(decode(buf, start, end)) : scanned;
}

/** checkNative(value, true) for a scanned value (not a number: see exactNumber), from its bytes where that gives the same outcome. */
function checkScanned(checker: FieldChecker, kind: number, buf: Uint8Array, start: number, end: number) {
  if (kind === VALUE.string && end - start <= SHORT_STRING_BYTES) return checker.checkBytes(buf, start, end);
  if (kind === VALUE.escaped) {
    const length = unescapeInto(buf, start, end, TEXT);
    if (length >= 0) return checker.checkBytes(TEXT, 0, length);
  }
  return checker.checkNative(jsonValue(kind, buf, start, end), true);
}

/**
 * Records a failed cell. Out of line so that the row loop captures nothing in a closure: a closure there
 * gives every iteration a heap-allocated context (measured: 640 bytes a row, most of the garbage).
 */
function failedCell(
  state: TableState,
  field: number,
  status: CellStatus,
  row: number,
  line: number,
  kind: number,
  buf: Uint8Array,
  start: number,
  end: number,
): void {
  state.cell(field, status, row, line, () => cellText(jsonValue(kind, buf, start, end)));
}

/** A cell's text in an error sample: strings and numbers as they are, other values as JSON. */
function cellText(raw: unknown): string {
  return typeof raw === 'string' || typeof raw === 'number' ? String(raw) : safeJson(raw);
}

/** The value JSON.parse gives for a scanned value (VALUE.absent: the key is not there, read as null). */
function jsonValue(kind: number, buf: Uint8Array, start: number, end: number): unknown {
  switch (kind) {
    case VALUE.string:
      return decode(buf, start, end);
    case VALUE.escaped:
      return JSON.parse(decode(buf, start - 1, end + 1));
    case VALUE.number:
      return Number(decode(buf, start, end));
    case VALUE.true:
      return true;
    case VALUE.false:
      return false;
    case VALUE.nested:
      return JSON.parse(decode(buf, start, end));
    default:
      return null;
  }
}

/** isBlank's test of one field's value, on the scanned bytes. */
function isBlankValue(checker: FieldChecker, kind: number, buf: Uint8Array, start: number, end: number) {
  if (kind === VALUE.absent || kind === VALUE.null) return true;
  if (kind === VALUE.string) return checker.isMissingBytes(buf, start, end);
  if (kind === VALUE.escaped) {
    const length = unescapeInto(buf, start, end, TEXT);
    return length >= 0
      ? checker.isMissingBytes(TEXT, 0, length)
      : checker.isMissingText(jsonValue(kind, buf, start, end) as string);
  }
  return false;
}

/** JSON text of a parsed value; a value nested too deeply to stringify (JSON.parse accepts any depth) is cut. */
function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return '(nested too deeply to show)';
  }
}
