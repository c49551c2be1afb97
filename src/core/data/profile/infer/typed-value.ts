import { FALSE_VALUES, TRUE_VALUES } from './column-inference.js';

type Typed = number | string | boolean | null;

/**
 * A value as the profiler takes it for a field of `type`, the way validate-data hands over typed cells:
 * numbers as numbers, dates and datetimes as epoch milliseconds (UTC when no zone is written), strings
 * as text. A value the type does not fit is null (validate-data reports it as a type error).
 */
export function typedValue(type: string, value: unknown): Typed {
  if (value === null || value === undefined || value === '') return null;
  switch (type) {
    case 'integer':
    case 'number': {
      const n = typeof value === 'string' ? Number(value.replace(/^(-?)INF$/i, '$1Infinity')) : Number(value);
      return typeof value === 'boolean' || (Number.isNaN(n) && !/^nan$/i.test(String(value))) ? null : n;
    }
    case 'boolean':
      if (typeof value === 'boolean') return value;
      return TRUE_VALUES.includes(String(value)) ? true : FALSE_VALUES.includes(String(value)) ? false : null;
    case 'date':
    case 'datetime': {
      if (value instanceof Date) return value.getTime();
      const text = String(value);
      const zoned = type === 'datetime' && !/(Z|[+-]\d{2}:\d{2})$/.test(text) ? `${text}Z` : text;
      const ms = Date.parse(zoned);
      return Number.isNaN(ms) ? null : ms;
    }
    case 'string':
      return typeof value === 'string' ? value : String(value);
    default:
      return typeof value === 'string'
        ? value
        : JSON.stringify(value, (_, v) => (typeof v === 'bigint' ? String(v) : v));
  }
}
