import { type ColumnMap, columnsOfFields, matchHeader } from '../validate/header.js';
import { bytesEqual } from '../cast/bytes.js';
import { decode } from '../cast/decode.js';
import { CELL, type CellStatus, type FieldChecker } from '../validate/field-checker.js';
import type { TableState } from '../validate/table-state.js';
import { CELL_FLAG, type RowSink, unescapeCell } from './scanner.js';

/**
 * Validates CSV records as the scanner hands them over: header first (unless a column map is given, as
 * for a byte range after the first), then each row's cells against the compiled fields.
 */
export class CsvTable implements RowSink {
  private map: ColumnMap | undefined;
  /** Row number of the next data row (frictionless numbering: the header is row 1). */
  private nextRow: number;
  /** The schema-level missing values, for cells of columns no field describes. */
  private readonly blanks: readonly Uint8Array[];

  constructor(
    private readonly state: TableState,
    options: { readonly columns?: ColumnMap; readonly firstRow?: number } = {},
  ) {
    this.columns = options.columns;
    this.nextRow = options.firstRow ?? (options.columns ? 1 : 2);
    const encoder = new TextEncoder();
    this.blanks = state.options.schema.missingValues.map((value) => encoder.encode(value));
  }

  get columns(): ColumnMap | undefined {
    return this.map;
  }

  /** Sets the column map (the header's, or a positional one); reports then name the file's columns. */
  set columns(columns: ColumnMap | undefined) {
    this.map = columns;
    if (columns) this.state.columnOf = columnsOfFields(columns, this.state.options.schema.fields.length);
  }

  row(
    buf: Uint8Array,
    starts: Int32Array,
    ends: Int32Array,
    flags: Uint8Array,
    count: number,
    line: number,
  ): void {
    const state = this.state;
    const { file, errors, checkers, keys, profiler, labelField } = state.options;
    if (this.columns === undefined) {
      const labels = Array.from({ length: count }, (_, i) => cellText(buf, starts[i]!, ends[i]!, flags[i]!));
      this.columns = matchHeader(labels, state.options.schema, file);
      for (const error of this.columns.errors) errors.add(error);
      return;
    }
    const row = this.nextRow++;
    state.rows++;
    if ((count === 1 && starts[0] === ends[0]) || this.isBlank(buf, starts, ends, flags, count)) {
      state.blankRow(row, line);
      return;
    }
    const fieldOf = this.columns.fieldOf;
    const width = fieldOf.length;
    const cells = Math.min(count, width);
    for (let i = 0; i < cells; i++) {
      const field = fieldOf[i]!;
      if (field < 0) continue;
      const s = starts[i]!;
      const e = ends[i]!;
      const flag = flags[i]!;
      const checker = checkers[field]!;
      const status =
        (flag & (CELL_FLAG.escaped | CELL_FLAG.malformed)) === 0
          ? checker.checkBytes(buf, s, e)
          : checkEscapedCell(checker, buf, s, e, flag);
      if (status === CELL.ok) {
        if (state.tracksOk || field === labelField) state.ok(field);
      } else if (status === CELL.missing) state.missing(field);
      else failedCell(state, field, status, row, line, buf, s, e, flag);
    }
    if (count !== width) this.raggedRow(buf, starts, ends, flags, count, row, line);
    if (keys && state.needValues) {
      const record = { buf, start: starts[0]!, end: ends[count - 1]! };
      keys.row(state.values, record, row, line, errors, file);
    }
    profiler?.endRow();
  }

  // Stops at the first cell that is not a missing value: one check per row on ordinary data.
  private isBlank(buf: Uint8Array, starts: Int32Array, ends: Int32Array, flags: Uint8Array, count: number) {
    const { checkers } = this.state.options;
    const fieldOf = this.map!.fieldOf;
    for (let i = 0; i < count; i++) {
      const s = starts[i]!;
      const e = ends[i]!;
      const flag = flags[i]!;
      const escaped = (flag & (CELL_FLAG.escaped | CELL_FLAG.malformed)) !== 0;
      const field = i < fieldOf.length ? fieldOf[i]! : -1;
      if (field >= 0) {
        const checker = checkers[field]!;
        if (escaped ? !checker.isMissingText(cellText(buf, s, e, flag)) : !checker.isMissingBytes(buf, s, e))
          return false;
      } else if (escaped) {
        if (!this.state.options.schema.missingValues.includes(cellText(buf, s, e, flag))) return false;
      } else if (!this.blanks.some((blank) => bytesEqual(buf, s, e, blank))) return false;
    }
    return true;
  }

  private raggedRow(
    buf: Uint8Array,
    starts: Int32Array,
    ends: Int32Array,
    flags: Uint8Array,
    count: number,
    row: number,
    line: number,
  ): void {
    const { file, errors, schema, checkers, profiler } = this.state.options;
    const { fieldOf, labels } = this.columns!;
    for (let i = count; i < fieldOf.length; i++) {
      const field = fieldOf[i]!;
      if (field >= 0) {
        this.state.nulls[field]!++;
        profiler?.add(field, null);
        if (this.state.needValues) this.state.values[field] = null;
        if (checkers[field]!.required) this.state.constraintErrors[field]!++;
      }
      errors.add({
        type: 'missing-cell',
        file,
        row,
        line,
        column: i + 1,
        field: field >= 0 ? schema.fields[field]!.name : labels[i],
        message: `the row has ${count} cells, the header ${fieldOf.length}: "${labels[i]}" is missing`,
      });
    }
    for (let i = fieldOf.length; i < count; i++) {
      const value = cellText(buf, starts[i]!, ends[i]!, flags[i]!);
      errors.add({
        type: 'extra-cell',
        file,
        row,
        line,
        column: i + 1,
        value: value.slice(0, 200),
        message: `the row has ${count} cells, the header ${fieldOf.length}`,
      });
    }
  }
}

/** The text of a cell, unescaped when its flags say so. */
export function cellText(buf: Uint8Array, start: number, end: number, flag: number): string {
  const raw = decode(buf, start, end);
  return (flag & (CELL_FLAG.escaped | CELL_FLAG.malformed)) === 0 ? raw : unescapeCell(raw, flag);
}

// Out of line so that the row loop captures nothing in a closure: a closure there gives every iteration a
// heap-allocated context (the JSONL reader measured 640 bytes of garbage a row from the same pattern).
function checkEscapedCell(
  checker: FieldChecker,
  buf: Uint8Array,
  s: number,
  e: number,
  flag: number,
): CellStatus {
  return checker.checkEscaped(s, e, () => cellText(buf, s, e, flag));
}

function failedCell(
  state: TableState,
  field: number,
  status: CellStatus,
  row: number,
  line: number,
  buf: Uint8Array,
  s: number,
  e: number,
  flag: number,
): void {
  state.cell(field, status, row, line, () => cellText(buf, s, e, flag));
}
