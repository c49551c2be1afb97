import { describe, expect, test } from '@jest/globals';
import { parseMetricsFile } from '../../../../../src/core/metrics/read/metrics-file.js';
import { parsePredictions } from '../../../../../src/core/metrics/read/predictions-file.js';

const values = (text: string, file: string) => Object.fromEntries(parseMetricsFile(text, file).values);

describe('metrics files', () => {
  test('JSON: DVC-style nested keys flattened with dots, lists by index, non-numbers skipped', () => {
    expect(
      values(
        '{"train": {"loss": 0.1, "acc": 0.9}, "per_class": [0.5, 0.7], "note": "x", "ok": true}',
        'm.json',
      ),
    ).toEqual({
      'train.loss': 0.1,
      'train.acc': 0.9,
      'per_class.0': 0.5,
      'per_class.1': 0.7,
    });
  });

  test('JSON with Python’s NaN and Infinity reads them as non-finite numbers (the gate fails them)', () => {
    expect(values('{"a": NaN, "b": -Infinity, "s": "NaN inside a string"}', 'm.json')).toEqual({
      a: Number.NaN,
      b: -Infinity,
    });
  });

  test('invalid JSON names the line and column', () => {
    expect(() => parseMetricsFile('{\n "a": 1\n "b": 2}', 'm.json')).toThrow(
      expect.objectContaining({ where: expect.objectContaining({ file: 'm.json', line: 3 }) }),
    );
  });

  test('YAML, with .nan and anchors within the alias cap', () => {
    expect(values('eval:\n  accuracy: 0.9\n  loss: .nan\n', 'm.yaml')).toEqual({
      'eval.accuracy': 0.9,
      'eval.loss': Number.NaN,
    });
    expect(() => parseMetricsFile('a: 1\na: 2\n', 'm.yaml')).toThrow(/invalid YAML/);
  });

  test('CSV: a header of names over one row, or name,value rows', () => {
    expect(values('accuracy,f1\n0.9,0.8\n', 'm.csv')).toEqual({ accuracy: 0.9, f1: 0.8 });
    expect(values('name,value\naccuracy,0.9\n"eval.f1",0.8\nloss,nan\n', 'm.csv')).toEqual({
      accuracy: 0.9,
      'eval.f1': 0.8,
      loss: Number.NaN,
    });
    expect(() => parseMetricsFile('a,b\n1,2\n3,4\n', 'm.csv')).toThrow(/exactly one data row/);
    expect(() => parseMetricsFile('name,value\nacc,high\n', 'm.csv')).toThrow(/"high" is not a number/);
  });

  test('run record: metrics per file (one file drops the level; shared keys keep their file) or flat', () => {
    const one = parseMetricsFile(
      JSON.stringify({
        kind: 'mlci/run-record',
        version: 1,
        metrics: { 'eval/metrics.json': { acc: 0.9, nested: { f1: 0.8 } } },
      }),
      'run.json',
    );
    expect(Object.fromEntries(one.values)).toEqual({ acc: 0.9, 'nested.f1': 0.8 });
    expect(one.format).toBe('mlci/run-record');
    const two = parseMetricsFile(
      JSON.stringify({
        kind: 'mlci/run-record',
        version: 1,
        metrics: { 'a.json': { acc: 0.9, loss: 1 }, 'b.yaml': { acc: 0.8 } },
      }),
      'run.json',
    );
    expect(Object.fromEntries(two.values)).toEqual({ 'a.json:acc': 0.9, loss: 1, 'b.yaml:acc': 0.8 });
    const flat = parseMetricsFile(
      JSON.stringify({ kind: 'mlci/run-record', version: 1, metrics: { acc: 0.7 } }),
      'run.json',
    );
    expect(Object.fromEntries(flat.values)).toEqual({ acc: 0.7 });
    expect(() =>
      parseMetricsFile(JSON.stringify({ kind: 'mlci/run-record', version: 1 }), 'run.json'),
    ).toThrow(/no `metrics` object/);
    // The train action's shape: per stage, per metrics file, flattened, non-finite values as strings.
    const train = parseMetricsFile(
      JSON.stringify({
        kind: 'mlci/run-record',
        version: 1,
        stages: [
          { stage: 'prepare', metrics: {} },
          {
            stage: 'evaluate',
            metrics: { 'eval/metrics.json': { 'eval.accuracy': 0.91, 'eval.loss': 'NaN' } },
          },
        ],
      }),
      'run.json',
    );
    expect(Object.fromEntries(train.values)).toEqual({ 'eval.accuracy': 0.91, 'eval.loss': Number.NaN });
  });

  test('release record: metrics, the predictions asset and the fingerprint', () => {
    const doc = parseMetricsFile(
      JSON.stringify({
        kind: 'mlci/release-record',
        version: 1,
        metrics: { accuracy: 0.9 },
        predictions: { asset: 'p.jsonl' },
        fingerprint: 'mlci-fp-v1:sha256:ab',
      }),
      'mlci-release-record.json',
    );
    expect(doc).toMatchObject({ predictions: 'p.jsonl', fingerprint: 'mlci-fp-v1:sha256:ab' });
    expect(Object.fromEntries(doc.values)).toEqual({ accuracy: 0.9 });
  });

  test('nesting deeper than the cap is a data error, not a stack overflow', () => {
    const deep = `${'{"a":'.repeat(100)}1${'}'.repeat(100)}`;
    expect(() => parseMetricsFile(deep, 'm.json')).toThrow(/nested deeper than 32 levels/);
  });
});

describe('predictions files', () => {
  test('JSONL with aliases, CSV with proba_ columns', () => {
    const jsonl = parsePredictions(
      '{"id": 1, "y_true": "cat", "y_pred": "dog"}\n\n{"id": "2", "label": "dog", "probabilities": {"cat": 0.2, "dog": 0.8}}\n',
      'p.jsonl',
    );
    expect(jsonl).toEqual([
      { id: '1', label: 'cat', prediction: 'dog', score: undefined, probabilities: undefined, line: 1 },
      expect.objectContaining({ id: '2', label: 'dog', probabilities: { cat: 0.2, dog: 0.8 }, line: 3 }),
    ]);
    const csv = parsePredictions('id,label,proba_0,proba_1\na,1,0.3,0.7\n', 'p.csv');
    expect(csv[0]).toMatchObject({ id: 'a', label: '1', probabilities: { 0: 0.3, 1: 0.7 } });
  });

  test('errors name the line: missing id, bad score, empty file', () => {
    expect(() => parsePredictions('{"id":"a","label":1}\n{"label":0}\n', 'p.jsonl')).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(/has no id/),
        where: { file: 'p.jsonl', line: 2 },
      }),
    );
    expect(() => parsePredictions('{"id":"a","label":1,"score":"high"}\n', 'p.jsonl')).toThrow(
      /score "high" is not a finite number/,
    );
    expect(() => parsePredictions('\n', 'p.jsonl')).toThrow(/no examples/);
    expect(() => parsePredictions('id,label\n', 'p.csv')).toThrow(/no examples/);
  });

  test('numeric ids beyond 2^53 are refused rather than silently merged', () => {
    expect(() => parsePredictions('{"id": 9007199254740993, "label": 1}\n', 'p.jsonl')).toThrow(
      /above 2\^53/,
    );
    expect(parsePredictions('{"id": "9007199254740993", "label": 1}\n', 'p.jsonl')[0]!.id).toBe(
      '9007199254740993',
    );
  });

  test('a __proto__ key is data, not a prototype change', () => {
    const rows = parsePredictions(
      '{"id":"a","label":1,"probabilities":{"__proto__":0.5,"1":0.5}}\n',
      'p.jsonl',
    );
    expect(Object.keys(rows[0]!.probabilities!)).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
