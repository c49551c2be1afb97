import { expect, test } from '@jest/globals';
import {
  candidateMetricsText,
  directionRules,
  readHeadReport,
} from '../../../../src/core/commands/recompare.js';

test('reads the settings and rows of a comparison report', () => {
  const head = readHeadReport(
    JSON.stringify({
      kind: 'mlci/comparison-report',
      candidate: { metricsFile: 'eval/metrics.json', predictionsFile: 'eval/p.jsonl' },
      gate: { mode: 'all-must-pass', alpha: 0.01, power: 0.9, onInconclusive: 'fail' },
      statistics: { rng: { seed: 5 }, resamples: 3000 },
      metrics: [
        { name: 'accuracy', role: 'gated', direction: 'higher', candidate: 0.8 },
        { name: 'log_loss', role: 'gated', direction: 'lower', candidate: 0.3 },
        { name: 'latency', role: 'info', direction: 'lower', candidate: null },
      ],
    }),
  );
  if (typeof head === 'string') throw new Error(head);
  expect(head).toMatchObject({
    metricsFile: 'eval/metrics.json',
    predictionsFile: 'eval/p.jsonl',
    gate: { mode: 'all-must-pass', alpha: 0.01, power: 0.9, onInconclusive: 'fail' },
    seed: 5,
    resamples: 3000,
  });
  expect(JSON.parse(candidateMetricsText(head))).toEqual({ accuracy: 0.8, log_loss: 0.3 });
  expect(directionRules(head)).toEqual({ accuracy: 'higher', log_loss: 'lower' });
});

test('a forged report cannot ask for huge work or odd settings: bounded, defaults instead', () => {
  const head = readHeadReport(
    JSON.stringify({
      kind: 'mlci/comparison-report',
      candidate: { metricsFile: 42, predictionsFile: 'x'.repeat(5000) },
      gate: { mode: 'yolo', alpha: 7, power: -1, onInconclusive: 'maybe' },
      statistics: { rng: { seed: -3 }, resamples: 1e12 },
      metrics: [null, 'x', { name: 'a', role: 'gated', direction: 'sideways', candidate: 'NaN' }],
    }),
  );
  if (typeof head === 'string') throw new Error(head);
  expect(head).toMatchObject({
    metricsFile: null,
    predictionsFile: null,
    gate: { mode: 'block-on-regression', alpha: 0.05, power: 0.8, onInconclusive: 'pass' },
    seed: 20240611,
    resamples: 2000,
    rows: [{ name: 'a', gated: true, direction: 'higher', candidate: null }],
  });
});

test.each([
  ['{', /not JSON/],
  ['{"kind":"mlci/run-record"}', /not an mlci comparison report/],
  ['null', /not an mlci comparison report/],
])('%s is a reason, not a throw', (text, why) => {
  expect(readHeadReport(text)).toMatch(why);
});
