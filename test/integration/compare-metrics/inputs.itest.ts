// STYLE §10: the inputs compare-metrics reads are exactly the inputs its spec (and so action.yml) declares.
import { describe, expect, test } from '@jest/globals';
import { getCompareInputs } from '../../../src/actions/compare-metrics/inputs.js';
import { spec } from '../../../src/actions/compare-metrics/spec.js';

describe('compare-metrics inputs', () => {
  test('every declared input is read, and nothing else', () => {
    const read = new Set<string>();
    getCompareInputs({
      get: (name) => {
        read.add(name);
        return undefined;
      },
    });
    expect([...read].sort()).toEqual(Object.keys(spec.inputs).sort());
  });

  test('bad values are usage errors naming the input', () => {
    const with_ = (values: Record<string, string>) => ({ get: (name: string) => values[name] });
    expect(() => getCompareInputs(with_({ mode: 'sometimes' }))).toThrow(/`mode` must be one of/);
    expect(() => getCompareInputs(with_({ 'baseline-order': 'file,registry' }))).toThrow(
      /unknown source "registry"/,
    );
    expect(() => getCompareInputs(with_({ alpha: '2' }))).toThrow(/`alpha` must be a number in/);
    expect(getCompareInputs(with_({ mode: 'all-must-pass' }))['on-inconclusive']).toBe('fail');
    expect(getCompareInputs(with_({}))['on-inconclusive']).toBe('pass');
  });
});
