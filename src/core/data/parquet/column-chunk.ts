import { rleInto, snappyInto } from '../wasm/parquet.js';
import { snappyDecompress } from './snappy.js';
import { ThriftReader, type ThriftStruct, type ThriftValue } from './thrift.js';
import { zstdDecompressReused } from './zstd.js';

/**
 * A column chunk reader for flat Parquet columns (required or optional, no repetition): pages are read
 * straight from the chunk's bytes into typed vectors, never row objects. A dictionary-encoded chunk stays
 * indices into its dictionary, so a caller checks each dictionary value once. Every size a header claims
 * is checked against the bytes there are before anything is allocated.
 */

/** How a column's physical values become the values hyparquet's reader would give (the checkers' input). */
export type ColumnKind =
  | 'int32'
  | 'uint32'
  | 'date'
  | 'int64'
  | 'uint64'
  | 'ts-ms'
  | 'ts-us'
  | 'ts-ns'
  | 'decimal'
  | 'float'
  | 'boolean'
  | 'string';

export interface ColumnSpec {
  readonly name: string;
  readonly physical: string;
  readonly kind: ColumnKind;
  /** 0 for a required column, 1 for an optional one. */
  readonly maxDef: number;
  readonly typeLength: number;
  /** 10^scale for decimals. */
  readonly factor: number;
}

interface Element {
  readonly type?: string;
  readonly type_length?: number;
  readonly repetition_type?: string;
  readonly name: string;
  readonly num_children?: number;
  readonly converted_type?: string;
  readonly scale?: number;
  readonly logical_type?: { type: string; unit?: string; bitWidth?: number; isSigned?: boolean };
}

/** The spec of a top-level leaf column this reader handles, or undefined (the generic reader then reads the file). */
export function columnSpec(element: Element): ColumnSpec | undefined {
  const { type, converted_type: ctype, logical_type: ltype } = element;
  if (element.repetition_type === 'REPEATED' || element.num_children !== undefined) return undefined;
  const spec = (kind: ColumnKind): ColumnSpec => ({
    name: element.name,
    physical: type!,
    kind,
    maxDef: element.repetition_type === 'REQUIRED' ? 0 : 1,
    typeLength: element.type_length ?? 0,
    factor: 10 ** (element.scale ?? 0),
  });
  if (ctype === 'DECIMAL') {
    if ((element.scale ?? 0) > 308) return undefined;
    return type === 'INT32' || type === 'INT64' || type === 'FIXED_LEN_BYTE_ARRAY' || type === 'BYTE_ARRAY'
      ? spec('decimal')
      : undefined;
  }
  const unsigned = ltype?.type === 'INTEGER' && ltype.isSigned === false;
  switch (type) {
    case 'BOOLEAN':
      return ctype || ltype ? undefined : spec('boolean');
    case 'INT32':
      if (ctype === 'DATE') return spec('date');
      if (ctype === 'UINT_32' || (unsigned && ltype?.bitWidth === 32)) return spec('uint32');
      if (ltype && ltype.type !== 'INTEGER' && ltype.type !== 'DATE') return undefined;
      if (ctype && !/^U?INT_(8|16|32)$/.test(ctype)) return undefined;
      return spec('int32');
    case 'INT64':
      if (ctype === 'TIMESTAMP_MILLIS') return spec('ts-ms');
      if (ctype === 'TIMESTAMP_MICROS') return spec('ts-us');
      if (ctype === 'UINT_64' || (unsigned && ltype?.bitWidth === 64)) return spec('uint64');
      if (ltype?.type === 'TIMESTAMP')
        return spec(ltype.unit === 'MICROS' ? 'ts-us' : ltype.unit === 'NANOS' ? 'ts-ns' : 'ts-ms');
      if (ltype && ltype.type !== 'INTEGER') return undefined;
      if (ctype && ctype !== 'INT_64') return undefined;
      return spec('int64');
    case 'FLOAT':
    case 'DOUBLE':
      return ctype || ltype ? undefined : spec('float');
    case 'BYTE_ARRAY':
      if (ctype !== undefined && ctype !== 'UTF8' && ctype !== 'ENUM') return undefined;
      if (ltype !== undefined && ltype.type !== 'STRING' && ltype.type !== 'ENUM') return undefined;
      return spec('string');
    default:
      return undefined;
  }
}

/** A column chunk's values for one row group: per row present or not, and the present values in order. */
export interface ColumnVector {
  /** Per row, 1 when the value is there; undefined when every row has one. */
  readonly present: Uint8Array | undefined;
  /** How many values are there (rows minus nulls). */
  readonly count: number;
  /** Dictionary-encoded: per present value, its index into `dictionary`. */
  readonly indices: Int32Array | undefined;
  /** The dictionary's values, converted (plain pages after a dictionary add their values here). */
  readonly dictionary: unknown[];
  /** Not dictionary-encoded: the present values, physical. */
  readonly dense: ArrayLike<unknown> | ByteStrings | undefined;
  /**
   * How many values (the last ones, after any dictionary-encoded ones) went to the caller's StringSink
   * as their pages were read: they are in neither `indices` nor `dense`.
   */
  readonly sunk: number;
}

/**
 * Takes a string column's plain-encoded values straight from their decompressed page, one at a time, as
 * the reader walks the page: value k of the chunk (its position among the present values) is the bytes
 * [start, end) of `page`, which the next page overwrites.
 */
export interface StringSink {
  value(page: Uint8Array, start: number, end: number, k: number): void;
  /** All `n` plain strings of a page from `at` at once (chunk positions from `first`): false when not taken. */
  values?(page: Uint8Array, at: number, n: number, first: number): boolean;
}

export type Codec = (input: Uint8Array, size: number) => Uint8Array;

let scratch = new Uint8Array(1 << 16);

/** node:zlib, loaded when a page needs it: loading it costs ~10 ms, and most files' codecs are not its. */
const zlib = () => process.getBuiltinModule('node:zlib');

/**
 * The codecs: snappy in WebAssembly (snappyInto; snappy.ts for what it leaves, and for the message of a bad
 * block), zstd in WebAssembly, from node:zlib or in JS (zstd.ts), the rest from node:zlib.
 */
export const CODECS: Record<string, Codec | undefined> = {
  UNCOMPRESSED: (input) => input,
  SNAPPY: (input, size) => {
    // Into one reused buffer: a page's bytes are consumed (copied or decoded) before the next is read.
    if (scratch.length < size) scratch = new Uint8Array(Math.max(size, scratch.length * 2));
    const output = scratch.subarray(0, size);
    if (!snappyInto(input, output)) snappyDecompress(input, output);
    return output;
  },
  GZIP: (input, size) => zlib().gunzipSync(input, { maxOutputLength: Math.max(size, 1) }),
  BROTLI: (input, size) => zlib().brotliDecompressSync(input, { maxOutputLength: Math.max(size, 1) }),
  ZSTD: zstdDecompressReused,
};

/** Pages larger than this (uncompressed) or with more values are refused, whatever their header says. */
export const MAX_PAGE_BYTES = 256 * 1024 * 1024;
export const MAX_PAGE_VALUES = 1 << 24;

const DATA_PAGE = 0;
const DICTIONARY_PAGE = 2;
const DATA_PAGE_V2 = 3;
const PLAIN = 0;
const PLAIN_DICTIONARY = 2;
const RLE = 3;
const RLE_DICTIONARY = 8;

function int(struct: ThriftStruct | undefined, id: number, fallback?: number): number {
  const value = struct?.get(id);
  if (typeof value === 'number') return value;
  if (fallback !== undefined) return fallback;
  throw new Error(`page header lacks field ${id}`);
}

/**
 * Decodes one column chunk (its bytes, from the dictionary or first data page to the end) holding `rows`
 * rows. Throws Error with a specific message on anything malformed.
 */
export function readColumnChunk(
  bytes: Uint8Array,
  spec: ColumnSpec,
  codecName: string,
  rows: number,
  pool: ChunkPool = {},
  sink?: StringSink,
): ColumnVector {
  const codec = CODECS[codecName];
  if (!codec) throw new Error(`unsupported compression ${codecName}`);
  const present = spec.maxDef > 0 ? reuse(pool, 'present', Uint8Array, rows) : undefined;
  let dictionary: unknown[] = [];
  let sawDictionary = false;
  let indices: Int32Array | undefined;
  let dense: DenseBuilder | undefined;
  let strings: ByteStrings | undefined;
  let sunk = 0;
  let row = 0; // rows decoded so far
  let count = 0; // present values so far
  let offset = 0;
  while (row < rows) {
    if (offset >= bytes.length) throw new Error(`the column chunk ends after ${row} of its ${rows} rows`);
    const reader = new ThriftReader(bytes, offset, bytes.length);
    const header = reader.struct();
    offset = reader.offset;
    const type = int(header, 1);
    const uncompressed = int(header, 2);
    const compressed = int(header, 3);
    if (compressed < 0 || offset + compressed > bytes.length)
      throw new Error(
        `a page header claims ${compressed} bytes, the column chunk has ${bytes.length - offset} left`,
      );
    if (uncompressed < 0 || uncompressed > MAX_PAGE_BYTES)
      throw new Error(
        `a page header claims ${uncompressed} bytes uncompressed, more than the ${MAX_PAGE_BYTES} mlci reads in one page`,
      );
    const body = bytes.subarray(offset, offset + compressed);
    offset += compressed;
    if (type === DICTIONARY_PAGE) {
      // One, before the data pages (the format's rule): a later one would leave the indices read so far
      // pointing into another dictionary.
      if (sawDictionary || row > 0)
        throw new Error('a dictionary page after another page of the column chunk');
      sawDictionary = true;
      dictionary = dictionaryValues(header, body, uncompressed, spec, codec);
      continue;
    }
    if (type !== DATA_PAGE && type !== DATA_PAGE_V2) continue; // index pages: nothing to check
    const v2 = type === DATA_PAGE_V2;
    const ph = header.get(v2 ? 8 : 5) as ThriftStruct | undefined;
    const numValues = int(ph, 1);
    if (numValues < 0 || numValues > rows - row)
      throw new Error(`a data page claims ${numValues} values, the row group has ${rows - row} rows left`);
    const encoding = int(ph, v2 ? 4 : 2);
    let page: Uint8Array;
    let at = 0;
    let defs: Uint8Array | undefined;
    let definedCount = 0;
    if (v2) {
      const defLength = int(ph, 5, 0);
      const repLength = int(ph, 6, 0);
      if (repLength !== 0) throw new Error('repeated values in a flat column');
      if (defLength < 0 || defLength > body.length) throw new Error('definition levels past the page end');
      if (spec.maxDef > 0) {
        defs = present!.subarray(row, row + numValues);
        definedCount = levels(body, 0, defLength, defs);
      }
      const compressedValues = ph?.get(7) !== false;
      const rest = body.subarray(defLength);
      page = compressedValues ? decompress(codec, rest, uncompressed - defLength) : rest;
    } else {
      page = decompress(codec, body, uncompressed);
      if (spec.maxDef > 0) {
        if (page.length < 4) throw new Error('a data page too short for its definition levels');
        const length = readU32(page, 0);
        if (length > page.length - 4) throw new Error('definition levels past the page end');
        defs = present!.subarray(row, row + numValues);
        definedCount = levels(page, 4, 4 + length, defs);
        at = 4 + length;
      }
    }
    const values = defs ? definedCount : numValues;
    row += numValues;
    if (encoding === PLAIN_DICTIONARY || encoding === RLE_DICTIONARY) {
      if (dense || strings || sunk > 0) throw new Error('a dictionary-encoded page after plain ones');
      indices ??= reuse(pool, 'indices', Int32Array, rows);
      if (at >= page.length && values > 0) throw new Error('a dictionary page body is empty');
      const width = values > 0 ? page[at]! : 0;
      if (width > 32) throw new Error(`dictionary indices ${width} bits wide`);
      const out = indices.subarray(count, count + values);
      const size = dictionary.length;
      // The WebAssembly decoder, or this module's for a page it leaves (rleHybrid says what is wrong).
      const max =
        rleInto(page, at + 1, page.length, width, out) ?? rleHybrid(page, at + 1, page.length, width, out);
      if (values > 0 && (max < 0 || max >= size)) {
        const index = out.find((v) => v < 0 || v >= size)!;
        throw new Error(`dictionary index ${index >>> 0} out of range: the dictionary has ${size} values`);
      }
    } else if (encoding === PLAIN && spec.kind === 'string' && sink !== undefined) {
      // Checked where they lie, while the page is in cache: no copy, no JS string per value. A writer's
      // plain pages after a full dictionary (pyarrow's fallback) come here too, not into the dictionary.
      sinkStrings(page, at, values, count, sink);
      sunk += values;
    } else if (encoding === PLAIN && spec.kind === 'string' && !indices) {
      // Plain strings stay bytes: the checker reads them as it reads CSV cells, no JS string per cell.
      strings ??= ByteStrings.from(pool, rows);
      strings.append(page, at, values);
    } else if (encoding === PLAIN || (encoding === RLE && spec.physical === 'BOOLEAN')) {
      if (strings) throw new Error('a page of another encoding after plain strings');
      const physical = encoding === RLE ? rleBooleans(page, at, values) : plainValues(page, at, spec, values);
      if (indices) {
        // A writer may fall back to plain pages once the dictionary is full: the values join it.
        for (let i = 0; i < values; i++) {
          indices[count + i] = dictionary.length;
          dictionary.push(convert(spec, physical, i));
        }
      } else {
        dense ??= new DenseBuilder(spec, rows, pool);
        dense.append(physical, values);
      }
    } else throw new Error(`encoding ${encoding} (mlci reads PLAIN, RLE and dictionary pages)`);
    count += values;
  }
  return {
    present,
    count,
    indices: indices?.subarray(0, count - sunk),
    dictionary,
    dense: strings ?? (dense ? dense.result(count) : indices || sunk > 0 ? undefined : new Array(0)),
    sunk,
  };
}

/** Hands a plain page's `n` strings from `at` on to the sink (chunk positions from `first`), bounds checked. */
function sinkStrings(page: Uint8Array, at: number, n: number, first: number, sink: StringSink): void {
  if (sink.values?.(page, at, n, first)) return;
  const end = page.length;
  let p = at;
  for (let i = 0; i < n; i++) {
    if (p + 4 > end) throw new Error('a string length past the end of its page');
    const length = readU32(page, p);
    p += 4;
    if (length > end - p) throw new Error(`a string of ${length} bytes past the end of its page`);
    sink.value(page, p, p + length, first + i);
    p += length;
  }
}

function dictionaryValues(
  header: ThriftStruct,
  body: Uint8Array,
  uncompressed: number,
  spec: ColumnSpec,
  codec: Codec,
): unknown[] {
  const dph = header.get(7) as ThriftStruct | undefined;
  const n = int(dph, 1);
  if (n < 0 || n > MAX_PAGE_VALUES) throw new Error(`a dictionary page claims ${n} values`);
  const page = decompress(codec, body, uncompressed);
  const values = plainValues(page, 0, spec, n);
  const dictionary = new Array(n);
  for (let i = 0; i < n; i++) dictionary[i] = convert(spec, values, i);
  return dictionary;
}

/**
 * The values of a column chunk's dictionary page (its first page), converted as readColumnChunk converts
 * them; undefined when the chunk starts with another page. The data pages are not read.
 */
export function readDictionary(
  bytes: Uint8Array,
  spec: ColumnSpec,
  codecName: string,
): unknown[] | undefined {
  const codec = CODECS[codecName];
  if (!codec) throw new Error(`unsupported compression ${codecName}`);
  const reader = new ThriftReader(bytes, 0, bytes.length);
  const header = reader.struct();
  if (int(header, 1) !== DICTIONARY_PAGE) return undefined;
  const uncompressed = int(header, 2);
  const compressed = int(header, 3);
  if (compressed < 0 || reader.offset + compressed > bytes.length)
    throw new Error(
      `a page header claims ${compressed} bytes, the column chunk has ${bytes.length - reader.offset} left`,
    );
  if (uncompressed < 0 || uncompressed > MAX_PAGE_BYTES)
    throw new Error(
      `a page header claims ${uncompressed} bytes uncompressed, more than the ${MAX_PAGE_BYTES} mlci reads in one page`,
    );
  return dictionaryValues(
    header,
    bytes.subarray(reader.offset, reader.offset + compressed),
    uncompressed,
    spec,
    codec,
  );
}

function decompress(codec: Codec, input: Uint8Array, size: number): Uint8Array {
  let out: Uint8Array;
  try {
    out = codec(input, size);
  } catch (thrown) {
    throw new Error(
      `a page does not decompress to its ${size} bytes (${thrown instanceof Error ? thrown.message : String(thrown)})`,
    );
  }
  if (out.length !== size)
    throw new Error(`a page decompresses to ${out.length} bytes, its header says ${size}`);
  return out;
}

/** The little-endian u32 at `at` (a PLAIN string's length prefix, a page's length field). */
export function readU32(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

/** Where the last runHeader() ended: a module variable, so reading a run's header allocates nothing. */
let runHeaderEnd = 0;

/**
 * The ULEB128 header of an RLE / bit-packed hybrid run at `p` (sets runHeaderEnd); `i` of `n` values are
 * decoded so far, for the message when the data ends first.
 */
function runHeader(bytes: Uint8Array, p: number, end: number, i: number, n: number): number {
  let header = 0;
  let shift = 0;
  for (;;) {
    if (p >= end) throw new Error(`RLE data ends after ${i} of ${n} values`);
    const b = bytes[p++]!;
    header += (b & 0x7f) * 2 ** shift;
    if ((b & 0x80) === 0) break;
    shift += 7;
    if (shift > 35) throw new Error('an RLE run header longer than 5 bytes');
  }
  runHeaderEnd = p;
  return header;
}

/**
 * Definition levels of a flat optional column (RLE / bit-packed hybrid, 1 bit wide) into `out`; returns
 * how many are 1 (the values present). A run of any other level is an error.
 */
function levels(bytes: Uint8Array, start: number, end: number, out: Uint8Array): number {
  let p = start;
  let i = 0;
  let ones = 0;
  const n = out.length;
  while (i < n) {
    const header = runHeader(bytes, p, end, i, n);
    p = runHeaderEnd;
    if (header % 2 === 0) {
      if (p >= end) throw new Error('an RLE run past the end of its page');
      const value = bytes[p++]!;
      if (value > 1) throw new Error(`a definition level of ${value} in a flat column`);
      const stop = Math.min(n, i + header / 2);
      out.fill(value, i, stop);
      ones += value * (stop - i);
      i = stop;
    } else {
      const groups = (header - 1) / 2; // groups of 8 levels, one byte each
      const stop = Math.min(n, i + groups * 8);
      if (p + Math.ceil((stop - i) / 8) > end) throw new Error('bit-packed values past the end of the page');
      let k = i;
      for (; k + 8 <= stop; k += 8) {
        const b = bytes[p++]!;
        out[k] = b & 1;
        out[k + 1] = (b >> 1) & 1;
        out[k + 2] = (b >> 2) & 1;
        out[k + 3] = (b >> 3) & 1;
        out[k + 4] = (b >> 4) & 1;
        out[k + 5] = (b >> 5) & 1;
        out[k + 6] = (b >> 6) & 1;
        out[k + 7] = b >> 7;
        ones += POPCOUNT[b]!;
      }
      if (k < stop) {
        const b = bytes[p]!;
        for (let bit = 0; k < stop; k++, bit++) {
          const v = (b >> bit) & 1;
          out[k] = v;
          ones += v;
        }
      }
      p = p - Math.floor((k - i) / 8) + groups; // past all the groups the header announced
      i = stop;
    }
  }
  return ones;
}

const POPCOUNT = Uint8Array.from({ length: 256 }, (_, b) => {
  let n = 0;
  for (let v = b; v > 0; v >>= 1) n += v & 1;
  return n;
});

function rleBooleans(bytes: Uint8Array, at: number, n: number): Uint8Array {
  if (at + 4 > bytes.length) throw new Error('boolean RLE page too short');
  const length = readU32(bytes, at);
  const out = new Uint8Array(n);
  rleHybrid(bytes, at + 4, Math.min(bytes.length, at + 4 + length), 1, out);
  return out;
}

/**
 * The RLE / bit-packed hybrid encoding into `out` (filled exactly; running out of bytes is an error).
 * Returns the largest value as an unsigned 32-bit number made signed (-1 for 2^32 - 1): negative when
 * some value has the top bit set.
 */
export function rleHybrid(
  bytes: Uint8Array,
  start: number,
  end: number,
  width: number,
  out: Int32Array | Uint8Array,
): number {
  let p = start;
  let i = 0;
  let max = 0;
  let top = false;
  const n = out.length;
  const byteWidth = (width + 7) >> 3;
  while (i < n) {
    const header = runHeader(bytes, p, end, i, n);
    p = runHeaderEnd;
    if (header % 2 === 0) {
      const run = header / 2;
      if (p + byteWidth > end) throw new Error('an RLE run past the end of its page');
      let value = 0;
      for (let b = 0; b < byteWidth; b++) value |= bytes[p + b]! << (8 * b);
      p += byteWidth;
      const stop = Math.min(n, i + run);
      out.fill(value, i, stop);
      if (stop > i) {
        if (value < 0) top = true;
        else if (value > max) max = value;
      }
      i = stop;
    } else {
      const count = ((header - 1) / 2) * 8;
      const needBytes = ((header - 1) / 2) * width;
      if (p + needBytes > end && width > 0) {
        // The last group may be cut short when it holds only the page's last values.
        const available = Math.floor(((end - p) * 8) / Math.max(width, 1));
        if (available < Math.min(count, n - i)) throw new Error('bit-packed values past the end of the page');
      }
      const stop = Math.min(n, i + count);
      if (width === 0) out.fill(0, i, stop);
      else if (width <= 24) {
        // A bit accumulator refilled a byte at a time: never more than 31 bits held.
        const mask = (1 << width) - 1;
        let q = p;
        let k = i;
        if (width <= 8) {
          // Whole groups of 8 values (width bytes each) from two 32-bit words, while 8 bytes are there.
          for (; k + 8 <= stop && q + 8 <= end; k += 8, q += width) {
            const lo =
              (bytes[q]! | (bytes[q + 1]! << 8) | (bytes[q + 2]! << 16) | (bytes[q + 3]! << 24)) >>> 0;
            const hi =
              (bytes[q + 4]! | (bytes[q + 5]! << 8) | (bytes[q + 6]! << 16) | (bytes[q + 7]! << 24)) >>> 0;
            for (let j = 0, off = 0; j < 8; j++, off += width) {
              const v =
                off >= 32
                  ? (hi >>> (off - 32)) & mask
                  : off + width <= 32
                    ? (lo >>> off) & mask
                    : ((lo >>> off) | (hi << (32 - off))) & mask;
              out[k + j] = v;
              if (v > max) max = v;
            }
          }
        }
        let acc = 0;
        let held = 0;
        for (; k < stop; k++) {
          while (held < width) {
            acc |= (bytes[q++] ?? 0) << held;
            held += 8;
          }
          const v = acc & mask;
          out[k] = v;
          if (v > max) max = v;
          acc >>>= width;
          held -= width;
        }
      } else {
        const mask = width === 32 ? -1 : (1 << width) - 1;
        let bit = p * 8;
        for (let k = i; k < stop; k++) {
          let value = 0;
          let got = 0;
          while (got < width) {
            const byteIndex = bit >> 3;
            const offsetInByte = bit & 7;
            const take = Math.min(8 - offsetInByte, width - got);
            value |= ((bytes[byteIndex]! >> offsetInByte) & ((1 << take) - 1)) << got;
            got += take;
            bit += take;
          }
          const v = value & mask;
          out[k] = v;
          if (v < 0) top = true;
          else if (v > max) max = v;
        }
      }
      p += needBytes;
      i = stop;
    }
  }
  return top ? -1 : max;
}

type Physical = Int32Array | BigInt64Array | Float64Array | Float32Array | Uint8Array | unknown[];

function plainValues(page: Uint8Array, at: number, spec: ColumnSpec, n: number): Physical {
  const need = (size: number) => {
    if (at + size * n > page.length)
      throw new Error(`a page holds ${page.length - at} bytes of values, ${n} values need ${size * n}`);
    // A copy (aligned for the typed array); Buffer's own slice() would be a view into its pool.
    return Uint8Array.prototype.slice.call(page, at, at + size * n).buffer;
  };
  switch (spec.physical) {
    case 'INT32':
      return new Int32Array(need(4));
    case 'INT64':
      return new BigInt64Array(need(8));
    case 'FLOAT':
      return new Float32Array(need(4));
    case 'DOUBLE':
      return new Float64Array(need(8));
    case 'BOOLEAN': {
      if (at + Math.ceil(n / 8) > page.length) throw new Error('a boolean page too short for its values');
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i++) out[i] = (page[at + (i >> 3)]! >> (i & 7)) & 1;
      return out;
    }
    case 'BYTE_ARRAY': {
      const out: unknown[] = new Array(n);
      const buf = Buffer.from(page.buffer, page.byteOffset, page.byteLength);
      let p = at;
      for (let i = 0; i < n; i++) {
        if (p + 4 > page.length) throw new Error('a string length past the end of its page');
        const length = readU32(page, p);
        p += 4;
        if (p + length > page.length) throw new Error(`a string of ${length} bytes past the end of its page`);
        out[i] =
          spec.kind === 'decimal'
            ? decimalOf(page.subarray(p, p + length))
            : buf.toString('utf8', p, p + length);
        p += length;
      }
      return out;
    }
    case 'FIXED_LEN_BYTE_ARRAY': {
      const size = spec.typeLength;
      if (at + size * n > page.length) throw new Error('fixed-length values past the end of their page');
      const out: unknown[] = new Array(n);
      for (let i = 0; i < n; i++) out[i] = decimalOf(page.subarray(at + i * size, at + (i + 1) * size));
      return out;
    }
    default:
      throw new Error(`physical type ${spec.physical}`);
  }
}

// A big-endian two's-complement integer, as a double (what hyparquet's reader gives before scaling).
function decimalOf(bytes: Uint8Array): number {
  const length = bytes.length;
  if (length === 0) return 0;
  // Fits in 48 bits (the leading bytes only extend the sign): exact in doubles, no BigInt.
  const head = length - 6;
  if (head >= 0) {
    const fill = bytes[head]! & 0x80 ? 0xff : 0;
    let fits = true;
    for (let i = 0; i < head; i++)
      if (bytes[i] !== fill) {
        fits = false;
        break;
      }
    if (fits) {
      let value = 0;
      for (let i = head; i < length; i++) value = value * 256 + bytes[i]!;
      return fill ? value - 2 ** 48 : value;
    }
  } else {
    let value = 0;
    for (let i = 0; i < length; i++) value = value * 256 + bytes[i]!;
    return bytes[0]! & 0x80 ? value - 2 ** (8 * length) : value;
  }
  let value = 0n;
  for (const b of bytes) value = (value << 8n) | BigInt(b);
  const bits = BigInt(bytes.length * 8);
  if (value >= 1n << (bits - 1n)) value -= 1n << bits;
  return Number(value);
}

/** Physical value i as the generic reader gives it: numbers, bigints, Dates, booleans, strings. */
export function convert(spec: ColumnSpec, values: ArrayLike<unknown> | ByteStrings, i: number): unknown {
  const v = (values as ArrayLike<unknown>)[i];
  switch (spec.kind) {
    case 'string':
      return values instanceof ByteStrings ? values.text(i) : v;
    case 'int32':
    case 'float':
      return v;
    case 'uint32':
      return (v as number) >>> 0;
    case 'date':
      return new Date((v as number) * 86400000);
    case 'int64':
      return v;
    case 'uint64':
      return BigInt.asUintN(64, v as bigint);
    case 'ts-ms':
      return new Date(Number(v as bigint));
    case 'ts-us': {
      const n = Number(v as bigint);
      // Exact below 2^53: a quotient's fraction (≥ 1/1000) is far above a double's spacing there.
      return new Date(Number.isSafeInteger(n) ? Math.trunc(n / 1000) : Number((v as bigint) / 1000n));
    }
    case 'ts-ns':
      return new Date(Number((v as bigint) / 1000000n));
    case 'decimal': {
      const n = typeof v === 'bigint' ? Number(v) : (v as number);
      return n / spec.factor;
    }
    case 'boolean':
      return v === 1;
  }
}

/**
 * Buffers a caller hands back for the next chunk of the same column (once it is done with the last
 * one's vector): the typed arrays of a row group are then allocated once, not per group.
 */
export interface ChunkPool {
  present?: Uint8Array;
  indices?: Int32Array;
  store?: Int32Array | BigInt64Array | Float64Array | Uint8Array;
  strings?: ByteStrings;
  /** The chunk's bytes as read from the file. */
  raw?: Uint8Array;
}

type Typed = Uint8Array | Int32Array | BigInt64Array | Float64Array;

function reuse<T extends Typed>(
  pool: ChunkPool,
  key: keyof ChunkPool,
  make: { new (n: number): T },
  rows: number,
): T {
  const held = pool[key] as Typed | undefined;
  if (held instanceof make && held.length >= rows) return held.subarray(0, rows) as T;
  const fresh = new make(rows);
  (pool as Record<string, Typed>)[key] = fresh;
  return fresh;
}

/**
 * Plain-encoded strings of a column chunk as UTF-8 bytes: value i is bytes [starts[i], starts[i + 1] - 4)
 * (the next value's 4-byte length prefix lies between them). The pages' value regions are copied whole,
 * length prefixes included, one copy per page, one after the other.
 */
export class ByteStrings {
  bytes = new Uint8Array(1 << 16);
  /** Per value its first byte, and one more entry: where a value after the last would start. */
  readonly starts: Int32Array;
  private count = 0;
  private used = 0;

  constructor(rows: number) {
    this.starts = new Int32Array(rows + 1);
  }

  /** The pool's strings emptied for reuse when they have room for `rows`, else new ones put in the pool. */
  static from(pool: ChunkPool, rows: number): ByteStrings {
    const held = pool.strings;
    if (held !== undefined && held.starts.length > rows) {
      held.count = 0;
      held.used = 0;
      return held;
    }
    pool.strings = new ByteStrings(rows);
    return pool.strings;
  }

  /** Where value i ends. */
  end(i: number): number {
    return this.starts[i + 1]! - 4;
  }

  append(page: Uint8Array, at: number, n: number): void {
    // Walk the length prefixes first (bounds), then copy the region once.
    let p = at;
    const base = this.used - at;
    const starts = this.starts;
    let k = this.count;
    for (let i = 0; i < n; i++) {
      if (p + 4 > page.length) throw new Error('a string length past the end of its page');
      const length = readU32(page, p);
      p += 4;
      if (length > page.length - p) throw new Error(`a string of ${length} bytes past the end of its page`);
      starts[k++] = base + p;
      p += length;
    }
    starts[k] = base + p + 4;
    const size = p - at;
    const need = this.used + size;
    if (need > this.bytes.length) {
      // Sized for the whole chunk at the bytes per value so far (the buffer is reused group to group).
      const estimate = Math.ceil((need / Math.max(k, 1)) * (starts.length - 1) * 1.05);
      const grown = new Uint8Array(Math.max(need, Math.min(estimate, 2 * need + (1 << 20))));
      grown.set(this.bytes.subarray(0, this.used));
      this.bytes = grown;
    }
    this.bytes.set(page.subarray(at, p), this.used);
    this.used = need;
    this.count = k;
  }

  text(i: number): string {
    return Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.length).toString(
      'utf8',
      this.starts[i],
      this.end(i),
    );
  }
}

class DenseBuilder {
  private readonly store: Int32Array | BigInt64Array | Float64Array | Uint8Array | unknown[];
  private length = 0;

  constructor(spec: ColumnSpec, rows: number, pool: ChunkPool) {
    const { physical, kind } = spec;
    this.store =
      kind === 'decimal' && physical !== 'INT32' && physical !== 'INT64'
        ? new Array(rows)
        : physical === 'INT32'
          ? reuse(pool, 'store', Int32Array, rows)
          : physical === 'INT64'
            ? reuse(pool, 'store', BigInt64Array, rows)
            : physical === 'FLOAT' || physical === 'DOUBLE'
              ? reuse(pool, 'store', Float64Array, rows)
              : physical === 'BOOLEAN'
                ? reuse(pool, 'store', Uint8Array, rows)
                : new Array(rows);
  }

  append(values: Physical, n: number): void {
    const store = this.store;
    if (Array.isArray(store) || Array.isArray(values))
      for (let i = 0; i < n; i++) (store as unknown[])[this.length + i] = (values as ArrayLike<unknown>)[i];
    else (store as Float64Array).set(values as Float64Array, this.length);
    this.length += n;
  }

  result(count: number): ArrayLike<unknown> {
    return Array.isArray(this.store) ? this.store : this.store.subarray(0, count);
  }
}

export type { ThriftValue };
