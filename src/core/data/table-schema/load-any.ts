import { UsageError } from '../../errors.js';
import { readTableChecks, type TableChecks } from '../checks/table-checks.js';
import { loadTableSchema } from './load-schema.js';
import type { SourceDoc } from './source-doc.js';
import type { TableSchema } from './types.js';

/** What a schema file holds: a Table Schema (maybe in the short form), or a JSON Schema for records. */
export interface LoadedSchema {
  readonly file: string;
  readonly table?: TableSchema;
  readonly record?: Readonly<Record<string, unknown>>;
  readonly checks: TableChecks;
}

function looksLikeJsonSchema(value: Record<string, unknown>): boolean {
  const uri = typeof value.$schema === 'string' ? value.$schema : '';
  return uri.includes('json-schema.org') || value.properties !== undefined || value.type === 'object';
}

/**
 * Tells the schema kinds apart: `fields` (Table Schema) or `columns` (short form), else a JSON Schema
 * (`$schema: https://json-schema.org/...`, or `type: object` / `properties`). Checks ride along in `checks:`.
 * Asynchronous because only a JSON Schema loads the compiler (ajv): a Table Schema, the common case,
 * does not pay its start-up.
 */
export async function loadSchema(doc: SourceDoc): Promise<LoadedSchema> {
  const value = doc.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new UsageError('invalid schema: expected an object', { where: doc.where([]) });
  const object = value as Record<string, unknown>;
  if (object.fields !== undefined || object.columns !== undefined) {
    return { file: doc.file, table: loadTableSchema(doc), checks: readTableChecks(doc, ['checks']) };
  }
  if (looksLikeJsonSchema(object)) {
    const { compileJsonSchema } = await import('../jsonl/json-schema.js');
    compileJsonSchema(object, doc.file); // fails early, at load, on a schema ajv cannot compile
    return { file: doc.file, record: object, checks: {} };
  }
  throw new UsageError(
    'invalid schema: expected `fields` (Table Schema), `columns` (short form) or a JSON Schema',
    {
      where: doc.where([]),
      hint: 'see docs/validate-data.md#schemas',
    },
  );
}
