import { ChunkedInput } from '../../core/data/csv/chunked.js';
import { dialectFor } from '../../core/data/csv/dialect.js';
import { CsvScanner, type RowSink } from '../../core/data/csv/scanner.js';
import { cellText } from '../../core/data/csv/csv-table.js';
import type { TableSchema } from '../../core/data/table-schema/types.js';
import type { DataFile } from '../../platform/data/files.js';
import { isGzip, readRange } from '../../platform/data/read-bytes.js';
import { createReadStream } from 'node:fs';
import { DataError } from '../../core/errors.js';
import { ColumnInference } from '../../core/data/profile/infer/column-inference.js';
import type { FieldType } from '../../core/data/table-schema/types.js';

const HEADER_PROBE_BYTES = 1 << 20;

/**
 * Without a schema, CSV and Parquet are still checked for structure (labels, ragged rows, encoding) and
 * profiled: every column of the first file's header becomes a field of type `any`. Without a header
 * (`header: false`) the columns are `field1`, `field2`, … as frictionless names them. A file whose
 * columns cannot be read gives a schema without fields: its own pass then reports why.
 */
export async function headerSchema(
  file: DataFile,
  format: 'csv' | 'jsonl' | 'parquet',
  options: { readonly delimiter?: string; readonly header?: boolean; readonly inferTypes?: boolean },
): Promise<TableSchema | undefined> {
  let labels: string[] = [];
  const rows: string[][] = [];
  if (format === 'jsonl') return undefined;
  if (format === 'parquet') {
    // hyparquet loads only for a Parquet file (its own chunk of the bundle).
    const { parquetMetadataAsync } = await import('hyparquet');
    const { parquetFile } = await import('../../platform/data/parquet-file.js');
    const buffer = await parquetFile(file.absolute, file.bytes);
    try {
      const metadata = await parquetMetadataAsync(buffer);
      labels = metadata.schema
        .slice(1)
        .filter((e) => e.num_children === undefined)
        .map((e) => e.name);
    } catch {
      labels = []; // the per-file pass reports the unreadable file
    } finally {
      await buffer.close();
    }
  } else {
    const sink: RowSink = {
      row: (buf, starts, ends, flags, count) => {
        const cells = () =>
          Array.from({ length: count }, (_, i) => cellText(buf, starts[i]!, ends[i]!, flags[i]!));
        if (labels.length === 0) {
          labels = cells();
          if (options.header === false && options.inferTypes) rows.push(labels);
        } else if (options.inferTypes) rows.push(cells());
      },
    };
    try {
      const input = new ChunkedInput(new CsvScanner(dialectFor(file.path, options.delimiter), sink));
      if (isGzip(file.path)) {
        // The same header as the plain file's: the start of the gunzipped text, not the gzip bytes.
        const start = await gunzippedStart(file.absolute);
        input.write(start);
        input.end();
      } else readRange(file.absolute, input, 0, HEADER_PROBE_BYTES);
    } catch (thrown) {
      if (!(thrown instanceof DataError)) throw thrown;
    }
    if (options.header === false) labels = labels.map((_, i) => `field${i + 1}`);
  }
  // The probe may end inside the last record: leave it out of the sample.
  const sample = file.bytes > HEADER_PROBE_BYTES ? rows.slice(0, -1) : rows;
  const types = labels.map((name, i) => (options.inferTypes ? sampleType(name, sample, i) : 'any'));
  return {
    fields: labels.map((name, i) => ({ name, type: types[i]!, format: 'default', constraints: {}, raw: {} })),
    fieldsMatch: 'exact',
    missingValues: [''],
    primaryKey: [],
    uniqueKeys: [],
    foreignKeys: [],
  };
}

/** The first decompressed bytes of a gzip file (at most HEADER_PROBE_BYTES, whole lines), read lazily. */
async function gunzippedStart(path: string): Promise<Uint8Array> {
  const { createGunzip } = await import('node:zlib'); // loaded by gzip files only (start-up)
  const input = createReadStream(path);
  const gunzip = createGunzip();
  const chunks: Buffer[] = [];
  let total = 0;
  await new Promise<void>((resolvePromise) => {
    const stop = () => {
      input.destroy();
      gunzip.destroy();
      resolvePromise();
    };
    input.on('error', stop);
    gunzip.on('error', stop); // a truncated or invalid file: the validation pass reports it
    gunzip.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      total += chunk.length;
      if (total >= HEADER_PROBE_BYTES) stop();
    });
    gunzip.on('end', stop);
    input.pipe(gunzip);
  });
  const text = Buffer.concat(chunks, total);
  if (total < HEADER_PROBE_BYTES) return text;
  // Only whole lines: a record cut in the middle would give a wrong label count.
  return text.subarray(0, text.lastIndexOf(10) + 1);
}

/** The narrowest type every non-empty sample cell of column `i` fits (infer-schema's rule), else any. */
function sampleType(name: string, rows: readonly (readonly string[])[], i: number): FieldType {
  const column = new ColumnInference(name);
  for (const row of rows) {
    const cell = row[i];
    if (cell !== undefined && cell !== '') column.add(cell, true);
  }
  return column.values === 0 ? 'any' : (column.type() as FieldType);
}
