import { describe, expect, test } from '@jest/globals';
import { lookup, resolveParams } from '../../../../src/core/train/params.js';
import { parseDuration, parseParams, parseStage } from '../../../../src/core/train/parse-stages.js';

const files: Record<string, string> = {
  'params.yaml': 'train:\n  lr: 0.01\n  layers: [64, 32]\nseed: 7\n',
  'params.json': '{"model": {"depth": 4}}',
};
const read = (file: string) => files[file];
const stage = (params: unknown) => parseStage('fit', { cmd: 'x', params }, { file: 'mlci.yml', path: [] });

describe('params', () => {
  test('keys of params.yaml, keys of another file, and inline values', () => {
    const values = resolveParams(stage(['train.lr', 'seed', { 'params.json': ['model.depth'] }]), read);
    expect(values).toEqual({
      'params.yaml': { 'train.lr': 0.01, seed: 7 },
      'params.json': { 'model.depth': 4 },
    });
    expect(resolveParams(stage({ lr: 0.5 }), read)).toEqual({ inline: { lr: 0.5 } });
  });
  test('a whole file when no keys are listed (dvc.yaml form)', () => {
    expect(resolveParams(stage([{ 'params.json': null }]), read)).toEqual({
      'params.json': { model: { depth: 4 } },
    });
  });
  test('a missing key names the stage, the key and the file', () => {
    expect(() => resolveParams(stage(['train.momentum']), read)).toThrow(
      "stage 'fit': params key 'train.momentum' does not exist in params.yaml",
    );
  });
  test('a missing file names it', () => {
    expect(() => resolveParams(stage([{ 'other.yaml': ['a'] }]), read)).toThrow(
      'params file other.yaml does not exist',
    );
  });
  test('lookup walks objects and arrays', () => {
    expect(lookup({ a: { b: [1, 2] } }, 'a.b.1')).toBe(2);
    expect(lookup({ a: 1 }, 'a.b')).toBeUndefined();
  });
  test('list and file forms merge per file', () => {
    expect(parseParams(['a', { 'params.yaml': ['b'] }], 'x')).toEqual([
      { kind: 'file', file: 'params.yaml', keys: ['a', 'b'] },
    ]);
  });
});

describe('parseStage', () => {
  test('durations', () => {
    expect(parseDuration('90', 'x')).toBe(90);
    expect(parseDuration('30m', 'x')).toBe(1800);
    expect(parseDuration('2h', 'x')).toBe(7200);
    expect(() => parseDuration('soon', 'x')).toThrow('timeout must be seconds');
  });
  test('a name with a comma is refused (cache keys)', () => {
    expect(() => parseStage('a,b', { cmd: 'x' }, { file: 'f', path: [] })).toThrow('no spaces or commas');
  });
  test('no cmd', () => {
    expect(() => parseStage('fit', {}, { file: 'f', path: [] })).toThrow("stage 'fit' has no `cmd`");
  });
  test('a cmd list runs line by line', () => {
    expect(parseStage('fit', { cmd: ['a', 'b'] }, { file: 'f', path: [] }).cmd).toBe('a\nb');
  });
});
