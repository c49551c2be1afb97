import { describe, expect, test } from '@jest/globals';
import { INVALID } from '../../../../../src/core/data/cast/bytes.js';
import { textCaster } from '../../../../../src/core/data/cast/text.js';
import type { Field, FieldType } from '../../../../../src/core/data/table-schema/types.js';

const field = (type: FieldType, extra: Partial<Field> = {}): Field => ({
  name: 'f',
  type,
  format: 'default',
  constraints: {},
  raw: {},
  ...extra,
});

describe('text casters by Table Schema type', () => {
  test('number options: groupChar, decimalChar, bareNumber', () => {
    expect(textCaster(field('number', { groupChar: ',' }))('1,234.5')).toBe(1234.5);
    expect(textCaster(field('number', { decimalChar: ',', groupChar: '.' }))('1.234,5')).toBe(1234.5);
    expect(textCaster(field('number', { bareNumber: false }))('€95.5')).toBe(95.5);
    expect(textCaster(field('integer', { bareNumber: false }))('95%')).toBe(95);
    expect(textCaster(field('number'))('€95')).toBe(INVALID);
  });

  test.each([
    // [options, text, value]: a literal "." is no decimal point when decimalChar is ","
    [{ decimalChar: ',' }, '1,5', 1.5],
    [{ decimalChar: ',' }, '1.5', INVALID],
    [{ decimalChar: ',' }, '1.234', INVALID],
    [{ decimalChar: ',', groupChar: '.' }, '1.234', 1234],
    [{ decimalChar: ',', groupChar: '.' }, '.5', INVALID],
    [{ decimalChar: ',', groupChar: ' ' }, '1 234,5', 1234.5],
    // a group separator stands between digits, and not after the decimal point
    [{ groupChar: ',' }, ',5', INVALID],
    [{ groupChar: ',' }, '1,,2', INVALID],
    [{ groupChar: ',' }, '5,', INVALID],
    [{ groupChar: ',' }, '1.234,5', INVALID],
    [{ groupChar: ',' }, '-1,000', -1000],
    // bareNumber: false strips surrounding text, yet the specials stay numbers
    [{ bareNumber: false }, '-INF', Number.NEGATIVE_INFINITY],
    [{ bareNumber: false }, 'NaN', Number.NaN],
    [{ bareNumber: false }, 'EUR 1.5 per kg', 1.5],
    [{ bareNumber: false, decimalChar: ',' }, '1,5 €', 1.5],
    [{ bareNumber: false }, 'n/a', INVALID],
    [{ bareNumber: true }, '95%', INVALID],
  ] as const)('number %j: %s', (options, text, value) => {
    expect(textCaster(field('number', options))(text)).toBe(value);
  });

  test('integer: groupChar between digits only; decimalChar plays no part', () => {
    expect(textCaster(field('integer', { groupChar: ',' }))('1,234')).toBe(1234);
    expect(textCaster(field('integer', { groupChar: ',' }))(',234')).toBe(INVALID);
    expect(textCaster(field('integer', { decimalChar: ',' }))('1,0')).toBe(INVALID);
    expect(textCaster(field('integer', { bareNumber: false }))('INF')).toBe(INVALID);
  });

  test('custom trueValues replace the default true spellings (and falseValues the false ones)', () => {
    const yes = textCaster(field('boolean', { trueValues: ['yes'] }));
    expect([yes('yes'), yes('true'), yes('1'), yes('false'), yes('0'), yes('no')]).toEqual([
      true,
      INVALID,
      INVALID,
      false,
      false,
      INVALID,
    ]);
    const yesNo = textCaster(field('boolean', { trueValues: ['yes'], falseValues: ['no'] }));
    expect([yesNo('no'), yesNo('false'), yesNo('Yes')]).toEqual([false, INVALID, INVALID]);
  });

  test('boolean with default and custom values', () => {
    expect(textCaster(field('boolean'))('TRUE')).toBe(true);
    expect(textCaster(field('boolean'))('0')).toBe(false);
    expect(textCaster(field('boolean'))('yes')).toBe(INVALID);
    expect(textCaster(field('boolean', { trueValues: ['yes'], falseValues: ['no'] }))('yes')).toBe(true);
  });

  test('temporal types', () => {
    expect(textCaster(field('datetime'))('2024-01-02T03:04:05Z')).toBe(Date.UTC(2024, 0, 2, 3, 4, 5));
    expect(textCaster(field('datetime'))('2024-01-02T03:04:05+01:00')).toBe(Date.UTC(2024, 0, 2, 2, 4, 5));
    expect(textCaster(field('datetime'))('2024-01-02 03:04:05')).toBe(INVALID);
    expect(textCaster(field('date', { format: '%d/%m/%Y' }))('29/02/2024')).toBe(Date.UTC(2024, 1, 29));
    expect(textCaster(field('date', { format: '%d/%m/%Y' }))('30/02/2024')).toBe(INVALID);
    expect(textCaster(field('time'))('23:59:60')).toBe((23 * 3600 + 59 * 60 + 60) * 1000);
    expect(textCaster(field('time'))('25:00:00')).toBe(INVALID);
    expect(textCaster(field('year'))('2024')).toBe(2024);
    expect(textCaster(field('yearmonth'))('2024-13')).toBe(INVALID);
    expect(textCaster(field('duration'))('P1DT2H')).toBe(26 * 3600 * 1000);
    expect(textCaster(field('duration'))('P')).toBe(INVALID);
    expect(textCaster(field('duration'))('PT')).toBe(INVALID);
  });

  test('string formats, JSON types, list, geopoint', () => {
    expect(textCaster(field('string', { format: 'email' }))('a@b.io')).toBe('a@b.io');
    expect(textCaster(field('string', { format: 'email' }))('nope')).toBe(INVALID);
    expect(textCaster(field('string', { format: 'uuid' }))('123e4567-e89b-12d3-a456-426614174000')).not.toBe(
      INVALID,
    );
    expect(textCaster(field('string', { format: 'uri' }))('https://x.org/a')).not.toBe(INVALID);
    expect(textCaster(field('string', { format: 'binary' }))('aGVsbG8=')).toBe('aGVsbG8=');
    expect(textCaster(field('object'))('{"a":1}')).toEqual({ a: 1 });
    expect(textCaster(field('object'))('[1]')).toBe(INVALID);
    expect(textCaster(field('array'))('[1,2]')).toEqual([1, 2]);
    expect(textCaster(field('list', { itemType: 'integer' }))('1,2,3')).toEqual([1, 2, 3]);
    expect(textCaster(field('list', { itemType: 'integer' }))('1,x')).toBe(INVALID);
    expect(textCaster(field('geopoint'))('10.5, -20')).toEqual([10.5, -20]);
    expect(textCaster(field('geopoint'))('200, 0')).toBe(INVALID);
    expect(textCaster(field('geopoint', { format: 'object' }))('{"lon":1,"lat":2}')).toEqual([1, 2]);
    expect(textCaster(field('geojson'))('{"type":"Point","coordinates":[1,2]}')).not.toBe(INVALID);
    expect(textCaster(field('any'))('whatever')).toBe('whatever');
  });
});
