import { parquetMetadataAsync, parquetRead } from 'hyparquet';
import { formatOf } from '../../core/data/format.js';
import { COMPRESSORS, usesZstd } from '../../core/data/parquet/parquet-table.js';
import { zstdReady } from '../../core/data/parquet/zstd.js';
import { ChunkedInput, type RecordScanner } from '../../core/data/csv/chunked.js';
import { cellText } from '../../core/data/csv/csv-table.js';
import { dialectFor } from '../../core/data/csv/dialect.js';
import { CsvScanner } from '../../core/data/csv/scanner.js';
import { DataError, MlciError } from '../../core/errors.js';
import type { DataFile } from '../../platform/data/files.js';
import { parquetFile } from '../../platform/data/parquet-file.js';
import { isGzip, readGzip, readRange } from '../../platform/data/read-bytes.js';

/**
 * Receives rows: `names` are the column names of this row's values (the header for CSV and Parquet,
 * the record's own keys for JSONL); `fromText` says the values are CSV text still to be typed.
 */
export type RowHandler = (names: readonly string[], values: readonly unknown[], fromText: boolean) => void;

/** Reads every row of one file through the validator's own scanners and byte readers. */
export async function readRows(
  file: DataFile,
  options: { delimiter?: string },
  onRow: RowHandler,
): Promise<void> {
  try {
    const format = formatOf(file.path);
    if (format === 'parquet') return await readParquet(file, onRow);
    const scanner = format === 'csv' ? csvScanner(file, options, onRow) : jsonlScanner(file, onRow);
    const input = new ChunkedInput(scanner);
    if (isGzip(file.path)) await readGzip(file.absolute, input, file.bytes);
    else readRange(file.absolute, input);
  } catch (thrown) {
    if (thrown instanceof MlciError && !thrown.where) {
      throw new DataError(thrown.message, {
        where: { file: file.path },
        hint: thrown.hint,
        cause: thrown.cause,
      });
    }
    throw thrown;
  }
}

function csvScanner(file: DataFile, options: { delimiter?: string }, onRow: RowHandler): RecordScanner {
  let header: string[] | undefined;
  return new CsvScanner(dialectFor(file.path, options.delimiter), {
    row: (buf, starts, ends, flags, count) => {
      const cells = Array.from({ length: count }, (_, i) => cellText(buf, starts[i]!, ends[i]!, flags[i]!));
      if (header) onRow(header, cells, true);
      else header = checkedHeader(cells, file.path);
    },
  });
}

/** A header usable as field names: none blank, none repeated (frictionless blank-label, duplicate-label). */
function checkedHeader(labels: string[], path: string): string[] {
  const seen = new Set<string>();
  labels.forEach((label, i) => {
    const where = { file: path, line: 1, column: i + 1 };
    if (label.trim() === '') {
      throw new DataError(`column ${i + 1} of the header has no name`, {
        where,
        hint: 'name every column in the first row',
      });
    }
    if (seen.has(label)) {
      throw new DataError(`duplicate column name "${label}" in the header`, {
        where,
        hint: 'column names must be unique',
      });
    }
    seen.add(label);
  });
  return labels;
}

function jsonlScanner(file: DataFile, onRow: RowHandler): RecordScanner {
  const decoder = new TextDecoder();
  const scanner = {
    line: 1,
    scan(buf: Uint8Array, start: number, end: number, final: boolean): number {
      let p = start;
      while (p < end) {
        let nl = buf.indexOf(10, p);
        if (nl === -1 || nl >= end) {
          if (!final) return p;
          nl = end;
        }
        const text = decoder.decode(buf.subarray(p, nl)).trim();
        if (text !== '') record(text, scanner.line);
        scanner.line++;
        p = nl + 1;
      }
      return end;
    },
  };
  const record = (text: string, line: number) => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (thrown) {
      throw new DataError(
        `line ${line} is not valid JSON: ${thrown instanceof Error ? thrown.message : String(thrown)}`,
        {
          where: { file: file.path, line },
        },
      );
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new DataError(`line ${line} is not a JSON object`, { where: { file: file.path, line } });
    }
    // JSON.parse makes "__proto__" an own key, never a prototype: keys and values are read as data.
    onRow(Object.keys(value), Object.values(value), false);
  };
  return scanner;
}

async function readParquet(file: DataFile, onRow: RowHandler): Promise<void> {
  const buffer = await parquetFile(file.absolute, file.bytes);
  try {
    let metadata: Awaited<ReturnType<typeof parquetMetadataAsync>>;
    try {
      metadata = await parquetMetadataAsync(buffer);
    } catch (thrown) {
      throw new DataError(
        `not a readable Parquet file: ${thrown instanceof Error ? thrown.message : String(thrown)}`,
      );
    }
    const names = metadata.schema
      .slice(1)
      .filter((element) => element.num_children === undefined)
      .map((element) => element.name);
    if (usesZstd(metadata)) await zstdReady();
    let rowStart = 0;
    // One row group at a time keeps memory bounded by the largest group.
    for (const group of metadata.row_groups) {
      const rowEnd = rowStart + Number(group.num_rows);
      await parquetRead({
        file: buffer,
        metadata,
        columns: names,
        rowStart,
        rowEnd,
        compressors: COMPRESSORS,
        onComplete: (rows: unknown[][]) => {
          for (const row of rows) onRow(names, row, false);
        },
      });
      rowStart = rowEnd;
    }
  } finally {
    await buffer.close();
  }
}
