import type { Rng } from '../rng.js';
import { binomialLogPmf } from './special.js';

/**
 * An exact Binomial(n, p) draw by inversion. For small n·p the search starts at 0; otherwise it starts at
 * the mode and alternates outwards, which is inversion over a reordered support (still exact) and takes
 * O(√(np(1−p))) steps.
 */
export function binomial(rng: Rng, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomial(rng, n, 1 - p);
  const ratio = p / (1 - p);
  let u = rng.uniform();
  if (n * p < 30) {
    let pmf = Math.exp(n * Math.log1p(-p));
    for (let k = 0; k < n; k++) {
      if (u < pmf) return k;
      u -= pmf;
      pmf *= (ratio * (n - k)) / (k + 1);
    }
    return n;
  }
  const mode = Math.floor((n + 1) * p);
  const atMode = Math.exp(binomialLogPmf(mode, n, p));
  if (u < atMode) return mode;
  u -= atMode;
  let low = mode;
  let high = mode;
  let pmfLow = atMode;
  let pmfHigh = atMode;
  while (low > 0 || high < n) {
    if (high < n) {
      pmfHigh *= (ratio * (n - high)) / (high + 1);
      high++;
      if (u < pmfHigh) return high;
      u -= pmfHigh;
    }
    if (low > 0) {
      pmfLow *= low / (ratio * (n - low + 1));
      low--;
      if (u < pmfLow) return low;
      u -= pmfLow;
    }
  }
  // Rounding left a sliver of probability unassigned: the mode is the least surprising answer.
  return mode;
}

/** Multinomial(n, counts/Σcounts) by sequential conditional binomials. */
export function multinomial(rng: Rng, n: number, counts: ArrayLike<number>, out: Float64Array): void {
  let remainingN = n;
  let remainingMass = 0;
  for (let i = 0; i < counts.length; i++) remainingMass += counts[i]!;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i]!;
    if (remainingN === 0 || c === 0) {
      out[i] = 0;
    } else if (c >= remainingMass) {
      out[i] = remainingN;
      remainingN = 0;
    } else {
      const draw = binomial(rng, remainingN, c / remainingMass);
      out[i] = draw;
      remainingN -= draw;
    }
    remainingMass -= c;
  }
}
