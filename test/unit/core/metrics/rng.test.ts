import { describe, expect, test } from '@jest/globals';
import {
  boundedBelow,
  createRng,
  fnv1a32,
  nextUint32,
  seedFor,
  seedState,
} from '../../../../src/core/metrics/rng.js';
import { sumsKernel } from '../../../../src/core/metrics/stats/kernels.js';
import { WASM_SUM } from '../../../../src/core/metrics/stats/wasm-sum.js';

describe('xoshiro128** seeded by splitmix32', () => {
  test('matches the reference test vector (statistics-and-baselines.md §7.1)', () => {
    const state = seedState(42);
    expect([nextUint32(state), nextUint32(state), nextUint32(state)]).toEqual([
      660444221, 3652823732, 77672526,
    ]);
  });

  test('bounded integers stay in range and are roughly uniform', () => {
    const state = seedState(7);
    const counts = new Array(6).fill(0);
    for (let i = 0; i < 60000; i++) counts[boundedBelow(state, 6)]++;
    for (const count of counts) expect(Math.abs(count - 10000)).toBeLessThan(400);
    const big = seedState(8);
    for (let i = 0; i < 1000; i++) {
      const value = boundedBelow(big, 3_000_000);
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(3_000_000);
    }
  });

  test('the inlined generator of the kernels draws the same stream as rng.ts', () => {
    const n = 1000;
    const values = Float64Array.from({ length: n }, (_, i) => 2 ** (i % 40) + i);
    const out = sumsKernel({
      values,
      k: 1,
      strataIndex: Int32Array.from(values.keys()),
      strataEnds: Int32Array.of(n),
      resamples: 3,
      seed: 1234,
    });
    const rng = createRng(1234);
    for (let b = 0; b < 3; b++) {
      // Even draws into one sum, odd ones into another (the kernels' two accumulators).
      const sums = [0, 0];
      for (let i = 0; i < n; i++) sums[i & 1]! += values[rng.below(n)]!;
      expect(out[b]).toBe(sums[0]! + sums[1]!);
    }
  });

  test.each([1, 2, 3, 4, 8, 9])(
    'the WebAssembly loop gives bit-identical sums to the JavaScript loop (k = %i)',
    (k) => {
      const n = 5003;
      const values = Float64Array.from({ length: n * k }, (_, i) => Math.sin(i) * 1e3 + 1 / (i + 1));
      const args = {
        values,
        k,
        strataIndex: Int32Array.from({ length: n }, (_, i) => i),
        strataEnds: Int32Array.of(n),
        resamples: 20,
        seed: 77,
      };
      const js = sumsKernel(args);
      const wasm = sumsKernel({ ...args, wasm: WASM_SUM });
      expect(Buffer.from(wasm.buffer).equals(Buffer.from(js.buffer))).toBe(true);
    },
  );

  test('uniforms are in [0, 1) and per-metric seeds are independent of each other', () => {
    const rng = createRng(1);
    for (let i = 0; i < 1000; i++) {
      const u = rng.uniform();
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
    }
    expect(seedFor(1, 'accuracy')).not.toBe(seedFor(1, 'f1'));
    expect(seedFor(1, 'accuracy')).toBe(seedFor(1, 'accuracy'));
    expect(fnv1a32('')).toBe(0x811c9dc5);
  });
});
