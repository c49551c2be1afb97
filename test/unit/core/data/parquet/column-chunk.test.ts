import { describe, expect, test } from '@jest/globals';
import {
  type ColumnSpec,
  columnSpec,
  MAX_PAGE_BYTES,
  readColumnChunk,
  readDictionary,
  rleHybrid,
} from '../../../../../src/core/data/parquet/column-chunk.js';
import { rleInto } from '../../../../../src/core/data/wasm/parquet.js';

// A Thrift compact-protocol writer for page headers: i32 fields and nested structs.
type Field = [id: number, value: number | Field[]];
function varint(n: number): number[] {
  const out: number[] = [];
  let v = n;
  while (v >= 128) {
    out.push((v % 128) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
  return out;
}
const zigzag = (n: number) => (n >= 0 ? n * 2 : -n * 2 - 1);
function struct(fields: Field[]): number[] {
  const out: number[] = [];
  let last = 0;
  for (const [id, value] of fields) {
    const type = typeof value === 'number' ? 5 : 12;
    out.push(((id - last) << 4) | type);
    last = id;
    out.push(...(typeof value === 'number' ? varint(zigzag(value)) : struct(value)));
  }
  out.push(0);
  return out;
}
function page(header: { type: number; size?: number; compressed?: number; sub: Field[] }, body: number[]) {
  const fields: Field[] = [
    [1, header.type],
    [2, header.size ?? body.length],
    [3, header.compressed ?? body.length],
    [header.type === 2 ? 7 : 5, header.sub],
  ];
  return [...struct(fields), ...body];
}
const int32s = (values: number[]) => [...new Uint8Array(Int32Array.from(values).buffer)];
const strings = (values: string[]) =>
  values.flatMap((v) => [...int32s([Buffer.byteLength(v)]), ...Buffer.from(v)]);
const dataPage = (n: number, encoding: number, body: number[]) =>
  page(
    {
      type: 0,
      sub: [
        [1, n],
        [2, encoding],
        [3, 3],
        [4, 3],
      ],
    },
    body,
  );
const spec = (type: string, repetition = 'REQUIRED', ctype?: string): ColumnSpec =>
  columnSpec({ name: 'c', type, repetition_type: repetition, converted_type: ctype })!;
const read = (bytes: number[], s: ColumnSpec, rows: number, codec = 'UNCOMPRESSED') =>
  readColumnChunk(Uint8Array.from(bytes), s, codec, rows);

describe('the column-chunk reader', () => {
  test('a required INT32 column in two plain pages: one dense vector, rows in order', () => {
    const chunk = [...dataPage(2, 0, int32s([5, -7])), ...dataPage(1, 0, int32s([9]))];
    const v = read(chunk, spec('INT32'), 3);
    expect(v.present).toBeUndefined();
    expect(Array.from(v.dense as Int32Array)).toEqual([5, -7, 9]);
  });

  test('an optional column: definition levels mark the nulls, values are the present ones', () => {
    // def levels 1,0,1 as one bit-packed group (header 3 = 1 group of 8), 4-byte length first.
    const levels = [3, 0b101];
    const v = read(
      dataPage(3, 0, [...int32s([2]).slice(0, 4), ...levels, ...int32s([4, 6])]),
      spec('INT32', 'OPTIONAL'),
      3,
    );
    expect(Array.from(v.present!)).toEqual([1, 0, 1]);
    expect(Array.from(v.dense as Int32Array)).toEqual([4, 6]);
  });

  test('definition levels: runs and bit-packed groups mixed, 8 per byte and a cut last group', () => {
    // 14 rows: a bit-packed group (header 3) of 0,1,1,0,1,0,0,1 (0b10010110), an RLE run of 3 ones
    // (header 6, value 1), then a group cut to 0,1,0 (the rest of its byte unused).
    const levels = [3, 0b10010110, 6, 1, 3, 0b010];
    const present = [0, 1, 1, 0, 1, 0, 0, 1, 1, 1, 1, 0, 1, 0];
    const values = [10, 11, 12, 13, 14, 15, 16, 17];
    const v = read(
      dataPage(14, 0, [...int32s([levels.length]), ...levels, ...int32s(values)]),
      spec('INT32', 'OPTIONAL'),
      14,
    );
    expect(Array.from(v.present!)).toEqual(present);
    expect(v.count).toBe(8);
    expect(Array.from(v.dense as Int32Array)).toEqual(values);
  });

  test('a definition level above 1 in a flat column is an error', () => {
    const levels = [6, 2];
    expect(() =>
      read(
        dataPage(3, 0, [...int32s([levels.length]), ...levels, ...int32s([1, 2, 3])]),
        spec('INT32', 'OPTIONAL'),
        3,
      ),
    ).toThrow(/definition level of 2/);
  });

  test('plain strings over two pages: each value its own bytes, empty ones too', () => {
    const chunk = [...dataPage(2, 0, strings(['ab', ''])), ...dataPage(2, 0, strings(['ü', 'xyz']))];
    const v = read(chunk, spec('BYTE_ARRAY', 'REQUIRED', 'UTF8'), 4);
    const texts = v.dense as { text(i: number): string };
    expect([0, 1, 2, 3].map((i) => texts.text(i))).toEqual(['ab', '', 'ü', 'xyz']);
  });

  test('a dictionary-encoded string column keeps indices into a dictionary decoded once', () => {
    const dict = page(
      {
        type: 2,
        sub: [
          [1, 2],
          [2, 0],
        ],
      },
      strings(['ab', 'ü']),
    );
    // bit width 1, then one bit-packed group: indices 0,1,1
    const v = read([...dict, ...dataPage(3, 8, [1, 3, 0b110])], spec('BYTE_ARRAY', 'REQUIRED', 'UTF8'), 3);
    expect(v.dictionary).toEqual(['ab', 'ü']);
    expect(Array.from(v.indices!)).toEqual([0, 1, 1]);
  });

  test('a string sink takes plain values as the pages are read, after a dictionary too (a writer fallback)', () => {
    const dict = page(
      {
        type: 2,
        sub: [
          [1, 2],
          [2, 0],
        ],
      },
      strings(['ab', 'ü']),
    );
    // Indices 0,1,1 from the dictionary, then the dictionary is full: plain pages follow.
    const chunk = [
      ...dict,
      ...dataPage(3, 8, [1, 3, 0b110]),
      ...dataPage(2, 0, strings(['', 'ü x'])),
      ...dataPage(1, 0, strings(['zz'])),
    ];
    const seen: [number, string][] = [];
    const sink = {
      value: (bytes: Uint8Array, start: number, end: number, k: number) =>
        seen.push([k, Buffer.from(bytes.subarray(start, end)).toString()]),
    };
    const s = spec('BYTE_ARRAY', 'REQUIRED', 'UTF8');
    const v = readColumnChunk(Uint8Array.from(chunk), s, 'UNCOMPRESSED', 6, {}, sink);
    expect(seen).toEqual([
      [3, ''],
      [4, 'ü x'],
      [5, 'zz'],
    ]);
    expect([v.count, v.sunk, Array.from(v.indices!), v.dictionary, v.dense]).toEqual([
      6,
      3,
      [0, 1, 1],
      ['ab', 'ü'],
      undefined,
    ]);
    // Without a sink the plain values join the dictionary (the row path reads them so).
    const joined = read(chunk, s, 6);
    expect([joined.sunk, Array.from(joined.indices!), joined.dictionary]).toEqual([
      0,
      [0, 1, 1, 2, 3, 4],
      ['ab', 'ü', '', 'ü x', 'zz'],
    ]);
    // A length past its page is an error with a sink as without one, and no value past it is taken.
    seen.length = 0;
    const bad = [...dataPage(2, 0, [...strings(['ok']), ...int32s([99]), 1, 2])];
    expect(() => readColumnChunk(Uint8Array.from(bad), s, 'UNCOMPRESSED', 2, {}, sink)).toThrow(
      /a string of 99 bytes past the end of its page/,
    );
    expect(seen).toEqual([[0, 'ok']]);
    // A dictionary page after plain values is refused, as it is without a sink; so are dictionary-encoded
    // values after plain ones.
    const late = [...dataPage(1, 0, strings(['x'])), ...dict, ...dataPage(1, 8, [1, 2, 0])];
    expect(() => readColumnChunk(Uint8Array.from(late), s, 'UNCOMPRESSED', 2, {}, sink)).toThrow(
      /a dictionary page after another page/,
    );
    const mixed = [...dict, ...dataPage(1, 0, strings(['x'])), ...dataPage(1, 8, [1, 2, 0])];
    expect(() => readColumnChunk(Uint8Array.from(mixed), s, 'UNCOMPRESSED', 2, {}, sink)).toThrow(
      /dictionary-encoded page after plain ones/,
    );
  });

  test('readDictionary: the dictionary page alone, or undefined when the chunk has none', () => {
    const dict = page(
      {
        type: 2,
        sub: [
          [1, 2],
          [2, 0],
        ],
      },
      strings(['ab', 'ü']),
    );
    const s = spec('BYTE_ARRAY', 'REQUIRED', 'UTF8');
    // The data page after it is not read: garbage there changes nothing.
    expect(readDictionary(Uint8Array.from([...dict, 0xff, 0xff, 0xff]), s, 'UNCOMPRESSED')).toEqual([
      'ab',
      'ü',
    ]);
    expect(
      readDictionary(Uint8Array.from(dataPage(1, 0, strings(['x']))), s, 'UNCOMPRESSED'),
    ).toBeUndefined();
    // Its header's claims are checked as readColumnChunk checks them.
    const cut = dict.slice(0, dict.length - 3);
    expect(() => readDictionary(Uint8Array.from(cut), s, 'UNCOMPRESSED')).toThrow(
      /claims \d+ bytes, the column chunk has/,
    );
  });

  test('a dictionary index out of range is an error naming it, not an undefined value', () => {
    const dict = page(
      {
        type: 2,
        sub: [
          [1, 2],
          [2, 0],
        ],
      },
      strings(['a', 'b']),
    );
    // bit width 2: indices 0, 3
    expect(() => read([...dict, ...dataPage(2, 8, [2, 3, 0b1100])], spec('BYTE_ARRAY'), 2)).toThrow(
      /dictionary index 3 out of range: the dictionary has 2 values/,
    );
  });

  test('a second dictionary page, or one after a data page, is an error (indices would point elsewhere)', () => {
    const dict = (values: string[]) =>
      page(
        {
          type: 2,
          sub: [
            [1, values.length],
            [2, 0],
          ],
        },
        strings(values),
      );
    // bit width 2: indices 3, 0 into a dictionary of four, then a dictionary of two.
    const data = dataPage(2, 8, [2, 3, 0b0011]);
    const four = dict(['a', 'b', 'c', 'd']);
    expect(read([...four, ...data], spec('BYTE_ARRAY'), 2).indices).toEqual(Int32Array.of(3, 0));
    expect(() => read([...four, ...data, ...dict(['a', 'b']), ...data], spec('BYTE_ARRAY'), 4)).toThrow(
      /a dictionary page after another page of the column chunk/,
    );
    expect(() => read([...four, ...dict(['a', 'b']), ...data], spec('BYTE_ARRAY'), 2)).toThrow(
      /a dictionary page after another page/,
    );
  });

  test('a page header claiming 4 GB is refused before anything is allocated', () => {
    const body = int32s([1]);
    expect(() =>
      read(
        page(
          {
            type: 0,
            size: 2 ** 32 - 1,
            sub: [
              [1, 1],
              [2, 0],
            ],
          },
          body,
        ),
        spec('INT32'),
        1,
      ),
    ).toThrow(new RegExp(`claims 4294967295 bytes uncompressed, more than the ${MAX_PAGE_BYTES}`));
    expect(() =>
      read(
        page(
          {
            type: 0,
            compressed: 2 ** 32 - 1,
            sub: [
              [1, 1],
              [2, 0],
            ],
          },
          body,
        ),
        spec('INT32'),
        1,
      ),
    ).toThrow(/claims 4294967295 bytes, the column chunk has 4 left/);
  });

  test('a page claiming more values than the row group has rows is refused', () => {
    expect(() => read(dataPage(1_000_000_000, 0, int32s([1])), spec('INT32'), 1)).toThrow(
      /claims 1000000000 values, the row group has 1 rows left/,
    );
  });

  test('truncated chunks and pages are errors, not hangs', () => {
    const chunk = dataPage(2, 0, int32s([1, 2]));
    expect(() => read(chunk, spec('INT32'), 3)).toThrow(/ends after 2 of its 3 rows/);
    expect(() => read(chunk.slice(0, chunk.length - 3), spec('INT32'), 2)).toThrow(/claims 8 bytes/);
    expect(() => read(chunk.slice(0, 3), spec('INT32'), 2)).toThrow(/past the end/);
    // Values missing from a page whose header is consistent.
    expect(() => read(dataPage(3, 0, int32s([1, 2])), spec('INT32'), 3)).toThrow(/3 values need 12/);
    // An RLE stream that stops early (dictionary indices).
    const dict = page(
      {
        type: 2,
        sub: [
          [1, 1],
          [2, 0],
        ],
      },
      strings(['a']),
    );
    expect(() => read([...dict, ...dataPage(20, 8, [1, 3, 0])], spec('BYTE_ARRAY'), 20)).toThrow(
      /RLE data ends after 8 of 20 values/,
    );
  });

  test('a page that does not decompress to its size is an error', () => {
    const chunk = dataPage(1, 0, [0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
    expect(() => read(chunk, spec('INT32'), 1, 'SNAPPY')).toThrow(/does not decompress|decompresses to/);
    expect(() => read(chunk, spec('INT32'), 1, 'LZ4')).toThrow(/unsupported compression LZ4/);
  });

  test('types the reader does not convert are left to the generic reader', () => {
    expect(columnSpec({ name: 'c', type: 'INT96' })).toBeUndefined();
    expect(columnSpec({ name: 'c', type: 'BYTE_ARRAY', converted_type: 'JSON' })).toBeUndefined();
    expect(columnSpec({ name: 'c', type: 'INT32', repetition_type: 'REPEATED' })).toBeUndefined();
    expect(columnSpec({ name: 'c', type: 'INT64', converted_type: 'TIMESTAMP_MICROS' })?.kind).toBe('ts-us');
  });

  // rleHybrid, and the WebAssembly decoder the reader tries first (rleInto: undefined means "not decoded").
  const decoders = {
    TypeScript: rleHybrid,
    WebAssembly: (bytes: Uint8Array, start: number, end: number, width: number, out: Int32Array) =>
      rleInto(bytes, start, end, width, out) ?? Number.NaN,
  };
  test.each(
    [1, 2, 3, 5, 7, 8, 9, 13, 20, 31].flatMap((width) =>
      (['TypeScript', 'WebAssembly'] as const).map((decoder) => [width, decoder] as const),
    ),
  )('bit-packed values %i bits wide: every value back, the largest returned (%s)', (width, decoder) => {
    // 12 groups of 8, a run of 5, and a last group cut to 3 values.
    let seed = width * 7919;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % 2 ** Math.min(width, 30);
    };
    const pack = (values: number[]) => {
      const bytes = new Uint8Array(width); // 8 values of `width` bits, least significant bit first
      values.forEach((v, j) => {
        for (let b = 0; b < width; b++)
          if (Math.floor(v / 2 ** b) % 2 === 1)
            bytes[Math.floor((j * width + b) / 8)]! |= 1 << ((j * width + b) % 8);
      });
      return [...bytes];
    };
    const groups = Array.from({ length: 13 }, () => Array.from({ length: 8 }, random));
    const runValue = random();
    const valueBytes = (v: number) =>
      Array.from({ length: Math.ceil(width / 8) }, (_, b) => Math.floor(v / 256 ** b) % 256);
    const encoded = [
      ...varint(12 * 2 + 1),
      ...groups.slice(0, 12).flatMap(pack),
      ...varint(5 * 2),
      ...valueBytes(runValue),
      ...varint(1 * 2 + 1),
      ...pack(groups[12]!).slice(0, Math.ceil((3 * width) / 8)),
    ];
    const expected = [...groups.slice(0, 12).flat(), ...Array(5).fill(runValue), ...groups[12]!.slice(0, 3)];
    const out = new Int32Array(expected.length);
    const max = decoders[decoder](Uint8Array.from(encoded), 0, encoded.length, width, out);
    expect(Array.from(out)).toEqual(expected);
    expect(max).toBe(Math.max(...expected));
  });

  test('the WebAssembly decoder against rleHybrid: fuzzed runs, groups, widths, cuts and corruptions', () => {
    let seed = 20261203;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return Math.floor((seed / 2 ** 31) * n); // the high bits: the low ones of this generator cycle
    };
    let decoded = 0;
    let refused = 0;
    for (let trial = 0; trial < 3000; trial++) {
      const width = [0, 1, 2, 3, 4, 7, 8, 10, 12, 16, 17, 24, 25, 31, 32][random(15)]!;
      const bytes: number[] = [];
      let values = 0;
      for (let run = random(6) + 1; run > 0; run--) {
        if (random(2) === 0) {
          const length = random(300) + 1;
          bytes.push(...varint(length * 2));
          for (let b = 0; b < Math.ceil(width / 8); b++) bytes.push(random(256));
          values += length;
        } else {
          const groups = random(40) + 1;
          bytes.push(...varint(groups * 2 + 1));
          for (let b = 0; b < groups * width; b++) bytes.push(random(256));
          values += groups * 8;
        }
      }
      // Ask for fewer values than encoded, all of them, or more; cut the bytes or flip one at times.
      const n = Math.max(0, values + [0, 0, -random(9), random(9)][random(4)]!);
      if (random(4) === 0) bytes.length = random(bytes.length + 1);
      if (random(4) === 0 && bytes.length > 0) bytes[random(bytes.length)] = random(256);
      // A view into a larger buffer, as a page's bytes are: nothing outside [start, end) may count.
      const buffer = Uint8Array.from([7, 7, 7, ...bytes, 255, 255, 255, 255, 255, 255, 255, 255]);
      const end = 3 + bytes.length;
      const ours = new Int32Array(n);
      const theirs = new Int32Array(n);
      let expected: number | Error;
      try {
        expected = rleHybrid(buffer, 3, end, width, theirs);
      } catch (error) {
        expected = error as Error;
      }
      const got = rleInto(buffer, 3, end, width, ours);
      if (expected instanceof Error) {
        expect(got).toBeUndefined();
        refused++;
      } else {
        expect(got).toBe(expected);
        expect(ours).toEqual(theirs);
        decoded++;
      }
    }
    // Both outcomes are exercised, not one of them only.
    expect(decoded).toBeGreaterThan(1000);
    expect(refused).toBeGreaterThan(300);
  });

  test.each(['TypeScript', 'WebAssembly'] as const)(
    'bit-packed values one byte short of their width are an error, exactly enough are not (%s)',
    (decoder) => {
      for (let width = 1; width <= 32; width++)
        for (const n of [1, 3, 8, 13, 16]) {
          const need = Math.ceil((n * width) / 8);
          const groups = Math.ceil(n / 8);
          const body = [...varint(groups * 2 + 1), ...Array.from({ length: need }, (_, b) => (b * 37) % 256)];
          // Bytes past the end of the values are there (as in a page), but not theirs.
          const bytes = Uint8Array.from([...body, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
          const decode = (end: number) => {
            const out = new Int32Array(n);
            try {
              return Number.isNaN(decoders[decoder](bytes, 0, end, width, out)) ? 'refused' : Array.from(out);
            } catch {
              return 'refused';
            }
          };
          expect(decode(body.length)).not.toBe('refused');
          expect([width, n, decode(body.length - 1)]).toEqual([width, n, 'refused']);
        }
    },
  );
});
