// The key tables behind unique / primaryKey / uniqueKeys / duplicate rows: probing through forced slot
// collisions, the documented 64-bit bound (a full hash collision is a repeat), exact number keys, batched
// inserts reporting as one row at a time would, and memory that grows with distinct keys, not rows.
import { describe, expect, test } from '@jest/globals';
import { ErrorCollector } from '../../../../../src/core/data/validate/error-collector.js';
import { KeyChecks } from '../../../../../src/core/data/validate/key-checks.js';
import { HashTable, KeyHasher, slotOf } from '../../../../../src/core/data/validate/key-hash.js';
import {
  claimFrom,
  dedupePartitions,
  mergePartitionRepeats,
  partitionLayout,
} from '../../../../../src/core/data/validate/key-partitions.js';
import { loadTableSchema } from '../../../../../src/core/data/table-schema/load-schema.js';
import { parseSourceDoc } from '../../../../../src/core/data/table-schema/source-doc.js';

const schemaOf = (doc: object) => loadTableSchema(parseSourceDoc('s.json', JSON.stringify(doc)));

const SEED = 12345;

/** `count` distinct (h1, h2) whose first slot in a fresh table (4,096 slots, seed SEED) is `slot`. */
function collidingHashes(slot: number, count: number, h2 = 7): [number, number][] {
  const out: [number, number][] = [];
  for (let h1 = 0; out.length < count; h1++) if (slotOf(h1, h2, 4096, SEED) === slot) out.push([h1, h2]);
  return out;
}

describe('HashTable: slot collisions, hash collisions, batches', () => {
  test('keys that share a first slot (and wrap past the last slot) are each kept apart', () => {
    for (const slot of [17, 4095]) {
      const table = new HashTable(0, SEED);
      expect(table.slotCount).toBe(4096);
      const keys = collidingHashes(slot, 40);
      expect(keys.map(([h1, h2], i) => table.insert(h1, h2, i + 2))).toEqual(keys.map(() => -1));
      expect(keys.map(([h1, h2], i) => table.insert(h1, h2, 1000 + i))).toEqual(keys.map((_, i) => i + 2));
      // Same h1, another h2 (and the reverse): other keys, not repeats.
      expect(table.insert(keys[3]![0], keys[3]![1] + 1, 5000)).toBe(-1);
      expect(table.has(keys[3]![0] + 1, keys[3]![1])).toBe(false);
    }
  });

  test('keys crafted onto one slot for one seed are spread by another (a file cannot pick the probe chain)', () => {
    const crafted = collidingHashes(100, 200);
    const slots = new Set(crafted.map(([h1, h2]) => slotOf(h1, h2, 4096, SEED + 1)));
    expect(slots.size).toBeGreaterThan(150);
  });

  test('two keys with one 64-bit hash are one key: the documented false duplicate (n²/2⁶⁵)', () => {
    // A seam: the hashes are given, as two colliding keys would give them.
    const table = new HashTable();
    expect(table.insert(0x1234, -0x5678, 2)).toBe(-1);
    expect(table.insert(0x1234, -0x5678, 9)).toBe(2);
  });

  test('insertBatch returns what insert() one by one returns, repeats within a batch included', () => {
    const one = new HashTable();
    const batched = new HashTable();
    const n = 20_000;
    const hashes = new Int32Array(n * 2);
    const rows = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const key = i % 3 === 0 ? Math.floor(i / 2) : i; // repeats near and far
      hashes[i * 2] = Math.imul(key, 0x9e3779b1);
      hashes[i * 2 + 1] = key;
      rows[i] = i + 2;
    }
    const expected = Array.from(rows, (row, i) => one.insert(hashes[i * 2]!, hashes[i * 2 + 1]!, row));
    const got: number[] = [];
    const firsts = new Int32Array(300);
    for (let from = 0; from < n; from += 300) {
      const count = Math.min(300, n - from);
      batched.insertBatch(hashes.subarray(from * 2), rows.subarray(from), count, firsts);
      got.push(...firsts.subarray(0, count));
    }
    expect(got).toEqual(expected);
    expect(expected.filter((first) => first !== -1).length).toBeGreaterThan(1000);
    expect(batched.count).toBe(one.count);
  });

  test('reserve: room for the expected keys at once, 16 bytes a key, no growth up to them', () => {
    const table = new HashTable();
    table.reserve(300_000);
    const bytes = table.bytes;
    expect(bytes).toBeLessThanOrEqual(300_000 * 16 + 12);
    for (let i = 0; i < 300_000; i++) table.insert(Math.imul(i, 0x9e3779b1), i ^ 0x5bd1e995, i + 2);
    expect(table.bytes).toBe(bytes);
    table.insert(1, -1, 1);
    expect(table.bytes).toBe(bytes); // still under 3/4 full: no growth at the first key past the estimate
  });
});

describe('KeyChecks: exact number keys, composite keys, nulls, batches', () => {
  const schema = schemaOf({
    fields: [
      { name: 'id', type: 'number', constraints: { unique: true } },
      { name: 'a', type: 'string' },
      { name: 'b', type: 'string' },
    ],
    uniqueKeys: [['a', 'b']],
  });

  function run(rows: readonly (readonly unknown[])[], file = 'd.csv') {
    const checks = new KeyChecks(schema, false);
    const errors = new ErrorCollector(10_000);
    for (const [i, values] of rows.entries()) checks.row(values, undefined, i + 2, i + 2, errors, file);
    checks.finish(errors, file);
    const found = (type: string) => errors.samples.get(type)?.map((e) => [e.row, e.message]) ?? [];
    return { found, errors };
  }

  test('a number key is its own 64 bits: neighbours never meet, 0 and -0 are one value', () => {
    const hasher = new KeyHasher();
    const bits = (value: number) => {
      hasher.setNumber(value);
      return [hasher.h1, hasher.h2];
    };
    expect(bits(2 ** 53 - 1)).not.toEqual(bits(2 ** 53 - 2));
    expect(bits(0.1 + 0.2)).not.toEqual(bits(0.3));
    const { found } = run([
      [0, 'x', '1'],
      [2 ** 53 - 1, 'x', '2'],
      [2 ** 53 - 2, 'x', '3'],
      [-0, 'x', '4'],
      [0.30000000000000004, 'x', '5'],
      [0.3, 'x', '6'],
    ]);
    expect(found('unique-error')).toEqual([[5, '(id) value 0 repeats row 2']]);
  });

  test('composite keys: parts are not concatenated, and a null in any part skips the row', () => {
    const { found } = run([
      [1, 'ab', 'c'],
      [2, 'a', 'bc'], // not ("ab", "c")
      [3, 'ab', 'c'], // repeats row 2
      [4, 'ab', null],
      [5, 'ab', null], // a null in the key: excluded (SQL), not a repeat
      [null, 'q', 'r'],
      [null, 'q', 's'], // a null id: excluded from unique too
    ]);
    expect(found('unique-error')).toEqual([[4, '(a, b) repeats row 2']]);
  });

  test('a primary key column with a null is a required error, never a primary-key repeat', async () => {
    const { runValidateData } = await import('../../../../support/validate-data-run.js');
    const { rmSync } = await import('node:fs');
    const run = await runValidateData(
      {
        'd.csv': 'id,v\n1,a\n,b\n,c\n1,d\n',
        's.yaml': 'fields:\n  - {name: id, type: integer}\n  - {name: v, type: string}\nprimaryKey: [id]\n',
      },
      { data: 'd.csv', schema: 's.yaml', workers: '1' },
    );
    try {
      expect(run.report!.errorCounts).toEqual({ 'constraint-error': 2, 'primary-key': 1 });
      expect(run.report!.errors.find((e) => e.type === 'primary-key')).toMatchObject({ row: 5 });
    } finally {
      rmSync(run.dir, { recursive: true, force: true });
    }
  });

  test('errors are those of one row at a time: in row order across batches of 256, each with its file and column', () => {
    const checks = new KeyChecks(schema, false);
    const errors = new ErrorCollector(10_000);
    // File a.csv: id in column 3; rows 2..601, every 100th repeats id 7 (row 9). File b.csv: id in column 1.
    checks.columnOf = Int32Array.from([3, 1, 2]);
    for (let i = 0; i < 600; i++) {
      const id = i > 0 && i % 100 === 0 ? 7 : i;
      checks.row([id, `a${i}`, 'x'], undefined, i + 2, i + 10, errors, 'a.csv');
    }
    checks.columnOf = Int32Array.from([1, 2, 3]); // a new file: the waiting rows report first
    checks.row([7, 'zz', 'x'], undefined, 602, 3, errors, 'b.csv');
    expect(errors.samples.get('unique-error')?.length).toBe(5); // rows 102 … 502 so far (one batch waits)
    checks.finish(errors, 'b.csv');
    const got = errors.samples.get('unique-error')!.map((e) => [e.file, e.row, e.line, e.column, e.message]);
    expect(got).toEqual([
      ...[100, 200, 300, 400, 500].map((i) => ['a.csv', i + 2, i + 10, 3, '(id) value 7 repeats row 9']),
      ['b.csv', 602, 3, 1, '(id) value 7 repeats row 9'],
    ]);
  });

  test('memory grows with distinct keys, not rows: 8n keys take ~8x the table of n; 8n rows of n keys, 1x', () => {
    const bytesAfter = (rows: number, distinct: number) => {
      const checks = new KeyChecks(schema, false);
      const errors = new ErrorCollector(1);
      for (let i = 0; i < rows; i++)
        checks.row([i % distinct, null, null], undefined, i + 2, i + 2, errors, 'd');
      checks.finish(errors, 'd');
      expect(errors.total).toBe(rows - distinct);
      return checks.tableBytes;
    };
    const n = 40_000;
    const one = bytesAfter(n, n);
    const eight = bytesAfter(8 * n, 8 * n);
    expect(eight / one).toBeGreaterThan(5);
    expect(eight / one).toBeLessThan(12);
    expect(eight / (8 * n)).toBeLessThanOrEqual(32); // 12-byte slots, at most 3/4 full, grown by 1.5x
    expect(bytesAfter(8 * n, n)).toBe(one);
  });
});

describe('recorded keys: a range recorded elsewhere, deduplicated after this one', () => {
  test('repeats of number keys, rows without a key skipped: file rows, first rows, 12 bytes a key', () => {
    const schema = schemaOf({ fields: [{ name: 'id', type: 'integer' }], primaryKey: ['id'] });
    const layout = partitionLayout(2000, SEED);
    const checks = new KeyChecks(schema, false);
    checks.recordPartitioned(layout);
    const errors = new ErrorCollector();
    // This range: file rows 2..1001 hold ids 0..999.
    for (let i = 0; i < 1000; i++) checks.row([i], undefined, i + 2, i + 2, errors, 'd');
    // The next range's own rows 1..1000 (file rows 1002..2001) hold ids 500..1499; every 10th id is null.
    const local = new KeyChecks(schema, false, undefined, { kind: 'record', partitions: layout });
    for (let i = 0; i < 1000; i++)
      local.row([i % 10 === 3 ? null : 500 + i], undefined, i + 1, i + 1, errors, 'd');
    const [recorded] = local.partitioned();
    expect(recorded!.counts.reduce((sum, n) => sum + n, 0)).toBe(900);
    const ranges = [checks.partitioned(), local.partitioned()];
    const claim = claimFrom(new SharedArrayBuffer(4), layout);
    const [, found] = mergePartitionRepeats([dedupePartitions(ranges, [0, 1001], claim, 1e6, layout)], 1e6);
    const repeats = found!.repeats[0]!;
    const pairs = Array.from({ length: repeats.length / 4 }, (_, k) => [
      repeats[k * 4]!,
      repeats[k * 4 + 1]!,
    ]);
    // File row 1002 + k holds id 500 + k (k < 500, k % 10 != 3), first seen at file row 502 + k.
    const expected = Array.from({ length: 500 }, (_, k) => k)
      .filter((k) => k % 10 !== 3)
      .map((k) => [1002 + k, 502 + k]);
    expect(pairs).toEqual(expected);
    expect(errors.total).toBe(0); // reported by recorded-keys.ts, not here
  });
});
