export const id = 943;
export const ids = [943];
export const modules = {

/***/ 57943:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parquetRowGroups: () => (/* binding */ parquetRowGroups),
  validateParquet: () => (/* binding */ validateParquet)
});

// UNUSED EXPORTS: COMPRESSORS, parquetFraming, usesZstd

// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(96367);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/data/validate/field-checker.js + 5 modules
var field_checker = __webpack_require__(98707);
// EXTERNAL MODULE: ./build/core/data/validate/header.js
var header = __webpack_require__(75649);
;// CONCATENATED MODULE: ./build/core/data/parquet/snappy.js
/**
 * Snappy block decompression (the format of Parquet's SNAPPY pages), for the column-chunk reader.
 *
 * Parquet text pages compress into tiny elements (DuckDB's: literals of 2-3 bytes and copies of 7-13 on
 * average), so the cost is per element, not per byte: short literals and copies move 4 bytes at a time
 * through DataViews (rounding up within the buffers, the next element overwrites the excess), long ones
 * use set/copyWithin. Every length and offset is checked against the input and the output before it is
 * used; a block that does not fill `output` exactly is an error.
 */
function snappyDecompress(input, output) {
    const inLength = input.length;
    const outLength = output.length;
    let pos = 0;
    // The preamble: the uncompressed length as a varint (at most 32 bits).
    let claimed = 0;
    for (let shift = 0;; shift += 7) {
        if (pos >= inLength)
            throw new Error('snappy: the length preamble is cut short');
        if (shift > 28)
            throw new Error('snappy: a length preamble longer than 5 bytes');
        const b = input[pos++];
        claimed += (b & 0x7f) * 2 ** shift;
        if (b < 0x80)
            break;
    }
    if (claimed !== outLength)
        throw new Error(`snappy: the block says ${claimed} bytes uncompressed, the page ${outLength}`);
    const src = new DataView(input.buffer, input.byteOffset, inLength);
    const dst = new DataView(output.buffer, output.byteOffset, outLength);
    // A word move of n bytes touches up to n + 3: a literal of at most 16 stays inside below these.
    const inWords = inLength - 19;
    const outWords = outLength - 19;
    let out = 0;
    while (pos < inLength) {
        const tag = input[pos++];
        if ((tag & 3) === 0) {
            let length = (tag >>> 2) + 1;
            if (length > 60) {
                const extra = length - 60; // 1-4 bytes of length follow
                if (pos + extra > inLength)
                    throw new Error('snappy: a literal length past the end of the block');
                length = input[pos];
                if (extra > 1)
                    length += input[pos + 1] * 0x100;
                if (extra > 2)
                    length += input[pos + 2] * 0x10000;
                if (extra > 3)
                    length += input[pos + 3] * 0x1000000;
                length += 1;
                pos += extra;
            }
            if (length > inLength - pos)
                throw new Error('snappy: a literal past the end of the block');
            if (length > outLength - out)
                throw new Error('snappy: a literal past the end of the page');
            if (length <= 16 && pos <= inWords && out <= outWords)
                for (let i = 0; i < length; i += 4)
                    dst.setInt32(out + i, src.getInt32(pos + i, true), true);
            else if (length < 64)
                for (let i = 0; i < length; i++)
                    output[out + i] = input[pos + i];
            else
                output.set(input.subarray(pos, pos + length), out);
            pos += length;
            out += length;
            continue;
        }
        let length;
        let offset;
        switch (tag & 3) {
            case 1:
                if (pos + 1 > inLength)
                    throw new Error('snappy: a copy past the end of the block');
                length = ((tag >>> 2) & 7) + 4;
                offset = ((tag >>> 5) << 8) | input[pos];
                pos += 1;
                break;
            case 2:
                if (pos + 2 > inLength)
                    throw new Error('snappy: a copy past the end of the block');
                length = (tag >>> 2) + 1;
                offset = input[pos] | (input[pos + 1] << 8);
                pos += 2;
                break;
            default:
                if (pos + 4 > inLength)
                    throw new Error('snappy: a copy past the end of the block');
                length = (tag >>> 2) + 1;
                offset =
                    (input[pos] | (input[pos + 1] << 8) | (input[pos + 2] << 16) | (input[pos + 3] << 24)) >>> 0;
                pos += 4;
        }
        if (offset === 0 || offset > out)
            throw new Error(`snappy: a copy from ${offset} bytes back, ${out} bytes written`);
        if (length > outLength - out)
            throw new Error('snappy: a copy past the end of the page');
        const from = out - offset;
        // Word by word is exact when the source runs at least a word behind (each word read is written).
        if (offset >= 4 && length + 3 <= outLength - out)
            for (let i = 0; i < length; i += 4)
                dst.setInt32(out + i, dst.getInt32(from + i, true), true);
        else if (offset >= length && length >= 64)
            output.copyWithin(out, from, from + length);
        else
            for (let i = 0; i < length; i++)
                output[out + i] = output[from + i];
        out += length;
    }
    if (out !== outLength)
        throw new Error(`snappy: the block fills ${out} of its ${outLength} bytes`);
}

;// CONCATENATED MODULE: ./build/core/data/parquet/zstd.js
/** node:zlib's zstd where Node has it, looked up when first needed: loading node:zlib costs ~10 ms. */
let nativeLookup;
function nativeZstd() {
    nativeLookup ??= {
        decode: process.getBuiltinModule('node:zlib').zstdDecompressSync,
    };
    return nativeLookup.decode;
}
/** Which decoder serves: the preferred one there is (`auto`), or the one named. */
let choice = 'auto';
let wasm;
let loading;
/** fzstd's streaming decoder, once zstdReady() loaded it. */
let Decompress;
/** Whether node:zlib has zstd on this Node. */
function hasNativeZstd() {
    return nativeZstd() !== undefined;
}
/** Forces a decoder (`wasm` once `zstdReady()` resolved), or back to `auto`; for tests and benchmarks. */
function useZstd(which) {
    if (which === 'node:zlib' && nativeZstd() === undefined)
        throw new Error('node:zlib has no zstd here');
    choice = which;
}
/** The decoder the column-chunk reader uses now (zstdDecompressReused). */
function zstdDecoder() {
    if (choice === 'js')
        return 'js';
    if (choice === 'node:zlib')
        return 'node:zlib';
    if (wasm !== undefined)
        return 'wasm';
    return nativeZstd() !== undefined ? 'node:zlib' : 'js';
}
/**
 * Loads the decoders (never fails: the others serve otherwise). Both libraries are loaded here, not with
 * this module: a Parquet file without zstd pages does not compile them (a bundle chunk of 250 kB, 5 ms of
 * its start-up).
 */
function zstdReady() {
    loading ??= (async () => {
        const [fzstd, { ZSTDDecoder }] = await Promise.all([__webpack_require__.e(/* import() */ 339).then(__webpack_require__.bind(__webpack_require__, 68339)), __webpack_require__.e(/* import() */ 335).then(__webpack_require__.bind(__webpack_require__, 28335))]);
        Decompress = fzstd.Decompress;
        // zstddec hands its instance to _init (called unbound); this subclass keeps its exports.
        let instantiated;
        class Loader extends ZSTDDecoder {
            _init(result) {
                ZSTDDecoder.prototype._init.call(undefined, result);
                instantiated = result.instance.exports;
            }
        }
        await withoutFetch(() => new Loader().init());
        wasm = instantiated;
    })().catch(() => undefined);
    return loading;
}
/**
 * Runs `start` with no global fetch, restored right after: zstddec instantiates its module through
 * fetch(data: URL) when there is one, and on Node the first touch of fetch loads undici (0.16–0.19 s
 * per thread, measured) where WebAssembly.instantiate of the bytes takes 1–4 ms. The property's
 * descriptor is put back as it was, so fetch stays unloaded until someone uses it.
 */
function withoutFetch(start) {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
    if (descriptor === undefined || descriptor.configurable !== true)
        return start();
    Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });
    try {
        return start();
    }
    finally {
        Object.defineProperty(globalThis, 'fetch', descriptor);
    }
}
/** The largest window a frame may ask for: a Parquet page is at most this large anyway. */
const MAX_WINDOW = 256 * 1024 * 1024;
/** `input` (one or more zstd frames) decompressed to exactly `size` bytes in a new buffer, or an Error. */
function zstdDecompress(input, size) {
    const which = zstdDecoder();
    const native = nativeZstd();
    if (which === 'node:zlib' || (which === 'wasm' && choice === 'auto' && native !== undefined)) {
        // One output buffer of the page's size (+1: a full one makes zlib allocate another to look for more).
        const out = native(input, { maxOutputLength: Math.max(size, 1), chunkSize: Math.max(size + 1, 64) });
        if (out.length !== size)
            throw new Error(`it decompresses to ${out.length} bytes`);
        return out;
    }
    if (which === 'wasm')
        return inWasm(wasm, input, size).slice();
    return zstdJs(input, size);
}
let scratch = new Uint8Array(1 << 16);
/**
 * As zstdDecompress, into a buffer reused from call to call where the WebAssembly decoder serves (the
 * caller consumes the page before the next): a page is then no new allocation, which under load
 * piles up as garbage only a later GC gives back.
 */
function zstdDecompressReused(input, size) {
    if (zstdDecoder() !== 'wasm')
        return zstdDecompress(input, size);
    const view = inWasm(wasm, input, size);
    if (scratch.length < size)
        scratch = new Uint8Array(Math.max(size, scratch.length * 2));
    scratch.set(view);
    return scratch.subarray(0, size);
}
// The input and output regions in the instance's memory, kept and grown as pages need.
const source = { at: 0, size: 0 };
const target = { at: 0, size: 0 };
function region(x, held, size) {
    if (held.size >= size)
        return;
    const grown = Math.max(size, held.size * 2, 1 << 16);
    if (held.at !== 0)
        x.free(held.at);
    held.at = 0; // never a freed region, if malloc fails below
    held.size = 0;
    const at = x.malloc(grown);
    if (at === 0)
        throw new Error(`no memory for ${grown} bytes in the zstd decoder`);
    held.at = at;
    held.size = grown;
}
/** A view into the instance's memory of exactly `size` decoded bytes (valid until the next call). */
function inWasm(x, input, size) {
    checkWindow(input);
    region(x, source, input.length);
    region(x, target, Math.max(size, 1));
    new Uint8Array(x.memory.buffer).set(input, source.at);
    // ZSTD_decompress into `size` bytes: more is an error; less, or an error code (negative), is neither.
    const n = x.ZSTD_decompress(target.at, size, source.at, input.length);
    if (n !== size)
        throw new Error(n < 0 ? `not zstd data of ${size} bytes (zstd error ${-n})` : `it decompresses to ${n} bytes`);
    return new Uint8Array(x.memory.buffer, target.at, size);
}
function zstdJs(input, size) {
    checkWindow(input);
    if (Decompress === undefined)
        throw new Error('the zstd decoders are not loaded (zstdReady)');
    const out = new Uint8Array(size);
    let at = 0;
    let done = false;
    const stream = new Decompress((chunk, final) => {
        if (chunk.length > size - at)
            throw new Error(`it decompresses to more than ${size} bytes`);
        out.set(chunk, at);
        at += chunk.length;
        if (final)
            done = true;
    });
    stream.push(input, true);
    if (!done && at !== size)
        throw new Error('the zstd data ends early');
    if (at !== size)
        throw new Error(`it decompresses to ${at} bytes`);
    return out;
}
// The first frame's window (what the decoder allocates) must be one a page can need.
function checkWindow(input) {
    if (input.length < 6)
        throw new Error('zstd data shorter than a frame header');
    if (input[0] !== 0x28 || input[1] !== 0xb5 || input[2] !== 0x2f || input[3] !== 0xfd)
        throw new Error('not zstd data (no frame magic)');
    const flags = input[4];
    if ((flags >> 5) & 1) {
        // Single segment: the window is the frame's content size.
        const dictionaryBytes = [0, 1, 2, 4][flags & 3];
        const sizeBytes = [1, 2, 4, 8][flags >> 6];
        const at = 5 + dictionaryBytes;
        if (input.length < at + sizeBytes)
            throw new Error('zstd data shorter than its frame header');
        let content = 0;
        for (let i = sizeBytes - 1; i >= 0; i--)
            content = content * 256 + input[at + i];
        if (sizeBytes === 2)
            content += 256;
        if (content > MAX_WINDOW)
            throw new Error(`a zstd frame claims ${content} bytes`);
        return;
    }
    const exponent = input[5] >> 3;
    const base = 2 ** (10 + exponent);
    const window = base + (base / 8) * (input[5] & 7);
    if (window > MAX_WINDOW)
        throw new Error(`a zstd frame asks for a ${window}-byte window`);
}

// EXTERNAL MODULE: ./build/core/data/wasm/instance.js + 1 modules
var wasm_instance = __webpack_require__(40684);
;// CONCATENATED MODULE: ./build/core/data/wasm/parquet.js

/**
 * Parquet's plain string pages against a field's ScanCheck, by the same WebAssembly and on the same
 * thread's instance as the JSONL scanners: a page's values are copied in once and walked there, and only
 * those that do not certainly pass come back, for FieldChecker to check (the column path's StringCheck).
 */
class PlainStringChecks {
    instance;
    entry;
    /** Subtracted from an offset check() returns to make it an offset in the page. */
    base = 0;
    constructor(check) {
        this.instance = (0,wasm_instance/* threadInstance */.qV)();
        this.entry = this.instance.layout([''], [], [check]).checks;
    }
    /**
     * The `n` plain strings of `page` from `at` (its end: the page's): for each one left, its index among
     * the n and the offset of its bytes (minus `base`), as pairs in a view valid until the next call;
     * undefined when a length runs past the page (read them as before: that reports it).
     */
    check(page, at, n) {
        const instance = this.instance;
        const bytes = page.length - at;
        if (n > bytes / 4)
            return undefined; // a count no page of this size holds: no room made for it
        const out = instance.copyIn(page.subarray(at), 8 * n);
        const left = instance.wasm.checkPlain(this.entry, instance.input, instance.input + bytes, n, out);
        if (left < 0)
            return undefined;
        this.base = instance.input - at;
        return new Int32Array(instance.bytes.buffer, out, 2 * left);
    }
}
/** Pages larger than this (block and output) are left to the TypeScript decoder: the memory never shrinks. */
const SNAPPY_MAX_BYTES = 16 * 1024 * 1024;
/**
 * Snappy-decodes `input` into `output` (the page's size) by the WebAssembly decoder (assembly/snappy.ts)
 * on the thread's instance: true when the block fills exactly `output`; false for a fault or a page over
 * SNAPPY_MAX_BYTES, which snappyDecompress (src/core/data/parquet/snappy.ts) then decodes or explains.
 */
function snappyInto(input, output) {
    if (input.length + output.length > SNAPPY_MAX_BYTES)
        return false;
    const instance = (0,wasm_instance/* threadInstance */.qV)();
    const at = instance.input;
    const out = instance.copyIn(input, output.length + wasm_instance/* SLACK */.z6);
    if (instance.wasm.snappy(at, at + input.length, out, output.length) !== 0)
        return false;
    output.set(instance.bytes.subarray(out, out + output.length));
    return true;
}
/** Encoded bytes and values past which rleInto leaves a page to rleHybrid: the memory never shrinks. */
const RLE_MAX_BYTES = 16 * 1024 * 1024;
/**
 * Decodes the RLE / bit-packed hybrid values in bytes[start, end), `width` bits each, into `out` (filled
 * exactly) by the WebAssembly decoder (assembly/rle.ts) on the thread's instance, and returns the largest
 * as rleHybrid does (an unsigned 32-bit number made signed); undefined for a fault or a page over
 * RLE_MAX_BYTES, which rleHybrid (src/core/data/parquet/column-chunk.ts) then decodes or explains.
 */
function rleInto(bytes, start, end, width, out) {
    const n = out.length;
    if (end - start + 4 * n > RLE_MAX_BYTES)
        return undefined;
    const instance = (0,wasm_instance/* threadInstance */.qV)();
    const at = instance.input;
    const to = instance.copyIn(bytes.subarray(start, end), 4 * n);
    if (instance.wasm.rle(at, at + end - start, width, to, n) !== 0)
        return undefined;
    out.set(new Int32Array(instance.bytes.buffer, to, n));
    const largest = instance.wasm.rleLargest() | 0;
    return largest < 0 ? -1 : largest;
}
/**
 * The verdicts of dictionary `indices` by their values' `statuses` (CELL: 0 passes, 1 missing, any other
 * fails), by the WebAssembly (assembly/rle.ts) on the thread's instance: counts each index into `occurs`
 * (when given; zeroed first), appends the positions whose value fails to `failed`, and returns how many
 * are missing; undefined when the tables would pass RLE_MAX_BYTES or an index is not below
 * statuses.length (the reader refuses such chunks), and the caller's loop then does it.
 */
function indexVerdictsInto(indices, statuses, occurs, failed) {
    const n = indices.length;
    const d = statuses.length;
    const tables = (0,wasm_instance/* align */.MM)(d, 8) + (occurs ? 4 * d : 0) + 4 * n;
    if (4 * n + tables > RLE_MAX_BYTES)
        return undefined;
    const instance = (0,wasm_instance/* threadInstance */.qV)();
    const at = instance.input;
    const to = instance.copyIn(new Uint8Array(indices.buffer, indices.byteOffset, 4 * n), tables);
    const bytes = instance.bytes;
    bytes.set(new Uint8Array(statuses.buffer, statuses.byteOffset, d), to);
    const counts = to + (0,wasm_instance/* align */.MM)(d, 8);
    if (occurs)
        bytes.fill(0, counts, counts + 4 * d);
    const out = counts + (occurs ? 4 * d : 0);
    const bad = instance.wasm.indexVerdicts(at, n, to, d, occurs ? counts : 0, out);
    if (bad < 0)
        return undefined; // an index outside the dictionary: the caller's loop reads no memory of ours
    if (occurs)
        occurs.set(new Int32Array(bytes.buffer, counts, d));
    const positions = new Int32Array(bytes.buffer, out, bad);
    for (let f = 0; f < bad; f++)
        failed.push(positions[f]);
    return instance.wasm.verdictMissing();
}

;// CONCATENATED MODULE: ./build/core/data/parquet/thrift.js
/**
 * A Thrift compact-protocol reader for Parquet page headers: bounds-checked and depth-limited, so a
 * hostile header is an error, never a hang or a huge allocation. Structs come back as field id → value.
 */
const MAX_DEPTH = 16;
const MAX_LIST = 1 << 20;
class ThriftReader {
    bytes;
    offset;
    end;
    constructor(bytes, offset, end) {
        this.bytes = bytes;
        this.offset = offset;
        this.end = end;
    }
    byte() {
        if (this.offset >= this.end)
            throw new Error('page header runs past the end of the column chunk');
        return this.bytes[this.offset++];
    }
    /** An unsigned varint as a number (at most 10 bytes; beyond 2^53 it is approximate, and unused). */
    varint() {
        let result = 0;
        let scale = 1;
        for (let i = 0; i < 10; i++) {
            const b = this.byte();
            result += (b & 0x7f) * scale;
            if ((b & 0x80) === 0)
                return result;
            scale *= 128;
        }
        throw new Error('page header: a varint longer than 10 bytes');
    }
    zigzag() {
        const n = this.varint();
        return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
    }
    struct(depth = 0) {
        if (depth > MAX_DEPTH)
            throw new Error(`page header nested deeper than ${MAX_DEPTH} levels`);
        const fields = new Map();
        let id = 0;
        for (;;) {
            const head = this.byte();
            const type = head & 0x0f;
            if (type === 0)
                return fields;
            const delta = head >> 4;
            id = delta === 0 ? this.zigzag() : id + delta;
            fields.set(id, this.value(type, depth));
        }
    }
    value(type, depth) {
        switch (type) {
            case 1:
                return true;
            case 2:
                return false;
            case 3: {
                const b = this.byte();
                return b > 127 ? b - 256 : b;
            }
            case 4:
            case 5:
            case 6:
                return this.zigzag();
            case 7: {
                if (this.offset + 8 > this.end)
                    throw new Error('page header: a double past the end');
                const view = new DataView(this.bytes.buffer, this.bytes.byteOffset + this.offset, 8);
                this.offset += 8;
                return view.getFloat64(0, true);
            }
            case 8: {
                const length = this.varint();
                if (this.offset + length > this.end)
                    throw new Error('page header: a binary field past the end');
                const out = this.bytes.subarray(this.offset, this.offset + length);
                this.offset += length;
                return out;
            }
            case 9:
            case 10: {
                const head = this.byte();
                const size = head >> 4 === 15 ? this.varint() : head >> 4;
                if (size > MAX_LIST)
                    throw new Error(`page header: a list of ${size} elements`);
                const list = [];
                for (let i = 0; i < size; i++)
                    list.push(this.value(head & 0x0f, depth + 1));
                return list;
            }
            case 11: {
                const size = this.varint();
                if (size > MAX_LIST)
                    throw new Error(`page header: a map of ${size} entries`);
                const types = size > 0 ? this.byte() : 0;
                const list = [];
                for (let i = 0; i < size; i++) {
                    list.push(this.value(types >> 4, depth + 1));
                    list.push(this.value(types & 0x0f, depth + 1));
                }
                return list;
            }
            case 12:
                return this.struct(depth + 1);
            default:
                throw new Error(`page header: unknown thrift type ${type}`);
        }
    }
}

;// CONCATENATED MODULE: ./build/core/data/parquet/column-chunk.js




/** The spec of a top-level leaf column this reader handles, or undefined (the generic reader then reads the file). */
function columnSpec(element) {
    const { type, converted_type: ctype, logical_type: ltype } = element;
    if (element.repetition_type === 'REPEATED' || element.num_children !== undefined)
        return undefined;
    const spec = (kind) => ({
        name: element.name,
        physical: type,
        kind,
        maxDef: element.repetition_type === 'REQUIRED' ? 0 : 1,
        typeLength: element.type_length ?? 0,
        factor: 10 ** (element.scale ?? 0),
    });
    if (ctype === 'DECIMAL') {
        if ((element.scale ?? 0) > 308)
            return undefined;
        return type === 'INT32' || type === 'INT64' || type === 'FIXED_LEN_BYTE_ARRAY' || type === 'BYTE_ARRAY'
            ? spec('decimal')
            : undefined;
    }
    const unsigned = ltype?.type === 'INTEGER' && ltype.isSigned === false;
    switch (type) {
        case 'BOOLEAN':
            return ctype || ltype ? undefined : spec('boolean');
        case 'INT32':
            if (ctype === 'DATE')
                return spec('date');
            if (ctype === 'UINT_32' || (unsigned && ltype?.bitWidth === 32))
                return spec('uint32');
            if (ltype && ltype.type !== 'INTEGER' && ltype.type !== 'DATE')
                return undefined;
            if (ctype && !/^U?INT_(8|16|32)$/.test(ctype))
                return undefined;
            return spec('int32');
        case 'INT64':
            if (ctype === 'TIMESTAMP_MILLIS')
                return spec('ts-ms');
            if (ctype === 'TIMESTAMP_MICROS')
                return spec('ts-us');
            if (ctype === 'UINT_64' || (unsigned && ltype?.bitWidth === 64))
                return spec('uint64');
            if (ltype?.type === 'TIMESTAMP')
                return spec(ltype.unit === 'MICROS' ? 'ts-us' : ltype.unit === 'NANOS' ? 'ts-ns' : 'ts-ms');
            if (ltype && ltype.type !== 'INTEGER')
                return undefined;
            if (ctype && ctype !== 'INT_64')
                return undefined;
            return spec('int64');
        case 'FLOAT':
        case 'DOUBLE':
            return ctype || ltype ? undefined : spec('float');
        case 'BYTE_ARRAY':
            if (ctype !== undefined && ctype !== 'UTF8' && ctype !== 'ENUM')
                return undefined;
            if (ltype !== undefined && ltype.type !== 'STRING' && ltype.type !== 'ENUM')
                return undefined;
            return spec('string');
        default:
            return undefined;
    }
}
let column_chunk_scratch = new Uint8Array(1 << 16);
/** node:zlib, loaded when a page needs it: loading it costs ~10 ms, and most files' codecs are not its. */
const zlib = () => process.getBuiltinModule('node:zlib');
/**
 * The codecs: snappy in WebAssembly (snappyInto; snappy.ts for what it leaves, and for the message of a bad
 * block), zstd in WebAssembly, from node:zlib or in JS (zstd.ts), the rest from node:zlib.
 */
const CODECS = {
    UNCOMPRESSED: (input) => input,
    SNAPPY: (input, size) => {
        // Into one reused buffer: a page's bytes are consumed (copied or decoded) before the next is read.
        if (column_chunk_scratch.length < size)
            column_chunk_scratch = new Uint8Array(Math.max(size, column_chunk_scratch.length * 2));
        const output = column_chunk_scratch.subarray(0, size);
        if (!snappyInto(input, output))
            snappyDecompress(input, output);
        return output;
    },
    GZIP: (input, size) => zlib().gunzipSync(input, { maxOutputLength: Math.max(size, 1) }),
    BROTLI: (input, size) => zlib().brotliDecompressSync(input, { maxOutputLength: Math.max(size, 1) }),
    ZSTD: zstdDecompressReused,
};
/** Pages larger than this (uncompressed) or with more values are refused, whatever their header says. */
const MAX_PAGE_BYTES = 256 * 1024 * 1024;
const MAX_PAGE_VALUES = 1 << 24;
const DATA_PAGE = 0;
const DICTIONARY_PAGE = 2;
const DATA_PAGE_V2 = 3;
const PLAIN = 0;
const PLAIN_DICTIONARY = 2;
const RLE = 3;
const RLE_DICTIONARY = 8;
function column_chunk_int(struct, id, fallback) {
    const value = struct?.get(id);
    if (typeof value === 'number')
        return value;
    if (fallback !== undefined)
        return fallback;
    throw new Error(`page header lacks field ${id}`);
}
/**
 * Decodes one column chunk (its bytes, from the dictionary or first data page to the end) holding `rows`
 * rows. Throws Error with a specific message on anything malformed.
 */
function readColumnChunk(bytes, spec, codecName, rows, pool = {}, sink) {
    const codec = CODECS[codecName];
    if (!codec)
        throw new Error(`unsupported compression ${codecName}`);
    const present = spec.maxDef > 0 ? reuse(pool, 'present', Uint8Array, rows) : undefined;
    let dictionary = [];
    let sawDictionary = false;
    let indices;
    let dense;
    let strings;
    let sunk = 0;
    let row = 0; // rows decoded so far
    let count = 0; // present values so far
    let offset = 0;
    while (row < rows) {
        if (offset >= bytes.length)
            throw new Error(`the column chunk ends after ${row} of its ${rows} rows`);
        const reader = new ThriftReader(bytes, offset, bytes.length);
        const header = reader.struct();
        offset = reader.offset;
        const type = column_chunk_int(header, 1);
        const uncompressed = column_chunk_int(header, 2);
        const compressed = column_chunk_int(header, 3);
        if (compressed < 0 || offset + compressed > bytes.length)
            throw new Error(`a page header claims ${compressed} bytes, the column chunk has ${bytes.length - offset} left`);
        if (uncompressed < 0 || uncompressed > MAX_PAGE_BYTES)
            throw new Error(`a page header claims ${uncompressed} bytes uncompressed, more than the ${MAX_PAGE_BYTES} mlci reads in one page`);
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
        if (type !== DATA_PAGE && type !== DATA_PAGE_V2)
            continue; // index pages: nothing to check
        const v2 = type === DATA_PAGE_V2;
        const ph = header.get(v2 ? 8 : 5);
        const numValues = column_chunk_int(ph, 1);
        if (numValues < 0 || numValues > rows - row)
            throw new Error(`a data page claims ${numValues} values, the row group has ${rows - row} rows left`);
        const encoding = column_chunk_int(ph, v2 ? 4 : 2);
        let page;
        let at = 0;
        let defs;
        let definedCount = 0;
        if (v2) {
            const defLength = column_chunk_int(ph, 5, 0);
            const repLength = column_chunk_int(ph, 6, 0);
            if (repLength !== 0)
                throw new Error('repeated values in a flat column');
            if (defLength < 0 || defLength > body.length)
                throw new Error('definition levels past the page end');
            if (spec.maxDef > 0) {
                defs = present.subarray(row, row + numValues);
                definedCount = levels(body, 0, defLength, defs);
            }
            const compressedValues = ph?.get(7) !== false;
            const rest = body.subarray(defLength);
            page = compressedValues ? decompress(codec, rest, uncompressed - defLength) : rest;
        }
        else {
            page = decompress(codec, body, uncompressed);
            if (spec.maxDef > 0) {
                if (page.length < 4)
                    throw new Error('a data page too short for its definition levels');
                const length = readU32(page, 0);
                if (length > page.length - 4)
                    throw new Error('definition levels past the page end');
                defs = present.subarray(row, row + numValues);
                definedCount = levels(page, 4, 4 + length, defs);
                at = 4 + length;
            }
        }
        const values = defs ? definedCount : numValues;
        row += numValues;
        if (encoding === PLAIN_DICTIONARY || encoding === RLE_DICTIONARY) {
            if (dense || strings || sunk > 0)
                throw new Error('a dictionary-encoded page after plain ones');
            indices ??= reuse(pool, 'indices', Int32Array, rows);
            if (at >= page.length && values > 0)
                throw new Error('a dictionary page body is empty');
            const width = values > 0 ? page[at] : 0;
            if (width > 32)
                throw new Error(`dictionary indices ${width} bits wide`);
            const out = indices.subarray(count, count + values);
            const size = dictionary.length;
            // The WebAssembly decoder, or this module's for a page it leaves (rleHybrid says what is wrong).
            const max = rleInto(page, at + 1, page.length, width, out) ?? rleHybrid(page, at + 1, page.length, width, out);
            if (values > 0 && (max < 0 || max >= size)) {
                const index = out.find((v) => v < 0 || v >= size);
                throw new Error(`dictionary index ${index >>> 0} out of range: the dictionary has ${size} values`);
            }
        }
        else if (encoding === PLAIN && spec.kind === 'string' && sink !== undefined) {
            // Checked where they lie, while the page is in cache: no copy, no JS string per value. A writer's
            // plain pages after a full dictionary (pyarrow's fallback) come here too, not into the dictionary.
            sinkStrings(page, at, values, count, sink);
            sunk += values;
        }
        else if (encoding === PLAIN && spec.kind === 'string' && !indices) {
            // Plain strings stay bytes: the checker reads them as it reads CSV cells, no JS string per cell.
            strings ??= ByteStrings.from(pool, rows);
            strings.append(page, at, values);
        }
        else if (encoding === PLAIN || (encoding === RLE && spec.physical === 'BOOLEAN')) {
            if (strings)
                throw new Error('a page of another encoding after plain strings');
            const physical = encoding === RLE ? rleBooleans(page, at, values) : plainValues(page, at, spec, values);
            if (indices) {
                // A writer may fall back to plain pages once the dictionary is full: the values join it.
                for (let i = 0; i < values; i++) {
                    indices[count + i] = dictionary.length;
                    dictionary.push(convert(spec, physical, i));
                }
            }
            else {
                dense ??= new DenseBuilder(spec, rows, pool);
                dense.append(physical, values);
            }
        }
        else
            throw new Error(`encoding ${encoding} (mlci reads PLAIN, RLE and dictionary pages)`);
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
function sinkStrings(page, at, n, first, sink) {
    if (sink.values?.(page, at, n, first))
        return;
    const end = page.length;
    let p = at;
    for (let i = 0; i < n; i++) {
        if (p + 4 > end)
            throw new Error('a string length past the end of its page');
        const length = readU32(page, p);
        p += 4;
        if (length > end - p)
            throw new Error(`a string of ${length} bytes past the end of its page`);
        sink.value(page, p, p + length, first + i);
        p += length;
    }
}
function dictionaryValues(header, body, uncompressed, spec, codec) {
    const dph = header.get(7);
    const n = column_chunk_int(dph, 1);
    if (n < 0 || n > MAX_PAGE_VALUES)
        throw new Error(`a dictionary page claims ${n} values`);
    const page = decompress(codec, body, uncompressed);
    const values = plainValues(page, 0, spec, n);
    const dictionary = new Array(n);
    for (let i = 0; i < n; i++)
        dictionary[i] = convert(spec, values, i);
    return dictionary;
}
/**
 * The values of a column chunk's dictionary page (its first page), converted as readColumnChunk converts
 * them; undefined when the chunk starts with another page. The data pages are not read.
 */
function readDictionary(bytes, spec, codecName) {
    const codec = CODECS[codecName];
    if (!codec)
        throw new Error(`unsupported compression ${codecName}`);
    const reader = new ThriftReader(bytes, 0, bytes.length);
    const header = reader.struct();
    if (column_chunk_int(header, 1) !== DICTIONARY_PAGE)
        return undefined;
    const uncompressed = column_chunk_int(header, 2);
    const compressed = column_chunk_int(header, 3);
    if (compressed < 0 || reader.offset + compressed > bytes.length)
        throw new Error(`a page header claims ${compressed} bytes, the column chunk has ${bytes.length - reader.offset} left`);
    if (uncompressed < 0 || uncompressed > MAX_PAGE_BYTES)
        throw new Error(`a page header claims ${uncompressed} bytes uncompressed, more than the ${MAX_PAGE_BYTES} mlci reads in one page`);
    return dictionaryValues(header, bytes.subarray(reader.offset, reader.offset + compressed), uncompressed, spec, codec);
}
function decompress(codec, input, size) {
    let out;
    try {
        out = codec(input, size);
    }
    catch (thrown) {
        throw new Error(`a page does not decompress to its ${size} bytes (${thrown instanceof Error ? thrown.message : String(thrown)})`);
    }
    if (out.length !== size)
        throw new Error(`a page decompresses to ${out.length} bytes, its header says ${size}`);
    return out;
}
/** The little-endian u32 at `at` (a PLAIN string's length prefix, a page's length field). */
function readU32(bytes, at) {
    return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
}
/** Where the last runHeader() ended: a module variable, so reading a run's header allocates nothing. */
let runHeaderEnd = 0;
/**
 * The ULEB128 header of an RLE / bit-packed hybrid run at `p` (sets runHeaderEnd); `i` of `n` values are
 * decoded so far, for the message when the data ends first.
 */
function runHeader(bytes, p, end, i, n) {
    let header = 0;
    let shift = 0;
    for (;;) {
        if (p >= end)
            throw new Error(`RLE data ends after ${i} of ${n} values`);
        const b = bytes[p++];
        header += (b & 0x7f) * 2 ** shift;
        if ((b & 0x80) === 0)
            break;
        shift += 7;
        if (shift > 35)
            throw new Error('an RLE run header longer than 5 bytes');
    }
    runHeaderEnd = p;
    return header;
}
/**
 * Definition levels of a flat optional column (RLE / bit-packed hybrid, 1 bit wide) into `out`; returns
 * how many are 1 (the values present). A run of any other level is an error.
 */
function levels(bytes, start, end, out) {
    let p = start;
    let i = 0;
    let ones = 0;
    const n = out.length;
    while (i < n) {
        const header = runHeader(bytes, p, end, i, n);
        p = runHeaderEnd;
        if (header % 2 === 0) {
            if (p >= end)
                throw new Error('an RLE run past the end of its page');
            const value = bytes[p++];
            if (value > 1)
                throw new Error(`a definition level of ${value} in a flat column`);
            const stop = Math.min(n, i + header / 2);
            out.fill(value, i, stop);
            ones += value * (stop - i);
            i = stop;
        }
        else {
            const groups = (header - 1) / 2; // groups of 8 levels, one byte each
            const stop = Math.min(n, i + groups * 8);
            if (p + Math.ceil((stop - i) / 8) > end)
                throw new Error('bit-packed values past the end of the page');
            let k = i;
            for (; k + 8 <= stop; k += 8) {
                const b = bytes[p++];
                out[k] = b & 1;
                out[k + 1] = (b >> 1) & 1;
                out[k + 2] = (b >> 2) & 1;
                out[k + 3] = (b >> 3) & 1;
                out[k + 4] = (b >> 4) & 1;
                out[k + 5] = (b >> 5) & 1;
                out[k + 6] = (b >> 6) & 1;
                out[k + 7] = b >> 7;
                ones += POPCOUNT[b];
            }
            if (k < stop) {
                const b = bytes[p];
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
    for (let v = b; v > 0; v >>= 1)
        n += v & 1;
    return n;
});
function rleBooleans(bytes, at, n) {
    if (at + 4 > bytes.length)
        throw new Error('boolean RLE page too short');
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
function rleHybrid(bytes, start, end, width, out) {
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
            if (p + byteWidth > end)
                throw new Error('an RLE run past the end of its page');
            let value = 0;
            for (let b = 0; b < byteWidth; b++)
                value |= bytes[p + b] << (8 * b);
            p += byteWidth;
            const stop = Math.min(n, i + run);
            out.fill(value, i, stop);
            if (stop > i) {
                if (value < 0)
                    top = true;
                else if (value > max)
                    max = value;
            }
            i = stop;
        }
        else {
            const count = ((header - 1) / 2) * 8;
            const needBytes = ((header - 1) / 2) * width;
            if (p + needBytes > end && width > 0) {
                // The last group may be cut short when it holds only the page's last values.
                const available = Math.floor(((end - p) * 8) / Math.max(width, 1));
                if (available < Math.min(count, n - i))
                    throw new Error('bit-packed values past the end of the page');
            }
            const stop = Math.min(n, i + count);
            if (width === 0)
                out.fill(0, i, stop);
            else if (width <= 24) {
                // A bit accumulator refilled a byte at a time: never more than 31 bits held.
                const mask = (1 << width) - 1;
                let q = p;
                let k = i;
                if (width <= 8) {
                    // Whole groups of 8 values (width bytes each) from two 32-bit words, while 8 bytes are there.
                    for (; k + 8 <= stop && q + 8 <= end; k += 8, q += width) {
                        const lo = (bytes[q] | (bytes[q + 1] << 8) | (bytes[q + 2] << 16) | (bytes[q + 3] << 24)) >>> 0;
                        const hi = (bytes[q + 4] | (bytes[q + 5] << 8) | (bytes[q + 6] << 16) | (bytes[q + 7] << 24)) >>> 0;
                        for (let j = 0, off = 0; j < 8; j++, off += width) {
                            const v = off >= 32
                                ? (hi >>> (off - 32)) & mask
                                : off + width <= 32
                                    ? (lo >>> off) & mask
                                    : ((lo >>> off) | (hi << (32 - off))) & mask;
                            out[k + j] = v;
                            if (v > max)
                                max = v;
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
                    if (v > max)
                        max = v;
                    acc >>>= width;
                    held -= width;
                }
            }
            else {
                const mask = width === 32 ? -1 : (1 << width) - 1;
                let bit = p * 8;
                for (let k = i; k < stop; k++) {
                    let value = 0;
                    let got = 0;
                    while (got < width) {
                        const byteIndex = bit >> 3;
                        const offsetInByte = bit & 7;
                        const take = Math.min(8 - offsetInByte, width - got);
                        value |= ((bytes[byteIndex] >> offsetInByte) & ((1 << take) - 1)) << got;
                        got += take;
                        bit += take;
                    }
                    const v = value & mask;
                    out[k] = v;
                    if (v < 0)
                        top = true;
                    else if (v > max)
                        max = v;
                }
            }
            p += needBytes;
            i = stop;
        }
    }
    return top ? -1 : max;
}
function plainValues(page, at, spec, n) {
    const need = (size) => {
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
            if (at + Math.ceil(n / 8) > page.length)
                throw new Error('a boolean page too short for its values');
            const out = new Uint8Array(n);
            for (let i = 0; i < n; i++)
                out[i] = (page[at + (i >> 3)] >> (i & 7)) & 1;
            return out;
        }
        case 'BYTE_ARRAY': {
            const out = new Array(n);
            const buf = Buffer.from(page.buffer, page.byteOffset, page.byteLength);
            let p = at;
            for (let i = 0; i < n; i++) {
                if (p + 4 > page.length)
                    throw new Error('a string length past the end of its page');
                const length = readU32(page, p);
                p += 4;
                if (p + length > page.length)
                    throw new Error(`a string of ${length} bytes past the end of its page`);
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
            if (at + size * n > page.length)
                throw new Error('fixed-length values past the end of their page');
            const out = new Array(n);
            for (let i = 0; i < n; i++)
                out[i] = decimalOf(page.subarray(at + i * size, at + (i + 1) * size));
            return out;
        }
        default:
            throw new Error(`physical type ${spec.physical}`);
    }
}
// A big-endian two's-complement integer, as a double (what hyparquet's reader gives before scaling).
function decimalOf(bytes) {
    const length = bytes.length;
    if (length === 0)
        return 0;
    // Fits in 48 bits (the leading bytes only extend the sign): exact in doubles, no BigInt.
    const head = length - 6;
    if (head >= 0) {
        const fill = bytes[head] & 0x80 ? 0xff : 0;
        let fits = true;
        for (let i = 0; i < head; i++)
            if (bytes[i] !== fill) {
                fits = false;
                break;
            }
        if (fits) {
            let value = 0;
            for (let i = head; i < length; i++)
                value = value * 256 + bytes[i];
            return fill ? value - 2 ** 48 : value;
        }
    }
    else {
        let value = 0;
        for (let i = 0; i < length; i++)
            value = value * 256 + bytes[i];
        return bytes[0] & 0x80 ? value - 2 ** (8 * length) : value;
    }
    let value = 0n;
    for (const b of bytes)
        value = (value << 8n) | BigInt(b);
    const bits = BigInt(bytes.length * 8);
    if (value >= 1n << (bits - 1n))
        value -= 1n << bits;
    return Number(value);
}
/** Physical value i as the generic reader gives it: numbers, bigints, Dates, booleans, strings. */
function convert(spec, values, i) {
    const v = values[i];
    switch (spec.kind) {
        case 'string':
            return values instanceof ByteStrings ? values.text(i) : v;
        case 'int32':
        case 'float':
            return v;
        case 'uint32':
            return v >>> 0;
        case 'date':
            return new Date(v * 86400000);
        case 'int64':
            return v;
        case 'uint64':
            return BigInt.asUintN(64, v);
        case 'ts-ms':
            return new Date(Number(v));
        case 'ts-us': {
            const n = Number(v);
            // Exact below 2^53: a quotient's fraction (≥ 1/1000) is far above a double's spacing there.
            return new Date(Number.isSafeInteger(n) ? Math.trunc(n / 1000) : Number(v / 1000n));
        }
        case 'ts-ns':
            return new Date(Number(v / 1000000n));
        case 'decimal': {
            const n = typeof v === 'bigint' ? Number(v) : v;
            return n / spec.factor;
        }
        case 'boolean':
            return v === 1;
    }
}
function reuse(pool, key, make, rows) {
    const held = pool[key];
    if (held instanceof make && held.length >= rows)
        return held.subarray(0, rows);
    const fresh = new make(rows);
    pool[key] = fresh;
    return fresh;
}
/**
 * Plain-encoded strings of a column chunk as UTF-8 bytes: value i is bytes [starts[i], starts[i + 1] - 4)
 * (the next value's 4-byte length prefix lies between them). The pages' value regions are copied whole,
 * length prefixes included, one copy per page, one after the other.
 */
class ByteStrings {
    bytes = new Uint8Array(1 << 16);
    /** Per value its first byte, and one more entry: where a value after the last would start. */
    starts;
    count = 0;
    used = 0;
    constructor(rows) {
        this.starts = new Int32Array(rows + 1);
    }
    /** The pool's strings emptied for reuse when they have room for `rows`, else new ones put in the pool. */
    static from(pool, rows) {
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
    end(i) {
        return this.starts[i + 1] - 4;
    }
    append(page, at, n) {
        // Walk the length prefixes first (bounds), then copy the region once.
        let p = at;
        const base = this.used - at;
        const starts = this.starts;
        let k = this.count;
        for (let i = 0; i < n; i++) {
            if (p + 4 > page.length)
                throw new Error('a string length past the end of its page');
            const length = readU32(page, p);
            p += 4;
            if (length > page.length - p)
                throw new Error(`a string of ${length} bytes past the end of its page`);
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
    text(i) {
        return Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.length).toString('utf8', this.starts[i], this.end(i));
    }
}
class DenseBuilder {
    store;
    length = 0;
    constructor(spec, rows, pool) {
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
    append(values, n) {
        const store = this.store;
        if (Array.isArray(store) || Array.isArray(values))
            for (let i = 0; i < n; i++)
                store[this.length + i] = values[i];
        else
            store.set(values, this.length);
        this.length += n;
    }
    result(count) {
        return Array.isArray(this.store) ? this.store : this.store.subarray(0, count);
    }
}

// EXTERNAL MODULE: ./build/core/data/validate/table-state.js
var table_state = __webpack_require__(19242);
;// CONCATENATED MODULE: ./build/core/data/parquet/column-checks.js




/**
 * The column-wise hot path over one row group's vectors. Each loop is a function of its own: V8 then
 * optimizes each small loop once (one function holding them all was recompiled whole for every loop it
 * entered and every branch it met late, ~50 ms of compiling each time, in every thread).
 */
// CELL's verdicts as this module's own constants: an import from another chunk of a bundle is a getter
// call in every loop that V8 has not optimized yet (measured: 55 M instructions on 2 M rows).
const OK = field_checker/* CELL */.JA.ok;
const MISSING = field_checker/* CELL */.JA.missing;
/**
 * The hot path (no keys): each column is checked on its own, in one tight loop over its vector (a
 * dictionary value once), and only the failing cells are replayed in row order so the error samples are
 * those a row-by-row pass keeps. A profile gets each column's passing values in row order, and a null for
 * each missing or failing cell (a null's place in the column does not change its profile: it only counts),
 * so it is the profile of the row-by-row pass, byte for byte (the vectors then hold every value).
 */
function checkColumns(state, specs, columnIndex, fieldsOfColumn, group, rowStart) {
    const { checkers, schema, labelField, profiler } = state.options;
    const { rows, vectors, sinks, nullCounts } = group;
    const blank = blankRows(vectors, rows);
    let blanks = 0;
    if (blank)
        for (let r = 0; r < rows; r++)
            blanks += blank[r];
    const failures = [];
    for (let i = 0; i < schema.fields.length; i++) {
        const c = fieldsOfColumn[i];
        if (c < 0)
            continue;
        const checker = checkers[i];
        const vector = vectors[c];
        if (vector === undefined) {
            state.nulls[i] += nullCounts[c]; // its statistics prove every value passes
            continue;
        }
        const present = vector.present;
        // Nulls: counted when the field allows them, else each one (outside blank rows) fails.
        if (present !== undefined && vector.count < rows) {
            if (checker.checkNative(null) === MISSING) {
                const nulls = rows - vector.count - blanks;
                state.nulls[i] += nulls;
                if (profiler)
                    for (let k = 0; k < nulls; k++)
                        profiler.add(i, null);
            }
            else
                nullFailures(present, blank, rows, i, failures);
        }
        // Values: the positions (among the present ones) of those that do not pass.
        const failed = [];
        const label = i === labelField;
        if (vector.indices !== undefined)
            dictionaryFailures(state, i, checker, vector, label, failed);
        else if (vector.dense !== undefined) {
            const cells = new DenseCells(specs[columnIndex[c]], vector.dense, checker.field.type);
            denseFailures(state, profiler, i, checker, cells, vector.count, label, failed);
        }
        // Plain strings after them (or alone), checked as their pages were read.
        const sink = sinks[c];
        const firstSunk = failed.length;
        if (sink !== undefined) {
            state.nulls[i] += sink.missing;
            for (const k of sink.failed)
                failed.push(k);
        }
        if (failed.length > 0)
            failureRows(vector.count < rows ? present : undefined, failed, firstSunk, rows, i, failures);
    }
    state.rows += rows;
    // A blank row is one row of the profile too (blankRow ends it).
    if (profiler)
        for (let r = blanks; r < rows; r++)
            profiler.endRow();
    if (blank)
        for (let r = 0; r < rows; r++)
            if (blank[r] === 1)
                state.blankRow(rowStart + r + 2, rowStart + r + 2);
    if (failures.length > 0)
        replay(state, specs, columnIndex, fieldsOfColumn, group, rowStart, failures);
}
/** Blank rows: no column has a value there (none when some column has a value in every row). */
function blankRows(vectors, rows) {
    if (vectors.length === 0 ||
        !vectors.every((v) => v !== undefined && v.present !== undefined && v.count < rows))
        return undefined;
    const blank = new Uint8Array(rows).fill(1);
    for (const vector of vectors) {
        const present = vector.present;
        for (let r = 0; r < rows; r++)
            blank[r] &= present[r] ^ 1;
    }
    return blank;
}
function nullFailures(present, blank, rows, i, failures) {
    for (let r = 0; r < rows; r++)
        if (present[r] === 0 && (blank === undefined || blank[r] === 0))
            failures.push({ r, i, k: -1, j: -1 });
}
/**
 * A verdict per dictionary value, then the indices only when some value does not pass (or the label's
 * classes are counted: how often each value occurs).
 */
function dictionaryFailures(state, i, checker, vector, label, failed) {
    const dictionary = vector.dictionary;
    const statuses = new Int8Array(dictionary.length);
    const classes = label ? new Array(dictionary.length) : undefined;
    const profiler = state.options.profiler;
    // What the profile is given for each passing dictionary value: its checked value, as for a cell.
    const profiled = profiler
        ? new Array(dictionary.length).fill(null)
        : undefined;
    let bad = false;
    for (let d = 0; d < dictionary.length; d++) {
        const status = checker.checkNative(dictionary[d]);
        statuses[d] = status;
        if (status !== OK)
            bad = true;
        else {
            if (classes)
                classes[d] = (0,table_state/* labelKey */.kJ)(checker.value);
            if (profiled)
                profiled[d] = (0,table_state/* profileValue */.DO)(checker.value);
        }
    }
    if (!bad && !classes && !profiled)
        return;
    const occurs = classes ? new Int32Array(dictionary.length) : undefined;
    state.nulls[i] += occurs
        ? countedIndexFailures(vector.indices, statuses, occurs, failed)
        : indexFailures(vector.indices, statuses, failed);
    if (profiled)
        profileIndices(profiler, i, vector.indices, statuses, profiled);
    if (occurs)
        for (let d = 0; d < dictionary.length; d++)
            if (occurs[d] > 0)
                state.countLabel(classes[d], occurs[d]);
}
/**
 * The positions whose dictionary value fails (into `failed`); returns the missing. The WebAssembly does
 * it (indexVerdictsInto), this loop when it does not take the tables.
 */
function indexFailures(indices, statuses, failed) {
    return (indexVerdictsInto(indices, statuses, undefined, failed) ?? indexFailuresLoop(indices, statuses, failed));
}
/** indexFailures in TypeScript. */
function indexFailuresLoop(indices, statuses, failed) {
    let missing = 0;
    const n = indices.length;
    for (let k = 0; k < n; k++) {
        const status = statuses[indices[k]];
        if (status === OK)
            continue;
        if (status === MISSING)
            missing++;
        else
            failed.push(k);
    }
    return missing;
}
/** indexFailures, counting how often each passing dictionary value occurs (the label's classes) as well. */
function countedIndexFailures(indices, statuses, occurs, failed) {
    let missing = indexVerdictsInto(indices, statuses, occurs, failed);
    if (missing === undefined) {
        const n = indices.length;
        for (let k = 0; k < n; k++)
            occurs[indices[k]]++;
        missing = 0;
        let bad = 0;
        for (let d = 0; d < statuses.length; d++)
            if (statuses[d] === MISSING)
                missing += occurs[d];
            else if (statuses[d] !== OK)
                bad += occurs[d];
        if (bad > 0)
            indexFailuresLoop(indices, statuses, failed); // the WebAssembly just declined these tables
    }
    // Only passing values are classes.
    for (let d = 0; d < statuses.length; d++)
        if (statuses[d] !== OK)
            occurs[d] = 0;
    return missing;
}
/** Each value's profile value (a passing one), or null (a missing one; a failing one is replayed). */
function profileIndices(profiler, i, indices, statuses, profiled) {
    const n = indices.length;
    for (let k = 0; k < n; k++) {
        const index = indices[k];
        const status = statuses[index];
        if (status === OK)
            profiler.add(i, profiled[index]);
        else if (status === MISSING)
            profiler.add(i, null);
    }
}
/**
 * The positions of a dense column's values that do not pass (into `failed`); counts the missing ones and
 * the label's classes, and gives a profile each passing value and a null for each missing one.
 */
function denseFailures(state, profiler, i, checker, cells, count, label, failed) {
    for (let k = 0; k < count; k++) {
        const status = cells.check(checker, k);
        if (status === OK) {
            if (label)
                state.countLabelOf(checker.value);
            profiler?.add(i, (0,table_state/* profileValue */.DO)(checker.value));
            continue;
        }
        if (status === MISSING) {
            state.nulls[i]++;
            profiler?.add(i, null);
        }
        else
            failed.push(k);
    }
}
/** Each failing value's row (the k-th present one) and, past `firstSunk`, its StringCheck failure. */
function failureRows(present, failed, firstSunk, rows, i, failures) {
    if (present === undefined) {
        for (let f = 0; f < failed.length; f++) {
            const k = failed[f];
            failures.push({ r: k, i, k, j: f >= firstSunk ? f - firstSunk : -1 });
        }
        return;
    }
    let k = 0;
    let next = 0;
    for (let r = 0; r < rows && next < failed.length; r++) {
        if (present[r] === 0)
            continue;
        if (k === failed[next]) {
            failures.push({ r, i, k, j: next >= firstSunk ? next - firstSunk : -1 });
            next++;
        }
        k++;
    }
}
/** The failing cells again, in row order, as a row-by-row pass records them (error samples). */
function replay(state, specs, columnIndex, fieldsOfColumn, { vectors, sinks }, rowStart, failures) {
    const { checkers } = state.options;
    failures.sort((a, b) => a.r - b.r || a.i - b.i);
    for (const { r, i, k, j } of failures) {
        const c = fieldsOfColumn[i];
        const vector = vectors[c];
        const raw = k < 0
            ? null
            : j >= 0
                ? sinks[c].text(j)
                : vector.indices
                    ? vector.dictionary[vector.indices[k]]
                    : convert(specs[columnIndex[c]], vector.dense, k);
        const status = checkers[i].checkNative(raw);
        const row = rowStart + r + 2;
        state.cell(i, status, row, row, () => textOf(raw));
    }
}
/**
 * The dense values of one column chunk, checked as checkNative checks their converted values but without
 * the conversion's allocations: INT64 as two 32-bit halves (a number wherever exact), DATE and TIMESTAMP as
 * epoch milliseconds, plain strings from their bytes as CSV cells are.
 */
class DenseCells {
    spec;
    dense;
    halves;
    days;
    texts;
    constructor(spec, dense, type) {
        this.spec = spec;
        this.dense = dense;
        const kind = spec.kind;
        this.halves =
            dense instanceof BigInt64Array &&
                (kind === 'ts-ms' ||
                    kind === 'ts-us' ||
                    (kind === 'int64' && (type === 'integer' || type === 'number')))
                ? new Int32Array(dense.buffer, dense.byteOffset, dense.length * 2)
                : undefined;
        this.days = kind === 'date' && dense instanceof Int32Array ? dense : undefined;
        this.texts = dense instanceof ByteStrings ? dense : undefined;
    }
    check(checker, at) {
        const { texts, days, halves } = this;
        if (texts !== undefined)
            return checker.checkBytes(texts.bytes, texts.starts[at], texts.starts[at + 1] - 4);
        if (days !== undefined)
            return checker.checkEpochMs(days[at] * 86400000);
        if (halves !== undefined) {
            const hi = halves[2 * at + 1];
            if (hi >= -0x200000 && hi < 0x200000) {
                const n = hi * 4294967296 + (halves[2 * at] >>> 0);
                const kind = this.spec.kind;
                return kind === 'int64'
                    ? checker.checkNative(n)
                    : checker.checkEpochMs(kind === 'ts-ms' ? n : Math.trunc(n / 1000));
            }
        }
        return checker.checkNative(convert(this.spec, this.dense, at));
    }
    /** The value's text for an error sample. */
    text(at) {
        return textOf(convert(this.spec, this.dense, at));
    }
}
/** A cell's text in an error sample: what a CSV of the same table holds there (a null is empty). */
function textOf(raw) {
    return raw === null || raw === undefined ? '' : typeof raw === 'string' ? raw : String(raw);
}

;// CONCATENATED MODULE: ./build/core/data/parquet/string-check.js



/**
 * The column-wise hot path's check of a string column's plain values, done while the reader walks each
 * decompressed page: each value's bytes go to the field's checker as a CSV cell's do, nothing is copied
 * but the bytes of the values that fail (their error samples are written later, in row order).
 */
class StringCheck {
    checker;
    state;
    /** The chunk positions (among the present values) of the values that did not pass, in order. */
    failed = [];
    /** Values that are a missing value of the field (a `""` under the default missingValues). */
    missing = 0;
    rejects;
    /** The WebAssembly that passes a page's common values at once (none for the label: it counts them). */
    plain;
    constructor(checker, 
    /** Counts the label's classes (the label column), else undefined. */
    state, rows, pool) {
        this.checker = checker;
        this.state = state;
        this.rejects = ByteStrings.from(pool, rows);
        const check = state === undefined ? checker.scanCheck() : undefined;
        this.plain = check !== undefined && check.check !== 0 ? new PlainStringChecks(check) : undefined;
    }
    /**
     * A page's `n` plain strings from `at`: those the WebAssembly passes need nothing more (it passes only
     * what checkBytes passes), the others go to value() in order. False without it, or when a length runs
     * past the page (the caller's loop then reports that).
     */
    values(page, at, n, first) {
        const left = this.plain?.check(page, at, n);
        if (left === undefined)
            return false;
        const base = this.plain.base;
        for (let j = 0; j < left.length; j += 2) {
            const start = left[j + 1] - base;
            this.value(page, start, start + readU32(page, start - 4), first + left[j]);
        }
        return true;
    }
    value(page, start, end, k) {
        const status = this.checker.checkBytes(page, start, end);
        if (status === field_checker/* CELL */.JA.ok) {
            if (this.state !== undefined)
                this.state.countLabelOf(this.checker.value);
        }
        else if (status === field_checker/* CELL */.JA.missing)
            this.missing++;
        else {
            this.failed.push(k);
            this.rejects.append(page, start - 4, 1); // from its length prefix
        }
    }
    /** The text of the j-th value that failed. */
    text(j) {
        return this.rejects.text(j);
    }
}

;// CONCATENATED MODULE: ./build/core/data/parquet/columnar.js





/** Row groups larger than this go to the generic reader (the vectors of one group are held at once). */
const MAX_GROUP_ROWS = 1 << 24;
/** Nesting deeper than this is refused outright, before any reader walks it. */
const MAX_SCHEMA_DEPTH = 32;
/**
 * The specs of the file's columns when the column-chunk reader can read them all (a flat schema of the
 * types column-chunk.ts converts, row groups of at most 2^24 rows), else undefined.
 */
function columnarSpecs(metadata) {
    const elements = metadata.schema.slice(1);
    if (elements.length !== Number(metadata.schema[0]?.num_children ?? -1))
        return undefined;
    const specs = [];
    for (const element of elements) {
        const spec = columnSpec(element);
        if (!spec)
            return undefined;
        specs.push(spec);
    }
    for (const group of metadata.row_groups) {
        if (Number(group.num_rows) > MAX_GROUP_ROWS || group.columns.length !== specs.length)
            return undefined;
        for (let j = 0; j < specs.length; j++) {
            const meta = group.columns[j].meta_data;
            if (meta?.path_in_schema.length !== 1 || meta.path_in_schema[0] !== specs[j].name)
                return undefined;
        }
    }
    return specs;
}
/** How deep the schema nests (1 for a flat table), walking the flattened element list iteratively. */
function schemaDepth(metadata) {
    const stack = [];
    let depth = 0;
    for (const element of metadata.schema) {
        while (stack.length > 0 && stack[stack.length - 1] === 0)
            stack.pop();
        if (stack.length > 0)
            stack[stack.length - 1]--;
        const children = element.num_children ?? 0;
        if (children > 0) {
            stack.push(children);
            depth = Math.max(depth, stack.length);
        }
    }
    return depth;
}
function fieldsOfColumnIndex(position, c) {
    return position.indexOf(c);
}
/**
 * Per wanted column of row group g: its exact null count when its statistics give one that can stand
 * for its nulls (else -1): a null count must be given, none for a `required` field or a required column,
 * and nothing in a group that may hold a blank row (every column with nulls), since a blank row's cells
 * are not counted per column.
 */
function trustedNulls(metadata, g, specs, columnIndex, fields) {
    const group = metadata.row_groups[g];
    const stats = columnIndex.map((j) => j < 0 ? undefined : group.columns[j].meta_data?.statistics);
    const counts = stats.map((st) => (st?.null_count === undefined ? -1 : Number(st.null_count)));
    const noBlank = columnIndex.some((j, c) => j >= 0 && (specs[j].maxDef === 0 || counts[c] === 0));
    const nulls = columnIndex.map((j, c) => {
        const field = fields[c];
        if (!noBlank || j < 0 || field === undefined || counts[c] < 0)
            return -1;
        if (specs[j].maxDef === 0)
            return counts[c] === 0 ? 0 : -1;
        if (field.constraints.required === true && counts[c] !== 0)
            return -1;
        return counts[c];
    });
    return { nulls, stats };
}
/**
 * Per wanted column of row group g: its exact null count when its statistics prove that no value in it
 * can fail its field (else -1), and the chunk is not read. Exact only: bounds need exact min/max,
 * doubles with bounds are always read (NaN is not in min/max), strings are always read (missing values
 * and text constraints; dictionaryOnly may settle them by their dictionary).
 */
function skippable({ nulls, stats }, specs, columnIndex, fields) {
    return columnIndex.map((j, c) => nulls[c] >= 0 && passes(fields[c], specs[j], stats[c]) ? nulls[c] : -1);
}
const DICTIONARY_ENCODINGS = new Set(['PLAIN_DICTIONARY', 'RLE_DICTIONARY']);
/**
 * Per wanted column of row group g: its exact null count when its metadata say that every data page is
 * dictionary-encoded (the page encoding statistics, else the chunk's encodings: dictionary ones and
 * the levels' RLE only), else -1. Such a chunk whose dictionary values all pass has every value pass
 * (its data pages only say which value each row holds): its dictionary page is read, its data pages not.
 */
function dictionaryOnly({ nulls }, metadata, g, specs, columnIndex) {
    const group = metadata.row_groups[g];
    return columnIndex.map((j, c) => {
        if (nulls[c] < 0 || specs[j].physical === 'BOOLEAN')
            return -1;
        const meta = group.columns[j].meta_data;
        const pages = meta.encoding_stats;
        const dictionaryPages = pages !== undefined && pages.length > 0
            ? pages.every((p) => p.count === 0 ||
                p.page_type === 'DICTIONARY_PAGE' ||
                ((p.page_type === 'DATA_PAGE' || p.page_type === 'DATA_PAGE_V2') &&
                    DICTIONARY_ENCODINGS.has(p.encoding)))
            : meta.encodings.some((e) => DICTIONARY_ENCODINGS.has(e)) &&
                meta.encodings.every((e) => DICTIONARY_ENCODINGS.has(e) || e === 'RLE' || e === 'BIT_PACKED');
        return dictionaryPages ? nulls[c] : -1;
    });
}
const BOUNDS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'];
function passes(field, spec, st) {
    const c = field.constraints;
    const integers = spec.kind === 'int32' || spec.kind === 'int64';
    if (c.pattern !== undefined ||
        (c.enum !== undefined && !integers) ||
        c.minLength !== undefined ||
        c.maxLength !== undefined ||
        c.jsonSchema !== undefined ||
        field.categories !== undefined)
        return false;
    const bounds = BOUNDS.filter((b) => c[b] !== undefined);
    const exactRange = () => {
        if (st.is_min_value_exact === false || st.is_max_value_exact === false)
            return undefined;
        const min = st.min_value;
        const max = st.max_value;
        if ((typeof min !== 'bigint' && typeof min !== 'number') ||
            (typeof max !== 'bigint' && typeof max !== 'number'))
            return undefined;
        const lo = Number(min);
        const hi = Number(max);
        return Number.isSafeInteger(lo) && Number.isSafeInteger(hi) ? [lo, hi] : undefined;
    };
    switch (spec.kind) {
        case 'int32':
        case 'int64': {
            if (field.type !== 'integer' && field.type !== 'number')
                return false;
            if (bounds.length === 0 && c.enum === undefined)
                return true;
            const range = exactRange();
            if (!range)
                return false;
            const [lo, hi] = range;
            // An enum of integers passes when every integer between min and max is a member (a short range).
            if (c.enum !== undefined) {
                if (hi - lo > 4096)
                    return false;
                const members = new Set(c.enum.filter((v) => typeof v === 'number'));
                for (let v = lo; v <= hi; v++)
                    if (!members.has(v))
                        return false;
            }
            return bounds.every((b) => {
                const v = c[b];
                if (typeof v !== 'number')
                    return false;
                if (b === 'minimum')
                    return lo >= v;
                if (b === 'maximum')
                    return hi <= v;
                if (b === 'exclusiveMinimum')
                    return lo > v;
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
            if ((field.type !== 'date' && field.type !== 'datetime') || bounds.length > 0)
                return false;
            // Every value must make a valid Date: min and max within its range (hyparquet gives them as Dates).
            const valid = (v) => v instanceof Date && !Number.isNaN(v.getTime());
            return (st.is_min_value_exact !== false &&
                st.is_max_value_exact !== false &&
                valid(st.min_value) &&
                valid(st.max_value));
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
async function validateColumnar(file, metadata, specs, state, position, wanted, groups, rowStart, buffers = {}) {
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
    const raws = buffers.raws;
    const pools = buffers.pools;
    // The column-wise hot path: everything but keys (which need each row's values together); the label
    // column's classes are counted there too (per dictionary value, not per cell), and a profile is fed
    // column by column (each column's accumulator sees its values in row order, as in a row-by-row pass).
    // A profile needs every value: then no chunk is settled by its statistics or its dictionary, and plain
    // strings are decoded rather than checked as their pages are read.
    const fast = !state.needValues;
    const everyValue = profiler !== undefined;
    const fieldOf = Array.from(wanted, (_, c) => fieldsOfColumnIndex(position, c));
    // The label column is always read: its classes are counted, whatever its statistics say.
    const fields = fieldOf.map((i) => (i < 0 || i === labelField ? undefined : checkers[i].field));
    const load = (g, start) => {
        // Which chunks the row group's metadata settle: both rules start from the null counts it can trust.
        const trusted = fast && !everyValue ? trustedNulls(metadata, g, specs, columnIndex, fields) : undefined;
        return fetchGroup(file, metadata, specs, trusted && skippable(trusted, specs, columnIndex, fields), trusted && dictionaryOnly(trusted, metadata, g, specs, columnIndex), columnIndex, g, start, name, raws[g % 2]);
    };
    // A dictionary settles its chunk when each of its values passes (checked once each).
    const settles = (c, dictionary) => {
        const checker = checkers[fieldOf[c]];
        for (const value of dictionary)
            if (checker.checkNative(value) !== field_checker/* CELL */.JA.ok)
                return false;
        return true;
    };
    let next = first < last ? load(first, rowStart) : undefined;
    let read = 0;
    const values = new Array(n).fill(null);
    const cursors = new Int32Array(wanted.length);
    const fieldsOfColumn = position; // field → wanted column (-1: absent)
    for (let g = first; g < last; g++) {
        const fetched = await next;
        const rowEnd = rowStart + fetched.rows;
        next = g + 1 < last ? load(g + 1, rowEnd) : undefined;
        next?.catch(() => undefined); // reported when awaited
        // The hot path checks plain strings as their pages are read (a label's classes counted there too).
        const sinkOf = (c, rows) => fast && !everyValue && fieldOf[c] >= 0 && specs[columnIndex[c]].kind === 'string'
            ? new StringCheck(checkers[fieldOf[c]], fieldOf[c] === labelField ? state : undefined, rows, pools[c])
            : undefined;
        const group = decodeGroup(fetched, metadata, specs, columnIndex, name, pools, settles, sinkOf);
        const vectors = group.vectors;
        // Per dictionary value: its status once it passed with nothing to track (-1 unknown).
        const passed = vectors.map((v) => (v?.indices ? new Int8Array(v.dictionary.length).fill(-1) : undefined));
        const plainCheck = !state.tracksOk;
        const cells = vectors.map((v, c) => v?.dense === undefined || fieldOf[c] < 0
            ? undefined
            : new DenseCells(specs[columnIndex[c]], v.dense, checkers[fieldOf[c]].field.type));
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
                const c = fieldsOfColumn[i];
                if (c < 0)
                    continue;
                const vector = vectors[c];
                if (vector.present !== undefined && vector.present[r] === 0) {
                    values[i] = null;
                    continue;
                }
                blank = false;
                values[i] = cursors[c]; // the value's position among the present ones, resolved below
            }
            // advance cursors once per row per column (a field may appear once per column)
            for (let c = 0; c < wanted.length; c++) {
                const vector = vectors[c];
                if (vector.present === undefined || vector.present[r] === 1)
                    cursors[c]++;
            }
            if (blank && wanted.length > 0) {
                state.blankRow(row, row);
                continue;
            }
            for (let i = 0; i < n; i++) {
                const c = fieldsOfColumn[i];
                if (c < 0)
                    continue;
                const at = values[i];
                const checker = checkers[i];
                if (at === null) {
                    const status = checker.checkNative(null);
                    if (status === field_checker/* CELL */.JA.missing)
                        state.missing(i);
                    else
                        state.cell(i, status, row, row, () => ''); // as the empty CSV cell
                    continue;
                }
                const vector = vectors[c];
                const k = at;
                let raw;
                const indices = vector.indices;
                if (indices !== undefined) {
                    const index = indices[k];
                    const seen = passed[c];
                    if (plainCheck && i !== labelField && seen[index] === field_checker/* CELL */.JA.ok)
                        continue;
                    raw = vector.dictionary[index];
                    const status = checker.checkNative(raw);
                    seen[index] = status;
                    record(state, i, status, row, raw, labelField);
                }
                else {
                    const cell = cells[c];
                    const status = cell.check(checker, k);
                    if (status === field_checker/* CELL */.JA.ok) {
                        if (state.tracksOk || i === labelField)
                            state.ok(i);
                    }
                    else if (status === field_checker/* CELL */.JA.missing)
                        state.missing(i);
                    else
                        state.cell(i, status, row, row, () => cell.text(k));
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
function record(state, i, status, row, raw, labelField) {
    if (status === field_checker/* CELL */.JA.ok) {
        if (state.tracksOk || i === labelField)
            state.ok(i);
    }
    else if (status === field_checker/* CELL */.JA.missing)
        state.missing(i);
    else
        state.cell(i, status, row, row, () => textOf(raw));
}
function bigintJson(_key, value) {
    return typeof value === 'bigint' ? value.toString() : value;
}
/**
 * Reads the bytes of row group g's column chunks (I/O only, so it runs ahead while the group before is
 * checked), each into the column's raw buffer of this parity: not a new allocation per row group, which
 * only a later GC would give back.
 */
async function fetchGroup(file, metadata, specs, skip, dictionaryOnly, columnIndex, g, rowStart, name, raws) {
    const group = metadata.row_groups[g];
    const rows = Number(group.num_rows);
    const size = file.byteLength;
    const chunks = await Promise.all(columnIndex.map(async (j, c) => {
        if (j < 0 || (skip !== undefined && skip[c] >= 0))
            return undefined;
        const spec = specs[j];
        const meta = group.columns[j].meta_data;
        const dictionaryAt = meta.dictionary_page_offset === undefined ? -1 : Number(meta.dictionary_page_offset);
        const dataAt = Number(meta.data_page_offset);
        const start = dictionaryAt > 0 && dictionaryAt < dataAt ? dictionaryAt : dataAt;
        const length = Number(meta.total_compressed_size);
        if (!(start >= 4 && length >= 0 && start + length <= size - 8))
            throw new errors/* DataError */.fL(`cannot read ${where(spec, g, rowStart, rows)}: its chunk (bytes ${start}-${start + length}) lies outside the file (${size} bytes)`, { where: { file: name } });
        if (!isReadInto(file))
            return new Uint8Array(await file.slice(start, start + length));
        const pool = raws[c];
        const bytes = await file.readInto(start, start + length, pool.raw);
        if (pool.raw === undefined || bytes.buffer !== pool.raw.buffer)
            pool.raw = new Uint8Array(bytes.buffer);
        return bytes;
    }));
    return { g, rowStart, rows, skip, dictionaryOnly, chunks };
}
function where(spec, g, rowStart, rows) {
    return `column "${spec.name}" of row group ${g} (rows ${rowStart}-${rowStart + rows})`;
}
/**
 * Decodes a fetched group's chunks into typed vectors, in one set of buffers per column (a group's
 * vectors are done with before the next group is decoded).
 */
function decodeGroup(fetched, metadata, specs, columnIndex, name, pools, settles, sinkOf) {
    const { g, rowStart, rows, skip, dictionaryOnly, chunks } = fetched;
    const group = metadata.row_groups[g];
    const nullCounts = skip ? [...skip] : chunks.map(() => -1);
    const sinks = chunks.map(() => undefined);
    const vectors = chunks.map((bytes, c) => {
        if (bytes === undefined)
            return undefined;
        const j = columnIndex[c];
        const spec = specs[j];
        const codec = group.columns[j].meta_data.codec;
        try {
            if (dictionaryOnly !== undefined && dictionaryOnly[c] >= 0) {
                const dictionary = readDictionary(bytes, spec, codec);
                if (dictionary !== undefined && settles(c, dictionary)) {
                    nullCounts[c] = dictionaryOnly[c];
                    return undefined;
                }
            }
            sinks[c] = sinkOf(c, rows);
            return readColumnChunk(bytes, spec, codec, rows, pools[c], sinks[c]);
        }
        catch (thrown) {
            throw new errors/* DataError */.fL(`cannot read ${where(spec, g, rowStart, rows)}: ${thrown instanceof Error ? thrown.message : String(thrown)}`, { where: { file: name } });
        }
    });
    return { rows, vectors, nullCounts, sinks };
}
function isReadInto(file) {
    return typeof file.readInto === 'function';
}

;// CONCATENATED MODULE: ./build/core/data/parquet/parquet-table.js
// The footer's reader alone: hyparquet's index brings its generic reader too (a 161 kB bundle chunk that
// every Parquet run would parse at start-up), loaded below only for the chunks the column reader leaves.







// Snappy from snappy.ts (faster than hyparquet's built-in one), zstd from zstd.ts (node:zlib's or JS),
// the others from node:zlib, loaded only when a page needs it (loading it costs ~10 ms).
/** The Parquet codecs for every reader of Parquet in mlci (hyparquet's generic reader too). */
const COMPRESSORS = {
    SNAPPY: (input, size) => {
        const output = new Uint8Array(size);
        snappyDecompress(input, output);
        return output;
    },
    GZIP: (input) => process.getBuiltinModule('node:zlib').gunzipSync(input),
    BROTLI: (input) => process.getBuiltinModule('node:zlib').brotliDecompressSync(input),
    ZSTD: zstdDecompress,
};
/**
 * The row groups of a Parquet file and its size decoded (the column chunks' uncompressed bytes, what a
 * pass decodes: the measure of work that a CSV's size is) — `text` of it in string columns without a
 * dictionary —, or a source error.
 */
async function parquetRowGroups(file, name) {
    const metadata = await readMetadata(file, name);
    let uncompressed = 0;
    let text = 0;
    for (const group of metadata.row_groups)
        for (const column of group.columns) {
            const meta = column.meta_data;
            const bytes = Number(meta?.total_uncompressed_size ?? 0);
            uncompressed += bytes;
            // Strings without a dictionary: each value is cast and checked from its bytes, as a CSV cell is.
            if (meta?.type === 'BYTE_ARRAY' && meta.dictionary_page_offset === undefined)
                text += bytes;
        }
    return { groups: metadata.row_groups.length, uncompressed, text };
}
async function readMetadata(file, name) {
    const problem = await parquetFraming(file);
    if (problem)
        throw new errors/* DataError */.fL(problem, { where: { file: name } });
    let metadata;
    try {
        metadata = await (0,src_metadata/* parquetMetadataAsync */.Ei)(file);
    }
    catch (thrown) {
        throw new errors/* DataError */.fL(`not a readable Parquet file: the footer cannot be parsed (${thrown instanceof Error ? thrown.message : String(thrown)})`, { where: { file: name } });
    }
    const depth = schemaDepth(metadata);
    if (depth > MAX_SCHEMA_DEPTH)
        throw new errors/* DataError */.fL(`unsupported Parquet schema: columns nested ${depth} levels deep (mlci reads at most ${MAX_SCHEMA_DEPTH})`, { where: { file: name } });
    return metadata;
}
const MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1"
/**
 * What is wrong with a file's Parquet framing, or undefined: `PAR1` at both ends, and the footer length
 * (the 4 bytes before the trailing magic) within the file. Says which, so a user can tell a CSV named
 * .parquet from a cut download.
 */
async function parquetFraming(file) {
    const size = file.byteLength;
    if (size < 12)
        return `not a Parquet file: ${size} bytes, less than the 12 of an empty one`;
    const head = new Uint8Array(await file.slice(0, 4));
    const tail = new Uint8Array(await file.slice(size - 8, size));
    const magic = (bytes, at) => MAGIC.every((b, i) => bytes[at + i] === b);
    if (!magic(head, 0))
        return 'not a Parquet file: it does not start with PAR1';
    if (!magic(tail, 4))
        return `truncated: a Parquet file ends with PAR1, this one (${size} bytes) does not`;
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
async function validateParquet(file, state, part = {}) {
    const { schema, checkers, keys, profiler, errors, labelField } = state.options;
    const name = state.options.file;
    // One parse of the footer per file and thread: a thread's passes over runs of row groups share it.
    const metadata = part.buffers?.metadata ?? (await readMetadata(file, name));
    if (part.buffers)
        part.buffers.metadata = metadata;
    if (usesZstd(metadata))
        await zstdReady();
    const labels = metadata.schema
        .slice(1)
        .filter((element) => element.num_children === undefined)
        .map((element) => element.name);
    const columns = (0,header/* matchHeader */.Rh)(labels, schema, name);
    if (part.labels !== false)
        for (const error of columns.errors)
            errors.add(error);
    state.columnOf = (0,header/* columnsOfFields */.Ci)(columns, schema.fields.length);
    const wanted = labels.filter((label) => schema.fields.some((field) => field.name === label));
    // For each field, its position in the rows hyparquet returns (-1: the file has no such column).
    const position = Int32Array.from(schema.fields, (field) => wanted.indexOf(field.name));
    const n = schema.fields.length;
    const [first, last] = part.groups ?? [0, metadata.row_groups.length];
    let rowStart = 0;
    for (let g = 0; g < first; g++)
        rowStart += Number(metadata.row_groups[g].num_rows);
    // Flat tables of the common types: the column-chunk reader (typed vectors, no row objects).
    const specs = columnarSpecs(metadata);
    if (specs)
        return validateColumnar(file, metadata, specs, state, position, wanted, [first, last], rowStart, part.buffers);
    let read = 0;
    for (const group of metadata.row_groups.slice(first, last)) {
        const rowEnd = rowStart + Number(group.num_rows);
        read += rowEnd - rowStart;
        const chunks = await readColumns(file, metadata, wanted, rowStart, rowEnd, name);
        // Column-wise, no array per row: the cursor of each column walks its chunks (pages) in order.
        const cursors = wanted.map((column) => ({ chunks: chunks.get(column) ?? [], index: 0 }));
        const raws = new Array(n).fill(null);
        for (let r = rowStart; r < rowEnd; r++) {
            const row = r + 2; // as a CSV of the same table would number it: the header is row 1
            state.rows++;
            let blank = true;
            for (let i = 0; i < n; i++) {
                const at = position[i];
                if (at < 0)
                    continue;
                const cursor = cursors[at];
                let chunk = cursor.chunks[cursor.index];
                while (chunk && r >= chunk.rowEnd)
                    chunk = cursor.chunks[++cursor.index];
                raws[i] = chunk && r >= chunk.rowStart ? chunk.columnData[r - chunk.rowStart] : null;
                if (raws[i] !== null && raws[i] !== undefined)
                    blank = false;
            }
            if (blank && wanted.length > 0) {
                state.blankRow(row, row);
                continue;
            }
            for (let i = 0; i < n; i++) {
                if (position[i] < 0)
                    continue;
                const raw = raws[i];
                const status = checkers[i].checkNative(raw);
                if (status === field_checker/* CELL */.JA.ok) {
                    if (state.tracksOk || i === labelField)
                        state.ok(i);
                }
                else if (status === field_checker/* CELL */.JA.missing)
                    state.missing(i);
                else
                    state.cell(i, status, row, row, () => raw === null || raw === undefined ? '' : typeof raw === 'string' ? raw : String(raw));
            }
            if (keys && state.needValues) {
                const record = JSON.stringify(state.values, parquet_table_bigintJson);
                keys.row(state.values, record, row, row, errors, name);
            }
            profiler?.endRow();
        }
        rowStart = rowEnd;
    }
    return read;
}
/** Whether any column chunk is zstd-compressed (the WebAssembly decoder is loaded only then). */
function usesZstd(metadata) {
    return metadata.row_groups.some((group) => group.columns.some((column) => column.meta_data?.codec === 'ZSTD'));
}
function parquet_table_bigintJson(_key, value) {
    return typeof value === 'bigint' ? value.toString() : value;
}
async function readColumns(file, metadata, columns, rowStart, rowEnd, name) {
    const chunks = new Map();
    try {
        const { parquetRead } = await __webpack_require__.e(/* import() */ 551).then(__webpack_require__.bind(__webpack_require__, 3551));
        await parquetRead({
            file,
            metadata,
            columns,
            rowStart,
            rowEnd,
            compressors: COMPRESSORS,
            onChunk: (chunk) => {
                const list = chunks.get(chunk.columnName);
                if (list)
                    list.push(chunk);
                else
                    chunks.set(chunk.columnName, [chunk]);
            },
        });
    }
    catch (thrown) {
        throw new errors/* DataError */.fL(`cannot read rows ${rowStart}-${rowEnd} of the Parquet file: ${thrown instanceof Error ? thrown.message : String(thrown)}`, { where: { file: name } });
    }
    for (const list of chunks.values())
        list.sort((a, b) => a.rowStart - b.rowStart);
    return chunks;
}


/***/ })

};
