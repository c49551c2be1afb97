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
 * same order), equal (same set), subset (data may have more), superset (data may have fewer), partial.
 */
export function matchHeader(labels: readonly string[], schema: TableSchema, file: string): ColumnMap {
  const errors: DataErrorRecord[] = [];
  const names = schema.fields.map((field) => field.name);
  const fieldOf = new Int32Array(labels.length).fill(-1);
  const label = (type: string, column: number, field: string | undefined, message: string): void => {
    errors.push({ type, file, row: 1, line: 1, column, field, message });
  };
  const seen = new Map<string, number>();
  labels.forEach((name, i) => {
    if (name.trim() === '') label('blank-label', i + 1, undefined, `column ${i + 1} has an empty label`);
    if (seen.has(name))
      label('duplicate-label', i + 1, name, `label "${name}" repeats column ${seen.get(name)! + 1}`);
    else seen.set(name, i);
  });
  if (schema.fieldsMatch === 'exact') {
    labels.forEach((name, i) => {
      if (i >= names.length) {
        label('extra-label', i + 1, name, `extra column "${name}" is not in the schema`);
        return;
      }
      fieldOf[i] = i;
      if (name !== names[i])
        label(
          'incorrect-label',
          i + 1,
          names[i],
          `column ${i + 1} is "${name}", the schema expects "${names[i]}"`,
        );
    });
    for (let i = labels.length; i < names.length; i++)
      label('missing-label', i + 1, names[i], `column "${names[i]}" of the schema is missing`);
    return { fieldOf, labels, errors };
  }
  labels.forEach((name, i) => {
    const field = names.indexOf(name);
    if (field >= 0 && seen.get(name) === i) fieldOf[i] = field;
    else if (field < 0 && (schema.fieldsMatch === 'equal' || schema.fieldsMatch === 'superset'))
      label('extra-label', i + 1, name, `extra column "${name}" is not in the schema`);
  });
  if (schema.fieldsMatch === 'equal' || schema.fieldsMatch === 'subset') {
    names.forEach((name, i) => {
      if (!seen.has(name)) label('missing-label', i + 1, name, `column "${name}" of the schema is missing`);
    });
  }
  if (schema.fieldsMatch === 'partial' && !fieldOf.some((field) => field >= 0))
    label('missing-label', 1, undefined, 'no column matches a field of the schema (fieldsMatch: partial)');
  return { fieldOf, labels, errors };
}

/** The column map for a file without a header: columns are the fields in order. */
export function positionalMap(schema: TableSchema): ColumnMap {
  const fieldOf = Int32Array.from(schema.fields, (_, i) => i);
  return { fieldOf, labels: schema.fields.map((field) => field.name), errors: [] };
}
