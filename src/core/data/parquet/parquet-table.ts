import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import * as zlib from 'node:zlib';
import { type AsyncBuffer, type Compressors, parquetMetadataAsync, parquetRead } from 'hyparquet';
import { DataError } from '../../errors.js';
import type { TableState } from '../validate/table-state.js';
import { matchHeader } from '../validate/header.js';

// Snappy is built into hyparquet; the other codecs come from node:zlib (zstd from Node 22.15 on).
const zstd = (zlib as unknown as { zstdDecompressSync?: (input: Uint8Array) => Buffer }).zstdDecompressSync;
const COMPRESSORS: Compressors = {
  GZIP: (input) => gunzipSync(input),
  BROTLI: (input) => brotliDecompressSync(input),
  ...(zstd ? { ZSTD: (input: Uint8Array) => zstd(input) } : {}),
};

/**
 * Reads a Parquet file one row group at a time (bounded memory) and checks each typed value against its
 * field: the values are already typed, so a type error means the physical type does not fit the field.
 */
export async function validateParquet(file: AsyncBuffer, state: TableState): Promise<number> {
  const { schema, checkers, keys, profiler, errors } = state.options;
  const name = state.options.file;
  let metadata: Awaited<ReturnType<typeof parquetMetadataAsync>>;
  try {
    metadata = await parquetMetadataAsync(file);
  } catch (thrown) {
    throw new DataError(
      `not a readable Parquet file: ${thrown instanceof Error ? thrown.message : String(thrown)}`,
      {
        where: { file: name },
      },
    );
  }
  const labels = metadata.schema
    .slice(1)
    .filter((element) => element.num_children === undefined)
    .map((element) => element.name);
  const columns = matchHeader(labels, schema, name);
  for (const error of columns.errors) errors.add(error);
  const present = schema.fields.map((field) => labels.indexOf(field.name));
  const wanted = labels.filter((label) => schema.fields.some((field) => field.name === label));
  let rowStart = 0;
  for (const group of metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    const rows = await readRows(file, metadata, wanted, rowStart, rowEnd, name);
    for (let r = 0; r < rows.length; r++) {
      const values = rows[r]!;
      const row = rowStart + r + 2; // as a CSV of the same table would number it: header is row 1
      state.rows++;
      schema.fields.forEach((field, i) => {
        if (present[i]! < 0) return;
        const raw = values[wanted.indexOf(field.name)];
        const status = checkers[i]!.checkNative(raw);
        state.cell(i, status, row, row, () => (typeof raw === 'string' ? raw : String(raw)));
      });
      if (keys && state.needValues)
        keys.row(state.values, JSON.stringify(values, bigintJson), row, row, errors, name);
      profiler?.endRow();
    }
    rowStart = rowEnd;
  }
  return rowStart;
}

function bigintJson(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}

async function readRows(
  file: AsyncBuffer,
  metadata: Awaited<ReturnType<typeof parquetMetadataAsync>>,
  columns: string[],
  rowStart: number,
  rowEnd: number,
  name: string,
): Promise<unknown[][]> {
  try {
    let rows: unknown[][] = [];
    await parquetRead({
      file,
      metadata,
      columns,
      rowStart,
      rowEnd,
      compressors: COMPRESSORS,
      onComplete: (result: unknown[][]) => {
        rows = result;
      },
    });
    return rows;
  } catch (thrown) {
    throw new DataError(
      `cannot read rows ${rowStart}-${rowEnd} of the Parquet file: ${thrown instanceof Error ? thrown.message : String(thrown)}`,
      { where: { file: name } },
    );
  }
}
