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
const BENCH = {
  typed2M: { decoded: 57 * MiB, groups: 17 }, // 0.3 s of CPU on one thread, start-up included
  strings2M: { decoded: 96 * MiB, groups: 17 }, // 0.7 s
  typed6M: { decoded: 171 * MiB, groups: 49 }, // 0.4 s: chunks settled by statistics or dictionary
  strings6M: { decoded: 285 * MiB, groups: 49 }, // 1.3 s
  rows10M: { decoded: 380 * MiB, groups: 81 }, // 2.1 s
};

describe('parquetThreads: one thread or more for a Parquet file', () => {
  test('files of well under a second of work stay on one thread', () => {
    for (const { decoded, groups } of [BENCH.typed2M, BENCH.strings2M, BENCH.typed6M])
      expect(parquetThreads(decoded, groups, 2)).toBe(1);
  });

  test('files of more than a second of work get a thread per core, up to 8 and one per row group', () => {
    for (const { decoded, groups } of [BENCH.strings6M, BENCH.rows10M]) {
      expect(parquetThreads(decoded, groups, 2)).toBe(2);
      expect(parquetThreads(decoded, groups, 4)).toBe(4);
      expect(parquetThreads(decoded, groups, 64)).toBe(8);
      expect(parquetThreads(decoded, 3, 4)).toBe(3);
    }
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
    const { groups, uncompressed } = await parquetRowGroups(file, 'd.parquet');
    const metadata = parquetMetadata(await file.slice(0));
    const chunks = metadata.row_groups.flatMap((group) => group.columns.map((c) => c.meta_data!));
    expect(groups).toBe(metadata.row_groups.length);
    expect(uncompressed).toBe(chunks.reduce((sum, c) => sum + Number(c.total_uncompressed_size), 0));
    expect(uncompressed).toBeGreaterThan(
      2 * chunks.reduce((sum, c) => sum + Number(c.total_compressed_size), 0),
    );
  });
});
