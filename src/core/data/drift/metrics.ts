import { chiSquareSurvival } from './chi-square.js';

// The drift figures, each over two distributions on the same bins or categories. Inputs are counts
// (or weights); each function normalises what it needs. Each formula is checked against scipy on fixed
// vectors in test/integration/validate-data-profile.

/** Zero shares are floored here before PSI's logarithm, as Evidently's psi.py does. */
export const PSI_FLOOR = 1e-4;

function shares(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((c) => (total > 0 ? c / total : 0));
}

/** Population stability index: Σ (r − c)·ln(r / c) over shared bins, zero shares floored at 1e-4. */
export function psi(reference: readonly number[], current: readonly number[]): number {
  const r = shares(reference);
  const c = shares(current);
  let sum = 0;
  for (let i = 0; i < r.length; i++) {
    const ri = Math.max(r[i]!, PSI_FLOOR);
    const ci = Math.max(c[i]!, PSI_FLOOR);
    sum += (ri - ci) * Math.log(ri / ci);
  }
  return sum;
}

/**
 * Jensen–Shannon *distance* (the square root of the divergence, natural log), as
 * scipy.spatial.distance.jensenshannon computes it and Evidently thresholds it (0.1).
 */
export function jensenShannon(reference: readonly number[], current: readonly number[]): number {
  const p = shares(reference);
  const q = shares(current);
  let divergence = 0;
  for (let i = 0; i < p.length; i++) {
    const m = (p[i]! + q[i]!) / 2;
    if (p[i]! > 0) divergence += p[i]! * Math.log(p[i]! / m);
    if (q[i]! > 0) divergence += q[i]! * Math.log(q[i]! / m);
  }
  return Math.sqrt(Math.max(0, divergence / 2));
}

/** L-infinity distance of the normalised counts (TFDV's `infinity_norm` comparator). */
export function linf(reference: readonly number[], current: readonly number[]): number {
  const r = shares(reference);
  const c = shares(current);
  let max = 0;
  for (let i = 0; i < r.length; i++) max = Math.max(max, Math.abs(r[i]! - c[i]!));
  return max;
}

/** A weighted sample: sorted values and their weights (a sketch's items, or raw data with weight 1). */
export interface WeightedSample {
  readonly values: ArrayLike<number>;
  readonly weights: ArrayLike<number>;
}

/**
 * Wasserstein-1 distance ∫ |F_u(x) − F_v(x)| dx between two weighted samples (scipy.stats.
 * wasserstein_distance with weights); both samples sorted by value.
 */
export function wasserstein(u: WeightedSample, v: WeightedSample): number {
  const totalU = sum(u.weights);
  const totalV = sum(v.weights);
  if (totalU === 0 || totalV === 0) return 0;
  let i = 0;
  let j = 0;
  let cdfU = 0;
  let cdfV = 0;
  let distance = 0;
  let previous = Math.min(u.values[0]!, v.values[0]!);
  while (i < u.values.length || j < v.values.length) {
    const next =
      j >= v.values.length || (i < u.values.length && u.values[i]! <= v.values[j]!)
        ? u.values[i]!
        : v.values[j]!;
    distance += Math.abs(cdfU - cdfV) * (next - previous);
    while (i < u.values.length && u.values[i] === next) cdfU += u.weights[i++]! / totalU;
    while (j < v.values.length && v.values[j] === next) cdfV += v.weights[j++]! / totalV;
    previous = next;
  }
  return distance;
}

function sum(values: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i]!;
  return total;
}

/**
 * p-value of Pearson's χ² test of homogeneity on the 2×k table [reference; current] (scipy.stats.
 * chi2_contingency with correction=False). Categories empty on both sides are left out; a category
 * new in the current data is allowed (unlike a goodness-of-fit test against reference shares).
 */
export function chiSquareP(reference: readonly number[], current: readonly number[]): number {
  const columns: [number, number][] = [];
  for (let i = 0; i < reference.length; i++) {
    if (reference[i]! + current[i]! > 0) columns.push([reference[i]!, current[i]!]);
  }
  const totalR = columns.reduce((a, [r]) => a + r, 0);
  const totalC = columns.reduce((a, [, c]) => a + c, 0);
  const total = totalR + totalC;
  if (columns.length < 2 || totalR === 0 || totalC === 0) return 1;
  let statistic = 0;
  for (const [r, c] of columns) {
    const expectedR = ((r + c) * totalR) / total;
    const expectedC = ((r + c) * totalC) / total;
    statistic += (r - expectedR) ** 2 / expectedR + (c - expectedC) ** 2 / expectedC;
  }
  return chiSquareSurvival(statistic, columns.length - 1);
}
