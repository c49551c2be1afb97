// Key checks on every core: range workers record each row's key hash (KeyChecks in record mode); each
// worker then owns the hashes h with ownerOf(h) = its part, and finds the repeats among them by visiting
// the ranges in file order, so the first row of a key is the file's first, as in one pass. Exact up to the
// 64-bit hash, like the one-pass check (key-hash.ts). Memory: 12 bytes a row recorded, and each owner's
// table holds only its share of the keys.
import type { KeySet } from './key-checks.js';
import { fmix32, HashTable, type RecordedKeys } from './key-hash.js';

/** One range's recorded keys (a RecordedKeys per table), and what makes its row numbers the file's. */
export interface RangeKeys {
  readonly tables: readonly RecordedKeys[];
  readonly rowShift: number;
}

/**
 * The part (of `parts`) that owns a key hash: finalized (a number key's hash is its bits, whose low
 * words are mostly zeros) and mixed otherwise than a table's slot, so an owner's slots stay spread.
 */
export const ownerOf = (h1: number, h2: number, parts: number): number =>
  fmix32(h2 ^ Math.imul(h1, 0x85ebca6b)) % parts;

/**
 * Owner `part` of `parts`: per table, the repeats among the keys it owns as (row, first row) pairs in
 * row order. The ranges must come in file order.
 */
export function ownRepeats(ranges: readonly RangeKeys[], part: number, parts: number): Int32Array[] {
  const tables = ranges[0]?.tables.length ?? 0;
  const out: Int32Array[] = [];
  for (let t = 0; t < tables; t++) {
    let owned = 0;
    for (const { tables: recorded } of ranges) {
      const { count, triples } = recorded[t]!;
      for (let i = 0; i < count; i++)
        if (ownerOf(triples[i * 3]!, triples[i * 3 + 1]!, parts) === part) owned++;
    }
    const table = new HashTable(owned);
    let pairs = new Int32Array(64);
    let n = 0;
    // Owned keys in file order, inserted 256 at a time (HashTable.insertBatch: the cache misses overlap).
    const hashes = new Int32Array(BATCH * 2);
    const rows = new Int32Array(BATCH);
    const firsts = new Int32Array(BATCH);
    let waiting = 0;
    const flush = () => {
      table.insertBatch(hashes, rows, waiting, firsts);
      for (let k = 0; k < waiting; k++) {
        if (firsts[k] === -1) continue;
        if (n * 2 + 2 > pairs.length) {
          const grown = new Int32Array(pairs.length * 2);
          grown.set(pairs);
          pairs = grown;
        }
        pairs[n * 2] = rows[k]!;
        pairs[n * 2 + 1] = firsts[k]!;
        n++;
      }
      waiting = 0;
    };
    for (const { tables: recorded, rowShift } of ranges) {
      const { count, triples } = recorded[t]!;
      for (let i = 0; i < count; i++) {
        const h1 = triples[i * 3]!;
        const h2 = triples[i * 3 + 1]!;
        if (ownerOf(h1, h2, parts) !== part) continue;
        hashes[waiting * 2] = h1;
        hashes[waiting * 2 + 1] = h2;
        rows[waiting] = triples[i * 3 + 2]! + rowShift;
        if (++waiting === BATCH) flush();
      }
    }
    flush();
    out.push(pairs.slice(0, n * 2));
  }
  return out;
}

const BATCH = 256;

/** A key error to report: the row, the key set (its index in report order) and the first row of the key. */
export interface KeyRepeat {
  readonly row: number;
  readonly set: number;
  readonly first: number;
}

/**
 * Every owner's repeats as the errors of each key set (sets sharing a table report the same repeats), in
 * the order one pass adds them: by row, then by set.
 */
export function repeatsInOrder(
  sets: readonly KeySet[],
  owners: readonly (readonly Int32Array[])[],
): KeyRepeat[] {
  const out: KeyRepeat[] = [];
  sets.forEach((set, index) => {
    for (const tables of owners) {
      const pairs = tables[set.table]!;
      for (let i = 0; i < pairs.length; i += 2)
        out.push({ row: pairs[i]!, set: index, first: pairs[i + 1]! });
    }
  });
  return out.sort((a, b) => a.row - b.row || a.set - b.set);
}

/** The rows whose values and lines the error samples need: those of the first `perType` repeats of each type. */
export function sampledRows(
  sets: readonly KeySet[],
  repeats: readonly KeyRepeat[],
  perType: number,
): number[] {
  const taken = new Map<string, number>();
  const rows = new Set<number>();
  for (const { row, set } of repeats) {
    const type = sets[set]!.type;
    const count = taken.get(type) ?? 0;
    if (count >= perType) continue;
    taken.set(type, count + 1);
    rows.add(row);
  }
  return [...rows];
}
