import { describe, expect, test } from '@jest/globals';
import { UsageError } from '../../../../src/core/errors.js';
import { parseDvcYaml } from '../../../../src/core/train/dvc-yaml.js';
import { parseStage } from '../../../../src/core/train/parse-stages.js';
import { buildGraph, planTraining } from '../../../../src/core/train/plan.js';

const DVC = `stages:
  prepare:
    cmd: python src/prepare.py data/data.xml
    deps:
    - data/data.xml
    - src/prepare.py
    params:
    - prepare.seed
    - prepare.split
    outs:
    - data/prepared
  train:
    cmd: python src/train.py data/prepared model.pkl
    deps:
    - data/prepared
    - src/train.py
    params:
    - train
    outs:
    - model.pkl:
        cache: true
  evaluate:
    cmd: python src/evaluate.py model.pkl data/prepared
    deps: [model.pkl, src/evaluate.py]
    metrics:
    - eval/metrics.json:
        cache: false
    plots:
    - eval/plots/roc.json
`;

describe('parseDvcYaml', () => {
  test('reads the example-get-started pipeline and links stages through outs and deps', () => {
    const stages = parseDvcYaml(DVC, 'dvc.yaml');
    expect(stages.map((stage) => stage.name)).toEqual(['prepare', 'train', 'evaluate']);
    const [prepare, train, evaluate] = stages;
    expect(prepare!.params).toEqual([
      { kind: 'file', file: 'params.yaml', keys: ['prepare.seed', 'prepare.split'] },
    ]);
    expect(train!.outs).toEqual(['model.pkl']);
    expect(evaluate!.metrics).toEqual(['eval/metrics.json']);
    expect(evaluate!.plots).toEqual(['eval/plots/roc.json']);
    expect(planTraining(buildGraph(stages), ['evaluate'])).toEqual(['prepare', 'train', 'evaluate']);
  });
  test('wdir is relative to the dvc.yaml directory', () => {
    const [stage] = parseDvcYaml('stages:\n  a:\n    cmd: x\n    wdir: src\n', 'ml/dvc.yaml');
    expect(stage!.wdir).toBe('ml/src');
  });
  test('foreach is refused with its line', () => {
    const text = 'stages:\n  a:\n    foreach: [1, 2]\n    do:\n      cmd: x\n';
    expect(() => parseDvcYaml(text, 'dvc.yaml')).toThrow(
      "stage 'a': dvc.yaml `foreach` stages are not supported",
    );
    try {
      parseDvcYaml(text, 'dvc.yaml');
    } catch (error) {
      expect((error as UsageError).where).toEqual({ file: 'dvc.yaml', line: 3, column: 14 });
    }
  });
  test('templating and unknown keys are refused', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: -- a literal dvc.yaml template is the input under test
    expect(() => parseDvcYaml('stages:\n  a:\n    cmd: python ${x}\n', 'dvc.yaml')).toThrow('templating');
    expect(() => parseDvcYaml('stages:\n  a:\n    cmd: x\n    outz: [a]\n', 'dvc.yaml')).toThrow(
      'unknown dvc.yaml key `outz`',
    );
  });
  test('no stages', () => {
    expect(() => parseDvcYaml('vars: []\n', 'dvc.yaml')).toThrow(UsageError);
  });
});

describe('dvc.yaml stage semantics', () => {
  test('frozen, always_changed and persist outputs are read, not ignored', () => {
    const text = `stages:
  a:
    cmd: python train.py
    frozen: true
    always_changed: true
    outs:
    - ckpt:
        persist: true
    - model.pkl
    metrics:
    - m.json:
        persist: true
        desc: kept
`;
    const [stage] = parseDvcYaml(text, 'dvc.yaml');
    expect(stage).toMatchObject({ frozen: true, alwaysChanged: true, persist: ['ckpt', 'm.json'] });
    expect(stage!.outs).toEqual(['ckpt', 'model.pkl']);
  });
  test('what mlci ignores is a warning; what it cannot honour is an error at its line', () => {
    const warnings: string[] = [];
    parseDvcYaml(
      'stages:\n  a:\n    cmd: x\n    outs:\n    - m.pkl:\n        cache: false\n        remote: s3\n',
      'dvc.yaml',
      (line) => warnings.push(line),
    );
    expect(warnings).toEqual([
      'stage \'a\': "m.pkl" has `cache: false`; mlci caches and restores every output anyway',
      'stage \'a\': "m.pkl": `remote` is a DVC remote setting; mlci keeps outputs in its own cache',
    ]);
    const text = 'stages:\n  a:\n    cmd: x\n    outs:\n    - m.pkl:\n        checkpoint: true\n';
    expect(() => parseDvcYaml(text, 'dvc.yaml')).toThrow(
      'stage \'a\': "m.pkl": dvc.yaml output option `checkpoint` is not supported',
    );
    try {
      parseDvcYaml(text, 'dvc.yaml');
    } catch (error) {
      expect((error as UsageError).where).toMatchObject({ file: 'dvc.yaml', line: 6 });
    }
  });
  test('mlci.yml `persist` must name a declared output', () => {
    expect(() =>
      parseStage('a', { cmd: 'x', outs: ['model'], persist: ['ckpt'] }, { file: 'mlci.yml', path: [] }),
    ).toThrow(`stage 'a': persist "ckpt" is not one of the stage's outs, metrics or plots`);
  });
});

test('an unknown top-level key is refused; the descriptive ones are not', () => {
  expect(() => parseDvcYaml('stages:\n  a:\n    cmd: x\nstagez: {}\n', 'dvc.yaml')).toThrow(
    'unknown dvc.yaml top-level key `stagez`',
  );
  expect(parseDvcYaml('plots: []\nmetrics: [m.json]\nstages:\n  a:\n    cmd: x\n', 'dvc.yaml')).toHaveLength(
    1,
  );
});
