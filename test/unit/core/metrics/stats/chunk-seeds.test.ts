// The bootstrap runs in fixed chunks of 250 resamples, each with its own seed. If the chunks were
// seeded alike (the same seed on every chunk or every worker), 2,000 resamples would be 250 distinct
// ones repeated, and the interval's Monte-Carlo error would be that of 250 resamples, √8 times larger,
// while every other test still passed. These tests count distinct resamples and measure that error,
// on one thread and on worker threads.
import { describe, expect, test } from '@jest/globals';
import { quantile } from '../../../../../src/core/metrics/stats/bootstrap.js';
import { CHUNK, runKernel } from '../../../../../src/core/metrics/stats/parallel.js';
import { WASM_SUM } from '../../../../../src/core/metrics/stats/wasm-sum.js';
import { rankOrder } from '../../../../../src/core/metrics/stats/bootstrap.js';

const n = 300;
// Continuous, skewed values: two different resamples have the same sum only by coincidence.
const values = Float64Array.from({ length: n }, (_, i) => Math.exp(Math.sin(i * 1.3) * 1.5) + i / 997);
const sumsArgs = {
  values,
  k: 1,
  strataIndex: Int32Array.from({ length: n }, (_, i) => i),
  strataEnds: Int32Array.of(n),
  wasm: WASM_SUM,
};

/** The threads option, and examples inflated past the threshold at which threads are used. */
const WAYS = [
  ['one thread', { threads: 1, examples: n }],
  ['worker threads', { threads: 2, examples: 1e9 }],
] as const;

describe('every chunk of resamples draws its own stream', () => {
  test.each(WAYS)('%s: 2,000 resamples are 2,000 distinct ones', async (_name, options) => {
    const sums = await runKernel('sums', sumsArgs, 2000, 11, options);
    expect(sums.length).toBe(2000);
    expect(new Set(sums).size).toBe(2000);
    // No chunk repeats another, not even shifted: the first resample of each chunk is new.
    const firsts = Array.from({ length: 2000 / CHUNK }, (_, c) => sums[c * CHUNK]);
    expect(new Set(firsts).size).toBe(2000 / CHUNK);
  });

  test.each(WAYS)('%s: ranked kernel resamples are distinct too', async (_name, options) => {
    const positive = Uint8Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 1 : 0));
    const a = Float64Array.from({ length: n }, (_, i) => Math.sin(i) + positive[i]!);
    const b = Float64Array.from({ length: n }, (_, i) => Math.cos(i * 0.7) + positive[i]!);
    const base = rankOrder(a);
    const cand = rankOrder(b);
    const pos = Int32Array.from({ length: n }, (_, i) => i).filter((i) => positive[i] === 1);
    const neg = Int32Array.from({ length: n }, (_, i) => i).filter((i) => positive[i] === 0);
    const deltas = await runKernel(
      'ranked',
      {
        positive,
        orderBaseline: base.order,
        startsBaseline: base.starts,
        orderCandidate: cand.order,
        startsCandidate: cand.starts,
        strataIndex: Int32Array.from([...pos, ...neg]),
        strataEnds: Int32Array.of(pos.length, n),
        metric: 0,
      },
      1000,
      5,
      options,
    );
    // AUC deltas take few values on 300 examples, but 4 chunks seeded alike would give ≤ 250.
    expect(new Set(deltas).size).toBeGreaterThan(600);
  });

  test.each(WAYS)(
    '%s: the interval’s Monte-Carlo spread is that of 2,000 independent resamples',
    async (_name, options) => {
      // 40 intervals of 2,000 resamples each, from one long run of consecutive chunks.
      const B = 2000;
      const blocks = 40;
      const sums = await runKernel('sums', sumsArgs, B * blocks, 3, options);
      const means = Float64Array.from(sums, (s) => s / n);
      let mean = 0;
      for (const m of means) mean += m;
      mean /= means.length;
      let ss = 0;
      for (const m of means) ss += (m - mean) ** 2;
      const se = Math.sqrt(ss / (means.length - 1));
      const lowers = Array.from({ length: blocks }, (_, i) =>
        quantile(means.slice(i * B, (i + 1) * B).sort(), 0.025),
      );
      const lowerMean = lowers.reduce((a, b) => a + b, 0) / blocks;
      const spread = Math.sqrt(lowers.reduce((a, b) => a + (b - lowerMean) ** 2, 0) / (blocks - 1));
      // sd of a 2.5 % quantile of B draws ≈ √(p(1−p)/B) / φ(z_p) · se = 2.67·se/√B. With chunks seeded
      // alike it would be 2.67·se/√250 (√8 ≈ 2.8 times larger), or 0 when every block is the same.
      const expected = (2.67 * se) / Math.sqrt(B);
      expect(spread / expected).toBeGreaterThan(0.6);
      expect(spread / expected).toBeLessThan(1.7);
    },
  );
});

describe('progress of the resamples', () => {
  test.each(WAYS)(
    '%s: every chunk is told once, the counts add up to the resamples',
    async (_name, options) => {
      const told: number[] = [];
      const sums = await runKernel('sums', sumsArgs, 1100, 11, {
        ...options,
        onResamples: (count) => told.push(count),
      });
      expect(sums.length).toBe(1100);
      expect(told.reduce((a, b) => a + b, 0)).toBe(1100);
      expect(told).toHaveLength(Math.ceil(1100 / CHUNK));
      expect([...told].sort((a, b) => a - b)[0]).toBe(1100 % CHUNK); // the short last chunk, once
    },
  );
});
