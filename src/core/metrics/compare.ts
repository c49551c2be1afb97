import { DataError, messageOf } from '../errors.js';
import { CONFUSION_METRICS } from './classification.js';
import { alignById, checkUniqueIds, describeIdDifference } from './align.js';
import type { NamedText, ResolvedBaseline } from './baseline.js';
import { computeMetrics } from './compute.js';
import { buildEvaluation, type Evaluation, type EvaluationOptions, sortLabels } from './evaluation.js';
import { compareFingerprints, fingerprintRows, type TestSetFingerprint } from './fingerprint.js';
import { decide, type GateMode } from './gate.js';
import { isStratified, type PairedPlan, pairedStatistics } from './paired.js';
import { type MetricsDocument, parseMetricsFile } from './read/metrics-file.js';
import { type PredictionRow, parsePredictions } from './read/predictions-file.js';
import { type ComparisonReport, comparisonHeader } from './report.js';
import { RNG_ALGORITHM, RNG_SEEDING } from './rng.js';
import type { MetricRule } from './rules.js';
import { MCNEMAR_EXACT_BELOW } from './stats/mcnemar.js';

export interface CompareOptions {
  readonly mode: GateMode;
  readonly alpha: number;
  readonly power: number;
  readonly resamples: number;
  readonly seed: number;
  readonly stratify: PairedPlan['stratify'];
  readonly onInconclusive: 'pass' | 'fail';
  readonly onNoBaseline: 'pass' | 'fail';
  readonly allowDifferentTestSets: boolean;
  readonly evaluation: EvaluationOptions;
  readonly threads?: number;
  /** Told after each chunk of bootstrap resamples, with its size (for a progress line). */
  readonly onResamples?: (count: number) => void;
}

export interface CompareInput {
  readonly candidate: {
    readonly metrics?: NamedText;
    readonly predictions?: NamedText;
    readonly evalData?: TestSetFingerprint;
  };
  readonly baseline: ResolvedBaseline;
  readonly rules: readonly MetricRule[];
  readonly options: CompareOptions;
}

/** One side's metrics: from its metrics file, overridden by values computed from its predictions. */
interface Side {
  readonly document?: MetricsDocument;
  readonly rows?: readonly PredictionRow[];
  readonly predictionsFile?: string;
  readonly values: Map<string, number>;
  readonly fingerprint?: string;
  readonly idsFingerprint?: string;
  readonly confusion?: { labels: readonly string[]; matrix: readonly (readonly number[])[] };
  /** The task the predictions were read as (auto-detected once, here). */
  readonly task?: 'classification' | 'regression';
  /** Rows by id (ids checked unique). */
  readonly byId?: ReadonlyMap<string, PredictionRow>;
  /** Why a metric the task offers could not be computed (ROC AUC with one class …). */
  readonly undefinedMetrics?: Readonly<Record<string, string>>;
}

function readSide(
  metrics: NamedText | undefined,
  predictions: NamedText | undefined,
  options: EvaluationOptions,
): Side {
  const document = metrics ? parseMetricsFile(metrics.text, metrics.name) : undefined;
  const values = new Map(document?.values ?? []);
  if (!predictions) return { document, values, fingerprint: document?.fingerprint };
  const rows = parsePredictions(predictions.text, predictions.name);
  // Before anything counts them: a repeated row would count twice in every metric.
  const byId = checkUniqueIds(rows, predictions.name);
  const evaluation = buildEvaluation(rows, predictions.name, options);
  const computed = computeMetrics(evaluation);
  for (const [name, value] of Object.entries(computed.values)) values.set(name, value);
  const fp = fingerprintRows(rows);
  return {
    document,
    rows,
    predictionsFile: predictions.name,
    values,
    fingerprint: fp.value,
    idsFingerprint: fp.ids,
    confusion: computed.confusion,
    undefinedMetrics: computed.undefinedMetrics,
    task: evaluation.task,
    byId,
  };
}

/**
 * The whole comparison, pure: read both sides, check they saw the same test set, compute paired
 * statistics where both have per-example predictions, decide each metric and the gate.
 */
export async function compareMetrics(input: CompareInput): Promise<ComparisonReport> {
  const { options } = input;
  if (!input.candidate.metrics && !input.candidate.predictions) {
    throw new DataError('nothing to compare: give the candidate a metrics file, a predictions file, or both');
  }
  const candidate = readSide(input.candidate.metrics, input.candidate.predictions, options.evaluation);
  const found = input.baseline.found;
  const baseline = found ? readSide(found.metrics, found.predictions, options.evaluation) : undefined;
  const warnings: string[] = [];
  const notices: string[] = [];
  const reasons: string[] = [];
  // Why the comparison cannot be made at all (exit 2, not a regression).
  const impossible: string[] = [];

  // Every fingerprint each side has, best first; the first pair of the same scheme is compared.
  const candidateFps = fingerprintsOf(candidate, input.candidate.evalData);
  const baselineFps = baseline ? fingerprintsOf(baseline) : [];
  const pairFound = candidateFps
    .flatMap((c) => baselineFps.map((b) => [c, b] as const))
    .find(([c, b]) => scheme(c.value) === scheme(b.value));
  const candFp = pairFound?.[0] ?? candidateFps[0];
  const baseFp = pairFound?.[1] ?? baselineFps[0];
  const match = baseline && pairFound ? compareFingerprints(pairFound[0], pairFound[1]) : 'unknown';
  if (baseline && match === 'unknown') {
    warnings.push(
      'cannot verify that candidate and baseline used the same test set (no comparable fingerprints)',
    );
  }
  const refused = (match === 'different' || match === 'relabelled') && !options.allowDifferentTestSets;
  if (refused) {
    const how =
      candidate.rows && baseline?.rows
        ? describeIdDifference(candidate.rows, baseline.rows)
        : `fingerprints ${pairFound![0].value} and ${pairFound![1].value}`;
    impossible.push(
      match === 'relabelled'
        ? `the test set was relabelled: same example ids, different labels (${how}); deltas would mean nothing (set allow-different-test-sets to compare anyway)`
        : `candidate and baseline were evaluated on different test sets: ${how}; refusing to compare (set allow-different-test-sets to compare anyway)`,
    );
  } else if (match === 'different' || match === 'relabelled') {
    warnings.push(`test sets differ (${match}); compared because allow-different-test-sets is set`);
  }

  const pairing = await pair(candidate, baseline, refused, options, warnings, input.rules);
  const gate = decide({
    candidate: candidate.values,
    baseline: baseline && !refused ? baseline.values : undefined,
    rules: input.rules,
    paired: pairing.stats,
    mode: options.mode,
    alpha: options.alpha,
    power: options.power,
    onInconclusive: options.onInconclusive,
    n: candidate.rows?.length,
    whyUndefined: candidate.undefinedMetrics,
  });
  warnings.push(...gate.warnings);
  reasons.push(...gate.reasons);
  impossible.push(...gate.impossible);
  if (!found) {
    const searched = input.baseline.searched.map((step) => `${step.source}: ${step.reason}`).join('; ');
    const text = `no baseline found (searched: ${searched || 'nothing'})`;
    if (options.onNoBaseline === 'fail') reasons.push(`${text} and on-no-baseline is fail`);
    else notices.push(`${text}: first run, only absolute thresholds were checked`);
  }
  for (const step of input.baseline.searched) {
    if (step.outcome === 'error') warnings.push(`baseline source ${step.source} failed: ${step.reason}`);
  }
  const failedMetrics = gate.metrics
    .filter(
      (m) =>
        m.verdict === 'fail' ||
        (m.verdict === 'inconclusive' && m.role === 'gated' && options.onInconclusive === 'fail'),
    )
    .map((m) => m.name);
  return {
    ...comparisonHeader(),
    verdict: reasons.length || impossible.length ? 'fail' : 'pass',
    reasons: [...impossible, ...reasons],
    impossible,
    warnings,
    notices,
    failedMetrics,
    gate: {
      mode: options.mode,
      correction: gate.correction,
      alpha: options.alpha,
      power: options.power,
      onInconclusive: options.onInconclusive,
      onNoBaseline: options.onNoBaseline,
    },
    baseline: {
      source: input.baseline.source ?? 'none',
      detail: found?.detail ?? {},
      searched: input.baseline.searched,
      metricsFile: found?.metrics?.name ?? null,
      predictionsFile: found?.predictions?.name ?? null,
    },
    candidate: {
      metricsFile: input.candidate.metrics?.name ?? null,
      predictionsFile: input.candidate.predictions?.name ?? null,
    },
    testSet: {
      candidate: candFp?.value ?? null,
      baseline: baseFp?.value ?? null,
      match,
      differentAllowed: options.allowDifferentTestSets,
      n: candidate.rows?.length ?? null,
    },
    pairing: pairing.summary,
    statistics: {
      rng: {
        algorithm: RNG_ALGORITHM,
        seeding: RNG_SEEDING,
        seed: options.seed,
        perMetricSeed:
          'one stream per pass, shared by its metrics: fnv1a32("<seed>:cells") for the confusion-matrix metrics, fnv1a32("<seed>:examples") for the per-example sums (mae, mse, rmse, r2, mape, log_loss, brier), fnv1a32("<seed>:pr_auc"); chunks of 250 resamples seeded fnv1a32("<pass seed>#<chunk>")',
      },
      resamples: options.resamples,
      stratified: pairing.stratified,
      interval: `percentile bootstrap (numpy "linear" quantiles) at ${1 - options.alpha}; DeLong for roc_auc`,
      mcnemar: `exact binomial below ${MCNEMAR_EXACT_BELOW} discordant pairs, else chi-square with continuity correction`,
    },
    metrics: gate.metrics,
    confusion: candidate.confusion
      ? {
          labels: candidate.confusion.labels,
          candidate: candidate.confusion.matrix,
          baseline:
            baseline?.confusion && sameLabels(baseline.confusion.labels, candidate.confusion.labels)
              ? baseline.confusion.matrix
              : null,
        }
      : null,
  };
}

/** Intervals whose cost does not grow with the resamples × examples (multinomial cells, DeLong). */
const CHEAP = new Set<string>([...CONFUSION_METRICS, 'roc_auc']);

/**
 * The metrics that get paired statistics: every gated comparative one, plus informational ones whose
 * interval is cheap. When nothing gates, every metric (the table is then all there is to read).
 */
export function metricsToResample(shared: readonly string[], rules: readonly MetricRule[]): string[] {
  const gated = new Set(rules.filter((r) => r.comparative && !r.informational).map((r) => r.metric));
  if (gated.size === 0) return [...shared];
  return shared.filter((name) => gated.has(name) || CHEAP.has(name));
}

function fingerprintsOf(side: Side, evalData?: TestSetFingerprint): TestSetFingerprint[] {
  const out: TestSetFingerprint[] = [];
  if (side.rows) out.push({ value: side.fingerprint!, ids: side.idsFingerprint });
  if (evalData) out.push(evalData);
  const recorded = side.document?.fingerprint;
  if (recorded && !out.some((fp) => fp.value === recorded)) out.push({ value: recorded });
  return out;
}

function scheme(fingerprint: string): string {
  return fingerprint.split(':')[0]!;
}

function sameLabels(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((label, i) => label === b[i]);
}

async function pair(
  candidate: Side,
  baseline: Side | undefined,
  refused: boolean,
  options: CompareOptions,
  warnings: string[],
  rules: readonly MetricRule[],
) {
  const none = (why: string) => ({
    stats: new Map(),
    stratified: false,
    summary: { paired: false, examples: 0, onlyCandidate: 0, onlyBaseline: 0, why },
  });
  if (!baseline) return none('no baseline');
  if (refused) return none('test sets differ');
  if (!candidate.rows || !baseline.rows) {
    warnings.push(
      'no per-example predictions for both models: metrics compared on point estimates, without intervals',
    );
    return none('per-example predictions missing on one side');
  }
  const alignment = alignById(
    baseline.rows,
    baseline.predictionsFile!,
    candidate.rows,
    candidate.predictionsFile!,
    { baseline: baseline.byId, candidate: candidate.byId },
  );
  if (alignment.onlyBaseline || alignment.onlyCandidate) {
    warnings.push(
      `ids differ: ${alignment.onlyCandidate} only in the candidate (e.g. ${alignment.examplesOnlyCandidate.join(', ') || '-'}), ${alignment.onlyBaseline} only in the baseline (e.g. ${alignment.examplesOnlyBaseline.join(', ') || '-'}); paired on the ${alignment.candidate.length} shared`,
    );
  }
  if (alignment.labelMismatches > 0) {
    warnings.push(`${alignment.labelMismatches} paired examples have different labels: no paired statistics`);
    return none('labels differ between the files');
  }
  if (alignment.candidate.length < 2) return none('fewer than 2 shared examples');
  // The candidate's task for both (detected once when it was read): classes only for classification.
  const task = candidate.task ?? (options.evaluation.task === 'auto' ? undefined : options.evaluation.task);
  const classes =
    task === 'regression'
      ? undefined
      : sortLabels(
          [...alignment.candidate, ...alignment.baseline].flatMap((row) => [
            row.label,
            ...(row.prediction !== undefined ? [row.prediction] : []),
          ]),
        );
  const evaluation = { ...options.evaluation, task: task ?? options.evaluation.task, classes };
  let base: Evaluation;
  let cand: Evaluation;
  try {
    base = buildEvaluation(alignment.baseline, baseline.predictionsFile!, evaluation);
    cand = buildEvaluation(alignment.candidate, candidate.predictionsFile!, evaluation);
  } catch (thrown) {
    warnings.push(`no paired statistics: ${messageOf(thrown)}`);
    return none('predictions could not be paired');
  }
  const shared = [...candidate.values.keys()].filter((name) => baseline.values.has(name));
  const wanted = metricsToResample(shared, rules);
  const plan: PairedPlan = {
    resamples: options.resamples,
    seed: options.seed,
    alpha: options.alpha,
    stratify: options.stratify,
    threads: options.threads,
    onResamples: options.onResamples,
  };
  const stats = await pairedStatistics(base, cand, wanted, plan, warnings);
  return {
    stats,
    stratified: isStratified(cand, options.stratify),
    summary: {
      paired: true,
      examples: alignment.candidate.length,
      onlyCandidate: alignment.onlyCandidate,
      onlyBaseline: alignment.onlyBaseline,
      why: 'both models have per-example predictions on the same examples',
    },
  };
}
