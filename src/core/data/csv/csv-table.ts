import { type ColumnMap, matchHeader } from '../validate/header.js';
import { decode } from '../cast/decode.js';
import { CELL } from '../validate/field-checker.js';
import type { TableState } from '../validate/table-state.js';
import { CELL_FLAG, type RowSink, unescapeCell } from './scanner.js';

/**
 * Validates CSV records as the scanner hands them over: header first (unless a column map is given, as
 * for a byte range after the first), then each row's cells against the compiled fields.
 */
export class CsvTable implements RowSink {
  columns: ColumnMap | undefined;
  /** Row number of the next data row (frictionless numbering: the header is row 1). */
  private nextRow: number;

  constructor(
    private readonly state: TableState,
    options: { readonly columns?: ColumnMap; readonly firstRow?: number } = {},
  ) {
    this.columns = options.columns;
    this.nextRow = options.firstRow ?? (options.columns ? 1 : 2);
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
    if (count === 1 && starts[0] === ends[0]) {
      errors.add({ type: 'blank-row', file, row, line, message: 'the row is empty' });
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
          : checker.checkEscaped(s, e, () => cellText(buf, s, e, flag));
      if (status === CELL.ok) {
        if (state.tracksOk || field === labelField) state.ok(field);
      } else if (status === CELL.missing) state.missing(field);
      else state.cell(field, status, row, line, () => cellText(buf, s, e, flag));
    }
    if (count !== width) this.raggedRow(buf, starts, ends, flags, count, row, line);
    if (keys && state.needValues) {
      const record = { buf, start: starts[0]!, end: ends[count - 1]! };
      keys.row(state.values, record, row, line, errors, file);
    }
    profiler?.endRow();
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
