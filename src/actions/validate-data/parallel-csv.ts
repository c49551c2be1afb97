import type { CsvDialect } from '../../core/data/csv/dialect.js';
import type { TableState } from '../../core/data/validate/table-state.js';
import type { DataFile } from '../../platform/data/files.js';

/** Validates a CSV file over byte ranges in worker threads; false when it must run on one thread. */
export async function validateCsvParallel(
  _file: DataFile,
  _state: TableState,
  _dialect: CsvDialect,
  _options: { readonly workers: number },
): Promise<boolean> {
  return false;
}
