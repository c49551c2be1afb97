// Small reference vectors, one per metric offered, computed once by scikit-learn 1.2.1 / numpy 1.24
// (Debian's python3-sklearn), so a wrong average, a swapped argument or a flipped sign fails here in
// the unit tier and not only in the integration tests that call Python. The Python that gave each
// vector is in the comment above it.
import { describe, expect, test } from '@jest/globals';
import { computeMetrics } from '../../../../src/core/metrics/compute.js';
import { buildEvaluation } from '../../../../src/core/metrics/evaluation.js';
import type { PredictionRow } from '../../../../src/core/metrics/read/predictions-file.js';
import { quantile } from '../../../../src/core/metrics/stats/bootstrap.js';

function metricsOf(rows: Omit<PredictionRow, 'id' | 'line'>[], task: 'classification' | 'regression') {
  const full = rows.map((row, i) => ({ ...row, id: `r${i}`, line: i + 1 }));
  return computeMetrics(buildEvaluation(full, 'p.jsonl', { task, threshold: 0.5 })).values;
}

function expectAll(ours: Record<string, number>, reference: Record<string, number>) {
  for (const [name, value] of Object.entries(reference)) {
    expect({ name, value: ours[name] }).toEqual({ name, value: expect.any(Number) });
    if (Math.abs(ours[name]! - value) > 1e-12 * Math.max(1, Math.abs(value))) {
      throw new Error(`${name}: ours ${ours[name]}, scikit-learn ${value}`);
    }
  }
}

describe('metric reference vectors (scikit-learn 1.2.1)', () => {
  test('multiclass: macro, micro and weighted averages, MCC; a class never predicted, one never true', () => {
    // y = list("aaaaabbbccab"); p = list("aabadbbaabab"); m.f1_score(y, p, average="macro", zero_division=0) …
    const y = [...'aaaaabbbccab'];
    const p = [...'aabadbbaabab'];
    const ours = metricsOf(
      y.map((label, i) => ({ label, prediction: p[i] })),
      'classification',
    );
    expectAll(ours, {
      accuracy: 0.5833333333333334,
      mcc: 0.32961712654360775,
      precision_macro: 0.31666666666666665,
      recall_macro: 0.35416666666666663,
      f1_macro: 0.33333333333333326,
      precision_micro: 0.5833333333333334,
      recall_micro: 0.5833333333333334,
      f1_micro: 0.5833333333333334,
      precision_weighted: 0.5333333333333333,
      recall_weighted: 0.5833333333333334,
      f1_weighted: 0.5555555555555555,
    });
  });

  test('binary with tied scores: threshold metrics, ROC AUC, average precision, Brier, log loss', () => {
    // yb = [1,0,1,1,0,0,1,0,0,1]; s = [.9,.8,.7,.7,.6,.3,.3,.2,.1,.55]; pb = s >= 0.5
    const y = [1, 0, 1, 1, 0, 0, 1, 0, 0, 1];
    const s = [0.9, 0.8, 0.7, 0.7, 0.6, 0.3, 0.3, 0.2, 0.1, 0.55];
    const ours = metricsOf(
      y.map((label, i) => ({ label: String(label), score: s[i] })),
      'classification',
    );
    expectAll(ours, {
      accuracy: 0.7,
      mcc: 0.408248290463863,
      precision: 0.6666666666666666,
      recall: 0.8,
      f1: 0.7272727272727272,
      roc_auc: 0.74,
      pr_auc: 0.7583333333333333,
      brier: 0.20224999999999999,
      log_loss: 0.5831427863835872,
      precision_macro: 0.7083333333333333,
      recall_macro: 0.7,
      f1_macro: 0.6969696969696968,
      precision_weighted: 0.7083333333333333,
      recall_weighted: 0.7,
      f1_weighted: 0.6969696969696969,
    });
  });

  test('multiclass probabilities: log loss over named classes, argmax predictions', () => {
    // m.log_loss(["x","y","z","x","z"], P, labels=["x","y","z"])
    const P = [
      [0.7, 0.2, 0.1],
      [0.1, 0.5, 0.4],
      [0.2, 0.2, 0.6],
      [0.3, 0.4, 0.3],
      [0.0, 0.1, 0.9],
    ];
    const ours = metricsOf(
      ['x', 'y', 'z', 'x', 'z'].map((label, i) => ({
        label,
        probabilities: { x: P[i]![0]!, y: P[i]![1]!, z: P[i]![2]! },
      })),
      'classification',
    );
    expectAll(ours, { log_loss: 0.5739962136496861, accuracy: 0.8 });
  });

  test('regression: MAE, MSE, RMSE, R², MAPE (|y| floored at float64 eps)', () => {
    // yr = [3,-.5,2,7,0,1.5,4.2,-2]; pr = [2.5,0,2,8,.3,1,4,-1]; m.mean_absolute_percentage_error(yr, pr) …
    const y = [3.0, -0.5, 2.0, 7.0, 0.0, 1.5, 4.2, -2.0];
    const p = [2.5, 0.0, 2.0, 8.0, 0.3, 1.0, 4.0, -1.0];
    const ours = metricsOf(
      y.map((label, i) => ({ label: String(label), prediction: String(p[i]) })),
      'regression',
    );
    expectAll(ours, { mae: 0.5, mse: 0.36, rmse: 0.6, r2: 0.949703108627314, mape: 168884986026393.84 });
  });
});

describe('statistic reference vectors', () => {
  test('percentile quantiles follow numpy.quantile (method "linear")', () => {
    // np.quantile([0.3,-1.2,2.5,0.0,0.7,1.1,-0.4], p)
    const sorted = Float64Array.of(0.3, -1.2, 2.5, 0.0, 0.7, 1.1, -0.4).sort();
    const expected: [number, number][] = [
      [0.025, -1.0799999999999998],
      [0.25, -0.2],
      [0.5, 0.3],
      [0.975, 2.2899999999999996],
    ];
    for (const [p, value] of expected) expect(quantile(sorted, p)).toBeCloseTo(value, 14);
  });
});
