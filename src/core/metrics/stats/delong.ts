import { DataError } from '../../errors.js';
import { normalQuantile, normalTwoSided } from './special.js';

export interface DeLongResult {
  readonly aucBaseline: number;
  readonly aucCandidate: number;
  /** candidate − baseline. */
  readonly delta: number;
  /** Var(AUC_candidate − AUC_baseline) from the structural components. */
  readonly variance: number;
  readonly z: number;
  readonly pValue: number;
  readonly lower: number;
  readonly upper: number;
}

/**
 * DeLong's test for two correlated ROC AUCs on the same examples, in Sun & Xu's O(n log n) midrank
 * form (reference §2.5; the same numbers as pROC's delong.paired.test). `margin` shifts the null to
 * Δ = −margin for a non-inferiority p-value; the interval is Δ ± z(1−α/2)·√Var.
 */
export function delong(
  positive: Uint8Array,
  baselineScores: Float64Array,
  candidateScores: Float64Array,
  alpha: number,
  margin = 0,
): DeLongResult {
  const pos: number[] = [];
  const neg: number[] = [];
  for (let i = 0; i < positive.length; i++) (positive[i] ? pos : neg).push(i);
  const m = pos.length;
  const n = neg.length;
  if (m < 2 || n < 2) {
    throw new DataError(`DeLong needs at least 2 positive and 2 negative examples (got ${m} and ${n})`);
  }
  const base = components(pos, neg, baselineScores);
  const cand = components(pos, neg, candidateScores);
  const s10 = covariance(cand.v10, base.v10);
  const s01 = covariance(cand.v01, base.v01);
  const varC = s10.xx / m + s01.xx / n;
  const varB = s10.yy / m + s01.yy / n;
  const cov = s10.xy / m + s01.xy / n;
  const variance = Math.max(0, varC + varB - 2 * cov);
  const delta = cand.auc - base.auc;
  const se = Math.sqrt(variance);
  // pROC special-cases zero variance: equal AUCs give z = 0 (p = 1) instead of NaN.
  const shifted = delta + margin;
  const z = se === 0 ? (shifted === 0 ? 0 : Math.sign(shifted) * Infinity) : shifted / se;
  const half = normalQuantile(1 - alpha / 2) * se;
  return {
    aucBaseline: base.auc,
    aucCandidate: cand.auc,
    delta,
    variance,
    z,
    pValue: normalTwoSided(z),
    lower: delta - half,
    upper: delta + half,
  };
}

/** AUC and the structural components V10 (per positive) and V01 (per negative) from midranks. */
function components(pos: number[], neg: number[], scores: Float64Array) {
  const m = pos.length;
  const n = neg.length;
  const x = Float64Array.from(pos, (i) => scores[i]!);
  const y = Float64Array.from(neg, (i) => scores[i]!);
  const z = new Float64Array(m + n);
  z.set(x);
  z.set(y, m);
  const rz = midranks(z);
  const rx = midranks(x);
  const ry = midranks(y);
  let sum = 0;
  const v10 = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    sum += rz[i]!;
    v10[i] = (rz[i]! - rx[i]!) / n;
  }
  const v01 = new Float64Array(n);
  for (let j = 0; j < n; j++) v01[j] = 1 - (rz[m + j]! - ry[j]!) / m;
  return { auc: (sum - (m * (m + 1)) / 2) / (m * n), v10, v01 };
}

/** 1-based midranks: tied values share the average of their ranks. */
export function midranks(values: Float64Array): Float64Array {
  const order = Array.from(values.keys()).sort((a, b) => values[a]! - values[b]!);
  const ranks = new Float64Array(values.length);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1]!] === values[order[i]!]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]!] = rank;
    i = j + 1;
  }
  return ranks;
}

function covariance(x: Float64Array, y: Float64Array) {
  const k = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < k; i++) {
    mx += x[i]!;
    my += y[i]!;
  }
  mx /= k;
  my /= k;
  let xx = 0;
  let yy = 0;
  let xy = 0;
  for (let i = 0; i < k; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    xx += dx * dx;
    yy += dy * dy;
    xy += dx * dy;
  }
  return { xx: xx / (k - 1), yy: yy / (k - 1), xy: xy / (k - 1) };
}
