import type { AsyncBuffer, ColumnData, Compressors } from 'hyparquet';
// The footer's reader alone: hyparquet's index brings its generic reader too (a 161 kB bundle chunk that
// every Parquet run would parse at start-up), loaded below only for the chunks the column reader leaves.
import { parquetMetadataAsync } from 'hyparquet/src/metadata.js';
import { DataError } from '../../errors.js';
import type { TableState } from '../validate/table-state.js';
import { CELL } from '../validate/field-checker.js';
import { columnsOfFields, matchHeader } from '../validate/header.js';
import { snappyDecompress } from './snappy.js';
import { zstdDecompress, zstdReady } from './zstd.js';
import {
  type ColumnBuffers,
  MAX_SCHEMA_DEPTH,
  columnarSpecs,
  schemaDepth,
  validateColumnar,
} from './columnar.js';

// Snappy from snappy.ts (faster than hyparquet's built-in one), zstd from zstd.ts (node:zlib's or JS),
// the others from node:zlib, loaded only when a page needs it (loading it costs ~10 ms).
/** The Parquet codecs for every reader of Parquet in mlci (hyparquet's generic reader too). */
export const COMPRESSORS: Compressors = {
  SNAPPY: (input, size) => {
    const output = new Uint8Array(size);
    snappyDecompress(input, output);
    return output;
  },
  GZIP: (input) => process.getBuiltinModule('node:zlib').gunzipSync(input),
  BROTLI: (input) => process.getBuiltinModule('node:zlib').brotliDecompressSync(input),
  ZSTD: zstdDecompress,
};

/** Which row groups one pass reads (a worker's share), and whether it reports the column labels. */
export interface ParquetPart {
  readonly groups?: readonly [number, number];
  readonly labels?: boolean;
  /** Buffers kept from one pass to the next over the same file (passes over runs of its row groups). */
  readonly buffers?: ColumnBuffers;
}

/**
 * The row groups of a Parquet file and its size decoded (the column chunks' uncompressed bytes, what a
 * pass decodes: the measure of work that a CSV's size is) — `text` of it in string columns without a
 * dictionary —, or a source error.
 */
export async function parquetRowGroups(
  file: AsyncBuffer,
  name: string,
): Promise<{ groups: number; uncompressed: number; text: number }> {
  const metadata = await readMetadata(file, name);
  let uncompressed = 0;
  let text = 0;
  for (const group of metadata.row_groups)
    for (const column of group.columns) {
      const meta = column.meta_data;
      const bytes = Number(meta?.total_uncompressed_size ?? 0);
      uncompressed += bytes;
      // Strings without a dictionary: each value is cast and checked from its bytes, as a CSV cell is.
      if (meta?.type === 'BYTE_ARRAY' && meta.dictionary_page_offset === undefined) text += bytes;
    }
  return { groups: metadata.row_groups.length, uncompressed, text };
}

async function readMetadata(
  file: AsyncBuffer,
  name: string,
): Promise<Awaited<ReturnType<typeof parquetMetadataAsync>>> {
  const problem = await parquetFraming(file);
  if (problem) throw new DataError(problem, { where: { file: name } });
  let metadata: Awaited<ReturnType<typeof parquetMetadataAsync>>;
  try {
    metadata = await parquetMetadataAsync(file);
  } catch (thrown) {
    throw new DataError(
      `not a readable Parquet file: the footer cannot be parsed (${thrown instanceof Error ? thrown.message : String(thrown)})`,
      { where: { file: name } },
    );
  }
  const depth = schemaDepth(metadata);
  if (depth > MAX_SCHEMA_DEPTH)
    throw new DataError(
      `unsupported Parquet schema: columns nested ${depth} levels deep (mlci reads at most ${MAX_SCHEMA_DEPTH})`,
      { where: { file: name } },
    );
  return metadata;
}

const MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1"

/**
 * What is wrong with a file's Parquet framing, or undefined: `PAR1` at both ends, and the footer length
 * (the 4 bytes before the trailing magic) within the file. Says which, so a user can tell a CSV named
 * .parquet from a cut download.
 */
export async function parquetFraming(file: AsyncBuffer): Promise<string | undefined> {
  const size = file.byteLength;
  if (size < 12) return `not a Parquet file: ${size} bytes, less than the 12 of an empty one`;
  const head = new Uint8Array(await file.slice(0, 4));
  const tail = new Uint8Array(await file.slice(size - 8, size));
  const magic = (bytes: Uint8Array, at: number) => MAGIC.every((b, i) => bytes[at + i] === b);
  if (!magic(head, 0)) return 'not a Parquet file: it does not start with PAR1';
  if (!magic(tail, 4)) return `truncated: a Parquet file ends with PAR1, this one (${size} bytes) does not`;
  const footer = new DataView(tail.buffer, tail.byteOffset, 4).getUint32(0, true);
  if (footer + 12 > size)
    return `truncated: footer says ${footer} bytes, file has ${size} (${size - 12} besides the magic and length)`;
  return undefined;
}

/**
 * Reads a Parquet file one row group at a time (bounded memory) and checks each typed value against its
 * field: the values are already typed, so a type error means the physical type does not fit the field.
 * Rows are numbered from the file's start whatever part is read, so parts merge without shifting.
 */
export async function validateParquet(
  file: AsyncBuffer,
  state: TableState,
  part: ParquetPart = {},
): Promise<number> {
  const { schema, checkers, keys, profiler, errors, labelField } = state.options;
  const name = state.options.file;
  // One parse of the footer per file and thread: a thread's passes over runs of row groups share it.
  const metadata = part.buffers?.metadata ?? (await readMetadata(file, name));
  if (part.buffers) part.buffers.metadata = metadata;
  if (usesZstd(metadata)) await zstdReady();
  const labels = metadata.schema
    .slice(1)
    .filter((element) => element.num_children === undefined)
    .map((element) => element.name);
  const columns = matchHeader(labels, schema, name);
  if (part.labels !== false) for (const error of columns.errors) errors.add(error);
  state.columnOf = columnsOfFields(columns, schema.fields.length);
  const wanted = labels.filter((label) => schema.fields.some((field) => field.name === label));
  // For each field, its position in the rows hyparquet returns (-1: the file has no such column).
  const position = Int32Array.from(schema.fields, (field) => wanted.indexOf(field.name));
  const n = schema.fields.length;
  const [first, last] = part.groups ?? [0, metadata.row_groups.length];
  let rowStart = 0;
  for (let g = 0; g < first; g++) rowStart += Number(metadata.row_groups[g]!.num_rows);
  // Flat tables of the common types: the column-chunk reader (typed vectors, no row objects).
  const specs = columnarSpecs(metadata);
  if (specs)
    return validateColumnar(
      file,
      metadata,
      specs,
      state,
      position,
      wanted,
      [first, last],
      rowStart,
      part.buffers,
    );
  let read = 0;
  for (const group of metadata.row_groups.slice(first, last)) {
    const rowEnd = rowStart + Number(group.num_rows);
    read += rowEnd - rowStart;
    const chunks = await readColumns(file, metadata, wanted, rowStart, rowEnd, name);
    // Column-wise, no array per row: the cursor of each column walks its chunks (pages) in order.
    const cursors = wanted.map((column) => ({ chunks: chunks.get(column) ?? [], index: 0 }));
    const raws: unknown[] = new Array(n).fill(null);
    for (let r = rowStart; r < rowEnd; r++) {
      const row = r + 2; // as a CSV of the same table would number it: the header is row 1
      state.rows++;
      let blank = true;
      for (let i = 0; i < n; i++) {
        const at = position[i]!;
        if (at < 0) continue;
        const cursor = cursors[at]!;
        let chunk = cursor.chunks[cursor.index];
        while (chunk && r >= chunk.rowEnd) chunk = cursor.chunks[++cursor.index];
        raws[i] = chunk && r >= chunk.rowStart ? chunk.columnData[r - chunk.rowStart] : null;
        if (raws[i] !== null && raws[i] !== undefined) blank = false;
      }
      if (blank && wanted.length > 0) {
        state.blankRow(row, row);
        continue;
      }
      for (let i = 0; i < n; i++) {
        if (position[i]! < 0) continue;
        const raw = raws[i];
        const status = checkers[i]!.checkNative(raw);
        if (status === CELL.ok) {
          if (state.tracksOk || i === labelField) state.ok(i);
        } else if (status === CELL.missing) state.missing(i);
        else
          state.cell(i, status, row, row, () =>
            raw === null || raw === undefined ? '' : typeof raw === 'string' ? raw : String(raw),
          );
      }
      if (keys && state.needValues) {
        const record = JSON.stringify(state.values, bigintJson);
        keys.row(state.values, record, row, row, errors, name);
      }
      profiler?.endRow();
    }
    rowStart = rowEnd;
  }
  return read;
}

/** Whether any column chunk is zstd-compressed (the WebAssembly decoder is loaded only then). */
export function usesZstd(metadata: Awaited<ReturnType<typeof parquetMetadataAsync>>): boolean {
  return metadata.row_groups.some((group) =>
    group.columns.some((column) => column.meta_data?.codec === 'ZSTD'),
  );
}

function bigintJson(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}

async function readColumns(
  file: AsyncBuffer,
  metadata: Awaited<ReturnType<typeof parquetMetadataAsync>>,
  columns: string[],
  rowStart: number,
  rowEnd: number,
  name: string,
): Promise<Map<string, ColumnData[]>> {
  const chunks = new Map<string, ColumnData[]>();
  try {
    const { parquetRead } = await import('hyparquet');
    await parquetRead({
      file,
      metadata,
      columns,
      rowStart,
      rowEnd,
      compressors: COMPRESSORS,
      onChunk: (chunk) => {
        const list = chunks.get(chunk.columnName);
        if (list) list.push(chunk);
        else chunks.set(chunk.columnName, [chunk]);
      },
    });
  } catch (thrown) {
    throw new DataError(
      `cannot read rows ${rowStart}-${rowEnd} of the Parquet file: ${thrown instanceof Error ? thrown.message : String(thrown)}`,
      { where: { file: name } },
    );
  }
  for (const list of chunks.values()) list.sort((a, b) => a.rowStart - b.rowStart);
  return chunks;
}
