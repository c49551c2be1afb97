import { describe, expect, test } from '@jest/globals';
import { confusionMatrix, confusionMetrics } from '../../../../src/core/metrics/classification.js';
import { computeMetrics } from '../../../../src/core/metrics/compute.js';
import { buildEvaluation, detectTask, sortLabels } from '../../../../src/core/metrics/evaluation.js';
import { binaryLogLossPerExample, EPS } from '../../../../src/core/metrics/losses.js';
import type { PredictionRow } from '../../../../src/core/metrics/read/predictions-file.js';
import { averagePrecision, rocAuc } from '../../../../src/core/metrics/ranking.js';
import { regressionMetrics } from '../../../../src/core/metrics/regression.js';

const rows = (items: [string, string, number?][]): PredictionRow[] =>
  items.map(([label, prediction, score], i) => ({ id: `e${i}`, label, prediction, score, line: i + 1 }));

describe('metrics by hand (scikit-learn agreement is in the integration tier)', () => {
  test('confusion matrix and binary precision / recall / F1', () => {
    // y: 1 1 1 0 0, pred: 1 0 1 1 0 → tp 2, fn 1, fp 1, tn 1
    const cm = confusionMatrix(Int32Array.of(1, 1, 1, 0, 0), Int32Array.of(1, 0, 1, 1, 0), 2);
    expect(Array.from(cm)).toEqual([1, 1, 1, 2]);
    const m = confusionMetrics(cm, 2, 1);
    expect(m.accuracy).toBeCloseTo(0.6, 15);
    expect(m.precision).toBeCloseTo(2 / 3, 15);
    expect(m.recall).toBeCloseTo(2 / 3, 15);
    expect(m.f1).toBeCloseTo(2 / 3, 15);
    expect(m.precision_macro).toBeCloseTo((2 / 3 + 1 / 2) / 2, 15);
    expect(m.recall_weighted).toBeCloseTo(0.6, 15);
  });

  test('ROC AUC counts ties as one half; average precision is the step sum', () => {
    const y = Uint8Array.of(1, 0, 1, 0);
    const s = Float64Array.of(0.8, 0.8, 0.6, 0.1);
    // pairs (pos, neg): (0.8,0.8)=½ (0.8,0.1)=1 (0.6,0.8)=0 (0.6,0.1)=1 → 2.5/4
    expect(rocAuc(y, s)).toBe(0.625);
    // thresholds 0.8: tp 1 fp 1 → P ½, R ½; 0.6: tp 2 fp 1 → P ⅔, R 1 → ½·½ + ½·⅔
    expect(averagePrecision(y, s)).toBeCloseTo(0.25 + 1 / 3, 15);
    expect(rocAuc(Uint8Array.of(1, 1), Float64Array.of(0.1, 0.2))).toBeNaN();
    expect(averagePrecision(Uint8Array.of(0, 0), Float64Array.of(0.1, 0.2))).toBe(0);
  });

  test('log loss clips at float64 eps and renormalises', () => {
    const losses = binaryLogLossPerExample(Uint8Array.of(1, 0), Float64Array.of(1, 1));
    expect(losses[0]).toBeCloseTo(-Math.log((1 - EPS) / (1 - EPS + EPS)), 15);
    expect(losses[1]).toBeCloseTo(-Math.log(EPS / (1 - EPS + EPS)), 10);
  });

  test('regression metrics, and R² of a constant target', () => {
    const m = regressionMetrics(Float64Array.of(1, 2, 3), Float64Array.of(1, 2, 5));
    expect(m).toMatchObject({ mae: 2 / 3, mse: 4 / 3 });
    expect(m.rmse).toBeCloseTo(Math.sqrt(4 / 3), 15);
    expect(m.r2).toBeCloseTo(1 - 4 / 2, 15);
    expect(m.mape).toBeCloseTo(2 / 3 / 3, 15);
    expect(regressionMetrics(Float64Array.of(2, 2), Float64Array.of(2, 2)).r2).toBe(1);
    expect(regressionMetrics(Float64Array.of(2, 2), Float64Array.of(1, 3)).r2).toBe(0);
  });

  test('labels sort numerically when all are numbers, the task is detected, scores threshold to labels', () => {
    expect(sortLabels(['10', '9', '1'])).toEqual(['1', '9', '10']);
    expect(sortLabels(['b', 'a', '10'])).toEqual(['10', 'a', 'b']);
    expect(detectTask(rows([['1', '0']]))).toBe('classification');
    expect(detectTask(rows([['1.5', '2.5']]))).toBe('regression');
    const e = buildEvaluation(
      rows([
        ['1', undefined as unknown as string, 0.7],
        ['0', undefined as unknown as string, 0.2],
        ['1', undefined as unknown as string, 0.4],
      ]),
      'p.jsonl',
      { task: 'auto', threshold: 0.5 },
    );
    expect(e.task === 'classification' && Array.from(e.predicted)).toEqual([1, 0, 0]);
    const values = computeMetrics(e).values;
    expect(values.recall).toBe(0.5);
    expect(values.roc_auc).toBe(1);
  });

  test('string labels without a positive label give averaged metrics only, with the reason', () => {
    const e = buildEvaluation(
      rows([
        ['cat', 'dog'],
        ['dog', 'dog'],
        ['bird', 'cat'],
      ]),
      'p.jsonl',
      { task: 'classification', threshold: 0.5 },
    );
    const computed = computeMetrics(e);
    expect(computed.values.f1).toBeUndefined();
    expect(computed.undefinedMetrics.f1).toMatch(/two classes and a positive label/);
    expect(computed.confusion?.labels).toEqual(['bird', 'cat', 'dog']);
  });
});
