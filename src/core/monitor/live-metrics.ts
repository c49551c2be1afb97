import { UsageError } from '../errors.js';
import { computeMetrics } from '../metrics/compute.js';
import type { ClassificationEvaluation, Evaluation } from '../metrics/evaluation.js';
import { createRng, seedFor } from '../metrics/rng.js';
import { defaultDirection } from '../metrics/rules.js';
import { didYouMean } from '../text/suggest.js';
import type { Figure, Finding } from './report.js';

export interface LiveMetricOptions {
  /** Metrics to watch; default every metric both the production record and the sample have. */
  readonly metrics?: readonly string[];
  /** Allowed drop below production (absolute, in the metric's units) before it is an incident. */
  readonly tolerance: number;
  readonly resamples: number;
  readonly confidence: number;
  readonly seed: number;
  /** Where the production figures came from, for messages. */
  readonly productionFile: string;
}

/**
 * Live metrics on labelled production predictions against the production release's figures. A metric
 * is an incident only when its whole bootstrap interval lies beyond production by more than the
 * tolerance: a drop smaller than the sample's noise is not one.
 */
export function liveMetrics(
  evaluation: Evaluation,
  production: Readonly<Record<string, number>>,
  options: LiveMetricOptions,
): Finding {
  const computed = computeMetrics(evaluation).values;
  const names = options.metrics?.length
    ? options.metrics
    : Object.keys(production).filter((name) => computed[name] !== undefined);
  for (const name of names) {
    if (production[name] === undefined)
      throw new UsageError(
        `metric "${name}" is not in the production record ${options.productionFile}${didYouMean(name, Object.keys(production))}`,
      );
    if (computed[name] === undefined)
      throw new UsageError(
        `metric "${name}" cannot be computed from the predictions${didYouMean(name, Object.keys(computed))}`,
      );
  }
  if (names.length === 0)
    throw new UsageError(
      `no metric of the production record ${options.productionFile} can be computed from the predictions`,
      { hint: `the predictions give: ${Object.keys(computed).join(', ')}` },
    );
  const intervals = bootstrapIntervals(evaluation, names, options);
  const figures = names.map((name): Figure => {
    const value = computed[name]!;
    const reference = production[name]!;
    const interval = intervals.get(name)!;
    const higher = defaultDirection(name) === 'higher';
    const limit = higher ? reference - options.tolerance : reference + options.tolerance;
    const failing = higher ? interval[1] < limit : interval[0] > limit;
    const reason = failing
      ? `${name} is ${round(value)} (interval ${round(interval[0])} to ${round(interval[1])}), ${higher ? 'below' : 'above'} production's ${round(reference)}${options.tolerance ? ` by more than ${options.tolerance}` : ''}`
      : undefined;
    return { key: `metric:${name}`, label: name, value, limit, failing, reason, interval };
  });
  const failing = figures.filter((f) => f.failing);
  return {
    kind: 'live-metric',
    status: failing.length ? 'fail' : 'pass',
    summary: failing.length
      ? `${failing.map((f) => f.label).join(', ')} dropped beyond the noise on ${evaluation.ids.length} labelled examples`
      : `${figures.length} live metric(s) hold against production on ${evaluation.ids.length} labelled examples`,
    figures,
  };
}

/** Percentile bootstrap intervals of each metric, resampling examples with a seeded generator. */
function bootstrapIntervals(
  evaluation: Evaluation,
  names: readonly string[],
  options: LiveMetricOptions,
): Map<string, readonly [number, number]> {
  const n = evaluation.ids.length;
  const rng = createRng(seedFor(options.seed, 'monitor'));
  const samples = new Map(names.map((name) => [name, new Float64Array(options.resamples)]));
  const index = new Int32Array(n);
  for (let r = 0; r < options.resamples; r++) {
    for (let i = 0; i < n; i++) index[i] = rng.below(n);
    const values = computeMetrics(resample(evaluation, index)).values;
    for (const name of names) samples.get(name)![r] = values[name] ?? Number.NaN;
  }
  const alpha = (1 - options.confidence) / 2;
  const out = new Map<string, readonly [number, number]>();
  for (const [name, values] of samples) {
    const finite = Float64Array.from(values.filter((v) => Number.isFinite(v))).sort();
    if (finite.length === 0) out.set(name, [Number.NaN, Number.NaN]);
    else out.set(name, [quantile(finite, alpha), quantile(finite, 1 - alpha)]);
  }
  return out;
}

/** The evaluation of the examples at `index` (with repeats), sharing classes and the positive label. */
export function resample(e: Evaluation, index: Int32Array): Evaluation {
  const pick = <T extends Float64Array | Int32Array>(values: T): T => {
    const out = new (values.constructor as { new (n: number): T })(index.length);
    for (let i = 0; i < index.length; i++) out[i] = values[index[i]!]!;
    return out;
  };
  if (e.task === 'regression') return { ...e, y: pick(e.y), predicted: pick(e.predicted) };
  const c: ClassificationEvaluation = e;
  let probabilities = c.probabilities;
  if (probabilities) {
    const k = probabilities.classes.length;
    const values = new Float64Array(index.length * k);
    for (let i = 0; i < index.length; i++)
      values.set(probabilities.values.subarray(index[i]! * k, index[i]! * k + k), i * k);
    probabilities = { classes: probabilities.classes, values };
  }
  return {
    ...c,
    y: pick(c.y),
    predicted: pick(c.predicted),
    score: c.score ? pick(c.score) : undefined,
    probabilities,
  };
}

/** Linear-interpolated quantile of sorted values (numpy's default). */
function quantile(sorted: Float64Array, q: number): number {
  const at = q * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

function round(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(4))) : String(value);
}
