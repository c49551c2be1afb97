import { describe, expect, test } from '@jest/globals';
import { FrequentValues } from '../../../../../src/core/data/profile/frequent.js';
import { HyperLogLog, hllStandardError } from '../../../../../src/core/data/profile/hll.js';
import { hashString } from '../../../../../src/core/data/profile/hash.js';
import { seededRandom } from '../../../../support/seeded-random.js';

describe('FrequentValues (Misra–Gries)', () => {
  // 10 heavy hitters over a stream of unique noise: the adversarial case for a counter table.
  const random = seededRandom(5);
  const stream = Array.from({ length: 60_000 }, (_, i) =>
    random() < 0.4 ? `heavy-${i % 10}` : `noise-${i}`,
  );
  const truth = new Map<string, number>();
  for (const v of stream) truth.set(v, (truth.get(v) ?? 0) + 1);

  function check(summary: FrequentValues, n: number) {
    expect(summary.exact).toBe(false);
    expect(summary.undercount).toBeLessThanOrEqual(n / (summary.capacity + 1));
    const listed = new Map(summary.sorted().map((v) => [v.value, v.count]));
    expect(listed.size).toBeLessThanOrEqual(summary.capacity);
    for (let h = 0; h < 10; h++) {
      const count = listed.get(`heavy-${h}`)!;
      expect(count).toBeLessThanOrEqual(truth.get(`heavy-${h}`)!);
      expect(truth.get(`heavy-${h}`)! - count).toBeLessThanOrEqual(summary.undercount);
    }
  }

  test('one pass keeps every heavy hitter within the bound', () => {
    const summary = new FrequentValues(100, 32);
    for (const v of stream) summary.add(v);
    check(summary, stream.length);
  });

  test('merged halves keep the same bound', () => {
    const a = new FrequentValues(100, 32);
    const b = new FrequentValues(100, 32);
    for (const [i, v] of stream.entries()) (i < 25_000 ? a : b).add(v);
    const merged = new FrequentValues(Number.MAX_SAFE_INTEGER, 32);
    merged.merge(a.sorted(), a.exact, a.undercount);
    merged.merge(b.sorted(), b.exact, b.undercount);
    check(merged, stream.length);
  });

  test('exact below the limit', () => {
    const summary = new FrequentValues(100, 32);
    for (const v of ['a', 'b', 'a']) summary.add(v);
    expect(summary.sorted()).toEqual([
      { value: 'a', count: 2 },
      { value: 'b', count: 1 },
    ]);
    expect(summary.exact).toBe(true);
  });
});

describe('HyperLogLog', () => {
  test.each([10, 1000, 100_000])('estimates %i distinct values within 4 standard errors', (n) => {
    const hll = new HyperLogLog(12);
    const h = new Uint32Array(2);
    for (let i = 0; i < n; i++) {
      hashString(`value-${i}`, h);
      hll.addHash(h[0]!, h[1]!);
    }
    expect(Math.abs(hll.estimate() - n) / n).toBeLessThan(Math.max(4 * hllStandardError(12), 1 / n));
  });

  test('registers of a damaged profile are refused', () => {
    expect(() => HyperLogLog.decode(12, 'AAAA', 'x')).toThrow(/wrong length/);
  });
});
