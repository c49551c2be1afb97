import type { ColumnKind } from './profile.js';

// validate-data hands time, yearmonth and duration over as numbers (ms since midnight, epoch ms of the
// month's first day, ms), so they are profiled as numbers too.
const NUMERIC = new Set(['number', 'integer', 'year', 'date', 'datetime', 'time', 'yearmonth', 'duration']);
const TEMPORAL = new Set(['date', 'datetime']);
const OTHER = new Set(['object', 'array', 'list', 'geojson', 'geopoint']);

/** How a Table Schema type is profiled: numbers and dates by moments and sketch, strings by counts. */
export function kindOf(type: string): ColumnKind {
  if (NUMERIC.has(type)) return 'numeric';
  if (OTHER.has(type)) return 'other';
  return 'categorical';
}

/** Dates and datetimes are profiled as milliseconds since the epoch. */
export function isTemporal(type: string): boolean {
  return TEMPORAL.has(type);
}
