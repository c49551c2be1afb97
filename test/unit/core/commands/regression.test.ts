import { expect, test } from '@jest/globals';
import { checkRegression } from '../../../../src/core/commands/regression.js';

const report = (extra: object = {}) =>
  JSON.stringify({
    kind: 'mlci/comparison-report',
    version: 1,
    failedMetrics: ['accuracy'],
    metrics: [
      { name: 'accuracy', verdict: 'fail' },
      { name: 'f1', verdict: 'pass' },
      { name: 'latency', verdict: 'inconclusive' },
      { name: 'recall', verdict: 'inconclusive' },
    ],
    ...extra,
  });

test('a metric regressed when it failed the gate; others did not or are unknown', () => {
  expect(checkRegression(report(), ['accuracy', 'f1', 'auc'])).toEqual({
    regressed: ['accuracy'],
    notRegressed: ['f1'],
    unknown: ['auc'],
  });
});

test('failedMetrics counts too (an inconclusive metric failing under on-inconclusive: fail)', () => {
  expect(checkRegression(report({ failedMetrics: ['accuracy', 'recall'] }), ['recall', 'latency'])).toEqual({
    regressed: ['recall'],
    notRegressed: ['latency'],
    unknown: [],
  });
});

test.each([
  ['not JSON', '{', /not JSON/],
  ['another kind', JSON.stringify({ kind: 'mlci/run-record', metrics: [] }), /not an mlci comparison report/],
  ['no metrics', JSON.stringify({ kind: 'mlci/comparison-report' }), /no metrics/],
  ['an array', '[]', /not an mlci comparison report/],
  ['null', 'null', /not an object/],
])('%s: a reason, never a throw', (_name, text, why) => {
  expect(checkRegression(text, ['accuracy'])).toMatch(why);
});

test('hostile rows are skipped, not trusted', () => {
  const text = JSON.stringify({
    kind: 'mlci/comparison-report',
    failedMetrics: [{ toString: 1 }, 'accuracy'],
    metrics: [null, 7, { name: 42, verdict: 'fail' }, { name: 'accuracy', verdict: 'pass' }],
  });
  expect(checkRegression(text, ['accuracy', '42'])).toEqual({
    regressed: ['accuracy'],
    notRegressed: [],
    unknown: ['42'],
  });
});
