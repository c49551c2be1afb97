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
