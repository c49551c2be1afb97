// Duplicate keys of a file scanned in byte ranges, found without one big hash table. Each range's scanner
// appends each row's key (h1, h2, row) to one of 2^bits partitions, chosen by the top bits of a seeded
// finalizer of the key: sequential writes, where inserting into one table of 3M keys (48 MB) was a cache
// and TLB miss per key on the thread that also parsed. Once every range is scanned, the threads claim
// partitions and deduplicate each with a small table that stays in L2 (a few thousand keys), visiting
// the ranges in file order. A key's entries all fall in one partition, in row order within a range, so
// each partition yields the repeats and first rows that one pass in row order finds.

import { fmix32 } from './key-hash.js';

/** How keys are spread over partitions: the top `bits` of fmix32(h1 ^ fmix32(h2 ^ seed)). */
export interface PartitionLayout {
  readonly bits: number;
  readonly seed: number;
}

/** The partition of a key hash (h1, h2) under `layout`. */
export function partitionOf(h1: number, h2: number, layout: PartitionLayout): number {
  return fmix32(h1 ^ fmix32(h2 ^ layout.seed)) >>> (32 - layout.bits);
}

/** Keys a partition is meant to hold: its dedupe table (2 slots a key, 12 bytes each) stays ~100 KB. */
const KEYS_PER_PARTITION = 4096;

/**
 * The layout for about `expectedKeys` keys. The seed is random (a test may fix it): a one-number key's
 * hash is its own bits, which a file chooses, and an unseeded function would let a file put every key in
 * one partition (still correct, and still linear, but on one thread and out of cache).
 */
export function partitionLayout(
  expectedKeys: number,
  seed = (Math.random() * 4294967296) | 0,
): PartitionLayout {
  const bits = Math.ceil(Math.log2(Math.max(1, expectedKeys / KEYS_PER_PARTITION)));
  return { bits: Math.min(12, Math.max(4, bits)), seed };
}

/** Triples (h1, h2, row) per block: a partition's entries are a list of blocks (768 bytes each). */
export const BLOCK = 64;
/** Blocks per shared slab (1.5 MB): the writer allocates slabs as it fills them. */
const SLAB_BLOCKS = 2048;
const SLAB_INTS = SLAB_BLOCKS * BLOCK * 3;

/**
 * One range's keys of one table, partitioned: the entries of partition p are the blocks
 * `blocks[starts[p]] … blocks[starts[p + 1] - 1]` (block b: slab b / SLAB_BLOCKS), every block full but
 * the last, `counts[p]` entries in all, in row order. Slabs are shared memory: posting this copies only
 * the block lists.
 */
export interface PartitionedKeys {
  readonly slabs: readonly SharedArrayBuffer[];
  readonly blocks: Int32Array;
  readonly starts: Int32Array;
  readonly counts: Int32Array;
  /** True when every key was one number (its own 64 bits): its value can be read back (numberOf). */
  readonly numbers: boolean;
}

const EMPTY = new Int32Array(0);

/** Appends one range's keys of one table to their partitions, in row order. */
export class PartitionWriter {
  private readonly shift: number;
  private readonly seed: number;
  /** Per partition: the next int in its current block's slab, and the end of that block. */
  private readonly next: Int32Array;
  private readonly end: Int32Array;
  /** Per partition: the slab its current block is in, and its blocks so far. */
  private readonly current: Int32Array[];
  private readonly lists: number[][];
  private readonly slabs: SharedArrayBuffer[] = [];
  private views: Int32Array[] = [];
  private blockCount = 0;
  private numbers = true;

  constructor(layout: PartitionLayout) {
    const partitions = 1 << layout.bits;
    this.shift = 32 - layout.bits;
    this.seed = layout.seed;
    this.next = new Int32Array(partitions);
    this.end = new Int32Array(partitions);
    this.current = Array.from({ length: partitions }, () => EMPTY); // next = end: the first add takes a block
    this.lists = Array.from({ length: partitions }, () => []);
  }

  /** `number`: the key is one number (KeyHasher.setNumber). */
  add(h1: number, h2: number, row: number, number: boolean): void {
    const p = fmix32(h1 ^ fmix32(h2 ^ this.seed)) >>> this.shift;
    let at = this.next[p]!;
    if (at === this.end[p]) at = this.newBlock(p);
    const slab = this.current[p]!;
    slab[at] = h1;
    slab[at + 1] = h2;
    slab[at + 2] = row;
    this.next[p] = at + 3;
    if (!number) this.numbers = false;
  }

  /** Gives partition p a fresh block; returns its first int. */
  private newBlock(p: number): number {
    const b = this.blockCount++;
    if (b % SLAB_BLOCKS === 0) {
      const slab = new SharedArrayBuffer(SLAB_INTS * 4);
      this.slabs.push(slab);
      this.views.push(new Int32Array(slab));
    }
    this.lists[p]!.push(b);
    this.current[p] = this.views[this.views.length - 1]!;
    const at = (b % SLAB_BLOCKS) * BLOCK * 3;
    this.end[p] = at + BLOCK * 3;
    return at;
  }

  result(): PartitionedKeys {
    const partitions = this.lists.length;
    const starts = new Int32Array(partitions + 1);
    const counts = new Int32Array(partitions);
    for (let p = 0; p < partitions; p++) {
      const list = this.lists[p]!;
      starts[p + 1] = starts[p]! + list.length;
      if (list.length > 0) {
        const last = list[list.length - 1]!;
        const used = (this.next[p]! - (last % SLAB_BLOCKS) * BLOCK * 3) / 3;
        counts[p] = (list.length - 1) * BLOCK + used;
      }
    }
    return {
      slabs: this.slabs,
      blocks: Int32Array.from(this.lists.flat()),
      starts,
      counts,
      numbers: this.numbers,
    };
  }
}

/**
 * Hands out the partitions of `layout` one at a time through a shared counter (index 0 of `shared`, 4
 * bytes, zero to begin), to every thread that calls it; -1 when none is left.
 */
export function claimFrom(shared: SharedArrayBuffer, layout: PartitionLayout): () => number {
  const next = new Int32Array(shared, 0, 1);
  const partitions = 1 << layout.bits;
  return () => {
    const p = Atomics.add(next, 0, 1);
    return p < partitions ? p : -1;
  };
}

/**
 * What one thread's dedupe found, per range and table: repeats as (file row, first row, h1, h2), in row
 * order within each partition but not across them, at most `keep` per partition (a range's first `keep`
 * repeats of a table are among them), and how many more there were.
 */
export interface PartitionRepeats {
  readonly repeats: Int32Array[][];
  readonly dropped: number[][];
}

/**
 * Deduplicates the partitions `claim()` hands out (-1: none left) across `ranges` (per range in file
 * order, per table its PartitionedKeys, all of one layout); `rowShifts[r]` makes range r's rows the
 * file's. Several threads may run this at once over one claim counter: each partition is theirs alone.
 */
export function dedupePartitions(
  ranges: readonly (readonly PartitionedKeys[])[],
  rowShifts: readonly number[],
  claim: () => number,
  keep: number,
  layout: PartitionLayout,
): PartitionRepeats {
  const tables = ranges[0]?.length ?? 0;
  const repeats = ranges.map(() => Array.from({ length: tables }, () => new Growing()));
  const dropped = ranges.map(() => new Array<number>(tables).fill(0));
  const views = ranges.map((range) => range.map((keys) => keys.slabs.map((slab) => new Int32Array(slab))));
  const mask = (1 << (32 - layout.bits)) - 1;
  const seed = layout.seed;
  let slots = new Int32Array(3 * 1024);
  for (let p = claim(); p !== -1; p = claim()) {
    for (let t = 0; t < tables; t++) {
      let entries = 0;
      for (const range of ranges) entries += range[t]!.counts[p]!;
      if (entries === 0) continue;
      // At most half full (every entry a new key), a power of two: the slot is the hash's low bits,
      // which the partition (its top bits) leaves free.
      let capacity = 16;
      while (capacity < 2 * entries) capacity *= 2;
      if (slots.length < capacity * 3) slots = new Int32Array(capacity * 3);
      else slots.fill(0, 0, capacity * 3);
      const slotMask = Math.min(capacity - 1, mask);
      const end = capacity * 3;
      for (let r = 0; r < ranges.length; r++) {
        const keys = ranges[r]![t]!;
        const slabs = views[r]![t]!;
        const shift = rowShifts[r]!;
        const out = repeats[r]![t]!;
        let found = 0;
        let left = keys.counts[p]!;
        for (let j = keys.starts[p]!; left > 0; j++) {
          const b = keys.blocks[j]!;
          const slab = slabs[(b / SLAB_BLOCKS) | 0]!;
          const from = (b % SLAB_BLOCKS) * BLOCK * 3;
          const to = from + Math.min(BLOCK, left) * 3;
          left -= BLOCK;
          for (let e = from; e < to; e += 3) {
            const h1 = slab[e]!;
            const h2 = slab[e + 1]!;
            const row = slab[e + 2]! + shift;
            let at = (fmix32(h1 ^ fmix32(h2 ^ seed)) & slotMask) * 3;
            let first = slots[at + 2]!;
            while (first !== 0 && (slots[at] !== h1 || slots[at + 1] !== h2)) {
              at += 3;
              if (at === end) at = 0;
              first = slots[at + 2]!;
            }
            if (first === 0) {
              slots[at] = h1;
              slots[at + 1] = h2;
              slots[at + 2] = row + 1;
            } else if (found < keep) {
              out.push(row, first - 1, h1, h2);
              found++;
            } else dropped[r]![t]!++;
          }
        }
      }
    }
  }
  return { repeats: repeats.map((range) => range.map((out) => out.result())), dropped };
}

/**
 * Per range and table, the first `keep` repeats by row of every thread's PartitionRepeats together, and
 * how many more there were: what RangeRepeats holds.
 */
export function mergePartitionRepeats(
  parts: readonly PartitionRepeats[],
  keep: number,
): { repeats: Int32Array[]; dropped: number[] }[] {
  const ranges = parts[0]?.repeats.length ?? 0;
  return Array.from({ length: ranges }, (_, r) => {
    const tables = parts[0]!.repeats[r]!.length;
    const repeats: Int32Array[] = [];
    const dropped: number[] = [];
    for (let t = 0; t < tables; t++) {
      const found = parts.map((part) => part.repeats[r]![t]!);
      const quads = new Int32Array(found.reduce((sum, part) => sum + part.length, 0));
      let at = 0;
      for (const part of found) {
        quads.set(part, at);
        at += part.length;
      }
      const more = parts.reduce((sum, part) => sum + part.dropped[r]![t]!, 0);
      const order = Array.from({ length: quads.length / 4 }, (_, i) => i).sort(
        (a, b) => quads[a * 4]! - quads[b * 4]!,
      );
      const kept = Math.min(keep, order.length);
      const out = new Int32Array(kept * 4);
      for (let i = 0; i < kept; i++) out.set(quads.subarray(order[i]! * 4, order[i]! * 4 + 4), i * 4);
      repeats.push(out);
      dropped.push(more + order.length - kept);
    }
    return { repeats, dropped };
  });
}

/** An Int32Array that doubles as it fills. */
class Growing {
  private data = new Int32Array(64);
  private length = 0;

  push(a: number, b: number, c: number, d: number): void {
    if (this.length + 4 > this.data.length) this.grow();
    this.data[this.length] = a;
    this.data[this.length + 1] = b;
    this.data[this.length + 2] = c;
    this.data[this.length + 3] = d;
    this.length += 4;
  }

  private grow(): void {
    const grown = new Int32Array(this.data.length * 2);
    grown.set(this.data);
    this.data = grown;
  }

  result(): Int32Array {
    return this.data.slice(0, this.length);
  }
}
