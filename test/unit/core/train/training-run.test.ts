import { describe, expect, test } from '@jest/globals';
import { DataError } from '../../../../src/core/errors.js';
import { parseStage } from '../../../../src/core/train/parse-stages.js';
import { buildGraph } from '../../../../src/core/train/plan.js';
import type { StageRun } from '../../../../src/core/train/reproduce.js';
import type { StageRecord } from '../../../../src/core/train/run-record.js';
import type { Stage } from '../../../../src/core/train/stage.js';
import {
  runTraining,
  skippedRecord,
  stageRecordsOf,
  trainOutputs,
} from '../../../../src/core/train/training-run.js';

const stage = (name: string, raw: Record<string, unknown> = {}): Stage =>
  parseStage(name, { cmd: `echo ${name}`, ...raw }, { file: 'mlci.yml', path: ['train', 'stages', name] });

// evaluate <- train <- (prepare, featurize), as drawn above planTraining.
const graph = buildGraph([
  stage('evaluate', { 'depends-on': ['train'] }),
  stage('train', { 'depends-on': ['prepare', 'featurize'] }),
  stage('prepare'),
  stage('featurize'),
]);
const plan = ['prepare', 'featurize', 'train', 'evaluate'];
const at = new Date('2026-01-02T03:04:05.000Z');

const record = (name: string, status: StageRecord['status'], fingerprint: string | null): StageRecord => ({
  ...skippedRecord(name, '', at),
  status,
  fingerprint,
});

/** A reproduce effect that records what each stage was handed and answers from `runs`. */
function fakeReproduce(runs: Record<string, (name: string) => StageRun>) {
  const seen: Record<string, Readonly<Record<string, string>>> = {};
  const reproduce = async (s: Stage, upstream: Readonly<Record<string, string>>) => {
    seen[s.name] = upstream;
    return (runs[s.name] ?? ((name) => ({ record: record(name, 'ran', `fp-${name}`) })))(s.name);
  };
  return { seen, reproduce };
}

describe('runTraining', () => {
  test("hands each stage its upstream stages' fingerprints", async () => {
    const { seen, reproduce } = fakeReproduce({});
    const run = await runTraining(graph, plan, reproduce);
    expect(seen).toEqual({
      prepare: {},
      featurize: {},
      train: { prepare: 'fp-prepare', featurize: 'fp-featurize' },
      evaluate: { train: 'fp-train' },
    });
    expect(run.fingerprints).toEqual({
      prepare: 'fp-prepare',
      featurize: 'fp-featurize',
      train: 'fp-train',
      evaluate: 'fp-evaluate',
    });
    expect(run.error).toBeUndefined();
    expect(stageRecordsOf(run, at).map((r) => [r.stage, r.status])).toEqual(plan.map((s) => [s, 'ran']));
  });

  test("an upstream stage without a fingerprint is 'unknown' to its dependents", async () => {
    const { seen, reproduce } = fakeReproduce({ prepare: (name) => ({ record: record(name, 'ran', null) }) });
    const run = await runTraining(graph, plan, reproduce);
    expect(seen.train).toEqual({ prepare: 'unknown', featurize: 'fp-featurize' });
    expect(run.fingerprints).not.toHaveProperty('prepare');
  });

  test('keep-going: a failed stage keeps its record, its dependents get skipped records naming it', async () => {
    const failure = new DataError("stage 'featurize': command exited with code 3");
    const { seen, reproduce } = fakeReproduce({
      featurize: (name) => ({ record: record(name, 'failed', 'fp-featurize'), failure }),
    });
    const lines: string[] = [];
    const run = await runTraining(graph, plan, reproduce, {
      onError: 'keep-going',
      log: (l) => lines.push(l),
    });
    expect(Object.keys(seen)).toEqual(['prepare', 'featurize']);
    expect(run.error).toBe(failure);
    expect(lines).toEqual(["Stages 'train', 'evaluate' will be skipped due to the failure of 'featurize'"]);
    const records = stageRecordsOf(run, at);
    expect(records.map((r) => [r.stage, r.status, r.error])).toEqual([
      ['prepare', 'ran', null],
      ['featurize', 'failed', null],
      ['train', 'skipped', "skipped: stage 'featurize' failed"],
      ['evaluate', 'skipped', "skipped: stage 'featurize' failed"],
    ]);
    expect(records[2]).toEqual(skippedRecord('train', 'featurize', at));
    expect(records[2]).toMatchObject({
      startedAt: at.toISOString(),
      endedAt: at.toISOString(),
      durationMs: 0,
    });
  });

  test('fail: the stages after the first failure are skipped and none of them runs', async () => {
    const failure = new DataError("stage 'prepare': command exited with code 1");
    const { seen, reproduce } = fakeReproduce({
      prepare: (name) => ({ record: record(name, 'failed', null), failure }),
    });
    const run = await runTraining(graph, plan, reproduce, { onError: 'fail' });
    expect(Object.keys(seen)).toEqual(['prepare']);
    expect(stageRecordsOf(run, at).map((r) => [r.stage, r.status])).toEqual([
      ['prepare', 'failed'],
      ['featurize', 'skipped'],
      ['train', 'skipped'],
      ['evaluate', 'skipped'],
    ]);
  });
});

describe('skippedRecord', () => {
  test('no error when no failed stage caused the skip', () => {
    expect(skippedRecord('train', '', at)).toMatchObject({ stage: 'train', status: 'skipped', error: null });
  });
});

describe('trainOutputs', () => {
  const fingerprints = { prepare: 'fp-p', train: 'fp-t' };
  test.each([
    {
      name: 'every stage cached',
      stages: [record('prepare', 'cached', 'fp-p'), record('train', 'cached', 'fp-t')],
      want: { 'cache-hit': 'true', fingerprint: 'fp-t', ran: '', cached: 'prepare,train' },
    },
    {
      name: 'one stage ran',
      stages: [record('prepare', 'cached', 'fp-p'), record('train', 'ran', 'fp-t')],
      want: { 'cache-hit': 'false', fingerprint: 'fp-t', ran: 'train', cached: 'prepare' },
    },
    {
      name: 'skipped stages do not count against a cache hit',
      stages: [record('prepare', 'cached', 'fp-p'), skippedRecord('train', '', at)],
      want: { 'cache-hit': 'true', fingerprint: 'fp-t', ran: '', cached: 'prepare' },
    },
    {
      name: 'nothing done is no cache hit',
      stages: [skippedRecord('prepare', '', at), skippedRecord('train', '', at)],
      want: { 'cache-hit': 'false', fingerprint: 'fp-t', ran: '', cached: '' },
    },
  ])('$name', ({ stages, want }) => {
    expect(trainOutputs(['prepare', 'train'], stages, fingerprints, 'out/run.json')).toEqual({
      ...want,
      record: 'out/run.json',
    });
  });

  test("the last planned stage's fingerprint, '' when it has none; outputs in the order they are written", () => {
    const outputs = trainOutputs(['train', 'evaluate'], [], fingerprints, 'r.json');
    expect(outputs.fingerprint).toBe('');
    expect(Object.keys(outputs)).toEqual(['cache-hit', 'fingerprint', 'record', 'ran', 'cached']);
  });
});
