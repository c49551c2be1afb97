import { describe, expect, test } from '@jest/globals';
import { closest, didYouMean, editDistance } from '../../../../src/core/text/suggest.js';

describe('editDistance', () => {
  test.each([
    ['train', 'train', 0],
    ['trian', 'train', 1],
    ['tran', 'train', 1],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
  ])('%s → %s = %d', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
  });
});

describe('closest', () => {
  const keys = ['version', 'validate-data', 'train', 'compare-metrics'];
  test('suggests a near key', () => {
    expect(closest('trian', keys)).toBe('train');
    expect(closest('verison', keys)).toBe('version');
  });
  test('does not suggest an unrelated key', () => {
    expect(closest('foo', keys)).toBeUndefined();
    expect(didYouMean('deploy', keys)).toBe('');
  });
});
