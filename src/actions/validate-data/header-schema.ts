import { ChunkedInput } from '../../core/data/csv/chunked.js';
import { dialectFor } from '../../core/data/csv/dialect.js';
import { CsvScanner, type RowSink } from '../../core/data/csv/scanner.js';
import { cellText } from '../../core/data/csv/csv-table.js';
import type { TableSchema } from '../../core/data/table-schema/types.js';
import { parquetMetadataAsync } from 'hyparquet';
import type { DataFile } from '../../platform/data/files.js';
import { parquetFile } from '../../platform/data/parquet-file.js';
import { readRange } from '../../platform/data/read-bytes.js';
import { DataError } from '../../core/errors.js';

const HEADER_PROBE_BYTES = 1 << 20;

/**
 * Without a schema, CSV and Parquet are still checked for structure (labels, ragged rows, encoding) and
 * profiled: every column of the first file's header becomes a field of type `any`.
 */
export async function headerSchema(
  file: DataFile,
  format: 'csv' | 'jsonl' | 'parquet',
  options: { readonly delimiter?: string },
): Promise<TableSchema | undefined> {
  let labels: string[] = [];
  if (format === 'jsonl') return undefined;
  if (format === 'parquet') {
    const buffer = await parquetFile(file.absolute, file.bytes);
    try {
      const metadata = await parquetMetadataAsync(buffer);
      labels = metadata.schema
        .slice(1)
        .filter((e) => e.num_children === undefined)
        .map((e) => e.name);
    } catch {
      return undefined; // the per-file pass reports the unreadable file
    } finally {
      await buffer.close();
    }
  } else {
    const sink: RowSink = {
      row: (buf, starts, ends, flags, count) => {
        if (labels.length === 0)
          labels = Array.from({ length: count }, (_, i) => cellText(buf, starts[i]!, ends[i]!, flags[i]!));
      },
    };
    try {
      readRange(
        file.absolute,
        new ChunkedInput(new CsvScanner(dialectFor(file.path, options.delimiter), sink)),
        0,
        HEADER_PROBE_BYTES,
      );
    } catch (thrown) {
      if (!(thrown instanceof DataError)) throw thrown;
    }
  }
  return {
    fields: labels.map((name) => ({ name, type: 'any', format: 'default', constraints: {}, raw: {} })),
    fieldsMatch: 'exact',
    missingValues: [''],
    primaryKey: [],
    uniqueKeys: [],
    foreignKeys: [],
  };
}
