import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import {
  hasNativeZstd,
  useZstd,
  zstdDecoder,
  zstdDecompress,
  zstdDecompressReused,
  zstdReady,
} from '../../../../../src/core/data/parquet/zstd.js';

// 589,000 bytes of text in one zstd frame of five blocks (written by the zstd CLI, level 19).
const frame = readFileSync(
  new URL('../../../../support/fixtures/validate-data/periodic.txt.zst', import.meta.url),
);
let text = '';
for (let i = 0; i < 100000; i++) text += `${i % 1000},${i % 7}\n`;
const expected = Buffer.from(text);

afterEach(() => useZstd('auto'));
// Before any test loads the WebAssembly decoder (which hides fetch while it starts).
const fetchBefore = Object.getOwnPropertyDescriptor(globalThis, 'fetch');

describe.each([
  ['the JS decoder (fzstd)', 'js' as const],
  ['the WebAssembly decoder (zstddec)', 'wasm' as const],
  ...(hasNativeZstd() ? [['node:zlib (Node 22.15 on)', 'node:zlib' as const] as const] : []),
])('zstd pages: %s', (_name, which) => {
  beforeAll(async () => {
    useZstd('wasm');
    await zstdReady();
    useZstd('auto');
  });

  test('a multi-block frame decodes to exactly its bytes', () => {
    useZstd(which);
    expect(zstdDecoder()).toBe(which);
    const out = zstdDecompress(frame, expected.length);
    expect(out.length).toBe(expected.length);
    expect(Buffer.from(out).equals(expected)).toBe(true);
  });

  test('into the reused buffer: the same bytes, call after call', () => {
    useZstd(which);
    for (let i = 0; i < 2; i++) {
      const out = zstdDecompressReused(frame, expected.length);
      expect(Buffer.from(out).equals(expected)).toBe(true);
      expect(() => zstdDecompressReused(frame, expected.length - 1)).toThrow();
    }
  });

  test('a size claimed too small or too large is an error, not a cut or zero-padded page', () => {
    useZstd(which);
    expect(() => zstdDecompress(frame, expected.length - 1)).toThrow(/decompresses|bytes/);
    expect(() => zstdDecompress(frame, expected.length + 1)).toThrow(/decompresses|bytes|ends/);
  });

  test('truncated and non-zstd data are errors', () => {
    useZstd(which);
    expect(() => zstdDecompress(frame.subarray(0, frame.length - 100), expected.length)).toThrow();
    expect(() => zstdDecompress(Buffer.from('PAR1 not zstd at all'), 20)).toThrow();
  });
});

test.each(['js' as const, 'wasm' as const])(
  'the %s decoder refuses a frame asking for a window larger than any page',
  async (which) => {
    useZstd(which);
    await zstdReady();
    expect(zstdDecoder()).toBe(which);
    // Magic, then a frame header without single segment whose window descriptor asks for 2^30 bytes.
    const hostile = Uint8Array.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, (30 - 10) << 3, 0, 0, 0]);
    expect(() => zstdDecompress(hostile, 100)).toThrow(/window/);
    // Single segment claiming 2^40 bytes of content.
    const claims = Uint8Array.from([0x28, 0xb5, 0x2f, 0xfd, 0xe0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0]);
    expect(() => zstdDecompress(claims, 100)).toThrow(/claims/);
  },
);

test('by default the column-chunk reader decodes in WebAssembly once loaded; fetch is left as it was', async () => {
  await zstdReady();
  expect(zstdDecoder()).toBe('wasm');
  expect(Object.getOwnPropertyDescriptor(globalThis, 'fetch')).toEqual(fetchBefore);
  expect(typeof fetch).toBe('function');
});

test('hasNativeZstd() says whether node:zlib has zstd', async () => {
  const zlib = await import('node:zlib');
  expect(hasNativeZstd()).toBe('zstdDecompressSync' in zlib);
});
