import { INVALID } from './bytes.js';
import type { CellValue } from './text.js';
import type { Field } from '../table-schema/types.js';

/** A typed value from JSONL or Parquet as the field's logical value, or INVALID when its type does not fit. */
export function nativeValue(field: Field, raw: unknown): CellValue | typeof INVALID {
  switch (field.type) {
    case 'integer':
      if (typeof raw === 'bigint') return Number(raw);
      return typeof raw === 'number' && Number.isInteger(raw) ? raw : INVALID;
    case 'number':
      if (typeof raw === 'bigint') return Number(raw);
      return typeof raw === 'number' ? raw : INVALID;
    case 'boolean':
      return typeof raw === 'boolean' ? raw : INVALID;
    case 'date':
    case 'datetime':
      return raw instanceof Date && !Number.isNaN(raw.getTime()) ? raw.getTime() : INVALID;
    case 'year':
      return typeof raw === 'number' && Number.isInteger(raw) ? raw : INVALID;
    case 'object':
    case 'geojson':
      return typeof raw === 'object' && raw !== null && !Array.isArray(raw)
        ? (raw as Record<string, unknown>)
        : INVALID;
    case 'array':
    case 'list':
    case 'geopoint':
      return Array.isArray(raw) ? raw : INVALID;
    case 'any':
      return typeof raw === 'object' ? (raw as Record<string, unknown>) : (raw as number | boolean);
    default:
      return INVALID;
  }
}

/**
 * Why a JSON number cannot stand for the value written in the file, or undefined. JSON.parse reads every
 * number as a double: `1e400` becomes Infinity and an integer beyond 2^53 is rounded to a neighbour, so
 * both would otherwise pass silently as a different value.
 */
export function unrepresentableJson(field: Field, raw: unknown): string | undefined {
  if (typeof raw !== 'number') return undefined;
  if (!Number.isFinite(raw) && (field.type === 'number' || field.type === 'integer'))
    return 'a JSON number beyond the range of a double (±1.8e308): it reads as infinity';
  if (field.type === 'integer' && Number.isInteger(raw) && !Number.isSafeInteger(raw))
    return `an integer beyond 2^53 (read as ${raw}): JSON numbers are doubles, so its exact value is lost; write it as a string`;
  return undefined;
}
