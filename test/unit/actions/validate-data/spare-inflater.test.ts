import { availableParallelism } from 'node:os';
import { expect, test } from '@jest/globals';
import { startSpareInflater, takeSpareInflater } from '../../../../src/actions/validate-data/spare-worker.js';

// The entry boots a gunzip worker before the inputs are read when the raw `data` input names one
// compressed JSONL file: a guess that must not start one for anything else.
test.each([
  ['data/requests.jsonl.gz', undefined, true],
  ['  logs.NDJSON.GZ \n', '0', true],
  ['d.json.gz', '2', true],
  ['d.jsonl.gz', '1', false], // one thread inflates it itself
  ['d.csv.gz', undefined, false],
  ['d.jsonl', undefined, false],
  ['d/*.jsonl.gz', undefined, false], // a glob: maybe many files
  ['a.jsonl.gz\nb.jsonl.gz', undefined, false],
  ['', undefined, false],
  [undefined, undefined, false],
])('data %j, workers %j: a spare inflater %s', async (data, workers, started) => {
  startSpareInflater(data, workers);
  const spare = takeSpareInflater();
  expect(spare !== undefined).toBe(started && availableParallelism() >= 2); // none on one core
  await spare?.terminate();
  expect(takeSpareInflater()).toBeUndefined(); // taken once
});
