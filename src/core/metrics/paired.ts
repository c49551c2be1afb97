import { DataError } from '../errors.js';
import { CONFUSION_METRICS, confusionMetrics } from './classification.js';
import { positiveFlags } from './compute.js';
import type { ClassificationEvaluation, Evaluation } from './evaluation.js';
import {
  fromBootstrap,
  isStratified,
  type PairedPlan,
  type PairedStatistic,
  passOf,
  REGRESSION_SUMS,
} from './paired-statistic.js';
import { lossStatistics, regressionStatistics } from './paired-sums.js';
import { seedFor } from './rng.js';
import { bootstrapCellsMany, bootstrapRanked } from './stats/bootstrap.js';
import { delong } from './stats/delong.js';
import { discordantPairs, mcnemar } from './stats/mcnemar.js';

export {
  isStratified,
  type PairedPlan,
  type PairedStatistic,
  passOf,
  REGRESSION_SUMS,
} from './paired-statistic.js';
export { meanDifference } from './paired-sums.js';

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
