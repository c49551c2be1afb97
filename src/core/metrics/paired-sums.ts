import type { DataError } from '../errors.js';
import { logLosses, positiveFlags } from './compute.js';
import type { ClassificationEvaluation, RegressionEvaluation } from './evaluation.js';
import { brierPerExample, EPS } from './losses.js';
import {
  isStratified,
  type PairedPlan,
  type PairedStatistic,
  passOf,
  REGRESSION_SUMS,
  strataOf,
  toStatistic,
} from './paired-statistic.js';
import { r2From } from './regression.js';
import { seedFor } from './rng.js';
import {
  type BootstrapPlan,
  type BootstrapResult,
  bootstrapSums,
  bootstrapSumsMany,
  type SumsDelta,
} from './stats/bootstrap.js';

/** Log loss and Brier: per-example differences, one shared pass of index draws (within classes when stratified). */
export async function lossStatistics(
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

/**
 * MAE, MSE, RMSE, R² and MAPE from one pass: only the columns the asked-for metrics need. RMSE and R²
 * need each model's Σe² (and R² the centred Σ(y − ȳ), Σ(y − ȳ)²: centring first keeps Σy² − (Σy)²/n
 * accurate); MAE, MAPE and MSE alone need only the per-example difference.
 */
export async function regressionStatistics(
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
