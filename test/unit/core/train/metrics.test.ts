import { describe, expect, test } from '@jest/globals';
import { determinismEnv } from '../../../../src/core/train/determinism.js';
import { parseMetrics } from '../../../../src/core/train/metrics.js';
import { compareRuns, describeDifferences } from '../../../../src/core/train/verify.js';

describe('metrics files', () => {
  test('Python json.dumps output with NaN and Infinity stays visible, strings untouched', () => {
    const text = '{"acc": 0.9, "loss": NaN, "best": -Infinity, "note": "NaN here", "eval": {"f1": 0.5}}';
    expect(parseMetrics('m.json', text)).toEqual({
      acc: 0.9,
      loss: 'NaN',
      best: '-Infinity',
      'eval.f1': 0.5,
    });
  });
  test('YAML', () => {
    expect(parseMetrics('m.yaml', 'acc: 0.8\nloss: .nan\n')).toEqual({ acc: 0.8, loss: 'NaN' });
  });
});

describe('verify', () => {
  test('names differing files and metric deltas', () => {
    const first = {
      outputs: [{ path: 'model.pkl', sha256: 'a', size: 1 }],
      metrics: { 'm.json': { acc: 0.9 } },
    };
    const second = {
      outputs: [{ path: 'model.pkl', sha256: 'b', size: 1 }],
      metrics: { 'm.json': { acc: 0.925 } },
    };
    const result = compareRuns(first, second, 'run');
    expect(result.identical).toBe(false);
    expect(describeDifferences(result)).toBe('model.pkl differs; m.json: acc 0.9 -> 0.925 (Δ +0.025)');
    expect(compareRuns(first, first, 'cache').identical).toBe(true);
  });
});

describe('determinismEnv', () => {
  test('seeds and the variables frameworks honour', () => {
    const env = determinismEnv(7);
    expect(env).toMatchObject({
      PYTHONHASHSEED: '7',
      MLCI_SEED: '7',
      PL_GLOBAL_SEED: '7',
      CUBLAS_WORKSPACE_CONFIG: ':4096:8',
    });
    expect(env.TF_DETERMINISTIC_OPS).toBe('1');
  });
});
