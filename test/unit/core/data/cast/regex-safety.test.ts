import { describe, expect, test } from '@jest/globals';
import { nestedQuantifier } from '../../../../../src/core/data/cast/regex-safety.js';

describe('nested quantifiers (ReDoS shapes) in schema patterns', () => {
  test('finds repetitions of repetitions', () => {
    expect(nestedQuantifier('(a+)+$')).toBe('(a+)+');
    expect(nestedQuantifier('^(0+)+$')).toBe('(0+)+');
    expect(nestedQuantifier('(\\w*)*')).toBe('(\\w*)*');
    expect(nestedQuantifier('x(?:ab+c?){2,}')).toBe('(?:ab+c?){2,}');
    expect(nestedQuantifier('((a+)b)*')).toBe('((a+)b)*');
  });

  test('leaves safe patterns alone', () => {
    for (const safe of [
      '[A-Z]{3}-\\d+',
      'cat|dog',
      '(ab)+',
      '(a+)?',
      '(a+){1}',
      '[(+)]+',
      '\\(a+\\)+',
      '(\\d{4})-(\\d{2})',
    ])
      expect(nestedQuantifier(safe)).toBeUndefined();
  });
});
