import type { TableSchema } from '../table-schema/types.js';
import type { DataErrorRecord } from './error-collector.js';

/** How the data's columns map to the schema's fields. */
export interface ColumnMap {
  /** Field index for each data column, -1 for a column the schema does not describe. */
  readonly fieldOf: Int32Array;
  readonly labels: readonly string[];
  readonly errors: readonly DataErrorRecord[];
}

/**
 * Matches header labels with the schema's fields by `fieldsMatch` (table-schema.mdx): exact (same names,
 * same order), equal (same set), subset (data may have more), superset (data may have fewer), partial
 * (at least one in common). Error names and field numbers follow frictionless-py (table/header.py at
 * 44661adf): a schema field absent from the header is a `missing-label` numbered after the labels, and
 * under superset/partial only a required field (a primary-key field is implicitly required) is missed;
 * a partial header with no field in common is an `unmatched-header`. A blank or duplicate label is
 * reported alone, not again as an incorrect or extra label.
 */
export function matchHeader(labels: readonly string[], schema: TableSchema, file: string): ColumnMap {
  const errors: DataErrorRecord[] = [];
  const names = schema.fields.map((field) => field.name);
  const fieldOf = new Int32Array(labels.length).fill(-1);
  const label = (type: string, column: number | undefined, field: string | undefined, message: string) => {
    errors.push({ type, file, row: 1, line: 1, column, field, message });
  };
  const seen = new Map<string, number>();
  const flagged = new Set<number>();
  labels.forEach((name, i) => {
    if (name.trim() === '') {
      label(
        'blank-label',
        i + 1,
        schema.fieldsMatch === 'exact' ? names[i] : undefined,
        `column ${i + 1} has an empty label`,
      );
      flagged.add(i);
    } else if (seen.has(name)) {
      label('duplicate-label', i + 1, name, `label "${name}" repeats column ${seen.get(name)! + 1}`);
      flagged.add(i);
    } else seen.set(name, i);
  });
  const missing = (fields: readonly number[]): void => {
    fields.forEach((f, k) => {
      label(
        'missing-label',
        labels.length + k + 1,
        names[f],
        `column "${names[f]}" of the schema is missing`,
      );
    });
  };
  if (schema.fieldsMatch === 'exact') {
    labels.forEach((name, i) => {
      if (i >= names.length) {
        label('extra-label', i + 1, name, `extra column "${name}" is not in the schema`);
        return;
      }
      fieldOf[i] = i;
      if (name !== names[i] && !flagged.has(i))
        label(
          'incorrect-label',
          i + 1,
          names[i],
          `column ${i + 1} is "${name}", the schema expects "${names[i]}"`,
        );
    });
    missing(names.map((_, f) => f).slice(labels.length));
    return { fieldOf, labels, errors };
  }
  const extraReported = schema.fieldsMatch === 'equal' || schema.fieldsMatch === 'superset';
  labels.forEach((name, i) => {
    const field = names.indexOf(name);
    if (field >= 0 && seen.get(name) === i) fieldOf[i] = field;
    else if (field < 0 && extraReported && !flagged.has(i))
      label('extra-label', i + 1, name, `extra column "${name}" is not in the schema`);
  });
  if (schema.fieldsMatch === 'partial' && names.length > 0 && !fieldOf.some((field) => field >= 0))
    label(
      'unmatched-header',
      undefined,
      undefined,
      'no column matches a field of the schema (fieldsMatch: partial)',
    );
  // superset and partial accept a file with fewer columns, but not without a value that must be there.
  const tolerant = schema.fieldsMatch === 'superset' || schema.fieldsMatch === 'partial';
  const absent = names
    .map((_, f) => f)
    .filter((f) => !seen.has(names[f]!))
    .filter((f) => !tolerant || schema.fields[f]!.constraints.required === true);
  missing(absent);
  return { fieldOf, labels, errors };
}

/** The column map for a file without a header: columns are the fields in order. */
export function positionalMap(schema: TableSchema): ColumnMap {
  const fieldOf = Int32Array.from(schema.fields, (_, i) => i);
  return { fieldOf, labels: schema.fields.map((field) => field.name), errors: [] };
}

/** For each field, its 1-based column in the file (0 when the file has no such column). */
export function columnsOfFields(columns: ColumnMap, fieldCount: number): Int32Array {
  const columnOf = new Int32Array(fieldCount);
  columns.fieldOf.forEach((field, i) => {
    if (field >= 0 && columnOf[field] === 0) columnOf[field] = i + 1;
  });
  return columnOf;
}
