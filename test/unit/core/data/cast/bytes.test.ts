import { describe, expect, test } from '@jest/globals';
import {
  dateFromBytes,
  datetimeFromBytes,
  INVALID,
  integerFromBytes,
  numberFromBytes,
} from '../../../../../src/core/data/cast/bytes.js';
import { castNumber } from '../../../../../src/core/data/cast/text.js';
import { growthRatio, LINEAR_RATIO } from '../../../../support/linear-time.js';

const bytes = (text: string) => Buffer.from(text);
const num = (text: string) => numberFromBytes(bytes(text), 0, Buffer.byteLength(text));
const int = (text: string) => integerFromBytes(bytes(text), 0, Buffer.byteLength(text));
const date = (text: string) => dateFromBytes(bytes(text), 0, Buffer.byteLength(text));
const datetime = (text: string) => datetimeFromBytes(bytes(text), 0, Buffer.byteLength(text));

/** Epoch ms of a proleptic Gregorian date, or INVALID when the day is not in that month (any year 0-9999). */
function reference(year: number, month: number, day: number): number | typeof INVALID {
  const at = new Date(0);
  at.setUTCFullYear(year, month - 1, day);
  const real = at.getUTCFullYear() === year && at.getUTCMonth() === month - 1 && at.getUTCDate() === day;
  return real ? at.getTime() : INVALID;
}

describe('typed parsing from bytes', () => {
  test('numbers: the same double as Number() for XSD decimals and doubles', () => {
    const cases = [
      '0',
      '-0',
      '1',
      '+1',
      '3.14',
      '-2.5e-3',
      '1E10',
      '.5',
      '5.',
      '123456789012345',
      '1234567890123456789',
      '0.1',
      '0.30000000000000004',
      '9007199254740993',
      '1e308',
      '1e-320',
      '00012.5000',
      '2.2250738585072014e-308',
    ];
    for (const text of cases) expect(num(text)).toBe(Number(text));
    let seed = 7;
    for (let i = 0; i < 1000; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const value = (seed / 2 ** 31 - 0.5) * 10 ** ((seed % 40) - 20);
      for (const text of [String(value), value.toFixed(seed % 10), value.toExponential(seed % 15)])
        expect(num(text)).toBe(Number(text));
    }
  });

  test('numbers: specials, and text that is not a number', () => {
    expect(num('NaN')).toBeNaN();
    expect(num('inf')).toBe(Number.POSITIVE_INFINITY);
    expect(num('-INF')).toBe(Number.NEGATIVE_INFINITY);
    for (const bad of ['', '-', '.', 'e5', '1e', '1.2.3', '1,5', ' 1', '1 ', '0x10', 'abc', 'Infinity'])
      expect(num(bad)).toBe(INVALID);
  });

  test('a pathological numeric cell is rejected in linear time (no regex backtracking)', () => {
    const make = (n: number) => `${'0'.repeat(n)}a`;
    expect(num(make(100_000))).toBe(INVALID);
    expect(castNumber(make(100_000))).toBe(INVALID);
    // 8x the length must cost about 8x the time, not 64x (the quadratic regex took 13.7 s at 100 KB).
    const parse = (buf: Buffer) => numberFromBytes(buf, 0, buf.length);
    expect(growthRatio((n) => bytes(make(n)), parse, 4000)).toBeLessThan(LINEAR_RATIO);
    expect(growthRatio(make, (text) => castNumber(text), 4000)).toBeLessThan(LINEAR_RATIO);
  });

  test('integers, including beyond 2^53 by text', () => {
    expect(int('42')).toBe(42);
    expect(int('-7')).toBe(-7);
    expect(int('12345678901234567890')).toBe(Number('12345678901234567890'));
    for (const bad of ['', '+', '1.0', '1e3', '12a', ' 1']) expect(int(bad)).toBe(INVALID);
  });

  test('dates: calendar-checked YYYY-MM-DD as epoch ms', () => {
    expect(date('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    for (const bad of ['2023-02-29', '2024-13-01', '2024-00-10', '2024-1-01', '2024/01/01', '20240101'])
      expect(date(bad)).toBe(INVALID);
  });

  // dateAt reads most years from a table of month starts and the rest by arithmetic: both must give the
  // calendar's answer, at the table's edges (1900, 2199) too, and refuse a non-digit in any position.
  test('dates and datetimes: the calendar of Date for years 0-9999, every month and day number', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const years = [0, 1, 4, 99, 100, 400, 1600, 1700, 1899, 1900, 1901, 1969, 1970, 1999, 2000, 2024];
    years.push(2100, 2198, 2199, 2200, 2201, 2400, 9999);
    let valid = 0;
    for (const year of years)
      for (let month = 0; month <= 13; month++)
        for (let day = 0; day <= 32; day++) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          const want = month >= 1 && month <= 12 ? reference(year, month, day) : INVALID;
          if (want !== INVALID) valid++;
          expect([text, date(text)]).toEqual([text, want]);
          const time = want === INVALID ? INVALID : want + ((13 * 60 + 7) * 60 + 9) * 1000;
          expect([text, datetime(`${text}T13:07:09Z`)]).toEqual([text, time]);
        }
    expect(valid).toBe(years.length * 365 + years.filter((y) => reference(y, 2, 29) !== INVALID).length);
    for (let at = 0; at < 10; at++)
      for (const bad of ['/', ':', ' ', 'a', 'e']) {
        for (const valid of ['2024-06-15', '1969-12-31']) {
          // 1969-12-31 is day -1, the value dateAt fails with: its own check must refuse these too.
          const text = valid.slice(0, at) + bad + valid.slice(at + 1);
          expect([text, date(text), datetime(`${text}T00:00:00Z`)]).toEqual([text, INVALID, INVALID]);
        }
      }
  });
});
