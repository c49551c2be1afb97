import { DataError } from '../errors.js';
import { confusionMatrix, confusionMetrics } from './classification.js';
import type { ClassificationEvaluation, Evaluation } from './evaluation.js';
import { binaryLogLossPerExample, brierPerExample, logLossPerExample, mean } from './losses.js';
import { averagePrecision, rocAuc } from './ranking.js';
import { regressionMetrics } from './regression.js';

/** Metric values computed from predictions, and why the ones left out could not be computed. */
export interface ComputedMetrics {
  readonly values: Readonly<Record<string, number>>;
  readonly undefinedMetrics: Readonly<Record<string, string>>;
  readonly confusion?: {
    readonly labels: readonly string[];
    readonly matrix: readonly (readonly number[])[];
  };
}

/** Every metric the task supports, matching scikit-learn on the same inputs (see the integration tests). */
export function computeMetrics(evaluation: Evaluation): ComputedMetrics {
  if (evaluation.ids.length === 0)
    throw new DataError('metrics are undefined on an empty set of predictions');
  if (evaluation.task === 'regression') {
    return { values: regressionMetrics(evaluation.y, evaluation.predicted), undefinedMetrics: {} };
  }
  return classificationMetrics(evaluation);
}

function classificationMetrics(e: ClassificationEvaluation): ComputedMetrics {
  const k = e.classes.length;
  const matrix = confusionMatrix(e.y, e.predicted, k);
  const values: Record<string, number> = confusionMetrics(matrix, k, e.positive?.index);
  const undefinedMetrics: Record<string, string> = {};
  if (!e.positive) {
    const why = `binary metrics need two classes and a positive label (classes: ${e.classes.join(', ')})`;
    for (const name of ['precision', 'recall', 'f1', 'roc_auc', 'pr_auc', 'brier'])
      undefinedMetrics[name] = why;
  }
  const positive = positiveFlags(e);
  if (e.positive && e.score) {
    const auc = rocAuc(positive!, e.score);
    if (Number.isNaN(auc)) undefinedMetrics.roc_auc = 'ROC AUC is undefined when only one class is present';
    else values.roc_auc = auc;
    values.pr_auc = averagePrecision(positive!, e.score);
    values.brier = mean(brierPerExample(positive!, e.score));
  } else if (e.positive) {
    for (const name of ['roc_auc', 'pr_auc', 'brier'])
      undefinedMetrics[name] = 'needs a score or probabilities';
  }
  const losses = logLosses(e, positive);
  if (typeof losses === 'string') undefinedMetrics.log_loss = losses;
  else values.log_loss = mean(losses);
  const rows = Array.from({ length: k }, (_, t) => Array.from(matrix.subarray(t * k, t * k + k)));
  return { values, undefinedMetrics, confusion: { labels: e.classes, matrix: rows } };
}

/** 1 where the true class is the positive one (binary tasks). */
export function positiveFlags(e: ClassificationEvaluation): Uint8Array | undefined {
  if (!e.positive) return undefined;
  const index = e.positive.index;
  return Uint8Array.from(e.y, (code) => (code === index ? 1 : 0));
}

/** Per-example log loss, or why it cannot be computed. */
export function logLosses(e: ClassificationEvaluation, positive = positiveFlags(e)): Float64Array | string {
  if (e.probabilities) {
    const { classes, values } = e.probabilities;
    if (classes.length < 2) return 'log loss needs probabilities of at least two classes';
    const column = new Map(classes.map((label, j) => [label, j]));
    const trueColumn = new Int32Array(e.y.length);
    for (let i = 0; i < e.y.length; i++) {
      const j = column.get(e.classes[e.y[i]!]!);
      if (j === undefined) return `true label "${e.classes[e.y[i]!]}" has no probability column`;
      trueColumn[i] = j;
    }
    return logLossPerExample(trueColumn, values, classes.length);
  }
  if (e.score && positive) {
    if (e.score.some((p) => p < 0 || p > 1))
      return 'log loss needs probabilities in [0, 1], the scores are not';
    return binaryLogLossPerExample(positive, e.score);
  }
  return 'needs a score or probabilities';
}
