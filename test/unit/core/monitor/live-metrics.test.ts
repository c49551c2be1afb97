import { expect, test } from '@jest/globals';
import { buildEvaluation } from '../../../../src/core/metrics/evaluation.js';
import type { PredictionRow } from '../../../../src/core/metrics/read/predictions-file.js';
import { liveMetrics } from '../../../../src/core/monitor/live-metrics.js';
import { seededRandom } from '../../../support/seeded-random.js';

/** n binary examples, each predicted right with probability `accuracy`. */
function rows(n: number, accuracy: number, seed: number): PredictionRow[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => {
    const label = random() < 0.5 ? '1' : '0';
    const right = random() < accuracy;
    return { id: `e${i}`, label, prediction: right ? label : label === '1' ? '0' : '1', line: i + 1 };
  });
}

const options = { tolerance: 0, resamples: 500, confidence: 0.95, seed: 7, productionFile: 'release.json' };
const evaluate = (r: PredictionRow[]) =>
  buildEvaluation(r, 'p.jsonl', { task: 'classification', threshold: 0.5 });

test('a drop smaller than the noise of 200 examples is not an incident; a large one is', () => {
  const small = liveMetrics(evaluate(rows(200, 0.88, 1)), { accuracy: 0.9 }, options);
  expect(small.status).toBe('pass');
  const large = liveMetrics(evaluate(rows(2000, 0.7, 2)), { accuracy: 0.9 }, options);
  expect(large.status).toBe('fail');
  expect(large.figures[0]!.reason).toMatch(/accuracy is 0\.\d+ .*below production's 0\.9/);
  const [lo, hi] = large.figures[0]!.interval!;
  expect(lo).toBeLessThan(large.figures[0]!.value);
  expect(hi).toBeGreaterThan(large.figures[0]!.value);
  expect(hi - lo).toBeLessThan(0.06);
});

test('the tolerance widens what is accepted; a loss is held the other way', () => {
  const evaluation = evaluate(rows(2000, 0.8, 3));
  expect(liveMetrics(evaluation, { accuracy: 0.9 }, options).status).toBe('fail');
  expect(liveMetrics(evaluation, { accuracy: 0.9 }, { ...options, tolerance: 0.15 }).status).toBe('pass');
  const regression = buildEvaluation(
    Array.from({ length: 500 }, (_, i) => ({
      id: `r${i}`,
      label: String(i % 50),
      prediction: String((i % 50) + 5),
      line: i + 1,
    })),
    'r.jsonl',
    { task: 'regression', threshold: 0.5 },
  );
  const mae = liveMetrics(regression, { mae: 1 }, { ...options, metrics: ['mae'] });
  expect(mae.figures[0]!.value).toBeCloseTo(5);
  expect(mae.status).toBe('fail');
  expect(liveMetrics(regression, { mae: 6 }, { ...options, metrics: ['mae'] }).status).toBe('pass');
});

test('the same seed gives the same interval; another seed another one', () => {
  const evaluation = evaluate(rows(300, 0.85, 4));
  const a = liveMetrics(evaluation, { accuracy: 0.9 }, options).figures[0]!.interval;
  expect(liveMetrics(evaluation, { accuracy: 0.9 }, options).figures[0]!.interval).toEqual(a);
  expect(
    liveMetrics(evaluation, { accuracy: 0.9 }, { ...options, seed: 8 }).figures[0]!.interval,
  ).not.toEqual(a);
});

test('a metric the record or the predictions lack is a usage error with a suggestion', () => {
  const evaluation = evaluate(rows(100, 0.9, 5));
  expect(() => liveMetrics(evaluation, { accuracy: 0.9 }, { ...options, metrics: ['acuracy'] })).toThrow(
    /not in the production record release.json — did you mean `accuracy`/,
  );
  expect(() => liveMetrics(evaluation, { roc_auc: 0.9 }, { ...options, metrics: ['roc_auc'] })).toThrow(
    /cannot be computed/,
  );
  expect(() => liveMetrics(evaluation, { latency_ms: 20 }, options)).toThrow(/no metric/);
});
