import { describe, expect, test } from '@jest/globals';
import { indexVerdictsInto } from '../../../../../src/core/data/wasm/parquet.js';
import { CELL } from '../../../../../src/core/data/validate/field-checker.js';

// The dictionary indices' verdicts in WebAssembly (the column path's indexFailures) against the loop they
// replace, written out here: occurrences per index, failing positions in order, the missing counted.
function reference(indices: Int32Array, statuses: Int8Array, counted: boolean) {
  const occurs = new Int32Array(statuses.length);
  const failed: number[] = [];
  let missing = 0;
  indices.forEach((index, k) => {
    occurs[index]!++;
    if (statuses[index] === CELL.missing) missing++;
    else if (statuses[index] !== CELL.ok) failed.push(k);
  });
  return { occurs: counted ? Array.from(occurs) : undefined, failed, missing };
}

describe('indexVerdictsInto', () => {
  test('fuzzed dictionaries and indices: the same counts, failures and missing as the loop', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return Math.floor((seed / 2 ** 31) * n);
    };
    const verdicts = [CELL.ok, CELL.missing, CELL.typeError, CELL.constraintError];
    for (let trial = 0; trial < 300; trial++) {
      const size = random(40) + 1;
      const statuses = Int8Array.from({ length: size }, () => verdicts[random(4) === 0 ? random(4) : 0]!);
      // A view into a larger array, as the reader's pooled indices are.
      const all = Int32Array.from({ length: random(5000) + 3 }, () => random(size));
      const indices = all.subarray(random(3));
      const counted = random(2) === 0;
      const occurs = counted ? new Int32Array(size).fill(99) : undefined; // zeroed first
      const failed = [-1]; // appended to
      const missing = indexVerdictsInto(indices, statuses, occurs, failed);
      const expected = reference(indices, statuses, counted);
      expect(missing).toBe(expected.missing);
      expect(failed).toEqual([-1, ...expected.failed]);
      expect(occurs && Array.from(occurs)).toEqual(expected.occurs);
    }
  });

  test('no indices, and a dictionary of one value that fails everywhere', () => {
    const failed: number[] = [];
    expect(indexVerdictsInto(new Int32Array(0), Int8Array.of(CELL.typeError), undefined, failed)).toBe(0);
    expect(failed).toEqual([]);
    const occurs = new Int32Array(1);
    expect(indexVerdictsInto(new Int32Array(5), Int8Array.of(CELL.constraintError), occurs, failed)).toBe(0);
    expect(failed).toEqual([0, 1, 2, 3, 4]);
    expect(Array.from(occurs)).toEqual([5]);
  });

  test('an index outside the dictionary is left to the caller (undefined): counts and failures untouched', () => {
    const failed: number[] = [];
    const occurs = new Int32Array(2).fill(7);
    const statuses = Int8Array.of(CELL.ok, CELL.typeError);
    for (const index of [2, -1, 1 << 30]) {
      // Counted and not (each loop checks the indices it reads), after a failing one (not reported).
      expect(indexVerdictsInto(Int32Array.of(0, 1, index, 0), statuses, occurs, failed)).toBe(undefined);
      expect(indexVerdictsInto(Int32Array.of(0, 1, index, 0), statuses, undefined, failed)).toBe(undefined);
    }
    expect(failed).toEqual([]);
    expect(Array.from(occurs)).toEqual([7, 7]);
  });

  test('tables past the WebAssembly limit are left to the caller (undefined), untouched', () => {
    const failed: number[] = [];
    expect(
      indexVerdictsInto(new Int32Array(3_000_000), Int8Array.of(CELL.typeError), undefined, failed),
    ).toBe(undefined);
    expect(failed).toEqual([]);
  });
});
