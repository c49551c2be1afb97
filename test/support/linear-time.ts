// Timing properties as ratios (STYLE/testing rule: no absolute times): the work for 8n against the work
// for n, measured in one test. Linear work gives about 8, quadratic about 64.

function timeOf(run: () => void, repeat: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let trial = 0; trial < 3; trial++) {
    const started = performance.now();
    for (let i = 0; i < repeat; i++) run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/**
 * How much longer `work(8n)` takes than `work(n)`: the size-n work is repeated until it takes ≥ 20 ms
 * (so a fast linear path is measured above the timer's noise), and the size-8n work the same number of
 * times. Each size's input is built once, outside the timing.
 */
export function growthRatio<T>(make: (n: number) => T, work: (input: T) => void, n: number): number {
  const small = make(n);
  const large = make(8 * n);
  work(small);
  work(large);
  let repeat = 1;
  while (repeat < 1 << 16 && timeOf(() => work(small), repeat) < 20) repeat *= 2;
  return timeOf(() => work(large), repeat) / timeOf(() => work(small), repeat);
}

/**
 * A ratio a linear algorithm (≈8) stays under with room for noise on a shared machine, and a quadratic
 * one (≈64; measured 70–100 for the patterns this replaced) does not.
 */
export const LINEAR_RATIO = 32;
