import { DataError } from '../errors.js';
import { CONFUSION_METRICS } from './classification.js';
import type { Evaluation } from './evaluation.js';
import type { BootstrapResult } from './stats/bootstrap.js';
import type { McNemarResult } from './stats/mcnemar.js';

/** The statistics of one metric's paired delta (candidate − baseline, not oriented). */
export interface PairedStatistic {
  readonly method: 'bootstrap-percentile' | 'delong';
  readonly lower: number;
  readonly upper: number;
  readonly standardError: number;
  /** Sorted resampled deltas (bootstrap), for p-values at any boundary. */
  readonly deltas?: Float64Array;
  readonly mcnemar?: McNemarResult;
  /** DeLong's p-value at a shifted null is recomputed by the gate from these. */
  readonly delong?: { readonly delta: number; readonly variance: number };
}

export interface PairedPlan {
  readonly resamples: number;
  readonly seed: number;
  readonly alpha: number;
  /** auto: stratify classification by true class when the rarest class has under half its even share. */
  readonly stratify: 'auto' | 'always' | 'never';
  readonly threads?: number;
  /** Told after each chunk of bootstrap resamples, with its size (for a progress line). */
  readonly onResamples?: (count: number) => void;
}

/** Whether the bootstrap ran stratified, for the report. */
export function isStratified(e: Evaluation, stratify: PairedPlan['stratify']): boolean {
  if (e.task === 'regression' || stratify === 'never') return false;
  if (stratify === 'always') return true;
  const counts = new Map<number, number>();
  for (const code of e.y) counts.set(code, (counts.get(code) ?? 0) + 1);
  const smallest = Math.min(...counts.values());
  return smallest < (0.5 * e.y.length) / counts.size;
}

export function fromBootstrap(
  result: BootstrapResult,
  extra: Partial<PairedStatistic> = {},
): PairedStatistic {
  return {
    method: 'bootstrap-percentile',
    lower: result.lower,
    upper: result.upper,
    standardError: result.standardError,
    deltas: result.deltas,
    ...extra,
  };
}

export function strataOf(e: Evaluation, stratified: boolean): Int32Array[] {
  if (!stratified || e.task === 'regression') return [Int32Array.from(e.y.keys())];
  const groups = new Map<number, number[]>();
  for (let i = 0; i < e.y.length; i++) {
    const code = e.y[i]!;
    const group = groups.get(code);
    if (group) group.push(i);
    else groups.set(code, [i]);
  }
  return [...groups.keys()].sort((a, b) => a - b).map((code) => Int32Array.from(groups.get(code)!));
}

export function toStatistic(result: BootstrapResult | DataError): PairedStatistic | DataError {
  return result instanceof DataError ? result : fromBootstrap(result);
}

/** The regression metrics computed from per-example sums (all of them). */
export const REGRESSION_SUMS = ['mae', 'mse', 'rmse', 'r2', 'mape'] as const;

/** The pass a metric's resamples come from: its seed is seedFor(seed, pass). */
export function passOf(metric: string): string {
  if ((CONFUSION_METRICS as readonly string[]).includes(metric)) return 'cells';
  if ((REGRESSION_SUMS as readonly string[]).includes(metric) || metric === 'log_loss' || metric === 'brier')
    return 'examples';
  return metric;
}
