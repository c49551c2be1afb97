import { DataError } from '../errors.js';
import { CONFUSION_METRICS, confusionMetrics } from './classification.js';
import { logLosses, positiveFlags } from './compute.js';
import type { ClassificationEvaluation, Evaluation, RegressionEvaluation } from './evaluation.js';
import { brierPerExample, EPS } from './losses.js';
import { seedFor } from './rng.js';
import {
  type BootstrapPlan,
  type BootstrapResult,
  bootstrapCells,
  bootstrapRanked,
  bootstrapSums,
} from './stats/bootstrap.js';
import { delong } from './stats/delong.js';
import { discordantPairs, type McNemarResult, mcnemar } from './stats/mcnemar.js';
import { r2From } from './regression.js';

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

/**
 * Paired statistics for each named metric both models can compute on the same aligned examples.
 * Each metric draws from its own seeded stream (seedFor), so adding a metric changes no other.
 */
export async function pairedStatistics(
  baseline: Evaluation,
  candidate: Evaluation,
  metrics: readonly string[],
  plan: PairedPlan,
  notes: string[] = [],
): Promise<Map<string, PairedStatistic>> {
  const out = new Map<string, PairedStatistic>();
  for (const metric of metrics) {
    let stat: PairedStatistic | undefined;
    try {
      stat = await statisticOf(baseline, candidate, metric, plan);
    } catch (thrown) {
      // A statistic undefined on this data (DeLong with one positive) leaves the metric on point estimates.
      if (!(thrown instanceof DataError)) throw thrown;
      notes.push(`${metric}: no interval (${thrown.message})`);
    }
    if (stat) out.set(metric, stat);
  }
  return out;
}

function statisticOf(
  baseline: Evaluation,
  candidate: Evaluation,
  metric: string,
  plan: PairedPlan,
): Promise<PairedStatistic | undefined> {
  if (baseline.task === 'regression' && candidate.task === 'regression') {
    return regressionStatistic(baseline, candidate, metric, plan);
  }
  if (baseline.task === 'classification' && candidate.task === 'classification') {
    return classificationStatistic(baseline, candidate, metric, plan);
  }
  return Promise.resolve(undefined);
}

function fromBootstrap(result: BootstrapResult, extra: Partial<PairedStatistic> = {}): PairedStatistic {
  return {
    method: 'bootstrap-percentile',
    lower: result.lower,
    upper: result.upper,
    standardError: result.standardError,
    deltas: result.deltas,
    ...extra,
  };
}

function strataOf(e: Evaluation, stratified: boolean): Int32Array[] {
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

async function classificationStatistic(
  base: ClassificationEvaluation,
  cand: ClassificationEvaluation,
  metric: string,
  plan: PairedPlan,
): Promise<PairedStatistic | undefined> {
  const seed = seedFor(plan.seed, metric);
  const stratified = isStratified(cand, plan.stratify);
  const n = cand.y.length;
  if ((CONFUSION_METRICS as readonly string[]).includes(metric)) {
    if (['precision', 'recall', 'f1'].includes(metric) && !cand.positive) return undefined;
    const k = cand.classes.length;
    if (k * k * k > 2 ** 22) {
      throw new DataError(`${k} classes are too many for the paired confusion-matrix bootstrap`);
    }
    const cells = new Float64Array(k * k * k);
    for (let i = 0; i < n; i++) cells[(cand.y[i]! * k + base.predicted[i]!) * k + cand.predicted[i]!]!++;
    const cellStratum = stratified
      ? Int32Array.from(cells.keys(), (cell) => Math.floor(cell / (k * k)))
      : undefined;
    const matrixA = new Float64Array(k * k);
    const matrixB = new Float64Array(k * k);
    const positive = cand.positive?.index;
    // Only cells that occur can be drawn: with many classes K³ cells are mostly empty.
    const occurring = Int32Array.from(cells.keys()).filter((cell) => cells[cell]! > 0);
    const delta = (counts: Float64Array) => {
      matrixA.fill(0);
      matrixB.fill(0);
      for (const cell of occurring) {
        const count = counts[cell]!;
        if (count === 0) continue;
        const t = Math.floor(cell / (k * k));
        const a = Math.floor(cell / k) % k;
        const b = cell % k;
        matrixA[t * k + a]! += count;
        matrixB[t * k + b]! += count;
      }
      return (
        confusionMetrics(matrixB, k, positive)[metric]! - confusionMetrics(matrixA, k, positive)[metric]!
      );
    };
    const result = bootstrapCells(cells, cellStratum, delta, { ...plan, seed });
    if (metric !== 'accuracy') return fromBootstrap(result);
    const correctA = Uint8Array.from(base.y, (y, i) => (y === base.predicted[i] ? 1 : 0));
    const correctB = Uint8Array.from(cand.y, (y, i) => (y === cand.predicted[i] ? 1 : 0));
    const { b, c } = discordantPairs(correctA, correctB);
    return fromBootstrap(result, { mcnemar: mcnemar(b, c) });
  }
  const positive = positiveFlags(cand);
  const bootstrapPlan: BootstrapPlan = { ...plan, seed, strata: strataOf(cand, stratified) };
  if (metric === 'roc_auc' && positive && base.score && cand.score) {
    const result = delong(positive, base.score, cand.score, plan.alpha);
    return {
      method: 'delong',
      lower: result.lower,
      upper: result.upper,
      standardError: Math.sqrt(result.variance),
      delong: { delta: result.delta, variance: result.variance },
    };
  }
  if (metric === 'pr_auc' && positive && base.score && cand.score) {
    // Always stratified by class: a resample without positives has no precision-recall curve.
    const strata = [
      Int32Array.from(positive.keys()).filter((i) => positive[i] === 1),
      Int32Array.from(positive.keys()).filter((i) => positive[i] === 0),
    ].filter((s) => s.length > 0);
    return fromBootstrap(
      await bootstrapRanked(positive, base.score, cand.score, 'pr_auc', { ...bootstrapPlan, strata }),
    );
  }
  if (metric === 'log_loss' || metric === 'brier') {
    const perExample = (e: ClassificationEvaluation) =>
      metric === 'log_loss'
        ? logLosses(e)
        : positive && e.score
          ? brierPerExample(positive, e.score)
          : 'no score';
    const a = perExample(base);
    const b = perExample(cand);
    if (typeof a === 'string' || typeof b === 'string') return undefined;
    return fromBootstrap(await meanDifference(a, b, bootstrapPlan));
  }
  return undefined;
}

/** Bootstrap of mean(candidate_i − baseline_i): the decomposable fast path (one value per example). */
export function meanDifference(
  base: Float64Array,
  cand: Float64Array,
  plan: BootstrapPlan,
): Promise<BootstrapResult> {
  const d = Float64Array.from(cand, (value, i) => value - base[i]!);
  return bootstrapSums(d, 1, (sums, at, n) => sums[at]! / n, plan);
}

async function regressionStatistic(
  base: RegressionEvaluation,
  cand: RegressionEvaluation,
  metric: string,
  plan: PairedPlan,
): Promise<PairedStatistic | undefined> {
  const y = cand.y;
  const n = y.length;
  const seed = seedFor(plan.seed, metric);
  const bootstrapPlan: BootstrapPlan = { ...plan, seed, strata: [Int32Array.from(y.keys())] };
  const err = (e: RegressionEvaluation, f: (residual: number, truth: number) => number) =>
    Float64Array.from(e.predicted, (p, i) => f(y[i]! - p, y[i]!));
  if (metric === 'mae' || metric === 'mse' || metric === 'mape') {
    const f =
      metric === 'mae'
        ? (r: number) => Math.abs(r)
        : metric === 'mse'
          ? (r: number) => r * r
          : (r: number, t: number) => Math.abs(r) / Math.max(Math.abs(t), EPS);
    return fromBootstrap(await meanDifference(err(base, f), err(cand, f), bootstrapPlan));
  }
  if (metric === 'rmse' || metric === 'r2') {
    // Rows [e²_baseline, e²_candidate, y − ȳ, (y − ȳ)²]: centring y first keeps Σy² − (Σy)²/n accurate.
    let yMean = 0;
    for (const value of y) yMean += value;
    yMean /= n;
    const rows = new Float64Array(n * 4);
    for (let i = 0; i < n; i++) {
      rows[i * 4] = (y[i]! - base.predicted[i]!) ** 2;
      rows[i * 4 + 1] = (y[i]! - cand.predicted[i]!) ** 2;
      rows[i * 4 + 2] = y[i]! - yMean;
      rows[i * 4 + 3] = (y[i]! - yMean) ** 2;
    }
    const delta =
      metric === 'rmse'
        ? (s: Float64Array, at: number, m: number) => Math.sqrt(s[at + 1]! / m) - Math.sqrt(s[at]! / m)
        : (s: Float64Array, at: number, m: number) => {
            const total = s[at + 3]! - s[at + 2]! ** 2 / m;
            return r2From(s[at + 1]!, total) - r2From(s[at]!, total);
          };
    return fromBootstrap(await bootstrapSums(rows, 4, delta, bootstrapPlan));
  }
  return undefined;
}
