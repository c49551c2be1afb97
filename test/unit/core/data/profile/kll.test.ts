import { describe, expect, test } from '@jest/globals';
import { KllSketch, quantile, rankError, weightedItems } from '../../../../../src/core/data/profile/kll.js';
import { normal, seededRandom } from '../../../../support/seeded-random.js';

/** Normalised rank of `value` in sorted data (fraction of items ≤ value). */
function trueRank(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo / sorted.length;
}

describe('KllSketch', () => {
  const random = seededRandom(7);
  const data = Float64Array.from({ length: 200_000 }, () => 1.7e12 + normal(random) * 3600_000);
  const sorted = data.slice().sort();

  test('keeps the total weight exact and quantiles within the rank error', () => {
    const sketch = new KllSketch(200);
    for (const x of data) sketch.add(x);
    const state = sketch.state();
    const { weights } = weightedItems(state);
    expect(weights.reduce((a, b) => a + b, 0)).toBe(data.length);
    for (const q of [0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99]) {
      const value = quantile(state, q)!;
      expect(Math.abs(trueRank(sorted, value) - q)).toBeLessThanOrEqual(rankError(200));
    }
    // Memory stays sketch-sized, not data-sized.
    expect(state.levels.flat().length).toBeLessThan(1000);
  });

  test('a merge of shards stays within the rank error of the whole', () => {
    const merged = new KllSketch(200);
    for (let start = 0; start < data.length; start += 50_000) {
      const shard = new KllSketch(200, start + 1);
      for (const x of data.subarray(start, start + 50_000)) shard.add(x);
      merged.merge(shard.state());
    }
    const state = merged.state();
    expect(state.n).toBe(data.length);
    for (const q of [0.05, 0.5, 0.95]) {
      expect(Math.abs(trueRank(sorted, quantile(state, q)!) - q)).toBeLessThanOrEqual(rankError(200));
    }
  });

  test('with the bottom sampler on a long stream (w up to 8), ranks stay within the bound', () => {
    const long = Float64Array.from({ length: 600_000 }, (_, i) => (i % 1000) * 1.5 + normal(random));
    const sortedLong = long.slice().sort();
    const sketch = new KllSketch(200);
    for (const x of long) sketch.add(x);
    const state = sketch.state();
    expect(weightedItems(state).weights.reduce((a, b) => a + b, 0)).toBe(long.length);
    for (const q of [0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99]) {
      expect(Math.abs(trueRank(sortedLong, quantile(state, q)!) - q)).toBeLessThanOrEqual(rankError(200));
    }
  });

  test('is deterministic: same values in the same order give the same state', () => {
    const a = new KllSketch(200);
    const b = new KllSketch(200);
    for (const x of data.subarray(0, 20_000)) {
      a.add(x);
      b.add(x);
    }
    expect(JSON.stringify(a.state())).toBe(JSON.stringify(b.state()));
  });
});
