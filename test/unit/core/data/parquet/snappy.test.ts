import { describe, expect, test } from '@jest/globals';
import { snappyUncompress } from 'hyparquet';
import { snappyInto } from '../../../../../src/core/data/wasm/parquet.js';
import { snappyDecompress } from '../../../../../src/core/data/parquet/snappy.js';

// Blocks are generated element by element together with the bytes they stand for, in every encoding
// the format has (inline and 1-4 byte literal lengths, copies with 1, 2 and 4-byte offsets, overlapping
// copies down to offset 1), so the word-at-a-time moves meet every alignment and buffer edge.

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

function varint(n: number): number[] {
  const out: number[] = [];
  let v = n;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
  return out;
}

const le = (n: number, bytes: number) =>
  Array.from({ length: bytes }, (_, i) => Math.floor(n / 256 ** i) % 256);

/** A random block of `size` bytes: [compressed, uncompressed]; `minimal`: literal lengths in the fewest bytes. */
function block(seed: number, size: number, minimal = false): [Uint8Array, Uint8Array] {
  const random = rng(seed);
  const int = (n: number) => Math.floor(random() * n);
  const data: number[] = [];
  const body: number[] = [];
  const alphabet = 1 + int(255); // small alphabets make long repeats, as text columns do
  while (data.length < size) {
    if (data.length === 0 || random() < 0.35) {
      const length = Math.min(
        size - data.length,
        [1 + int(4), 1 + int(16), 1 + int(60), 61 + int(200), 1 + int(70_000)][int(random() < 0.9 ? 3 : 5)]!,
      );
      // The shortest length encoding, or a longer one (valid too) now and then.
      const need = length <= 60 ? 0 : length <= 256 ? 1 : length <= 65_536 ? 2 : 3;
      const longer = !minimal && random() < 0.2;
      const extra = need === 0 && !longer ? 0 : Math.min(4, Math.max(need, 1) + (longer ? int(2) : 0));
      body.push(extra === 0 ? (length - 1) << 2 : (59 + extra) << 2, ...le(length - 1, extra));
      for (let i = 0; i < length; i++) {
        const b = int(alphabet);
        body.push(b);
        data.push(b);
      }
      continue;
    }
    const offset = random() < 0.3 ? 1 + int(Math.min(8, data.length)) : 1 + int(data.length);
    const kinds = [3, ...(offset < 65_536 ? [2] : []), ...(offset < 2048 ? [1, 1, 1] : [])];
    const kind = kinds[int(kinds.length)]!;
    const length = kind === 1 ? 4 + int(8) : 1 + int(64);
    if (kind === 1) body.push(1 | ((length - 4) << 2) | ((offset >> 8) << 5), offset & 0xff);
    else body.push(kind | ((length - 1) << 2), ...le(offset, kind === 2 ? 2 : 4));
    for (let i = 0; i < length; i++) data.push(data[data.length - offset]!);
  }
  return [Uint8Array.from([...varint(data.length), ...body]), Uint8Array.from(data)];
}

/** The format as written, a byte at a time, every bound checked: the reference for corrupted blocks. */
function reference(input: Uint8Array, size: number): Uint8Array | 'error' {
  const out = new Uint8Array(size);
  let pos = 0;
  let claimed = 0;
  for (let shift = 0; ; shift += 7) {
    if (pos >= input.length || shift > 28) return 'error';
    const b = input[pos++]!;
    claimed += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) break;
  }
  if (claimed !== size) return 'error';
  let o = 0;
  while (pos < input.length) {
    const tag = input[pos++]!;
    if ((tag & 3) === 0) {
      let length = (tag >> 2) + 1;
      if (length > 60) {
        const extra = length - 60;
        if (pos + extra > input.length) return 'error';
        length = 1;
        for (let i = 0; i < extra; i++) length += input[pos + i]! * 256 ** i;
        pos += extra;
      }
      if (pos + length > input.length || o + length > size) return 'error';
      for (let i = 0; i < length; i++) out[o++] = input[pos++]!;
      continue;
    }
    const bytes = [0, 1, 2, 4][tag & 3]!;
    if (pos + bytes > input.length) return 'error';
    let offset = 0;
    for (let i = 0; i < bytes; i++) offset += input[pos + i]! * 256 ** i;
    pos += bytes;
    const length = (tag & 3) === 1 ? ((tag >> 2) & 7) + 4 : (tag >> 2) + 1;
    if ((tag & 3) === 1) offset += (tag >> 5) * 256;
    if (offset === 0 || offset > o || o + length > size) return 'error';
    for (let i = 0; i < length; i++, o++) out[o] = out[o - offset]!;
  }
  return o === size ? out : 'error';
}

type Decoder = 'TypeScript' | 'WebAssembly';

/** Byte equality (jest's toEqual walks a large typed array slowly); 'error' equals only itself. */
function bytes(value: Uint8Array | 'error'): string {
  return value === 'error' ? value : Buffer.from(value).toString('base64');
}

/** What a decoder makes of a block: the TypeScript one, or the WebAssembly one (false: a fault). */
function decode(input: Uint8Array, size: number, decoder: Decoder = 'TypeScript'): Uint8Array | 'error' {
  const out = new Uint8Array(size);
  if (decoder === 'WebAssembly') return snappyInto(input, out) ? out : 'error';
  try {
    snappyDecompress(input, out);
    return out;
  } catch (thrown) {
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).message).toMatch(/^snappy: /);
    return 'error';
  }
}

describe.each(['TypeScript', 'WebAssembly'] as const)('snappy decoder in %s', (decoder) => {
  test('every element kind, size and alignment: the bytes the block stands for', () => {
    let elements = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const size = [0, 1, 3, 7, 16, 19, 20, 33, 100, 1000, 5000][seed % 11]! + (seed > 360 ? 80_000 : 0);
      const [compressed, data] = block(seed, size);
      elements += compressed.length;
      expect(bytes(decode(compressed, data.length, decoder))).toBe(bytes(data));
      // hyparquet's decoder (the one mlci used before) agrees; it refuses literal lengths written in more
      // bytes than needed near a block's end, which the format allows.
      const [minimal, same] = block(seed, size, true);
      const theirs = new Uint8Array(same.length);
      snappyUncompress(minimal, theirs);
      expect(bytes(theirs)).toBe(bytes(same));
      expect(bytes(decode(minimal, same.length, decoder))).toBe(bytes(same));
    }
    expect(elements).toBeGreaterThan(100_000);
  });

  test('into a view of a larger buffer: nothing written outside the view', () => {
    const [compressed, data] = block(7, 3000);
    const big = new Uint8Array(data.length + 64).fill(0xaa);
    const view = big.subarray(32, 32 + data.length);
    if (decoder === 'WebAssembly') expect(snappyInto(compressed, view)).toBe(true);
    else snappyDecompress(compressed, view);
    expect(big.subarray(32, 32 + data.length)).toEqual(data);
    expect(big.subarray(0, 32).every((b) => b === 0xaa)).toBe(true);
    expect(big.subarray(32 + data.length).every((b) => b === 0xaa)).toBe(true);
  });

  test('a cut, corrupted or mislabelled block is an error, never other bytes', () => {
    let errors = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const [compressed, data] = block(seed * 7919, 40 + (seed % 50) * 13);
      const random = rng(seed);
      const bad = Uint8Array.from(compressed);
      for (let flips = 1 + Math.floor(random() * 3); flips > 0; flips--)
        bad[Math.floor(random() * bad.length)] = Math.floor(random() * 256);
      const cut = compressed.subarray(0, Math.floor(random() * compressed.length));
      for (const [input, size] of [
        [bad, data.length],
        [cut, data.length],
        [compressed, data.length + 1],
        [compressed, data.length - 1],
      ] as const) {
        const want = reference(input, size);
        const got = decode(input, size, decoder);
        if (want === 'error') errors++;
        expect(bytes(got)).toBe(bytes(want));
      }
    }
    expect(errors).toBeGreaterThan(600);
  });
});

describe('snappyDecompress: errors', () => {
  test.each([
    ['an offset of 0', [4, 0b01, 0]],
    ['a copy from before the start', [8, 0, 65, 0b0101, 2]],
    ['a copy past the end of the page', [5, 0, 65, 0b011101, 1]],
    ['a literal past the end of the block', [5, 16, 65]],
    ['a literal length past the end of the block', [5, 61 << 2]],
    ['a 6-byte preamble', [0x80, 0x80, 0x80, 0x80, 0x80, 0]],
  ])('%s: an error that says so', (_what, bytes) => {
    const size = bytes[0]! & 0x7f;
    expect(() => snappyDecompress(Uint8Array.from(bytes), new Uint8Array(size))).toThrow(/^snappy: /);
    expect(snappyInto(Uint8Array.from(bytes), new Uint8Array(size))).toBe(false);
  });

  test('a page over 16 MiB is left to the TypeScript decoder (the WebAssembly memory never shrinks)', () => {
    const size = 16 * 1024 * 1024;
    const [compressed, data] = block(3, 1000);
    expect(snappyInto(compressed, new Uint8Array(data.length))).toBe(true);
    const big = Uint8Array.from([...varint(size), 0]);
    expect(snappyInto(big, new Uint8Array(size))).toBe(false);
  });
});
