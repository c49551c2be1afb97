import { normalQuantile } from './special.js';

/** z(1−α/2) + z(power): 2.802 for α = 0.05 and power 0.8 (reference §2.9). */
export function mdeMultiplier(alpha: number, power: number): number {
  return normalQuantile(1 - alpha / 2) + normalQuantile(power);
}

/** Minimum detectable effect from the standard error of the delta (paired, from the resamples or DeLong). */
export function mdeFromStandardError(standardError: number, alpha: number, power: number): number {
  return mdeMultiplier(alpha, power) * standardError;
}

/** Unpaired MDE of a proportion metric (metrics-only baseline): multiplier · √(2p(1−p)/n). */
export function unpairedProportionMde(p: number, n: number, alpha: number, power: number): number {
  return mdeMultiplier(alpha, power) * Math.sqrt((2 * p * (1 - p)) / n);
}
