import { expect, test } from '@jest/globals';
import type { PredictionRow } from '../../../../src/core/metrics/read/predictions-file.js';
import { predictionDrift } from '../../../../src/core/monitor/findings.js';
import { joinLabels, readRecords } from '../../../../src/core/monitor/records.js';
import { seededRandom } from '../../../support/seeded-random.js';

const scores = (n: number, seed: number, shift = 0): PredictionRow[] => {
  const random = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => {
    const score = Math.min(1, Math.max(0, random() ** (1 + shift)));
    return { id: String(i), label: '', score, prediction: score >= 0.5 ? '1' : '0', line: i + 1 };
  });
};

test('prediction drift: the same score distribution passes, a shifted one fails on score and class', () => {
  const reference = scores(5000, 1);
  const same = predictionDrift(reference, scores(2000, 2));
  expect(same.map((f) => f.failing)).toEqual([false, false]);
  const shifted = predictionDrift(reference, scores(2000, 3, 2));
  expect(shifted.find((f) => f.key === 'predictions:score')!.failing).toBe(true);
  expect(shifted.find((f) => f.key === 'predictions:class')!.failing).toBe(true);
});

test('labels join by id; predictions still waiting for a label are counted, not evaluated', () => {
  const predictions = readRecords('id,prediction\na,1\nb,0\nc,1\n', 'p.csv');
  const labels = readRecords('{"id":"a","label":1}\n{"id":"c","label":0}\n', 'l.jsonl');
  const joined = joinLabels(predictions, 'p.csv', labels, 'l.jsonl');
  expect(joined.count).toBe(2);
  expect(joined.unlabelled).toBe(1);
  expect(joined.labelled.split('\n').map((line) => JSON.parse(line).id)).toEqual(['a', 'c']);
  expect(() =>
    joinLabels(
      predictions,
      'p.csv',
      readRecords('{"id":"a","label":1}\n{"id":"a","label":0}\n', 'l.jsonl'),
      'l.jsonl',
    ),
  ).toThrow(/duplicate example id "a"/);
});
