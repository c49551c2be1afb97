// Partitioned duplicate detection (key-partitions.ts) against a naive oracle: one Map over every range's
// keys in row order, which is what one pass over the file finds. The repeats (row, first row, h1, h2),
// the first `keep` of each range by row and the count of the rest must be the oracle's, whatever the
// partitions, the threads sharing them, or the growth of a partition past its first block and slab.
import { describe, expect, test } from '@jest/globals';
import {
  BLOCK,
  claimFrom,
  dedupePartitions,
  mergePartitionRepeats,
  type PartitionLayout,
  partitionLayout,
  partitionOf,
  type PartitionRepeats,
  PartitionWriter,
} from '../../../../../src/core/data/validate/key-partitions.js';
import { fmix32 } from '../../../../../src/core/data/validate/key-hash.js';
import { seededRandom } from '../../../../support/seeded-random.js';

/** A range's keys in row order: (h1, h2, local row from 1). */
type Key = readonly [h1: number, h2: number, row: number];

/** What one pass finds, per range: its repeats in row order (the first `keep`) and the count of the rest. */
function oracle(ranges: readonly (readonly Key[])[], shifts: readonly number[], keep: number) {
  const first = new Map<string, number>();
  return ranges.map((keys, r) => {
    const repeats: number[] = [];
    let dropped = 0;
    for (const [h1, h2, local] of keys) {
      const row = local + shifts[r]!;
      const seen = first.get(`${h1},${h2}`);
      if (seen === undefined) first.set(`${h1},${h2}`, row);
      else if (repeats.length < keep * 4) repeats.push(row, seen, h1, h2);
      else dropped++;
    }
    return { repeats: [...repeats], dropped: [dropped] };
  });
}

/** Writes each range's keys (one table), deduplicates them on `threads` simulated threads, merges. */
function partitioned(
  ranges: readonly (readonly Key[])[],
  shifts: readonly number[],
  keep: number,
  layout: PartitionLayout,
  threads = 1,
) {
  const written = ranges.map((keys) => {
    const writer = new PartitionWriter(layout);
    for (const [h1, h2, row] of keys) writer.add(h1, h2, row, false);
    return [writer.result()];
  });
  // Threads take partitions in turn from one counter, as the main thread and the workers do.
  const claim = claimFrom(new SharedArrayBuffer(4), layout);
  const taken: number[][] = Array.from({ length: threads }, () => []);
  for (let p = claim(), k = 0; p !== -1; p = claim(), k = (k + 1) % threads) taken[k]!.push(p);
  const parts: PartitionRepeats[] = taken.map((mine) => {
    let i = 0;
    return dedupePartitions(written, shifts, () => (i < mine.length ? mine[i++]! : -1), keep, layout);
  });
  return mergePartitionRepeats(parts, keep).map(({ repeats, dropped }) => ({
    repeats: [...repeats[0]!],
    dropped,
  }));
}

/** `n` keys drawn from `distinct` values (h1, h2 random 32-bit); distinct 0: every key once. */
function randomKeys(n: number, distinct: number, seed: number): [number, number][] {
  const random = seededRandom(seed);
  if (distinct === 0) return Array.from({ length: n }, (_, i) => [(random() * 2 ** 32) | 0, i]);
  const pool = Array.from(
    { length: distinct },
    () => [(random() * 2 ** 32) | 0, (random() * 2 ** 32) | 0] as [number, number],
  );
  return Array.from({ length: n }, () => pool[Math.floor(random() * distinct)]!);
}

/** Keys cut into ranges, each numbered from 1 (rows skipped now and then: rows with no key). */
function cut(keys: readonly (readonly [number, number])[], cuts: readonly number[], seed = 1) {
  const random = seededRandom(seed);
  const bounds = [0, ...cuts, keys.length];
  const ranges: Key[][] = [];
  const shifts: number[] = [];
  let rows = 1; // the header
  for (let k = 0; k + 1 < bounds.length; k++) {
    const range: Key[] = [];
    let row = 0;
    for (let i = bounds[k]!; i < bounds[k + 1]!; i++) {
      row += random() < 0.1 ? 2 : 1;
      range.push([keys[i]![0], keys[i]![1], row]);
    }
    shifts.push(rows);
    ranges.push(range);
    rows += row + 1;
  }
  return { ranges, shifts };
}

/** A key (h1, h2) whose partition is `p`: fmix32 is a bijection, so h1 follows from the wanted hash. */
function inPartition(p: number, low: number, h2: number, layout: PartitionLayout): [number, number] {
  const wanted = ((p << (32 - layout.bits)) | (low & ((1 << (32 - layout.bits)) - 1))) >>> 0;
  return [(unfmix32(wanted) ^ fmix32(h2 ^ layout.seed)) | 0, h2];
}

/** The inverse of Murmur3's fmix32 (each step undone, multipliers by their inverses mod 2^32). */
function unfmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x7ed1b41d);
  h ^= (h >>> 13) ^ (h >>> 26);
  h = Math.imul(h, 0xa5cb9243);
  return (h ^ (h >>> 16)) >>> 0;
}

describe('partitioned dedupe: the repeats and first rows of one pass', () => {
  test.each([
    ['many duplicates, 2 ranges', 20_000, 5_000, [9_000], 1_000_000],
    ['few duplicates, 3 ranges', 20_000, 19_000, [100, 12_000], 1_000_000],
    ['no duplicates', 10_000, 0, [5_000], 1_000_000],
    ['all one key', 5_000, 1, [2_500], 1_000_000],
    ['samples capped at 7 a range', 30_000, 3_000, [10_000, 20_000], 7],
  ])('%s', (_, n, distinct, cuts, keep) => {
    const { ranges, shifts } = cut(randomKeys(n, distinct, n + distinct), cuts);
    const expected = oracle(ranges, shifts, keep);
    const layout = partitionLayout(n, 99);
    expect(partitioned(ranges, shifts, keep, layout)).toEqual(expected);
    expect(partitioned(ranges, shifts, keep, layout, 2)).toEqual(expected);
    expect(partitioned(ranges, shifts, keep, { bits: 4, seed: 5 }, 3)).toEqual(expected);
  });

  test('the oracle cases are not trivial: repeats in every range, and dropped ones when capped', () => {
    const { ranges, shifts } = cut(randomKeys(30_000, 3_000, 33_000), [10_000, 20_000]);
    const expected = oracle(ranges, shifts, 7);
    for (const range of expected) {
      expect(range.repeats.length).toBe(28);
      expect(range.dropped[0]).toBeGreaterThan(1000);
    }
  });

  test('a key of the first range repeated in the second names the first range row', () => {
    const ranges: Key[][] = [
      [
        [1, 2, 1],
        [3, 4, 2],
      ],
      [
        [5, 6, 1],
        [3, 4, 2],
        [1, 2, 3],
      ],
    ];
    const found = partitioned(ranges, [1, 4], 100, partitionLayout(5, 7));
    expect(found).toEqual([
      { repeats: [], dropped: [0] },
      { repeats: [6, 3, 3, 4, 7, 2, 1, 2], dropped: [0] },
    ]);
  });

  test('keys crafted into one partition: every block and slab of it is read, the repeats are all found', () => {
    const layout: PartitionLayout = { bits: 10, seed: 1234 };
    // 150,000 distinct keys of partition 0 (more than one slab of 2,048 blocks of 64 keys), then 100,000
    // of them again: what a file could do if it knew the seed.
    const same = Array.from({ length: 150_000 }, (_, i) => inPartition(0, i * 7 + 1, i, layout));
    for (const [h1, h2] of same.slice(0, 100)) expect(partitionOf(h1, h2, layout)).toBe(0);
    const { ranges, shifts } = cut([...same, ...same.slice(0, 100_000)], [120_000]);
    const expected = oracle(ranges, shifts, 1_000_000);
    expect(expected[1]!.repeats.length / 4).toBe(100_000);
    expect(partitioned(ranges, shifts, 1_000_000, layout, 2)).toEqual(expected);
  });

  test('a partition past its first block keeps every entry (a repeat only in the later blocks is found)', () => {
    const layout: PartitionLayout = { bits: 4, seed: 77 };
    const inZero = Array.from({ length: 3 * BLOCK + 5 }, (_, i) => inPartition(0, i * 13 + 5, i, layout));
    // Each key of the later blocks (beyond the first) repeated, in one range and across two.
    const late = inZero.slice(BLOCK);
    for (const cuts of [[], [inZero.length]]) {
      const { ranges, shifts } = cut([...inZero, ...late], cuts);
      const found = partitioned(ranges, shifts, 1_000_000, layout);
      const repeats = found.reduce((sum, range) => sum + range.repeats.length / 4, 0);
      expect(repeats).toBe(late.length);
      expect(found).toEqual(oracle(ranges, shifts, 1_000_000));
    }
  });

  test('unfmix32 inverts fmix32 (the crafted keys are what they claim)', () => {
    const random = seededRandom(5);
    for (let i = 0; i < 1000; i++) {
      const x = Math.floor(random() * 2 ** 32);
      expect(fmix32(unfmix32(x))).toBe(x);
    }
  });

  test('the writer counts every entry of a partition, across blocks and slabs', () => {
    const layout: PartitionLayout = { bits: 4, seed: 0 };
    const writer = new PartitionWriter(layout);
    const perPartition = new Array<number>(16).fill(0);
    const random = seededRandom(11);
    for (let i = 0; i < 200_000; i++) {
      const h1 = (random() * 2 ** 32) | 0;
      writer.add(h1, i, i + 1, true);
      perPartition[partitionOf(h1, i, layout)]!++;
    }
    const keys = writer.result();
    expect([...keys.counts]).toEqual(perPartition);
    expect(keys.slabs.length).toBeGreaterThan(1);
    // Memory: whole blocks but the last of each partition, so 12 bytes a key and at most a block more
    // per partition (a writer that took a new block per key, or left blocks half empty, would not fit).
    expect(keys.blocks.length).toBeLessThanOrEqual(Math.ceil(200_000 / BLOCK) + 16);
    const slabBytes = keys.slabs[0]!.byteLength;
    expect(keys.slabs.length).toBe(Math.ceil(keys.blocks.length / (slabBytes / (BLOCK * 12))));
    expect(keys.numbers).toBe(true);
    for (let p = 0; p < 16; p++)
      expect(keys.starts[p + 1]! - keys.starts[p]!).toBe(Math.ceil(perPartition[p]! / BLOCK));
  });

  test('a random seed spreads keys that differ in a few bits over every partition', () => {
    // Consecutive integers as one-number keys (their own bits): no partition is left empty or overfull.
    const layout = partitionLayout(1 << 20);
    const counts = new Array<number>(1 << layout.bits).fill(0);
    const f64 = new Float64Array(1);
    const u32 = new Uint32Array(f64.buffer);
    for (let i = 0; i < 1 << 20; i++) {
      f64[0] = i;
      counts[partitionOf(u32[0]! | 0, u32[1]! | 0, layout)]!++;
    }
    const mean = (1 << 20) / counts.length;
    expect(Math.min(...counts)).toBeGreaterThan(mean / 2);
    expect(Math.max(...counts)).toBeLessThan(mean * 2);
  });

  test('layouts: about 4,096 keys a partition, 16 to 4,096 partitions', () => {
    expect(partitionLayout(0, 1).bits).toBe(4);
    expect(partitionLayout(3_000_000, 1).bits).toBe(10);
    expect(partitionLayout(1e12, 1).bits).toBe(12);
  });
});
