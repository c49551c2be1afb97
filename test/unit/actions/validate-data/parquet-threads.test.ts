import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from '@jest/globals';
import { parquetMetadata } from 'hyparquet';
import { parquetThreads } from '../../../../src/actions/validate-data/parallel-ranges.js';
import { parquetRowGroups } from '../../../../src/core/data/parquet/parquet-table.js';

// One thread or two for a Parquet file: a second thread only pays off when each thread has enough rows
// after its own start-up and JIT warm-up. The benchmarks' files, by their decoded size, all of it and its
// text (bench/parquet-typed.bench.mjs and bench/validate-data.bench.mjs, DuckDB-written, snappy).
const MiB = 2 ** 20;
const BENCH = {
  typed2M: { decoded: 57.1 * MiB, text: 2.9 * MiB, groups: 17 },
  strings1M: { decoded: 46.7 * MiB, text: 46.7 * MiB, groups: 9 },
  strings2M: { decoded: 94.5 * MiB, text: 94.5 * MiB, groups: 17 },
  typed6M: { decoded: 171.2 * MiB, text: 8.7 * MiB, groups: 49 }, // chunks settled by statistics or dictionary
  strings6M: { decoded: 285.5 * MiB, text: 285.5 * MiB, groups: 49 },
  rows10M: { decoded: 380 * MiB, text: 380 * MiB, groups: 81 }, // read from CSV as all VARCHAR
};

describe('parquetThreads: one thread or more for a Parquet file', () => {
  test('files whose rows do not repay a second thread stay on one', () => {
    for (const { groups, ...size } of [BENCH.typed2M, BENCH.strings1M, BENCH.typed6M])
      expect(parquetThreads(size, groups, 2)).toBe(1);
  });

  test('text from 2 M rows on gets a thread per core, up to 8 and one per row group', () => {
    for (const { groups, ...size } of [BENCH.strings2M, BENCH.strings6M, BENCH.rows10M]) {
      expect(parquetThreads(size, groups, 2)).toBe(2);
      expect(parquetThreads(size, groups, 4)).toBe(4);
      expect(parquetThreads(size, groups, 64)).toBe(8);
      expect(parquetThreads(size, 3, 4)).toBe(3);
    }
  });

  test('text weighs three times what other decoded bytes do', () => {
    // The same decoded size: as text two threads, as numbers one; numbers need three times as many.
    const { decoded, groups } = BENCH.strings2M;
    expect(parquetThreads({ decoded, text: decoded }, groups, 2)).toBe(2);
    expect(parquetThreads({ decoded, text: 0 }, groups, 2)).toBe(1);
    expect(parquetThreads({ decoded: 3 * decoded, text: 0 }, groups, 2)).toBe(2);
    // Half of it text (as much as 1 M all-string rows hold) and half numbers: still one.
    expect(parquetThreads({ decoded, text: decoded / 2 }, groups, 2)).toBe(1);
  });

  test('one core, one row group, or a larger minimum: one thread', () => {
    const { groups, ...size } = BENCH.rows10M;
    expect(parquetThreads(size, groups, 1)).toBe(1);
    expect(parquetThreads(size, 1, 2)).toBe(1);
    expect(parquetThreads(size, groups, 2, 200 * MiB)).toBe(1);
    const { groups: small, ...strings } = BENCH.strings1M;
    expect(parquetThreads(strings, small, 2, 10 * MiB)).toBe(2);
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
    expect(text).toBe(uncompressed); // every column a string
    expect(uncompressed).toBeGreaterThan(
      2 * chunks.reduce((sum, c) => sum + Number(c.total_compressed_size), 0),
    );
  });

  test('the text is the BYTE_ARRAY chunks alone', async () => {
    const bytes = readFileSync(
      fileURLToPath(new URL('../../../support/fixtures/validate-data/mixed-zstd.parquet', import.meta.url)),
    );
    const file = {
      byteLength: bytes.length,
      slice: async (start: number, end?: number) =>
        bytes.buffer.slice(bytes.byteOffset + start, bytes.byteOffset + (end ?? bytes.length)),
    };
    const { uncompressed, text } = await parquetRowGroups(file, 'd.parquet');
    const metadata = parquetMetadata(await file.slice(0));
    const chunks = metadata.row_groups.flatMap((group) => group.columns.map((c) => c.meta_data!));
    const strings = chunks.filter((c) => c.type === 'BYTE_ARRAY');
    expect(strings.length).toBeGreaterThan(0);
    expect(strings.length).toBeLessThan(chunks.length);
    expect(text).toBe(strings.reduce((sum, c) => sum + Number(c.total_uncompressed_size), 0));
    expect(text).toBeLessThan(uncompressed);
  });
});
