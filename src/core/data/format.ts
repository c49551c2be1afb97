import { UsageError } from '../errors.js';

/** The table formats mlci reads (each also gzip-compressed, `.gz`). */
export type DataFormat = 'csv' | 'jsonl' | 'parquet';

/**
 * The format of a data file: the `format` input when given, else from its name (.jsonl/.ndjson/.json
 * → jsonl, .parquet/.pq → parquet, anything else → csv; a trailing .gz is ignored).
 */
export function formatOf(path: string, format?: string): DataFormat {
  const given = (format ?? '').toLowerCase();
  if (given === 'csv' || given === 'tsv') return 'csv';
  if (given === 'jsonl' || given === 'ndjson') return 'jsonl';
  if (given === 'parquet') return 'parquet';
  if (given) throw new UsageError(`unknown format "${format}"`, { hint: 'use csv, tsv, jsonl or parquet' });
  const name = path.toLowerCase().replace(/\.gz$/, '');
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson') || name.endsWith('.json')) return 'jsonl';
  if (name.endsWith('.parquet') || name.endsWith('.pq')) return 'parquet';
  return 'csv';
}
