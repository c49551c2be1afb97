import { describe, expect, test } from '@jest/globals';
import { computeMetrics } from '../../../src/core/metrics/compute.js';
import { buildEvaluation } from '../../../src/core/metrics/evaluation.js';
import type { PredictionRow } from '../../../src/core/metrics/read/predictions-file.js';
import { createRng } from '../../../src/core/metrics/rng.js';
import { reference } from './python.js';

const TOLERANCE = 1e-9;

function expectClose(ours: Record<string, number>, theirs: Record<string, unknown>, names: string[]) {
  for (const name of names) {
    const expected = theirs[name];
    expect({ name, value: ours[name] }).toEqual({ name, value: expect.any(Number) });
    expect(typeof expected).toBe('number');
    const diff = Math.abs(ours[name]! - (expected as number));
    if (diff > TOLERANCE) throw new Error(`${name}: ours ${ours[name]} vs scikit-learn ${expected}`);
  }
}

/** Prediction rows e0, e1, … with the labels `y` and, per row, a score or a prediction. */
function rowsOf(
  y: readonly (number | string)[],
  value: (i: number) => Pick<PredictionRow, 'score' | 'prediction'>,
): PredictionRow[] {
  return y.map((label, i) => ({ id: `e${i}`, label: String(label), ...value(i), line: i + 1 }));
}

const CONFUSION = [
  'accuracy',
  'precision_macro',
  'recall_macro',
  'f1_macro',
  'precision_micro',
  'recall_micro',
  'f1_micro',
  'precision_weighted',
  'recall_weighted',
  'f1_weighted',
  'mcc',
];

/** Binary labels and scores rounded to one decimal, so many scores tie within and across classes. */
function binaryCase(seed: number, n: number, positiveRate: number) {
  const rng = createRng(seed);
  const y: number[] = [];
  const score: number[] = [];
  for (let i = 0; i < n; i++) {
    const label = rng.uniform() < positiveRate ? 1 : 0;
    y.push(label);
    score.push(Math.round(Math.min(1, Math.max(0, 0.35 * label + 0.65 * rng.uniform())) * 10) / 10);
  }
  return { y, score };
}

/** scikit-learn's classification metrics for 0/1 labels, predicting 1 where the score is at least 0.5. */
function sklearnBinary(y: readonly number[], score: readonly number[]) {
  const pred = score.map((s) => (s >= 0.5 ? 1 : 0));
  return reference<Record<string, unknown>>({
    op: 'classification',
    y,
    pred,
    pos: 1,
    score,
    labels: [0, 1],
  });
}

describe('metrics from predictions equal scikit-learn to 1e-9', () => {
  test.each([
    ['balanced, heavy ties', 1, 300, 0.5],
    ['imbalanced', 2, 500, 0.07],
    ['small', 3, 12, 0.4],
  ])('binary classification: %s', (_name, seed, n, rate) => {
    const { y, score } = binaryCase(seed, n, rate);
    const rows = rowsOf(y, (i) => ({ score: score[i] }));
    const ours = computeMetrics(buildEvaluation(rows, 'p.jsonl', { task: 'classification', threshold: 0.5 }));
    const theirs = sklearnBinary(y, score);
    expectClose(ours.values, theirs, [
      ...CONFUSION,
      'precision',
      'recall',
      'f1',
      'roc_auc',
      'pr_auc',
      'brier',
      'log_loss',
    ]);
    expect(ours.confusion?.matrix).toEqual(theirs.confusion);
  });

  test('a single class: threshold metrics as scikit-learn (zero_division 0), ROC AUC undefined', () => {
    const y = [0, 0, 0, 0, 0, 0];
    const score = [0.1, 0.7, 0.2, 0.2, 0.9, 0.4];
    const rows = rowsOf(y, (i) => ({ score: score[i] }));
    const ours = computeMetrics(
      buildEvaluation(rows, 'p.jsonl', { task: 'classification', threshold: 0.5, positiveLabel: '1' }),
    );
    const theirs = sklearnBinary(y, score);
    expectClose(ours.values, theirs, [
      ...CONFUSION,
      'precision',
      'recall',
      'f1',
      'pr_auc',
      'brier',
      'log_loss',
    ]);
    expect(theirs.roc_auc).toBeUndefined();
    expect(ours.undefinedMetrics.roc_auc).toMatch(/only one class/);
  });

  test('multiclass with probabilities and string labels', () => {
    const rng = createRng(7);
    const classes = ['bird', 'cat', 'dog'];
    const rows: PredictionRow[] = [];
    const y: string[] = [];
    const proba: number[][] = [];
    for (let i = 0; i < 400; i++) {
      const label = classes[rng.below(3)]!;
      const raw = classes.map((c) => (c === label ? 1.2 : 0) + rng.uniform());
      const sum = raw.reduce((a, b) => a + b, 0);
      // Two-decimal probabilities tie often, so argmax ties are exercised too.
      const p = raw.map((v) => Math.round((v / sum) * 20) / 20);
      y.push(label);
      proba.push(p);
      rows.push({
        id: `e${i}`,
        label,
        probabilities: Object.fromEntries(classes.map((c, j) => [c, p[j]!])),
        line: i + 1,
      });
    }
    const ours = computeMetrics(buildEvaluation(rows, 'p.jsonl', { task: 'auto', threshold: 0.5 }));
    const pred = proba.map((p) => classes[p.indexOf(Math.max(...p))]!);
    const theirs = reference<Record<string, unknown>>({
      op: 'classification',
      y,
      pred,
      proba,
      proba_classes: classes,
      labels: classes,
    });
    expectClose(ours.values, theirs, [...CONFUSION, 'log_loss']);
    expect(ours.confusion?.matrix).toEqual(theirs.confusion);
  });

  test('multiclass where a predicted class never occurs in the labels', () => {
    const y = [0, 1, 2, 2, 1, 0, 0, 1];
    const pred = [0, 2, 3, 2, 1, 3, 0, 0];
    const rows = rowsOf(y, (i) => ({ prediction: String(pred[i]) }));
    const ours = computeMetrics(buildEvaluation(rows, 'p.jsonl', { task: 'classification', threshold: 0.5 }));
    const theirs = reference<Record<string, unknown>>({
      op: 'classification',
      y,
      pred,
      labels: [0, 1, 2, 3],
    });
    expectClose(ours.values, theirs, CONFUSION);
  });

  test.each([
    ['continuous', 11, false],
    ['ties and zeros in y (MAPE eps)', 12, true],
  ])('regression: %s', (_name, seed, zeros) => {
    const rng = createRng(seed);
    const y: number[] = [];
    const pred: number[] = [];
    for (let i = 0; i < 500; i++) {
      const truth = zeros ? Math.round(rng.uniform() * 4) : 100 + 30 * rng.uniform();
      y.push(truth);
      pred.push(
        zeros ? Math.round((truth + rng.uniform() - 0.5) * 2) / 2 : truth + 10 * (rng.uniform() - 0.5),
      );
    }
    const rows = rowsOf(y, (i) => ({ prediction: String(pred[i]) }));
    const ours = computeMetrics(buildEvaluation(rows, 'p.jsonl', { task: 'regression', threshold: 0.5 }));
    const theirs = reference<Record<string, unknown>>({ op: 'regression', y, pred });
    // MAPE with y = 0 divides by float64 eps: values near 1e15, compared relatively.
    const { mape, ...rest } = ours.values;
    expectClose(rest, theirs, ['mae', 'mse', 'rmse', 'r2']);
    expect(
      Math.abs(mape! - (theirs.mape as number)) / Math.max(1, Math.abs(theirs.mape as number)),
    ).toBeLessThan(1e-12);
  });

  test('regression with a constant target: R² follows force_finite', () => {
    const y = [3, 3, 3, 3];
    for (const pred of [
      [3, 3, 3, 3],
      [3, 2, 3, 4],
    ]) {
      const rows = rowsOf(y, (i) => ({ prediction: String(pred[i]) }));
      const ours = computeMetrics(buildEvaluation(rows, 'p.jsonl', { task: 'regression', threshold: 0.5 }));
      const theirs = reference<Record<string, unknown>>({ op: 'regression', y, pred });
      expectClose(ours.values, theirs, ['mae', 'mse', 'rmse', 'r2', 'mape']);
    }
  });
});
