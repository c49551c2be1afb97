import type { Decompress as FzstdDecompress } from 'fzstd';

/**
 * Zstandard for Parquet pages, three decoders: the reference decoder compiled to WebAssembly (zstddec's
 * build, driven directly: a page decodes into a buffer reused from page to page), node:zlib's (Node 22.15
 * and later: a new Buffer per page), and fzstd (pure JS, 4-5x slower, where WebAssembly is unavailable).
 * The column-chunk reader prefers the WebAssembly one: as fast as node:zlib's (docs/validate-data.md),
 * and pages that are not a new allocation each do not pile up as garbage that only a later GC gives
 * back (peak RSS with two workers over 200 MiB with node:zlib's). hyparquet's generic reader keeps the
 * pages it is given, so it gets a new buffer: node:zlib's where Node has zstd. Each decodes a page into
 * exactly the bytes its header claims or throws; the choice changes speed and memory, never a report.
 */

type Native = (input: Uint8Array, options?: { maxOutputLength?: number; chunkSize?: number }) => Buffer;
/** node:zlib's zstd where Node has it, looked up when first needed: loading node:zlib costs ~10 ms. */
let nativeLookup: { decode: Native | undefined } | undefined;
function nativeZstd(): Native | undefined {
  nativeLookup ??= {
    decode: (process.getBuiltinModule('node:zlib') as { zstdDecompressSync?: Native }).zstdDecompressSync,
  };
  return nativeLookup.decode;
}

type Which = 'auto' | 'node:zlib' | 'wasm' | 'js';
/** Which decoder serves: the preferred one there is (`auto`), or the one named. */
let choice: Which = 'auto';
let wasm: ZstdExports | undefined;
let loading: Promise<void> | undefined;

/** The reference decoder's WebAssembly exports (zstddec's build), driven directly: no copy per page. */
interface ZstdExports {
  readonly memory: { readonly buffer: ArrayBuffer };
  malloc(size: number): number;
  free(pointer: number): void;
  ZSTD_decompress(dst: number, capacity: number, src: number, size: number): number;
}

/** fzstd's streaming decoder, once zstdReady() loaded it. */
let Decompress: typeof FzstdDecompress | undefined;

/** Whether node:zlib has zstd on this Node. */
export function hasNativeZstd(): boolean {
  return nativeZstd() !== undefined;
}

/** Forces a decoder (`wasm` once `zstdReady()` resolved), or back to `auto`; for tests and benchmarks. */
export function useZstd(which: Which): void {
  if (which === 'node:zlib' && nativeZstd() === undefined) throw new Error('node:zlib has no zstd here');
  choice = which;
}

/** The decoder the column-chunk reader uses now (zstdDecompressReused). */
export function zstdDecoder(): 'node:zlib' | 'wasm' | 'js' {
  if (choice === 'js') return 'js';
  if (choice === 'node:zlib') return 'node:zlib';
  if (wasm !== undefined) return 'wasm';
  return nativeZstd() !== undefined ? 'node:zlib' : 'js';
}

/**
 * Loads the decoders (never fails: the others serve otherwise). Both libraries are loaded here, not with
 * this module: a Parquet file without zstd pages does not compile them (a bundle chunk of 250 kB, 5 ms of
 * its start-up).
 */
export function zstdReady(): Promise<void> {
  loading ??= (async () => {
    const [fzstd, { ZSTDDecoder }] = await Promise.all([import('fzstd'), import('zstddec')]);
    Decompress = fzstd.Decompress;
    // zstddec hands its instance to _init (called unbound); this subclass keeps its exports.
    let instantiated: ZstdExports | undefined;
    class Loader extends ZSTDDecoder {
      override _init(result: Parameters<InstanceType<typeof ZSTDDecoder>['_init']>[0]): void {
        ZSTDDecoder.prototype._init.call(undefined, result);
        instantiated = (result as { instance: { exports: unknown } }).instance.exports as ZstdExports;
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
function withoutFetch<T>(start: () => T): T {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  if (descriptor === undefined || descriptor.configurable !== true) return start();
  Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });
  try {
    return start();
  } finally {
    Object.defineProperty(globalThis, 'fetch', descriptor);
  }
}

/** The largest window a frame may ask for: a Parquet page is at most this large anyway. */
const MAX_WINDOW = 256 * 1024 * 1024;

/** `input` (one or more zstd frames) decompressed to exactly `size` bytes in a new buffer, or an Error. */
export function zstdDecompress(input: Uint8Array, size: number): Uint8Array {
  const which = zstdDecoder();
  const native = nativeZstd();
  if (which === 'node:zlib' || (which === 'wasm' && choice === 'auto' && native !== undefined)) {
    // One output buffer of the page's size (+1: a full one makes zlib allocate another to look for more).
    const out = native!(input, { maxOutputLength: Math.max(size, 1), chunkSize: Math.max(size + 1, 64) });
    if (out.length !== size) throw new Error(`it decompresses to ${out.length} bytes`);
    return out;
  }
  if (which === 'wasm') return inWasm(wasm!, input, size).slice();
  return zstdJs(input, size);
}

let scratch = new Uint8Array(1 << 16);

/**
 * As zstdDecompress, into a buffer reused from call to call where the WebAssembly decoder serves (the
 * caller consumes the page before the next): a page is then no new allocation, which under load
 * piles up as garbage only a later GC gives back.
 */
export function zstdDecompressReused(input: Uint8Array, size: number): Uint8Array {
  if (zstdDecoder() !== 'wasm') return zstdDecompress(input, size);
  const view = inWasm(wasm!, input, size);
  if (scratch.length < size) scratch = new Uint8Array(Math.max(size, scratch.length * 2));
  scratch.set(view);
  return scratch.subarray(0, size);
}

// The input and output regions in the instance's memory, kept and grown as pages need.
const source = { at: 0, size: 0 };
const target = { at: 0, size: 0 };

function region(x: ZstdExports, held: { at: number; size: number }, size: number): void {
  if (held.size >= size) return;
  const grown = Math.max(size, held.size * 2, 1 << 16);
  if (held.at !== 0) x.free(held.at);
  held.at = 0; // never a freed region, if malloc fails below
  held.size = 0;
  const at = x.malloc(grown);
  if (at === 0) throw new Error(`no memory for ${grown} bytes in the zstd decoder`);
  held.at = at;
  held.size = grown;
}

/** A view into the instance's memory of exactly `size` decoded bytes (valid until the next call). */
function inWasm(x: ZstdExports, input: Uint8Array, size: number): Uint8Array {
  checkWindow(input);
  region(x, source, input.length);
  region(x, target, Math.max(size, 1));
  new Uint8Array(x.memory.buffer).set(input, source.at);
  // ZSTD_decompress into `size` bytes: more is an error; less, or an error code (negative), is neither.
  const n = x.ZSTD_decompress(target.at, size, source.at, input.length);
  if (n !== size)
    throw new Error(
      n < 0 ? `not zstd data of ${size} bytes (zstd error ${-n})` : `it decompresses to ${n} bytes`,
    );
  return new Uint8Array(x.memory.buffer, target.at, size);
}

function zstdJs(input: Uint8Array, size: number): Uint8Array {
  checkWindow(input);
  if (Decompress === undefined) throw new Error('the zstd decoders are not loaded (zstdReady)');
  const out = new Uint8Array(size);
  let at = 0;
  let done = false;
  const stream = new Decompress((chunk: Uint8Array, final?: boolean) => {
    if (chunk.length > size - at) throw new Error(`it decompresses to more than ${size} bytes`);
    out.set(chunk, at);
    at += chunk.length;
    if (final) done = true;
  });
  stream.push(input, true);
  if (!done && at !== size) throw new Error('the zstd data ends early');
  if (at !== size) throw new Error(`it decompresses to ${at} bytes`);
  return out;
}

// The first frame's window (what the decoder allocates) must be one a page can need.
function checkWindow(input: Uint8Array): void {
  if (input.length < 6) throw new Error('zstd data shorter than a frame header');
  if (input[0] !== 0x28 || input[1] !== 0xb5 || input[2] !== 0x2f || input[3] !== 0xfd)
    throw new Error('not zstd data (no frame magic)');
  const flags = input[4]!;
  if ((flags >> 5) & 1) {
    // Single segment: the window is the frame's content size.
    const dictionaryBytes = [0, 1, 2, 4][flags & 3]!;
    const sizeBytes = [1, 2, 4, 8][flags >> 6]!;
    const at = 5 + dictionaryBytes;
    if (input.length < at + sizeBytes) throw new Error('zstd data shorter than its frame header');
    let content = 0;
    for (let i = sizeBytes - 1; i >= 0; i--) content = content * 256 + input[at + i]!;
    if (sizeBytes === 2) content += 256;
    if (content > MAX_WINDOW) throw new Error(`a zstd frame claims ${content} bytes`);
    return;
  }
  const exponent = input[5]! >> 3;
  const base = 2 ** (10 + exponent);
  const window = base + (base / 8) * (input[5]! & 7);
  if (window > MAX_WINDOW) throw new Error(`a zstd frame asks for a ${window}-byte window`);
}
