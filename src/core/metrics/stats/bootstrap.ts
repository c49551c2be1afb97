import { DataError } from '../../errors.js';
import { createRng } from '../rng.js';
import { multinomial } from './binomial.js';
import { runKernel } from './parallel.js';
import { WASM_SUM } from './wasm-sum.js';

/** How the resamples were drawn, for the report. */
export interface BootstrapPlan {
  readonly resamples: number;
  readonly seed: number;
  readonly alpha: number;
  /** Example indices per stratum (one stratum = unstratified). */
  readonly strata: readonly Int32Array[];
  readonly threads?: number;
  /** Told after each chunk of resamples, with its size (for a progress line). */
  readonly onResamples?: (count: number) => void;
}

/** The sorted resampled deltas (candidate − baseline) and what the report prints from them. */
export interface BootstrapResult {
  readonly deltas: Float64Array;
  readonly lower: number;
  readonly upper: number;
  readonly standardError: number;
  /** Resamples where the metric was undefined (no positives, a zero denominator), left out. */
  readonly undefinedResamples: number;
}

/** Largest stratum the kernels' exact 53-bit multiply-shift supports. */
export const MAX_STRATUM = 2 ** 21;

/**
 * Paired bootstrap of a metric that is a function of per-example sums (MAE, RMSE, R², log loss, the
 * mean of per-example differences …): the kernel resamples rows and sums them; `delta` turns one
 * resample's sums into candidate − baseline.
 */
export async function bootstrapSums(
  values: Float64Array,
  k: number,
  delta: SumsDelta,
  plan: BootstrapPlan,
): Promise<BootstrapResult> {
  return orThrow((await bootstrapSumsMany(values, k, [delta], plan))[0]!);
}

/** candidate − baseline of one metric from one resample's column sums (at = its offset, n = examples). */
export type SumsDelta = (sums: Float64Array, at: number, n: number) => number;

/**
 * Several metrics on the same resamples: one pass of index draws sums every column once, and each
 * delta reads the columns it needs. RMSE, R², MAE … of one comparison cost one pass, not one each.
 */
export async function bootstrapSumsMany(
  values: Float64Array,
  k: number,
  deltas: readonly SumsDelta[],
  plan: BootstrapPlan,
): Promise<(BootstrapResult | DataError)[]> {
  const { strataIndex, strataEnds, n } = flattenStrata(plan.strata);
  const sums = await runKernel(
    'sums',
    { values, k, strataIndex, strataEnds, wasm: WASM_SUM },
    plan.resamples,
    plan.seed,
    {
      threads: plan.threads,
      examples: n,
      onResamples: plan.onResamples,
    },
  );
  return deltas.map((delta) => {
    const out = new Float64Array(plan.resamples);
    for (let b = 0; b < plan.resamples; b++) out[b] = delta(sums, b * k, n);
    return summarizeOrError(out, plan.alpha);
  });
}

/** Scores sorted descending with tie-run starts, for rankedKernel. */
export function rankOrder(scores: Float64Array): { order: Int32Array; starts: Uint8Array } {
  const order = Int32Array.from(scores.keys()).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const starts = new Uint8Array(order.length);
  for (let i = 0; i < order.length; i++) {
    starts[i] = i === 0 || scores[order[i]!] !== scores[order[i - 1]!] ? 1 : 0;
  }
  return { order, starts };
}

/** Paired, class-stratified bootstrap of ROC AUC or average precision. */
export async function bootstrapRanked(
  positive: Uint8Array,
  baselineScores: Float64Array,
  candidateScores: Float64Array,
  metric: 'roc_auc' | 'pr_auc',
  plan: BootstrapPlan,
): Promise<BootstrapResult> {
  const { strataIndex, strataEnds, n } = flattenStrata(plan.strata);
  const base = rankOrder(baselineScores);
  const cand = rankOrder(candidateScores);
  const args = {
    positive,
    orderBaseline: base.order,
    startsBaseline: base.starts,
    orderCandidate: cand.order,
    startsCandidate: cand.starts,
    strataIndex,
    strataEnds,
    metric: metric === 'roc_auc' ? 0 : 1,
  };
  const deltas = await runKernel('ranked', args, plan.resamples, plan.seed, {
    threads: plan.threads,
    examples: n,
    onResamples: plan.onResamples,
  });
  return summarize(deltas, plan.alpha);
}

/**
 * Paired bootstrap of a metric computed from counts of a few cells (accuracy, precision, recall, F1 of
 * every averaging): resampling n examples with replacement gives Multinomial(n, cell shares) cell
 * counts, so each resample costs one multinomial draw per stratum instead of n index draws.
 * `cellStratum[c]` names the stratum (true class) of cell c when stratified.
 */
export function bootstrapCells(
  cellCounts: Float64Array,
  cellStratum: Int32Array | undefined,
  delta: (counts: Float64Array) => number,
  plan: Omit<BootstrapPlan, 'strata'>,
): BootstrapResult {
  const [result] = bootstrapCellsMany(
    cellCounts,
    cellStratum,
    1,
    (counts, out) => {
      out[0] = delta(counts);
    },
    plan,
  );
  return orThrow(result!);
}

/** `outputs` metrics on the same multinomial draws: `deltas` writes each one's delta into `out`. */
export function bootstrapCellsMany(
  cellCounts: Float64Array,
  cellStratum: Int32Array | undefined,
  outputs: number,
  deltas: (counts: Float64Array, out: Float64Array) => void,
  plan: Omit<BootstrapPlan, 'strata'>,
): (BootstrapResult | DataError)[] {
  const rng = createRng(plan.seed);
  const groups = groupCells(cellCounts, cellStratum);
  const counts = new Float64Array(cellCounts.length);
  const one = new Float64Array(outputs);
  const all = Array.from({ length: outputs }, () => new Float64Array(plan.resamples));
  for (let b = 0; b < plan.resamples; b++) {
    for (const group of groups) {
      multinomial(rng, group.total, group.counts, group.draw);
      for (let i = 0; i < group.cells.length; i++) counts[group.cells[i]!] = group.draw[i]!;
    }
    deltas(counts, one);
    for (let j = 0; j < outputs; j++) all[j]![b] = one[j]!;
  }
  return all.map((deltasOfOne) => summarizeOrError(deltasOfOne, plan.alpha));
}

/** One metric of a shared pass may be undefined on every resample while the others are fine. */
function summarizeOrError(raw: Float64Array, alpha: number): BootstrapResult | DataError {
  try {
    return summarize(raw, alpha);
  } catch (thrown) {
    if (thrown instanceof DataError) return thrown;
    throw thrown;
  }
}

function orThrow(result: BootstrapResult | DataError): BootstrapResult {
  if (result instanceof DataError) throw result;
  return result;
}

function groupCells(cellCounts: Float64Array, cellStratum: Int32Array | undefined) {
  const byStratum = new Map<number, number[]>();
  cellCounts.forEach((count, cell) => {
    if (count === 0) return;
    const stratum = cellStratum ? cellStratum[cell]! : 0;
    const cells = byStratum.get(stratum);
    if (cells) cells.push(cell);
    else byStratum.set(stratum, [cell]);
  });
  return [...byStratum.keys()]
    .sort((a, b) => a - b)
    .map((stratum) => {
      const cells = byStratum.get(stratum)!;
      const counts = Float64Array.from(cells, (cell) => cellCounts[cell]!);
      return {
        cells,
        counts,
        total: counts.reduce((sum, c) => sum + c, 0),
        draw: new Float64Array(cells.length),
      };
    });
}

function flattenStrata(strata: readonly Int32Array[]) {
  const n = strata.reduce((sum, s) => sum + s.length, 0);
  if (n === 0) throw new DataError('cannot bootstrap an empty test set');
  const strataIndex = new Int32Array(n);
  const strataEnds = new Int32Array(strata.length);
  let at = 0;
  strata.forEach((stratum, s) => {
    if (stratum.length > MAX_STRATUM) {
      throw new DataError(
        `the bootstrap supports up to ${MAX_STRATUM} examples per stratum, got ${stratum.length}`,
      );
    }
    strataIndex.set(stratum, at);
    at += stratum.length;
    strataEnds[s] = at;
  });
  return { strataIndex, strataEnds: strataEnds.filter((end, s) => s === 0 || end !== strataEnds[s - 1]), n };
}

/** Sorts the deltas, drops undefined ones and reads the percentile interval and the standard error. */
export function summarize(raw: Float64Array, alpha: number): BootstrapResult {
  const defined = raw.filter((value) => Number.isFinite(value)).sort();
  const undefinedResamples = raw.length - defined.length;
  if (defined.length === 0) throw new DataError('the metric is undefined on every bootstrap resample');
  let mean = 0;
  for (const value of defined) mean += value;
  mean /= defined.length;
  let ss = 0;
  for (const value of defined) ss += (value - mean) ** 2;
  return {
    deltas: defined,
    lower: quantile(defined, alpha / 2),
    upper: quantile(defined, 1 - alpha / 2),
    standardError: defined.length > 1 ? Math.sqrt(ss / (defined.length - 1)) : 0,
    undefinedResamples,
  };
}

/** numpy's default "linear" quantile of sorted values: h = (B−1)p, interpolate between ⌊h⌋ and ⌈h⌉. */
export function quantile(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/**
 * Two-sided bootstrap p-value of H0 "oriented delta = boundary" by inverting the percentile interval,
 * with the +1 correction that keeps the false-rejection rate at or below α (sacrebleu, multeval).
 */
export function bootstrapPValue(sortedOriented: Float64Array, boundary: number): number {
  let below = 0;
  let above = 0;
  for (const value of sortedOriented) {
    if (value <= boundary) below++;
    if (value >= boundary) above++;
  }
  const B = sortedOriented.length;
  return Math.min(1, (2 * (Math.min(below, above) + 1)) / (B + 1));
}
