import { describe, expect, test } from '@jest/globals';
import { createRng } from '../../../../../src/core/metrics/rng.js';
import { binomial, multinomial } from '../../../../../src/core/metrics/stats/binomial.js';
import {
  bootstrapCells,
  bootstrapPValue,
  bootstrapRanked,
  bootstrapSums,
  quantile,
} from '../../../../../src/core/metrics/stats/bootstrap.js';
import { runKernel } from '../../../../../src/core/metrics/stats/parallel.js';

const mean = (s: Float64Array, at: number, n: number) => s[at]! / n;

describe('bootstrap', () => {
  test('quantiles use numpy’s linear rule', () => {
    const sorted = Float64Array.of(1, 2, 3, 4, 5);
    expect(quantile(sorted, 0.5)).toBe(3);
    expect(quantile(sorted, 0.1)).toBeCloseTo(1.4, 14);
    expect(quantile(sorted, 0.975)).toBeCloseTo(4.9, 14);
  });

  test('same seed, same resamples; another seed, others', async () => {
    const d = Float64Array.from({ length: 500 }, (_, i) => Math.sin(i));
    const plan = { resamples: 300, seed: 5, alpha: 0.05, strata: [Int32Array.from(d.keys())] };
    const a = await bootstrapSums(d, 1, mean, plan);
    const b = await bootstrapSums(d, 1, mean, plan);
    const c = await bootstrapSums(d, 1, mean, { ...plan, seed: 6 });
    expect(Array.from(a.deltas)).toEqual(Array.from(b.deltas));
    expect(Array.from(a.deltas)).not.toEqual(Array.from(c.deltas));
    expect(a.lower).toBeLessThan(a.upper);
  });

  test('worker threads give the same bytes as one thread (fixed chunks, per-chunk seeds)', async () => {
    const values = Float64Array.from({ length: 2000 }, (_, i) => (i * 7919) % 13);
    const args = {
      values,
      k: 1,
      strataIndex: Int32Array.from(values.keys()),
      strataEnds: Int32Array.of(values.length),
    };
    const one = await runKernel('sums', args, 600, 9, { threads: 1, examples: values.length });
    // examples inflated so the work crosses the threshold at which threads are used.
    const two = await runKernel('sums', args, 600, 9, { threads: 2, examples: 1e9 });
    expect(Buffer.from(two.buffer).equals(Buffer.from(one.buffer))).toBe(true);
  });

  test('stratified resamples keep each stratum’s size', async () => {
    const values = Float64Array.from([1, 1, 1, 0, 0, 0, 0, 0, 0, 0]);
    const strata = [Int32Array.of(0, 1, 2), Int32Array.of(3, 4, 5, 6, 7, 8, 9)];
    const result = await bootstrapSums(values, 1, (s, at) => s[at]!, {
      resamples: 200,
      seed: 1,
      alpha: 0.05,
      strata,
    });
    // Σ of the stratum of ones is always 3: every resample draws exactly 3 from it.
    expect(new Set(result.deltas)).toEqual(new Set([3]));
  });

  test('ranked bootstrap: identical models give a zero delta on every resample', async () => {
    const positive = Uint8Array.of(1, 1, 0, 0, 1, 0);
    const score = Float64Array.of(0.9, 0.4, 0.4, 0.1, 0.7, 0.8);
    const strata = [Int32Array.of(0, 1, 4), Int32Array.of(2, 3, 5)];
    for (const metric of ['roc_auc', 'pr_auc'] as const) {
      const result = await bootstrapRanked(positive, score, score, metric, {
        resamples: 100,
        seed: 2,
        alpha: 0.05,
        strata,
      });
      expect(result.lower).toBe(0);
      expect(result.upper).toBe(0);
    }
  });

  test('cells bootstrap: multinomial counts always sum to n, within strata when stratified', () => {
    const cells = Float64Array.of(50, 30, 15, 5);
    const sums: number[] = [];
    bootstrapCells(
      cells,
      Int32Array.of(0, 0, 1, 1),
      (counts) => {
        sums.push(counts[0]! + counts[1]!, counts[2]! + counts[3]!);
        return counts[0]! - counts[1]!;
      },
      { resamples: 50, seed: 3, alpha: 0.05 },
    );
    expect(new Set(sums)).toEqual(new Set([80, 20]));
  });

  test('binomial draws have the right mean and variance, small and large n·p', () => {
    const rng = createRng(11);
    for (const [n, p] of [
      [20, 0.3],
      [100_000, 0.07],
      [50, 0.9],
    ] as const) {
      const draws = Array.from({ length: 4000 }, () => binomial(rng, n, p));
      const m = draws.reduce((a, b) => a + b, 0) / draws.length;
      const v = draws.reduce((a, b) => a + (b - m) ** 2, 0) / (draws.length - 1);
      expect(Math.abs(m - n * p)).toBeLessThan(5 * Math.sqrt((n * p * (1 - p)) / draws.length));
      expect(Math.abs(v / (n * p * (1 - p)) - 1)).toBeLessThan(0.1);
    }
    const out = new Float64Array(3);
    multinomial(rng, 10, [0, 4, 6], out);
    expect(out[0]).toBe(0);
    expect(out[1]! + out[2]!).toBe(10);
  });

  test('p-value: +1 corrected, two-sided, and 1 at the centre', () => {
    const deltas = Float64Array.from({ length: 99 }, (_, i) => i - 49);
    expect(bootstrapPValue(deltas, 0)).toBe(1);
    expect(bootstrapPValue(deltas, 100)).toBeCloseTo(2 / 100, 14);
  });
});
