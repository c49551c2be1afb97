import { describe, expect, test } from '@jest/globals';
import { execute } from '../../../../src/core/train/execute.js';
import { buildGraph, planTraining } from '../../../../src/core/train/plan.js';
import { parseStage } from '../../../../src/core/train/parse-stages.js';
import type { Stage } from '../../../../src/core/train/stage.js';

const stage = (name: string, raw: Record<string, unknown> = {}): Stage =>
  parseStage(name, { cmd: `echo ${name}`, ...raw }, { file: 'mlci.yml', path: ['train', 'stages', name] });

// The example drawn above planTraining: evaluate <- train <- (prepare, featurize).
const example = () =>
  buildGraph([
    stage('evaluate', { 'depends-on': ['train'] }),
    stage('train', { 'depends-on': ['prepare', 'featurize'] }),
    stage('prepare'),
    stage('featurize'),
  ]);

describe('planTraining', () => {
  test('dependencies first, as drawn', () => {
    expect(planTraining(example(), ['evaluate'])).toEqual(['prepare', 'featurize', 'train', 'evaluate']);
  });
  test('downstream of prepare', () => {
    expect(planTraining(example(), ['prepare'], { downstream: true })).toEqual([
      'prepare',
      'train',
      'evaluate',
    ]);
  });
  test('all stages when no target', () => {
    expect(planTraining(example(), [])).toEqual(['prepare', 'featurize', 'train', 'evaluate']);
  });
  test('an unknown target is a usage error with a suggestion', () => {
    expect(() => planTraining(example(), ['trian'])).toThrow("unknown stage 'trian' — did you mean");
  });
});

describe('buildGraph', () => {
  test('infers an edge from a dep on another stage’s output (as DVC does)', () => {
    const graph = buildGraph([
      stage('fit', { deps: ['data/features/x.csv'] }),
      stage('prep', { outs: ['data/features'] }),
    ]);
    expect(graph.upstream.get('fit')).toEqual(['prep']);
    expect(planTraining(graph, ['fit'])).toEqual(['prep', 'fit']);
  });
  test('a cycle is a usage error naming the cycle', () => {
    const make = () =>
      buildGraph([
        stage('a', { 'depends-on': ['b'] }),
        stage('b', { 'depends-on': ['c'] }),
        stage('c', { 'depends-on': ['a'] }),
      ]);
    expect(make).toThrow('stages form a cycle: a -> b -> c -> a');
    try {
      make();
    } catch (error) {
      expect((error as { exitCode: number }).exitCode).toBe(2);
    }
  });
  test('an unknown depends-on names the stage and the missing one', () => {
    expect(() => buildGraph([stage('fit', { 'depends-on': ['prepare'] })])).toThrow(
      "stage 'fit': depends on unknown stage 'prepare'",
    );
  });
  test('a stage declared twice', () => {
    expect(() => buildGraph([stage('a'), stage('a')])).toThrow("stage 'a': is declared twice");
  });
});

describe('execute', () => {
  test('keep-going skips only the dependents of a failure, names them, and raises one error', async () => {
    const graph = example();
    const plan = planTraining(graph, []);
    const log: string[] = [];
    const ran: string[] = [];
    const result = await execute(
      graph,
      plan,
      async (name) => {
        if (name === 'prepare') throw new Error('boom');
        ran.push(name);
        return name;
      },
      { onError: 'keep-going', log: (line) => log.push(line) },
    );
    expect(ran).toEqual(['featurize']);
    expect(result.outcomes.map((o) => `${o.stage}:${o.status}`)).toEqual([
      'prepare:failed',
      'featurize:done',
      'train:skipped',
      'evaluate:skipped',
    ]);
    expect(log).toEqual(["Stages 'train', 'evaluate' will be skipped due to the failure of 'prepare'"]);
    expect(result.error?.message).toContain('1 stage(s) failed');
  });
  test('fail mode stops at the first failure', async () => {
    const graph = example();
    const ran: string[] = [];
    const result = await execute(graph, planTraining(graph, []), async (name) => {
      ran.push(name);
      if (name === 'prepare') throw new Error('boom');
      return name;
    });
    expect(ran).toEqual(['prepare']);
    expect(result.outcomes.filter((o) => o.status === 'skipped')).toHaveLength(3);
  });
});
