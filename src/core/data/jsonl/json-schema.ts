import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { UsageError } from '../../errors.js';
import type { RecordValidator } from './jsonl-table.js';

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
  options?: { mode: 'fast' | 'full' },
) => Ajv;

const MAX_PROBLEMS_PER_RECORD = 20;

function createAjv(schema: Readonly<Record<string, unknown>>, allErrors: boolean): Ajv {
  const is2020 = typeof schema.$schema === 'string' && schema.$schema.includes('2020-12');
  // $data stays off (CVE-2025-69873) and there is no loadSchema: no remote $refs. "fast" formats avoid
  // the ReDoS-prone full regexes (reference/reliability-and-security.md §4.2).
  const options = { allErrors, strict: false, $data: false, validateFormats: true };
  const ajv = is2020 ? new Ajv2020(options) : new Ajv(options);
  addFormats(ajv as Ajv, { mode: 'fast' });
  return ajv as Ajv;
}

/** Compiles a JSON Schema into a predicate (for the `jsonSchema` constraint); throws UsageError if invalid. */
export function compileJsonSchema(
  schema: Readonly<Record<string, unknown>>,
  file?: string,
): (value: unknown) => boolean {
  const validate = compile(createAjv(schema, false), schema, file);
  return (value) => validate(value) === true;
}

function compile(ajv: Ajv, schema: Readonly<Record<string, unknown>>, file?: string): ValidateFunction {
  try {
    return ajv.compile(schema as Record<string, unknown>);
  } catch (thrown) {
    throw new UsageError(
      `invalid JSON Schema: ${thrown instanceof Error ? thrown.message : String(thrown)}`,
      {
        where: file ? { file } : undefined,
      },
    );
  }
}

/**
 * A record validator for JSONL: a fast first pass without allErrors, and only for a failing record a
 * second pass that lists its problems (as the ajv docs advise: no allErrors on untrusted data at scale).
 */
export function recordValidator(schema: Readonly<Record<string, unknown>>, file?: string): RecordValidator {
  const fast = compile(createAjv(schema, false), schema, file);
  const full = compile(createAjv(schema, true), schema, file);
  return (record) => {
    if (fast(record) === true) return [];
    full(record);
    return (full.errors ?? []).slice(0, MAX_PROBLEMS_PER_RECORD).map(problem);
  };
}

function problem(error: ErrorObject): { type: string; field?: string; message: string } {
  const path = error.instancePath || '/';
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      return { type: 'type-error', field: path, message: `${path} ${error.message}` };
    case 'required':
      return {
        type: 'missing-cell',
        field: String(params.missingProperty),
        message: `${path} ${error.message}`,
      };
    case 'additionalProperties':
      return {
        type: 'extra-cell',
        field: String(params.additionalProperty),
        message: `${path} has an extra property "${String(params.additionalProperty)}"`,
      };
    default:
      return {
        type: 'constraint-error',
        field: path,
        message: `${path} ${error.message} (${error.keyword})`,
      };
  }
}
