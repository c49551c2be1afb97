import { describe, expect, test } from '@jest/globals';
import { readBoolean, readList, readNumber, readString, requireString } from '../../../src/actions/inputs.js';
import { UsageError } from '../../../src/core/errors.js';
import type { InputReader } from '../../../src/platform/io.js';

const reader = (values: Record<string, string>): InputReader => ({ get: (name) => values[name] });

describe('readString / requireString', () => {
  test('trims, and treats empty or blank as not given', () => {
    expect(readString(reader({ a: '  x  ' }), 'a')).toBe('x');
    expect(readString(reader({ a: '   ' }), 'a')).toBeUndefined();
    expect(readString(reader({ a: '' }), 'a', 'fallback')).toBe('fallback');
    expect(readString(reader({}), 'a', 'fallback')).toBe('fallback');
  });

  test('a missing required input says how to give it in both forms', () => {
    expect(requireString(reader({ schema: 's.yaml' }), 'schema')).toBe('s.yaml');
    const attempt = () => requireString(reader({}), 'schema');
    expect(attempt).toThrow(UsageError);
    expect(attempt).toThrow('input `schema` is required');
    try {
      attempt();
    } catch (thrown) {
      expect((thrown as UsageError).hint).toBe(
        'set `with: schema: …` in the workflow step, or pass --schema on the command line',
      );
      expect((thrown as UsageError).exitCode).toBe(2);
    }
  });
});

describe('readBoolean', () => {
  test.each(['true', 'True', 'TRUE', 'yes', 'on', '1'])('%s is true', (value) => {
    expect(readBoolean(reader({ b: value }), 'b', false)).toBe(true);
  });
  test.each(['false', 'False', 'FALSE', 'no', 'off', '0'])('%s is false', (value) => {
    expect(readBoolean(reader({ b: value }), 'b', true)).toBe(false);
  });
  test('absent gives the fallback; anything else is a usage error', () => {
    expect(readBoolean(reader({}), 'b', true)).toBe(true);
    expect(() => readBoolean(reader({ b: 'maybe' }), 'b', true)).toThrow(
      'input `b` must be true or false, got "maybe"',
    );
  });
});

describe('readNumber', () => {
  test('parses, with a fallback', () => {
    expect(readNumber(reader({ n: ' 2.5 ' }), 'n', 0)).toBe(2.5);
    expect(readNumber(reader({}), 'n', 7)).toBe(7);
  });
  test('rejects non-numbers, out-of-range values and non-integers, naming the bounds', () => {
    expect(() => readNumber(reader({ n: 'abc' }), 'n', 0)).toThrow('input `n` must be a number, got "abc"');
    expect(() => readNumber(reader({ n: 'Infinity' }), 'n', 0)).toThrow(/must be a number/);
    expect(() => readNumber(reader({ n: '1.5' }), 'n', 0, { min: 0, max: 1 })).toThrow(
      'input `n` must be a number in [0, 1], got "1.5"',
    );
    expect(() => readNumber(reader({ n: '2.5' }), 'n', 0, { integer: true })).toThrow(
      'input `n` must be an integer, got "2.5"',
    );
    expect(readNumber(reader({ n: '1' }), 'n', 0, { min: 0, max: 1, integer: true })).toBe(1);
  });
});

describe('readList', () => {
  test('one item per line (a YAML block scalar), dropping blanks and comments', () => {
    expect(readList(reader({ l: 'a.csv\n\n  b.csv  \n# not this\nc, d.csv\n' }), 'l')).toEqual([
      'a.csv',
      'b.csv',
      'c, d.csv',
    ]);
  });
  test('a single line is comma-separated', () => {
    expect(readList(reader({ l: 'a, b,,c' }), 'l')).toEqual(['a', 'b', 'c']);
    expect(readList(reader({}), 'l')).toEqual([]);
  });
});
