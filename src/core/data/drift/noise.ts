import { weightedItems } from '../profile/kll.js';
import type { KllState } from '../profile/profile.js';
import { chiSquareSurvival } from './chi-square.js';

// What two samples of the SAME distribution show by chance. A fixed distance threshold (0.1) cries wolf
// on small batches: with 500 rows against a 20 000-row reference, Jensen–Shannon passed 0.1 in 9 of 20
// unchanged runs (issue #10). Each distance's threshold is therefore raised to its sampling-noise floor,
// the (1 − NOISE_ALPHA) quantile of the distance under "no shift", from the two sample sizes; on large
// samples the floor is far below the threshold and changes nothing. test/unit/core/data/drift/
// false-alarms.test.ts measures the false-alarm rate this gives (≤ 5 % at 500, 1k and 10k rows).

/** The chance, per figure, that an unchanged batch passes its floor. */
export const NOISE_ALPHA = 0.005;

/** The effective sample size of a two-sample comparison: n·m / (n + m). */
export function effectiveSize(n: number, m: number): number {
  return n > 0 && m > 0 ? (n * m) / (n + m) : 0;
}

/** The x with P(χ²_dof > x) = alpha, by bisection on the survival function. */
export function chiSquareQuantile(alpha: number, dof: number): number {
  if (dof <= 0) return 0;
  let low = 0;
  let high = dof + 20 * Math.sqrt(2 * dof) + 50;
  for (let i = 0; i < 100; i++) {
    const mid = (low + high) / 2;
    if (chiSquareSurvival(mid, dof) > alpha) low = mid;
    else high = mid;
  }
  return high;
}

/**
 * Noise floors of the binned figures over k non-empty bins. Under no shift Pearson's statistic
 * X² = n_eff·Σ(p_i − q_i)²/m_i is χ²(k − 1) (m the pooled shares), and to second order
 * PSI ≈ X²/n_eff, JS divergence ≈ X²/(8·n_eff) (the distance is its square root), and each
 * (p_i − q_i)² ≤ m_i·X²/n_eff bounds L∞.
 */
export function binnedFloors(
  reference: readonly number[],
  current: readonly number[],
): { psi: number; jensenShannon: number; linf: number } {
  const totalR = reference.reduce((a, b) => a + b, 0);
  const totalC = current.reduce((a, b) => a + b, 0);
  const n = effectiveSize(totalR, totalC);
  if (n === 0) return { psi: 0, jensenShannon: 0, linf: 0 };
  let bins = 0;
  let largest = 0;
  for (let i = 0; i < reference.length; i++) {
    const pooled = (reference[i]! + current[i]!) / (totalR + totalC);
    if (pooled > 0) bins++;
    largest = Math.max(largest, pooled);
  }
  const x2 = chiSquareQuantile(NOISE_ALPHA, bins - 1);
  return {
    psi: (PSI_TAIL * x2) / n,
    jensenShannon: JS_TAIL * Math.sqrt(x2 / (8 * n)),
    linf: Math.sqrt((largest * x2) / n),
  };
}

// The second-order forms above understate the tails at 20-50 values per bin: measured over 300
// unchanged runs each (normal, exponential and 4-category columns; 500 vs 20,000, 1,000 vs 1,000 and
// 500 vs 1,000 rows), the 99.5 % quantile of PSI reached 1.25x its χ² form and JS 1.12x. These factors
// cover that with a margin; L∞'s bound already sat at ≤ 0.6x.
const PSI_TAIL = 1.5;
const JS_TAIL = 1.25;

// E∫|B(F(x))|dx = √(2/π)·∫√(F(1 − F))dx for a Brownian bridge B; the L1 functional's upper tail is
// light: in the runs above its 99.5 % quantile reached 3.4 times that mean (an exponential column,
// 1,000 vs 1,000 rows), so 4 times leaves a margin.
const W1_TAIL = 4;

/**
 * Noise floor of the normalised Wasserstein distance W₁/σ: √n_eff·W₁ tends to ∫|B(F(x))|dx, whose
 * mean is √(2/π)·∫√(F(1 − F))dx, read from the reference's quantile sketch (so the floor follows the
 * distribution's shape).
 */
export function wassersteinFloor(reference: KllState, std: number, n: number, m: number): number {
  const size = effectiveSize(n, m);
  if (size === 0) return 0;
  const { values, weights } = weightedItems(reference);
  let total = 0;
  for (const w of weights) total += w;
  let cumulative = 0;
  let integral = 0;
  for (let i = 0; i + 1 < values.length; i++) {
    cumulative += weights[i]!;
    const f = cumulative / total;
    integral += Math.sqrt(f * (1 - f)) * (values[i + 1]! - values[i]!);
  }
  return (W1_TAIL * Math.sqrt(2 / Math.PI) * integral) / (Math.max(std, 0.001) * Math.sqrt(size));
}
