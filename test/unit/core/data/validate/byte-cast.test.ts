import { describe, expect, test } from '@jest/globals';
import { loadTableSchema } from '../../../../../src/core/data/table-schema/load-schema.js';
import { FieldChecker } from '../../../../../src/core/data/validate/field-checker.js';

// The byte-level fast paths (integer, number, date, datetime and boolean parsed straight from a cell's
// UTF-8 bytes: CSV cells, Parquet plain strings) against the string cast every other reader uses
// (checkText) and the path Parquet dictionary values and JSONL strings take (checkNative on a string):
// the same status, value, exact key value and failing constraint for every text, the hard cases included.

const schema = loadTableSchema({
  file: 's.yaml',
  value: {
    fields: [
      { name: 'i', type: 'integer' },
      { name: 'ib', type: 'integer', constraints: { minimum: 0, maximum: 1000, required: true } },
      { name: 'ie', type: 'integer', constraints: { enum: [0, 1, 7, '12'] } },
      { name: 'n', type: 'number' },
      { name: 'nb', type: 'number', constraints: { minimum: -1.5, exclusiveMaximum: 1e6 } },
      { name: 'd', type: 'date' },
      { name: 'db', type: 'date', constraints: { minimum: '2000-01-01', maximum: '2030-12-31' } },
      { name: 't', type: 'datetime' },
      { name: 'tb', type: 'datetime', constraints: { maximum: '2020-06-01T00:00:00Z' } },
      { name: 'b', type: 'boolean' },
    ],
    missingValues: ['', 'NA'],
  },
  where: () => ({ file: 's.yaml' }),
});

const options = { missingValues: schema.missingValues, compileJsonSchema: () => () => true };

const EDGES = [
  // integers
  '0',
  '-0',
  '+0',
  '00',
  '007',
  '-007',
  '+5',
  '12',
  ' 12',
  '12 ',
  '\t12',
  '1_000',
  '1,000',
  '1e3',
  '1E3',
  '0x10',
  '0b1',
  '0o7',
  '1.0',
  '1.',
  '.5',
  '-',
  '+',
  '--1',
  '+-1',
  '1-',
  '12a',
  'a12',
  '١٢',
  '１２',
  '9007199254740991',
  '9007199254740992',
  '9007199254740993',
  '-9007199254740993',
  '+09007199254740993',
  '18446744073709551616',
  '123456789012345678901234567890',
  '-123456789012345678901234567890',
  '000000000000000000000000000001',
  '99999999999999999999999999999999999999999999999999999999999999',
  // numbers
  '0.1',
  '-1.5',
  '-1.50',
  '-1.500001',
  '1e-3',
  '1.5e3',
  '1.5E+3',
  '1e',
  'e1',
  '1e+',
  '1.e3',
  '.e3',
  '1..2',
  '2e308',
  '-2e308',
  '1e-400',
  '4.9e-324',
  '0.30000000000000004',
  '123.45678901234567890123',
  '999999.99999999999',
  '1000000',
  '999999',
  'NaN',
  'nan',
  'NAN',
  'INF',
  '-INF',
  '+INF',
  'inf',
  'Inf',
  'Infinity',
  '-Infinity',
  '1e1000',
  '0e0',
  '00.5',
  '+.5',
  '-.5',
  '5.',
  '1 000',
  'NA',
  '',
  // dates
  '2020-01-01',
  '2020-02-29',
  '2021-02-29',
  '2100-02-29',
  '2000-02-29',
  '2020-04-31',
  '2020-13-01',
  '2020-00-10',
  '2020-01-00',
  '0000-01-01',
  '0001-01-01',
  '9999-12-31',
  '1969-12-31',
  '1970-01-01',
  '1999-12-31',
  '2030-12-31',
  '2031-01-01',
  '2020-1-1',
  ' 2020-01-01',
  '2020-01-01 ',
  '+2020-01-01',
  '-0001-01-01',
  '10000-01-01',
  '2020/01/01',
  '20200101',
  '2020-01-01Z',
  // datetimes
  '2020-01-01T00:00:00Z',
  '2020-01-01T00:00:00',
  '2020-01-01T23:59:59.999Z',
  '2020-01-01T00:00:00.5Z',
  '2020-01-01T00:00:00.0005Z',
  '2020-01-01T00:00:00.9995Z',
  '2020-01-01T00:00:00.123456789Z',
  '2020-01-01T24:00:00Z',
  '2020-01-01T00:60:00Z',
  '2020-01-01T00:00:60Z',
  '2020-01-01T00:00:00+01:00',
  '2020-01-01T00:00:00-01:30',
  '2020-01-01T00:00:00+0100',
  '2020-01-01T00:00:00+24:00',
  '2020-01-01T00:00:00+01:60',
  '2020-01-01 00:00:00',
  '2020-01-01T00:00:00.Z',
  '2020-01-01T00:00Z',
  '2020-01-01t00:00:00z',
  '1969-12-31T23:59:59Z',
  '1969-12-31T23:59:59.999Z',
  '2020-06-01T00:00:00Z',
  '2020-06-01T00:00:00.001Z',
  '2020-06-01T01:00:00+01:00',
  '2020-02-30T00:00:00Z',
  '2020-01-01T1:00:00Z',
  // booleans
  'true',
  'True',
  'TRUE',
  'tRue',
  'false',
  'False',
  'FALSE',
  '1',
  'yes',
  'no',
  'false ',
  't',
  'f',
];

function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

/** Texts near the formats: digits of every length, signs, fractions, exponents, calendar edges, noise. */
function generated(count: number): string[] {
  const random = rng(20261202);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const digits = (n: number) => Array.from({ length: n }, () => int(10)).join('');
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let text: string;
    switch (int(6)) {
      case 0:
        text = pick(['', '', '-', '+']) + digits(1 + int(pick([4, 16, 25])));
        break;
      case 1:
        text = `${pick(['', '-', '+'])}${digits(int(8))}${pick(['.', ''])}${digits(int(20))}${pick(['', `e${pick(['', '-', '+'])}${digits(1 + int(3))}`, 'E2'])}`;
        break;
      case 2:
        text = `${pad(int(10_000), 4)}-${pad(int(14), 2)}-${pad(int(33), 2)}`;
        break;
      case 3:
        text = `${pad(1960 + int(80), 4)}-${pad(1 + int(12), 2)}-${pad(1 + int(31), 2)}T${pad(int(26), 2)}:${pad(int(61), 2)}:${pad(int(61), 2)}${pick(['', `.${digits(1 + int(9))}`])}${pick(['Z', '', '+01:00', '-05:30', '+14:00'])}`;
        break;
      case 4:
        text = String(pick([random() * 2e6 - 1e6, random() * 10 ** int(30), -random(), random() * 1e-5]));
        break;
      default:
        text = pick(EDGES);
    }
    // Now and then noise: a byte dropped, a byte changed, a space at either end.
    if (random() < 0.15 && text.length > 1) {
      const at = int(text.length);
      text =
        random() < 0.5
          ? text.slice(0, at) + text.slice(at + 1)
          : text.slice(0, at) + pick(['0', '9', '-', '.', 'e', ' ', 'x', ':']) + text.slice(at + 1);
    }
    if (random() < 0.03) text = random() < 0.5 ? ` ${text}` : `${text} `;
    out.push(text);
  }
  return out;
}

type Outcome = [status: number, value: string, key: string, failed: string, note: string];

function outcome(checker: FieldChecker, status: number): Outcome {
  const show = (v: unknown) =>
    v instanceof Date ? `Date ${v.getTime()}` : `${typeof v} ${Object.is(v, -0) ? '-0' : String(v)}`;
  const failed = status === 2 || status === 3 ? checker.failed : '';
  const note = checker.note;
  checker.note = '';
  return [status, show(checker.value), show(checker.keyValue), failed, note];
}

describe('byte fast paths against the string cast', () => {
  const encoder = new TextEncoder();
  // Timestamps in time order (the date part repeats, then changes at midnight), valid and invalid days.
  const series = ['2020-02-28', '2020-02-29', '2020-02-30', '2021-02-29', '2021-03-01', '1969-12-31'].flatMap(
    (day) => ['23:59:58', '23:59:59', '24:00:00', '00:00:00'].map((time) => `${day}T${time}Z`),
  );
  const texts = [...new Set([...EDGES, ...series, ...generated(20_000)])];

  test.each(schema.fields.map((field, i) => [field.name, field.type, i] as const))(
    'field %s (%s): the same outcome for every text',
    (_name, _type, i) => {
      const field = schema.fields[i]!;
      const bytes = new FieldChecker(field, options);
      const text = new FieldChecker(field, options);
      const native = new FieldChecker(field, options);
      // A cell inside a larger buffer, as a CSV chunk or a Parquet page holds it.
      const buffer = new Uint8Array(4096);
      const differ: string[] = [];
      const statuses = new Set<number>();
      for (const value of texts) {
        const encoded = encoder.encode(value);
        const at = 7 + (encoded.length % 5);
        buffer.fill(0x31, 0, at + encoded.length + 8); // neighbours that would change a number if read
        buffer.set(encoded, at);
        const a = outcome(bytes, bytes.checkBytes(buffer, at, at + encoded.length));
        const b = outcome(text, text.checkText(value));
        const c = outcome(native, native.checkNative(value));
        statuses.add(b[0]);
        if (JSON.stringify(a) !== JSON.stringify(b) || JSON.stringify(c) !== JSON.stringify(b))
          differ.push(
            `${JSON.stringify(value)}: bytes ${JSON.stringify(a)} text ${JSON.stringify(b)} native ${JSON.stringify(c)}`,
          );
      }
      expect(differ.slice(0, 20)).toEqual([]);
      // Not vacuous: passing, missing and failing texts for every field.
      expect(statuses.has(0)).toBe(true);
      expect(statuses.size).toBeGreaterThanOrEqual(3);
    },
  );
});

describe('years 0-99 are those years, not 1900-1999 (Date.UTC reads them so)', () => {
  test.each([
    ['0001-01-01', '0001-01-01T00:00:00Z', -62135596800000],
    ['0099-12-31', '0099-12-31T00:00:00Z', -59011545600000],
    ['0000-03-01', '0000-03-01T00:00:00Z', -62162035200000],
  ])('%s', (date, datetime, ms) => {
    const [d, t] = schema.fields.filter((f) => f.name === 'd' || f.name === 't');
    const dates = new FieldChecker(d!, options);
    const datetimes = new FieldChecker(t!, options);
    expect([dates.checkText(date), dates.value]).toEqual([0, ms]);
    expect([datetimes.checkText(datetime), datetimes.value]).toEqual([0, ms]);
    // The day the ISO text names (the expected numbers are not taken on trust).
    expect(new Date(ms).toISOString().slice(0, 10)).toBe(date);
  });
});
