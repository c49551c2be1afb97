import type { TableSchema } from '../table-schema/types.js';
import { FieldChecker } from './field-checker.js';
import { KeyChecks, type KeyMode, type PackageKeys } from './key-checks.js';

/** Options of one validation pass that change how fields are compiled. */
export interface CompileOptions {
  readonly schemaFile?: string;
  readonly compileJsonSchema: (schema: Readonly<Record<string, unknown>>) => (value: unknown) => boolean;
  readonly profiling: boolean;
  readonly duplicateRows: boolean;
  readonly labelField?: string;
  /** Key sets to build for, and foreign keys to check against, other resources of a data package. */
  readonly packageKeys?: PackageKeys;
  /** Check keys here (the default), or record their hashes / capture rows for a table kept elsewhere. */
  readonly keyMode?: KeyMode;
}

/** The compiled form of a schema for one pass: a checker per field and the key checks. */
export interface CompiledTable {
  readonly checkers: readonly FieldChecker[];
  readonly keys?: KeyChecks;
  readonly labelField?: number;
}

/**
 * True when a field has a `jsonSchema` constraint: only then does a caller load the JSON Schema compiler
 * (ajv) for `compileJsonSchema`, and a Table Schema without one starts without it.
 */
export function usesJsonSchema(schema: TableSchema | undefined): boolean {
  return schema?.fields.some((field) => field.constraints.jsonSchema !== undefined) === true;
}

/** Compiles a schema's fields; string cells are decoded only where a profile, key or label needs them. */
export function compileTable(schema: TableSchema, options: CompileOptions): CompiledTable {
  const keys = new KeyChecks(schema, options.duplicateRows, options.packageKeys, options.keyMode);
  const used = keys.fieldsUsed;
  const labelField =
    options.labelField === undefined
      ? undefined
      : schema.fields.findIndex((f) => f.name === options.labelField);
  const checkers = schema.fields.map(
    (field, i) =>
      new FieldChecker(field, {
        missingValues: schema.missingValues,
        compileJsonSchema: options.compileJsonSchema,
        schemaFile: options.schemaFile,
        decodeStrings: options.profiling || used.has(i) || i === labelField,
      }),
  );
  return {
    checkers,
    keys: keys.active ? keys : undefined,
    labelField: labelField === undefined || labelField < 0 ? undefined : labelField,
  };
}
