import type { CheckResult } from '../data/checks/table-checks.js';
import type { DriftResult } from '../data/drift/drift.js';
import { jensenShannon, psi } from '../data/drift/metrics.js';
import type { ValidationReport } from '../data/validate/report.js';
import type { PredictionRow } from '../metrics/read/predictions-file.js';
import type { Figure, Finding } from './report.js';

/** Data quality of the fresh sample: each error type and each failing table check is a figure. */
export function dataQualityFinding(report: ValidationReport): Finding {
  const figures: Figure[] = Object.entries(report.errorCounts).map(([type, count]) => ({
    key: `errors:${type}`,
    label: `${type} errors`,
    value: count,
    limit: 0,
    failing: count > 0,
    reason: `${count} ${type} error(s) in the sample`,
  }));
  for (const check of report.checks) figures.push(checkFigure(check));
  const failing = figures.filter((f) => f.failing);
  return {
    kind: 'data-quality',
    status: failing.length ? 'fail' : 'pass',
    summary: failing.length
      ? `${report.errorCount} error(s) and ${report.checks.filter((c) => !c.passed).length} failing check(s) in ${report.stats.rows} row(s)`
      : `${report.stats.rows} row(s) valid against the schema and checks`,
    figures,
  };
}

function checkFigure(check: CheckResult): Figure {
  return {
    key: `check:${check.check}${check.field ? `:${check.field}` : ''}`,
    label: `${check.check}${check.field ? ` (${check.field})` : ''}`,
    value: check.observed ?? (check.passed ? 0 : 1),
    limit: null,
    failing: !check.passed,
    reason: check.passed ? undefined : check.message,
  };
}

const METRIC_ORDER = ['psi', 'jensenShannon', 'wasserstein', 'linf', 'chiSquareP'] as const;

/** Data drift of each column against the reference profile, and prediction drift when measured. */
export function driftFinding(data: DriftResult | undefined, predictions: readonly Figure[]): Finding {
  const figures: Figure[] = [];
  for (const column of data?.columns ?? []) {
    const metric = METRIC_ORDER.find((name) => column.metrics[name] !== undefined);
    figures.push({
      key: `drift:${column.name}`,
      label: metric ? `${column.name} (${metric})` : column.name,
      value: metric ? column.metrics[metric]! : 0,
      limit: null,
      failing: column.drifted,
      reason: column.drifted ? column.reasons.join('; ') : undefined,
    });
  }
  figures.push(...predictions);
  const failing = figures.filter((f) => f.failing);
  return {
    kind: 'drift',
    status: failing.length ? 'fail' : 'pass',
    summary: failing.length
      ? `drift in ${failing.map((f) => f.label).join(', ')}`
      : `no drift in ${figures.length} figure(s)`,
    figures,
  };
}

export interface PredictionDriftThresholds {
  /** PSI of the score distribution over the reference's deciles (0.2: the usual "significant shift"). */
  readonly scorePsi: number;
  /** Jensen–Shannon distance of the predicted-class distribution (0.1, as Evidently's default). */
  readonly classJs: number;
}

export const PREDICTION_DRIFT_DEFAULTS: PredictionDriftThresholds = { scorePsi: 0.2, classJs: 0.1 };

/**
 * Prediction drift: the score distribution (binned at the reference's deciles) and the predicted
 * class distribution of production against the reference predictions.
 */
export function predictionDrift(
  reference: readonly PredictionRow[],
  current: readonly PredictionRow[],
  thresholds: PredictionDriftThresholds = PREDICTION_DRIFT_DEFAULTS,
): Figure[] {
  const figures: Figure[] = [];
  const refScores = reference
    .map((r) => r.score)
    .filter((s): s is number => s !== undefined && Number.isFinite(s));
  const curScores = current
    .map((r) => r.score)
    .filter((s): s is number => s !== undefined && Number.isFinite(s));
  if (refScores.length > 0 && curScores.length > 0) {
    const edges = deciles(refScores);
    const value = psi(histogram(refScores, edges), histogram(curScores, edges));
    const failing = value > thresholds.scorePsi;
    figures.push({
      key: 'predictions:score',
      label: 'prediction score (psi)',
      value,
      limit: thresholds.scorePsi,
      failing,
      reason: failing
        ? `the score distribution shifted: PSI ${value.toFixed(3)} > ${thresholds.scorePsi}`
        : undefined,
    });
  }
  const refClasses = reference.map((r) => r.prediction).filter((p): p is string => p !== undefined);
  const curClasses = current.map((r) => r.prediction).filter((p): p is string => p !== undefined);
  if (refClasses.length > 0 && curClasses.length > 0) {
    const labels = [...new Set([...refClasses, ...curClasses])].sort();
    const count = (values: readonly string[]) =>
      labels.map((label) => values.filter((v) => v === label).length);
    const value = jensenShannon(count(refClasses), count(curClasses));
    const failing = value > thresholds.classJs;
    figures.push({
      key: 'predictions:class',
      label: 'predicted class (jensenShannon)',
      value,
      limit: thresholds.classJs,
      failing,
      reason: failing
        ? `the predicted class distribution shifted: Jensen–Shannon ${value.toFixed(3)} > ${thresholds.classJs}`
        : undefined,
    });
  }
  return figures;
}

function deciles(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const edges: number[] = [];
  for (let q = 1; q < 10; q++)
    edges.push(sorted[Math.min(sorted.length - 1, Math.floor((q * sorted.length) / 10))]!);
  return [...new Set(edges)];
}

function histogram(values: readonly number[], edges: readonly number[]): number[] {
  const counts = new Array<number>(edges.length + 1).fill(0);
  for (const v of values) {
    let i = 0;
    while (i < edges.length && v > edges[i]!) i++;
    counts[i]!++;
  }
  return counts;
}
