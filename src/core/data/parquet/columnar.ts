import type { AsyncBuffer, FileMetaData } from 'hyparquet';
import { DataError } from '../../errors.js';
import type { Field } from '../table-schema/types.js';
import { CELL } from '../validate/field-checker.js';
import type { TableState } from '../validate/table-state.js';
import {
  type ChunkPool,
  type ColumnSpec,
  columnSpec,
  readColumnChunk,
  readDictionary,
} from './column-chunk.js';
import { checkColumns, DenseCells, type GroupVectors, textOf } from './column-checks.js';
import { StringCheck } from './string-check.js';

/**
 * A pass's buffers, kept by a caller that reads one file in several passes (runs of row groups claimed
 * by a thread): the chunks' bytes in two sets (the group being checked and the one read ahead) and the
 * decoded vectors in one, per wanted column; and the footer.
 */
export interface ColumnBuffers {
  raws?: ChunkPool[][];
  pools?: ChunkPool[];
  /** The file's footer, parsed by the first pass. */
  metadata?: FileMetaData;
}

/** Row groups larger than this go to the generic reader (the vectors of one group are held at once). */
const MAX_GROUP_ROWS = 1 << 24;

/** Nesting deeper than this is refused outright, before any reader walks it. */
export const MAX_SCHEMA_DEPTH = 32;

/**
 * The specs of the file's columns when the column-chunk reader can read them all (a flat schema of the
 * types column-chunk.ts converts, row groups of at most 2^24 rows), else undefined.
 */
export function columnarSpecs(metadata: FileMetaData): ColumnSpec[] | undefined {
  const elements = metadata.schema.slice(1);
  if (elements.length !== Number(metadata.schema[0]?.num_children ?? -1)) return undefined;
  const specs: ColumnSpec[] = [];
  for (const element of elements) {
    const spec = columnSpec(element);
    if (!spec) return undefined;
    specs.push(spec);
  }
  for (const group of metadata.row_groups) {
    if (Number(group.num_rows) > MAX_GROUP_ROWS || group.columns.length !== specs.length) return undefined;
    for (let j = 0; j < specs.length; j++) {
      const meta = group.columns[j]!.meta_data;
      if (meta?.path_in_schema.length !== 1 || meta.path_in_schema[0] !== specs[j]!.name) return undefined;
    }
  }
  return specs;
}

/** How deep the schema nests (1 for a flat table), walking the flattened element list iteratively. */
export function schemaDepth(metadata: FileMetaData): number {
  const stack: number[] = [];
  let depth = 0;
  for (const element of metadata.schema) {
    while (stack.length > 0 && stack[stack.length - 1] === 0) stack.pop();
    if (stack.length > 0) stack[stack.length - 1]!--;
    const children = element.num_children ?? 0;
    if (children > 0) {
      stack.push(children);
      depth = Math.max(depth, stack.length);
    }
  }
  return depth;
}

function fieldsOfColumnIndex(position: Int32Array, c: number): number {
  return position.indexOf(c);
}

interface Stats {
  readonly null_count?: bigint | number;
  readonly min_value?: unknown;
  readonly max_value?: unknown;
  readonly is_min_value_exact?: boolean;
  readonly is_max_value_exact?: boolean;
}

/**
 * Per wanted column of row group g: its exact null count when its statistics give one that can stand
 * for its nulls (else -1): a null count must be given, none for a `required` field or a required column,
 * and nothing in a group that may hold a blank row (every column with nulls), since a blank row's cells
 * are not counted per column.
 */
function trustedNulls(
  metadata: FileMetaData,
  g: number,
  specs: readonly ColumnSpec[],
  columnIndex: readonly number[],
  fields: readonly (Field | undefined)[],
): { nulls: number[]; stats: (Stats | undefined)[] } {
  const group = metadata.row_groups[g]!;
  const stats = columnIndex.map((j) =>
    j < 0 ? undefined : (group.columns[j]!.meta_data?.statistics as Stats | undefined),
  );
  const counts = stats.map((st) => (st?.null_count === undefined ? -1 : Number(st.null_count)));
  const noBlank = columnIndex.some((j, c) => j >= 0 && (specs[j]!.maxDef === 0 || counts[c] === 0));
  const nulls = columnIndex.map((j, c) => {
    const field = fields[c];
    if (!noBlank || j < 0 || field === undefined || counts[c]! < 0) return -1;
    if (specs[j]!.maxDef === 0) return counts[c] === 0 ? 0 : -1;
    if (field.constraints.required === true && counts[c] !== 0) return -1;
    return counts[c]!;
  });
  return { nulls, stats };
}

/**
 * Per wanted column of row group g: its exact null count when its statistics prove that no value in it
 * can fail its field (else -1), and the chunk is not read. Exact only: bounds need exact min/max,
 * doubles with bounds are always read (NaN is not in min/max), strings are always read (missing values
 * and text constraints; dictionaryOnly may settle them by their dictionary).
 */
function skippable(
  { nulls, stats }: ReturnType<typeof trustedNulls>,
  specs: readonly ColumnSpec[],
  columnIndex: readonly number[],
  fields: readonly (Field | undefined)[],
): number[] {
  return columnIndex.map((j, c) =>
    nulls[c]! >= 0 && passes(fields[c]!, specs[j]!, stats[c]!) ? nulls[c]! : -1,
  );
}

const DICTIONARY_ENCODINGS = new Set(['PLAIN_DICTIONARY', 'RLE_DICTIONARY']);

/**
 * Per wanted column of row group g: its exact null count when its metadata say that every data page is
 * dictionary-encoded (the page encoding statistics, else the chunk's encodings: dictionary ones and
 * the levels' RLE only), else -1. Such a chunk whose dictionary values all pass has every value pass
 * (its data pages only say which value each row holds): its dictionary page is read, its data pages not.
 */
function dictionaryOnly(
  { nulls }: ReturnType<typeof trustedNulls>,
  metadata: FileMetaData,
  g: number,
  specs: readonly ColumnSpec[],
  columnIndex: readonly number[],
): number[] {
  const group = metadata.row_groups[g]!;
  return columnIndex.map((j, c) => {
    if (nulls[c]! < 0 || specs[j]!.physical === 'BOOLEAN') return -1;
    const meta = group.columns[j]!.meta_data!;
    const pages = meta.encoding_stats;
    const dictionaryPages =
      pages !== undefined && pages.length > 0
        ? pages.every(
            (p) =>
              p.count === 0 ||
              p.page_type === 'DICTIONARY_PAGE' ||
              ((p.page_type === 'DATA_PAGE' || p.page_type === 'DATA_PAGE_V2') &&
                DICTIONARY_ENCODINGS.has(p.encoding)),
          )
        : meta.encodings.some((e) => DICTIONARY_ENCODINGS.has(e)) &&
          meta.encodings.every((e) => DICTIONARY_ENCODINGS.has(e) || e === 'RLE' || e === 'BIT_PACKED');
    return dictionaryPages ? nulls[c]! : -1;
  });
}

const BOUNDS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'] as const;

function passes(field: Field, spec: ColumnSpec, st: Stats): boolean {
  const c = field.constraints;
  const integers = spec.kind === 'int32' || spec.kind === 'int64';
  if (
    c.pattern !== undefined ||
    (c.enum !== undefined && !integers) ||
    c.minLength !== undefined ||
    c.maxLength !== undefined ||
    c.jsonSchema !== undefined ||
    field.categories !== undefined
  )
    return false;
  const bounds = BOUNDS.filter((b) => c[b] !== undefined);
  const exactRange = () => {
    if (st.is_min_value_exact === false || st.is_max_value_exact === false) return undefined;
    const min = st.min_value;
    const max = st.max_value;
    if (
      (typeof min !== 'bigint' && typeof min !== 'number') ||
      (typeof max !== 'bigint' && typeof max !== 'number')
    )
      return undefined;
    const lo = Number(min);
    const hi = Number(max);
    return Number.isSafeInteger(lo) && Number.isSafeInteger(hi) ? [lo, hi] : undefined;
  };
  switch (spec.kind) {
    case 'int32':
    case 'int64': {
      if (field.type !== 'integer' && field.type !== 'number') return false;
      if (bounds.length === 0 && c.enum === undefined) return true;
      const range = exactRange();
      if (!range) return false;
      const [lo, hi] = range as [number, number];
      // An enum of integers passes when every integer between min and max is a member (a short range).
      if (c.enum !== undefined) {
        if (hi - lo > 4096) return false;
        const members = new Set(c.enum.filter((v) => typeof v === 'number'));
        for (let v = lo; v <= hi; v++) if (!members.has(v)) return false;
      }
      return bounds.every((b) => {
        const v = c[b];
        if (typeof v !== 'number') return false;
        if (b === 'minimum') return lo >= v;
        if (b === 'maximum') return hi <= v;
        if (b === 'exclusiveMinimum') return lo > v;
        return hi < v;
      });
    }
    case 'boolean':
      return field.type === 'boolean' && bounds.length === 0;
    case 'float':
      return field.type === 'number' && bounds.length === 0;
    case 'date':
    case 'ts-ms':
    case 'ts-us':
    case 'ts-ns': {
      if ((field.type !== 'date' && field.type !== 'datetime') || bounds.length > 0) return false;
      // Every value must make a valid Date: min and max within its range (hyparquet gives them as Dates).
      const valid = (v: unknown) => v instanceof Date && !Number.isNaN(v.getTime());
      return (
        st.is_min_value_exact !== false &&
        st.is_max_value_exact !== false &&
        valid(st.min_value) &&
        valid(st.max_value)
      );
    }
    default:
      return false;
  }
}

/**
 * Validates row groups [first, last) column chunk by column chunk: each chunk is decoded into a typed
 * vector, the next group's chunks are read while this one is checked (a read-ahead of one group), and
 * the rows are then walked in order over the vectors (so errors, samples and keys come in row order, as
 * from a CSV of the same table). A dictionary value that passes is not checked again.
 */
export async function validateColumnar(
  file: AsyncBuffer,
  metadata: FileMetaData,
  specs: readonly ColumnSpec[],
  state: TableState,
  position: Int32Array,
  wanted: readonly string[],
  groups: readonly [number, number],
  rowStart: number,
  buffers: ColumnBuffers = {},
): Promise<number> {
  const { checkers, keys, profiler, errors, labelField } = state.options;
  const name = state.options.file;
  const n = checkers.length;
  const columnIndex = wanted.map((label) => specs.findIndex((spec) => spec.name === label));
  const [first, last] = groups;
  // The chunks' bytes in two sets of buffers (the group being checked and the one read ahead), their
  // decoded vectors in one.
  if (buffers.raws?.[0]?.length !== wanted.length) {
    buffers.raws = [0, 1].map(() => wanted.map(() => ({})));
    buffers.pools = wanted.map(() => ({}));
  }
  const raws = buffers.raws!;
  const pools = buffers.pools!;
  // The column-wise hot path: everything but keys (which need each row's values together); the label
  // column's classes are counted there too (per dictionary value, not per cell), and a profile is fed
  // column by column (each column's accumulator sees its values in row order, as in a row-by-row pass).
  // A profile needs every value: then no chunk is settled by its statistics or its dictionary, and plain
  // strings are decoded rather than checked as their pages are read.
  const fast = !state.needValues;
  const everyValue = profiler !== undefined;
  const fieldOf = Array.from(wanted, (_, c) => fieldsOfColumnIndex(position, c));
  // The label column is always read: its classes are counted, whatever its statistics say.
  const fields = fieldOf.map((i) => (i < 0 || i === labelField ? undefined : checkers[i]!.field));
  const load = (g: number, start: number) => {
    // Which chunks the row group's metadata settle: both rules start from the null counts it can trust.
    const trusted = fast && !everyValue ? trustedNulls(metadata, g, specs, columnIndex, fields) : undefined;
    return fetchGroup(
      file,
      metadata,
      specs,
      trusted && skippable(trusted, specs, columnIndex, fields),
      trusted && dictionaryOnly(trusted, metadata, g, specs, columnIndex),
      columnIndex,
      g,
      start,
      name,
      raws[g % 2]!,
    );
  };
  // A dictionary settles its chunk when each of its values passes (checked once each).
  const settles = (c: number, dictionary: readonly unknown[]) => {
    const checker = checkers[fieldOf[c]!]!;
    for (const value of dictionary) if (checker.checkNative(value) !== CELL.ok) return false;
    return true;
  };
  let next: Promise<Fetched> | undefined = first < last ? load(first, rowStart) : undefined;
  let read = 0;
  const values: unknown[] = new Array(n).fill(null);
  const cursors = new Int32Array(wanted.length);
  const fieldsOfColumn = position; // field → wanted column (-1: absent)
  for (let g = first; g < last; g++) {
    const fetched = await next!;
    const rowEnd = rowStart + fetched.rows;
    next = g + 1 < last ? load(g + 1, rowEnd) : undefined;
    next?.catch(() => undefined); // reported when awaited
    // The hot path checks plain strings as their pages are read (a label's classes counted there too).
    const sinkOf = (c: number, rows: number) =>
      fast && !everyValue && fieldOf[c]! >= 0 && specs[columnIndex[c]!]!.kind === 'string'
        ? new StringCheck(
            checkers[fieldOf[c]!]!,
            fieldOf[c] === labelField ? state : undefined,
            rows,
            pools[c]!,
          )
        : undefined;
    const group = decodeGroup(fetched, metadata, specs, columnIndex, name, pools, settles, sinkOf);
    const vectors = group.vectors;
    // Per dictionary value: its status once it passed with nothing to track (-1 unknown).
    const passed = vectors.map((v) => (v?.indices ? new Int8Array(v.dictionary.length).fill(-1) : undefined));
    const plainCheck = !state.tracksOk;
    const cells = vectors.map((v, c) =>
      v?.dense === undefined || fieldOf[c]! < 0
        ? undefined
        : new DenseCells(specs[columnIndex[c]!]!, v.dense, checkers[fieldOf[c]!]!.field.type),
    );
    if (fast) {
      checkColumns(state, specs, columnIndex, fieldsOfColumn, group, rowStart);
      read += group.rows;
      rowStart = rowEnd;
      continue;
    }
    cursors.fill(0);
    for (let r = 0; r < group.rows; r++) {
      const row = rowStart + r + 2; // as a CSV of the same table would number it: the header is row 1
      state.rows++;
      let blank = true;
      for (let i = 0; i < n; i++) {
        const c = fieldsOfColumn[i]!;
        if (c < 0) continue;
        const vector = vectors[c]!;
        if (vector.present !== undefined && vector.present[r] === 0) {
          values[i] = null;
          continue;
        }
        blank = false;
        values[i] = cursors[c]!; // the value's position among the present ones, resolved below
      }
      // advance cursors once per row per column (a field may appear once per column)
      for (let c = 0; c < wanted.length; c++) {
        const vector = vectors[c]!;
        if (vector.present === undefined || vector.present[r] === 1) cursors[c]!++;
      }
      if (blank && wanted.length > 0) {
        state.blankRow(row, row);
        continue;
      }
      for (let i = 0; i < n; i++) {
        const c = fieldsOfColumn[i]!;
        if (c < 0) continue;
        const at = values[i];
        const checker = checkers[i]!;
        if (at === null) {
          const status = checker.checkNative(null);
          if (status === CELL.missing) state.missing(i);
          else state.cell(i, status, row, row, () => ''); // as the empty CSV cell
          continue;
        }
        const vector = vectors[c]!;
        const k = at as number;
        let raw: unknown;
        const indices = vector.indices;
        if (indices !== undefined) {
          const index = indices[k]!;
          const seen = passed[c]!;
          if (plainCheck && i !== labelField && seen[index] === CELL.ok) continue;
          raw = vector.dictionary[index];
          const status = checker.checkNative(raw);
          seen[index] = status;
          record(state, i, status, row, raw, labelField);
        } else {
          const cell = cells[c]!;
          const status = cell.check(checker, k);
          if (status === CELL.ok) {
            if (state.tracksOk || i === labelField) state.ok(i);
          } else if (status === CELL.missing) state.missing(i);
          else state.cell(i, status as never, row, row, () => cell.text(k));
        }
      }
      if (keys && state.needValues) {
        const text = JSON.stringify(state.values, bigintJson);
        keys.row(state.values, text, row, row, errors, name);
      }
      profiler?.endRow();
    }
    read += group.rows;
    rowStart = rowEnd;
  }
  return read;
}

function record(
  state: TableState,
  i: number,
  status: number,
  row: number,
  raw: unknown,
  labelField: number | undefined,
): void {
  if (status === CELL.ok) {
    if (state.tracksOk || i === labelField) state.ok(i);
  } else if (status === CELL.missing) state.missing(i);
  else state.cell(i, status as never, row, row, () => textOf(raw));
}

function bigintJson(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}

interface Fetched {
  readonly g: number;
  readonly rowStart: number;
  readonly rows: number;
  readonly skip: readonly number[] | undefined;
  /** Per wanted column, its exact null count when its dictionary may settle it (dictionaryOnly), else -1. */
  readonly dictionaryOnly: readonly number[] | undefined;
  /** Per wanted column, its chunk's bytes (undefined: absent or skipped). */
  readonly chunks: (Uint8Array | undefined)[];
}

/**
 * Reads the bytes of row group g's column chunks (I/O only, so it runs ahead while the group before is
 * checked), each into the column's raw buffer of this parity: not a new allocation per row group, which
 * only a later GC would give back.
 */
async function fetchGroup(
  file: AsyncBuffer,
  metadata: FileMetaData,
  specs: readonly ColumnSpec[],
  skip: readonly number[] | undefined,
  dictionaryOnly: readonly number[] | undefined,
  columnIndex: readonly number[],
  g: number,
  rowStart: number,
  name: string,
  raws: ChunkPool[],
): Promise<Fetched> {
  const group = metadata.row_groups[g]!;
  const rows = Number(group.num_rows);
  const size = file.byteLength;
  const chunks = await Promise.all(
    columnIndex.map(async (j, c) => {
      if (j < 0 || (skip !== undefined && skip[c]! >= 0)) return undefined;
      const spec = specs[j]!;
      const meta = group.columns[j]!.meta_data!;
      const dictionaryAt =
        meta.dictionary_page_offset === undefined ? -1 : Number(meta.dictionary_page_offset);
      const dataAt = Number(meta.data_page_offset);
      const start = dictionaryAt > 0 && dictionaryAt < dataAt ? dictionaryAt : dataAt;
      const length = Number(meta.total_compressed_size);
      if (!(start >= 4 && length >= 0 && start + length <= size - 8))
        throw new DataError(
          `cannot read ${where(spec, g, rowStart, rows)}: its chunk (bytes ${start}-${start + length}) lies outside the file (${size} bytes)`,
          { where: { file: name } },
        );
      if (!isReadInto(file)) return new Uint8Array(await file.slice(start, start + length));
      const pool = raws[c]!;
      const bytes = await file.readInto(start, start + length, pool.raw);
      if (pool.raw === undefined || bytes.buffer !== pool.raw.buffer) pool.raw = new Uint8Array(bytes.buffer);
      return bytes;
    }),
  );
  return { g, rowStart, rows, skip, dictionaryOnly, chunks };
}

function where(spec: ColumnSpec, g: number, rowStart: number, rows: number): string {
  return `column "${spec.name}" of row group ${g} (rows ${rowStart}-${rowStart + rows})`;
}

/**
 * Decodes a fetched group's chunks into typed vectors, in one set of buffers per column (a group's
 * vectors are done with before the next group is decoded).
 */
function decodeGroup(
  fetched: Fetched,
  metadata: FileMetaData,
  specs: readonly ColumnSpec[],
  columnIndex: readonly number[],
  name: string,
  pools: ChunkPool[],
  settles: (c: number, dictionary: readonly unknown[]) => boolean,
  sinkOf: (c: number, rows: number) => StringCheck | undefined,
): GroupVectors {
  const { g, rowStart, rows, skip, dictionaryOnly, chunks } = fetched;
  const group = metadata.row_groups[g]!;
  const nullCounts = skip ? [...skip] : chunks.map(() => -1);
  const sinks: (StringCheck | undefined)[] = chunks.map(() => undefined);
  const vectors = chunks.map((bytes, c) => {
    if (bytes === undefined) return undefined;
    const j = columnIndex[c]!;
    const spec = specs[j]!;
    const codec = group.columns[j]!.meta_data!.codec;
    try {
      if (dictionaryOnly !== undefined && dictionaryOnly[c]! >= 0) {
        const dictionary = readDictionary(bytes, spec, codec);
        if (dictionary !== undefined && settles(c, dictionary)) {
          nullCounts[c] = dictionaryOnly[c]!;
          return undefined;
        }
      }
      sinks[c] = sinkOf(c, rows);
      return readColumnChunk(bytes, spec, codec, rows, pools[c], sinks[c]);
    } catch (thrown) {
      throw new DataError(
        `cannot read ${where(spec, g, rowStart, rows)}: ${thrown instanceof Error ? thrown.message : String(thrown)}`,
        { where: { file: name } },
      );
    }
  });
  return { rows, vectors, nullCounts, sinks };
}

/** A file that reads a byte range into a given buffer (platform/data/parquet-file.ts). */
interface ReadInto {
  readInto(start: number, end: number, into?: Uint8Array): Promise<Uint8Array>;
}

function isReadInto(file: AsyncBuffer): file is AsyncBuffer & ReadInto {
  return typeof (file as Partial<ReadInto>).readInto === 'function';
}
