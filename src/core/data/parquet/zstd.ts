import * as zlib from 'node:zlib';
import { Decompress } from 'fzstd';
import { ZSTDDecoder } from 'zstddec';

/**
 * Zstandard for Parquet pages: node:zlib's where Node has it (22.15 and later, the Actions node24
 * runtime); else the reference decoder compiled to WebAssembly (zstddec) for the CLI on Node 20, once
 * `zstdReady()` has loaded it; else fzstd (pure JS). Each decodes a page into exactly the bytes its
 * header claims or throws: the WebAssembly one into a buffer of that size, the JS one block by block,
 * stopping as soon as the output would pass the claimed size. The choice changes speed, never a report.
 */

type Native = (input: Uint8Array, options?: { maxOutputLength?: number }) => Buffer;
const native = (zlib as unknown as { zstdDecompressSync?: Native }).zstdDecompressSync;

type Which = 'auto' | 'wasm' | 'js';
/** Which decoder `zstdDecompress` uses: the first there is (`auto`), or the one named. */
let choice: Which = 'auto';
let wasm: ZSTDDecoder | undefined;
let loading: Promise<void> | undefined;

/** Whether node:zlib has zstd on this Node. */
export const NATIVE_ZSTD = native !== undefined;

/** Forces a decoder (`wasm` once `zstdReady()` resolved, or `js`), or back to `auto`; for tests and benchmarks. */
export function useZstd(which: Which): void {
  choice = which;
}

/** The decoder `zstdDecompress` uses now. */
export function zstdDecoder(): 'node:zlib' | 'wasm' | 'js' {
  if (native !== undefined && choice === 'auto') return 'node:zlib';
  return wasm !== undefined && choice !== 'js' ? 'wasm' : 'js';
}

/** Loads the WebAssembly decoder where node:zlib has no zstd (never fails: fzstd is there otherwise). */
export function zstdReady(): Promise<void> {
  if (native !== undefined && choice === 'auto') return Promise.resolve();
  loading ??= (async () => {
    const decoder = new ZSTDDecoder();
    await decoder.init();
    wasm = decoder;
  })().catch(() => undefined);
  return loading;
}

/** The largest window a frame may ask for: a Parquet page is at most this large anyway. */
const MAX_WINDOW = 256 * 1024 * 1024;

/** `input` (one or more zstd frames) decompressed to exactly `size` bytes, or an Error. */
export function zstdDecompress(input: Uint8Array, size: number): Uint8Array {
  if (native !== undefined && choice === 'auto') {
    const out = native(input, { maxOutputLength: Math.max(size, 1) });
    if (out.length !== size) throw new Error(`it decompresses to ${out.length} bytes`);
    return out;
  }
  if (wasm !== undefined && choice !== 'js') {
    checkWindow(input);
    // ZSTD_decompress into `size` bytes: more is an error, less comes back shorter (or empty on an error).
    const out = wasm.decode(input, Math.max(size, 1));
    if (out.length !== size) throw new Error(`it does not decompress to ${size} bytes (${out.length})`);
    return out;
  }
  return zstdJs(input, size);
}

function zstdJs(input: Uint8Array, size: number): Uint8Array {
  checkWindow(input);
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
