import { DataError } from '../errors.js';
import { CONFUSION_METRICS, confusionMetrics } from './classification.js';
import { logLosses, positiveFlags } from './compute.js';
import type { ClassificationEvaluation, Evaluation, RegressionEvaluation } from './evaluation.js';
import { brierPerExample, EPS } from './losses.js';
import { seedFor } from './rng.js';
import {
  type BootstrapPlan,
  type BootstrapResult,
  bootstrapCellsMany,
  bootstrapRanked,
  bootstrapSums,
  bootstrapSumsMany,
  type SumsDelta,
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
 * Metrics that share a way of resampling share one pass and its resamples: the confusion-matrix
 * metrics one stream of multinomial cell draws, the per-example sums (MAE, MSE, RMSE, R², MAPE, log
 * loss, Brier) one stream of index draws, so asking for five regression metrics costs one pass.
 * Each pass has its own seed (seedFor(seed, pass)): adding a metric of another pass changes nothing here.
 */
export async function pairedStatistics(
  baseline: Evaluation,
  candidate: Evaluation,
  metrics: readonly string[],
  plan: PairedPlan,
  notes: string[] = [],
): Promise<Map<string, PairedStatistic>> {
  const out = new Map<string, PairedStatistic>();
  const keep = (metric: string, result: PairedStatistic | DataError | undefined) => {
    // A statistic undefined on this data (DeLong with one positive) leaves the metric on point estimates.
    if (result instanceof DataError) notes.push(`${metric}: no interval (${result.message})`);
    else if (result) out.set(metric, result);
  };
  const attempt = async (
    metrics: readonly string[],
    run: () => Promise<Map<string, PairedStatistic | DataError | undefined>>,
  ) => {
    try {
      for (const [metric, result] of await run()) keep(metric, result);
    } catch (thrown) {
      if (!(thrown instanceof DataError)) throw thrown;
      for (const metric of metrics) keep(metric, thrown);
    }
  };
  if (baseline.task === 'regression' && candidate.task === 'regression') {
    const wanted = metrics.filter((m) => (REGRESSION_SUMS as readonly string[]).includes(m));
    if (wanted.length) await attempt(wanted, () => regressionStatistics(baseline, candidate, wanted, plan));
  } else if (baseline.task === 'classification' && candidate.task === 'classification') {
    const cells = metrics.filter((m) => (CONFUSION_METRICS as readonly string[]).includes(m));
    if (cells.length) await attempt(cells, async () => cellStatistics(baseline, candidate, cells, plan));
    const sums = metrics.filter((m) => m === 'log_loss' || m === 'brier');
    if (sums.length) await attempt(sums, () => lossStatistics(baseline, candidate, sums, plan));
    for (const metric of metrics.filter((m) => m === 'roc_auc' || m === 'pr_auc')) {
      await attempt(
        [metric],
        async () => new Map([[metric, await rankedStatistic(baseline, candidate, metric, plan)]]),
      );
    }
  }
  // Keep the order asked for: the report and its bytes do not depend on how passes were grouped.
  return new Map(metrics.filter((m) => out.has(m)).map((m) => [m, out.get(m)!]));
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

/** The regression metrics computed from per-example sums (all of them). */
export const REGRESSION_SUMS = ['mae', 'mse', 'rmse', 'r2', 'mape'] as const;

/** The pass a metric's resamples come from: its seed is seedFor(seed, pass). */
export function passOf(metric: string): string {
  if ((CONFUSION_METRICS as readonly string[]).includes(metric)) return 'cells';
  if ((REGRESSION_SUMS as readonly string[]).includes(metric) || metric === 'log_loss' || metric === 'brier')
    return 'examples';
  return metric;
}

function cellStatistics(
  base: ClassificationEvaluation,
  cand: ClassificationEvaluation,
  metrics: readonly string[],
  plan: PairedPlan,
): Map<string, PairedStatistic | DataError> {
  const wanted = cand.positive ? metrics : metrics.filter((m) => !['precision', 'recall', 'f1'].includes(m));
  const stratified = isStratified(cand, plan.stratify);
  const n = cand.y.length;
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
  const deltas = (counts: Float64Array, out: Float64Array) => {
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
    const valuesA = confusionMetrics(matrixA, k, positive);
    const valuesB = confusionMetrics(matrixB, k, positive);
    for (let j = 0; j < wanted.length; j++) out[j] = valuesB[wanted[j]!]! - valuesA[wanted[j]!]!;
  };
  const seed = seedFor(plan.seed, passOf('accuracy'));
  const results = bootstrapCellsMany(cells, cellStratum, wanted.length, deltas, { ...plan, seed });
  const out = new Map<string, PairedStatistic | DataError>();
  wanted.forEach((metric, j) => {
    const result = results[j]!;
    if (result instanceof DataError || metric !== 'accuracy') {
      out.set(metric, result instanceof DataError ? result : fromBootstrap(result));
      return;
    }
    const correctA = Uint8Array.from(base.y, (y, i) => (y === base.predicted[i] ? 1 : 0));
    const correctB = Uint8Array.from(cand.y, (y, i) => (y === cand.predicted[i] ? 1 : 0));
    const { b, c } = discordantPairs(correctA, correctB);
    out.set(metric, fromBootstrap(result, { mcnemar: mcnemar(b, c) }));
  });
  return out;
}

async function rankedStatistic(
  base: ClassificationEvaluation,
  cand: ClassificationEvaluation,
  metric: 'roc_auc' | 'pr_auc' | string,
  plan: PairedPlan,
): Promise<PairedStatistic | undefined> {
  const positive = positiveFlags(cand);
  if (!positive || !base.score || !cand.score) return undefined;
  if (metric === 'roc_auc') {
    const result = delong(positive, base.score, cand.score, plan.alpha);
    return {
      method: 'delong',
      lower: result.lower,
      upper: result.upper,
      standardError: Math.sqrt(result.variance),
      delong: { delta: result.delta, variance: result.variance },
    };
  }
  // Always stratified by class: a resample without positives has no precision-recall curve.
  const strata = [
    Int32Array.from(positive.keys()).filter((i) => positive[i] === 1),
    Int32Array.from(positive.keys()).filter((i) => positive[i] === 0),
  ].filter((s) => s.length > 0);
  const seed = seedFor(plan.seed, passOf(metric));
  return fromBootstrap(
    await bootstrapRanked(positive, base.score, cand.score, 'pr_auc', { ...plan, seed, strata }),
  );
}

/** Log loss and Brier: per-example differences, one shared pass of index draws (within classes when stratified). */
async function lossStatistics(
  base: ClassificationEvaluation,
  cand: ClassificationEvaluation,
  metrics: readonly string[],
  plan: PairedPlan,
): Promise<Map<string, PairedStatistic | DataError>> {
  const positive = positiveFlags(cand);
  const perExample = (e: ClassificationEvaluation, metric: string) =>
    metric === 'log_loss'
      ? logLosses(e)
      : positive && e.score
        ? brierPerExample(positive, e.score)
        : 'no score';
  const columns: Float64Array[] = [];
  const names: string[] = [];
  for (const metric of metrics) {
    const a = perExample(base, metric);
    const b = perExample(cand, metric);
    if (typeof a === 'string' || typeof b === 'string') continue;
    columns.push(Float64Array.from(b, (value, i) => value - a[i]!));
    names.push(metric);
  }
  if (!columns.length) return new Map();
  const strata = strataOf(cand, isStratified(cand, plan.stratify));
  const results = await sumsPass(
    columns,
    names.map((_, j) => (s: Float64Array, at: number, n: number) => s[at + j]! / n),
    {
      ...plan,
      seed: seedFor(plan.seed, passOf('log_loss')),
      strata,
    },
  );
  return new Map(names.map((metric, j) => [metric, toStatistic(results[j]!)]));
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

/** Interleaves per-example columns into rows (row-major, as the kernel reads them) and runs one pass. */
function sumsPass(columns: readonly Float64Array[], deltas: readonly SumsDelta[], plan: BootstrapPlan) {
  const k = columns.length;
  const n = columns[0]!.length;
  const rows = new Float64Array(n * k);
  for (let j = 0; j < k; j++) {
    const column = columns[j]!;
    for (let i = 0; i < n; i++) rows[i * k + j] = column[i]!;
  }
  return bootstrapSumsMany(rows, k, deltas, plan);
}

function toStatistic(result: BootstrapResult | DataError): PairedStatistic | DataError {
  return result instanceof DataError ? result : fromBootstrap(result);
}

/**
 * MAE, MSE, RMSE, R² and MAPE from one pass: only the columns the asked-for metrics need. RMSE and R²
 * need each model's Σe² (and R² the centred Σ(y − ȳ), Σ(y − ȳ)²: centring first keeps Σy² − (Σy)²/n
 * accurate); MAE, MAPE and MSE alone need only the per-example difference.
 */
async function regressionStatistics(
  base: RegressionEvaluation,
  cand: RegressionEvaluation,
  metrics: readonly string[],
  plan: PairedPlan,
): Promise<Map<string, PairedStatistic | DataError>> {
  const y = cand.y;
  const n = y.length;
  const a = base.predicted;
  const b = cand.predicted;
  const wants = (metric: string) => metrics.includes(metric);
  const columns: Float64Array[] = [];
  const column = (f: (i: number) => number) =>
    columns.push(Float64Array.from({ length: n }, (_, i) => f(i))) - 1;
  const separate = wants('rmse') || wants('r2');
  const sqA = separate ? column((i) => (y[i]! - a[i]!) ** 2) : -1;
  const sqB = separate ? column((i) => (y[i]! - b[i]!) ** 2) : -1;
  const dSq = !separate && wants('mse') ? column((i) => (y[i]! - b[i]!) ** 2 - (y[i]! - a[i]!) ** 2) : -1;
  let yMean = 0;
  for (let i = 0; i < n; i++) yMean += y[i]!;
  yMean /= n;
  const centred = wants('r2') ? column((i) => y[i]! - yMean) : -1;
  const centredSq = wants('r2') ? column((i) => (y[i]! - yMean) ** 2) : -1;
  const dAbs = wants('mae') ? column((i) => Math.abs(y[i]! - b[i]!) - Math.abs(y[i]! - a[i]!)) : -1;
  const ape = (p: number, t: number) => Math.abs(t - p) / Math.max(Math.abs(t), EPS);
  const dApe = wants('mape') ? column((i) => ape(b[i]!, y[i]!) - ape(a[i]!, y[i]!)) : -1;
  const delta: Record<string, SumsDelta> = {
    mae: (s, at, m) => s[at + dAbs]! / m,
    mse: separate ? (s, at, m) => (s[at + sqB]! - s[at + sqA]!) / m : (s, at, m) => s[at + dSq]! / m,
    rmse: (s, at, m) => Math.sqrt(s[at + sqB]! / m) - Math.sqrt(s[at + sqA]! / m),
    r2: (s, at, m) => {
      const total = s[at + centredSq]! - s[at + centred]! ** 2 / m;
      return r2From(s[at + sqB]!, total) - r2From(s[at + sqA]!, total);
    },
    mape: (s, at, m) => s[at + dApe]! / m,
  };
  const wanted = REGRESSION_SUMS.filter(wants);
  const results = await sumsPass(
    columns,
    wanted.map((metric) => delta[metric]!),
    {
      ...plan,
      seed: seedFor(plan.seed, passOf('rmse')),
      strata: [Int32Array.from({ length: n }, (_, i) => i)],
    },
  );
  return new Map(wanted.map((metric, j) => [metric, toStatistic(results[j]!)]));
}
