import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from '@jest/globals';
import { parquetMetadata } from 'hyparquet';
import { parquetThreads } from '../../../../src/actions/validate-data/parallel-ranges.js';
import { parquetRowGroups } from '../../../../src/core/data/parquet/parquet-table.js';

// One thread or two for a Parquet file: a second thread only pays off on about a second of work (its
// start-up, its module loading and ~25 % more CPU per row come first). The benchmarks' files, by their
// decoded size (bench/parquet-typed.bench.mjs and bench/validate-data.bench.mjs, DuckDB-written, snappy).
const MiB = 2 ** 20;
// `text`: the bytes of string columns without a dictionary, each value cast and checked from its bytes.
const BENCH = {
  typed2M: { decoded: 57 * MiB, groups: 17, text: 0 }, // 0.3 s of CPU on one thread, start-up included
  strings2M: { decoded: 94.5 * MiB, groups: 17, text: 82.7 * MiB }, // 1.3-1.7 s
  typed6M: { decoded: 171 * MiB, groups: 49, text: 0 }, // 0.4 s: chunks settled by statistics or dictionary
  strings6M: { decoded: 285 * MiB, groups: 49, text: 250 * MiB }, // 1.3 s
  rows10M: { decoded: 380 * MiB, groups: 81, text: 0 }, // 2.1 s
};

describe('parquetThreads: one thread or more for a Parquet file', () => {
  test('files of well under a second of work stay on one thread', () => {
    for (const { decoded, groups, text } of [BENCH.typed2M, BENCH.typed6M])
      expect(parquetThreads(decoded, groups, 2, undefined, false, text)).toBe(1);
  });

  test('files of more than a second of work get a thread per core, up to 8 and one per row group', () => {
    for (const { decoded, groups, text } of [BENCH.strings2M, BENCH.strings6M, BENCH.rows10M]) {
      expect(parquetThreads(decoded, groups, 2, undefined, false, text)).toBe(2);
      expect(parquetThreads(decoded, groups, 4, undefined, false, text)).toBe(4);
      expect(parquetThreads(decoded, groups, 64, undefined, false, text)).toBe(8);
      expect(parquetThreads(decoded, 3, 4, undefined, false, text)).toBe(3);
    }
  });

  test('strings without a dictionary weigh as CSV bytes, the rest a sixth', () => {
    expect(parquetThreads(60 * MiB, 17, 2)).toBe(1);
    expect(parquetThreads(60 * MiB, 17, 2, undefined, false, 20 * MiB)).toBe(1); // 40 / 6 + 20 < 32
    expect(parquetThreads(60 * MiB, 17, 2, undefined, false, 30 * MiB)).toBe(2); // 30 / 6 + 30 > 32
    expect(parquetThreads(191 * MiB, 17, 2)).toBe(1);
    expect(parquetThreads(193 * MiB, 17, 2)).toBe(2);
  });

  test('one core, one row group, or a larger minimum: one thread', () => {
    expect(parquetThreads(BENCH.rows10M.decoded, BENCH.rows10M.groups, 1)).toBe(1);
    expect(parquetThreads(BENCH.rows10M.decoded, 1, 2)).toBe(1);
    expect(parquetThreads(BENCH.rows10M.decoded, BENCH.rows10M.groups, 2, 100 * MiB)).toBe(1);
    expect(parquetThreads(BENCH.strings2M.decoded, BENCH.strings2M.groups, 2, 10 * MiB)).toBe(2);
  });

  test('with a profile, every cell goes to the sketches: two threads from 32 MiB decoded', () => {
    // The typed 2 M rows with a profile: about a second of CPU on one thread.
    expect(parquetThreads(BENCH.typed2M.decoded, BENCH.typed2M.groups, 2, undefined, true)).toBe(2);
    expect(parquetThreads(BENCH.typed2M.decoded, BENCH.typed2M.groups, 2, undefined, false)).toBe(1);
    expect(parquetThreads(31 * MiB, 17, 2, undefined, true)).toBe(1);
    expect(parquetThreads(33 * MiB, 17, 2, undefined, true)).toBe(2);
    expect(parquetThreads(BENCH.typed2M.decoded, 1, 2, undefined, true)).toBe(1);
    expect(parquetThreads(BENCH.typed2M.decoded, BENCH.typed2M.groups, 1, undefined, true)).toBe(1);
  });

  test('the work is measured decoded: the column chunks uncompressed, not the file on disk', async () => {
    // A zstd file decodes to several times its size: the threshold must see the decoded bytes.
    const path = fileURLToPath(
      new URL('../../../support/fixtures/validate-data/mixed-strings-zstd.parquet', import.meta.url),
    );
    const bytes = readFileSync(path);
    const file = {
      byteLength: bytes.length,
      slice: async (start: number, end?: number) =>
        bytes.buffer.slice(bytes.byteOffset + start, bytes.byteOffset + (end ?? bytes.length)),
    };
    const { groups, uncompressed, text } = await parquetRowGroups(file, 'd.parquet');
    const metadata = parquetMetadata(await file.slice(0));
    const chunks = metadata.row_groups.flatMap((group) => group.columns.map((c) => c.meta_data!));
    expect(groups).toBe(metadata.row_groups.length);
    expect(uncompressed).toBe(chunks.reduce((sum, c) => sum + Number(c.total_uncompressed_size), 0));
    const plainStrings = chunks.filter(
      (c) => c.type === 'BYTE_ARRAY' && c.dictionary_page_offset === undefined,
    );
    expect(plainStrings.length).toBeGreaterThan(0);
    expect(plainStrings.length).toBeLessThan(chunks.length);
    expect(text).toBe(plainStrings.reduce((sum, c) => sum + Number(c.total_uncompressed_size), 0));
    expect(uncompressed).toBeGreaterThan(
      2 * chunks.reduce((sum, c) => sum + Number(c.total_compressed_size), 0),
    );
  });
});
