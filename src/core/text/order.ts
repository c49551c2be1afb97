/**
 * Orders two strings by their UTF-16 code units: the same order on every machine. `localeCompare` orders
 * by the runner's locale (an ä or an uppercase letter moves with LANG) and its first call loads ICU's
 * collation data: 11 ms on Node 24 and 24 ms on Node 20, a twentieth of validating 2 M rows of Parquet.
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
