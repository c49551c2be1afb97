import { describe, expect, test } from '@jest/globals';
import { JsonRecordScanner, VALUE } from '../../../../../src/core/data/jsonl/record-scanner.js';
import { loadTableSchema } from '../../../../../src/core/data/table-schema/load-schema.js';
import { parseSourceDoc } from '../../../../../src/core/data/table-schema/source-doc.js';
import { CELL, FieldChecker } from '../../../../../src/core/data/validate/field-checker.js';
import { seededRandom } from '../../../../support/seeded-random.js';

// The checks the scanner settles in WebAssembly (src/core/data/wasm/assembly/value-checks.ts) against
// FieldChecker, which gives the verdicts everywhere else: a value the scan marks checked must be one the
// JSON.parse path passes (soundness, fuzzed), and the shapes the scan claims must be marked (else it saves
// nothing).

const encoder = new TextEncoder();

/** A field of a schema, with the schema's missing values, and its checker. */
function checkerOf(field: Record<string, unknown>, missingValues?: string[]) {
  const schema = loadTableSchema(
    parseSourceDoc('s.json', JSON.stringify({ fields: [{ name: 'f', ...field }], missingValues })),
  );
  const checker = new FieldChecker(schema.fields[0]!, {
    missingValues: schema.missingValues,
    compileJsonSchema: () => () => true,
  });
  const check = checker.scanCheck();
  const blanks = schema.missingValues.map((value) => encoder.encode(value));
  return { checker, scanner: new JsonRecordScanner(['f', 'g'], blanks, [check, undefined]) };
}

type Checked = ReturnType<typeof checkerOf>;

/** Whether the scan marks the value (JSON text) of `f` checked. */
function marks({ scanner }: Checked, json: string): boolean {
  const record = Buffer.from(`{"f": ${json}, "g": 1}`);
  expect(scanner.scanLine(record, 0, record.length, true)).toBe(record.length);
  return scanner.kinds[0] === VALUE.checked;
}

/** The verdict of the JSON.parse path on the value (JSON text). */
function passes({ checker }: Checked, json: string): boolean {
  return checker.checkNative(JSON.parse(json), true) === CELL.ok;
}

/** Every value marked checked passes; returns the values marked. */
function sound(field: Checked, values: readonly string[]): string[] {
  const marked = values.filter((json) => marks(field, json));
  const wrong = marked.filter((json) => !passes(field, json));
  expect(wrong).toEqual([]);
  return marked;
}

const str = (text: string) => JSON.stringify(text);

describe('scan checks: the values the WebAssembly passes, FieldChecker passes', () => {
  test('integers: signs, 1-15 digits, bounds inclusive and exclusive, numeric members', () => {
    const field = checkerOf({ type: 'integer', constraints: { minimum: -5, maximum: 100 } });
    const ok = ['0', '-5', '100', '+7', '-0', '007', '42'].map(str);
    expect(sound(field, ok)).toEqual(ok);
    for (const json of ['101', '-6', '1.0', '1e2', '', ' 1', '1 ', '+', '-', '0x1', '١'].map(str))
      expect([json, marks(field, json)]).toEqual([json, false]);
    // JSON numbers: safe integers within bounds only.
    expect(sound(field, ['0', '-5', '100', '1.0', '1e1', '-0'])).toEqual([
      '0',
      '-5',
      '100',
      '1.0',
      '1e1',
      '-0',
    ]);
    for (const json of ['101', '-6', '1.5', '1e400', '9007199254740993', 'true'])
      expect([json, marks(field, json)]).toEqual([json, false]);
    const exclusive = checkerOf({
      type: 'integer',
      constraints: { exclusiveMinimum: 0, exclusiveMaximum: 10 },
    });
    expect(sound(exclusive, ['1', '9', str('1'), str('9')])).toHaveLength(4);
    expect(sound(exclusive, ['0', '10', str('0'), str('10')])).toEqual([]);
    const members = checkerOf({ type: 'integer', constraints: { enum: [0, 1, '7'] } });
    expect(sound(members, ['0', '1', '7', str('1'), str('7'), str('-0')])).toHaveLength(6);
    expect(sound(members, ['2', str('2'), str('10')])).toEqual([]);
    // 16 digits and more are left to the text caster (exact big integers), not read as doubles here.
    const plain = checkerOf({ type: 'integer' });
    expect(sound(plain, [str('123456789012345'), str('1234567890123456')])).toEqual([str('123456789012345')]);
  });

  test('numbers: decimals, exponents within ±22 powers of ten, bounds', () => {
    const field = checkerOf({ type: 'number', constraints: { minimum: 0, maximum: 1 } });
    const ok = [
      '0',
      '1',
      '0.5',
      '.5',
      '1.',
      '+0.25',
      '5e-1',
      '1E0',
      '0.0001',
      '100e-2',
      '0.99999999999999',
    ].map(str);
    expect(sound(field, ok)).toEqual(ok);
    for (const json of [
      '1.0000000000000001',
      '1.5',
      '-0.1',
      'NaN',
      'INF',
      '.',
      'e1',
      '1e',
      '1e-1000',
      '0.5 ',
    ])
      expect([json, marks(field, str(json))]).toEqual([json, false]);
    expect(sound(field, ['0.5', '1', '0', '1e-1'])).toHaveLength(4);
    expect(sound(field, ['1.5', '-0.5'])).toEqual([]);
  });

  test('dates: calendar rules (leap years, month lengths, year 0000), bounds', () => {
    const field = checkerOf({ type: 'date' });
    const ok = [
      '2024-02-29',
      '2000-02-29',
      '1970-01-01',
      '1969-12-31',
      '0000-01-01',
      '9999-12-31',
      '1600-02-29',
    ];
    expect(sound(field, ok.map(str))).toEqual(ok.map(str));
    for (const date of [
      '1900-02-29',
      '2100-02-29',
      '2023-02-29',
      '2024-04-31',
      '2024-13-01',
      '2024-00-10',
      '2024-01-00',
      '2024-1-01',
      '2024/01/01',
      '20240101',
      '2024-01-01 ',
    ])
      expect([date, marks(field, str(date))]).toEqual([date, false]);
    const bounded = checkerOf({
      type: 'date',
      constraints: { minimum: '2024-01-01', maximum: '2024-12-31' },
    });
    expect(sound(bounded, ['2024-01-01', '2024-12-31'].map(str))).toHaveLength(2);
    expect(sound(bounded, ['2023-12-31', '2025-01-01'].map(str))).toEqual([]);
  });

  test('dates in a row of the same month (the month the scan remembers): each on its own merits', () => {
    const field = checkerOf({ type: 'date' });
    const datetime = checkerOf({ type: 'datetime' });
    // After a valid day, a day past the month's end; after an invalid month, the same month again;
    // after a leap February, a common one; a datetime's date then a date of the same month.
    const rows: [string, boolean][] = [
      ['2024-02-28', true],
      ['2024-02-29', true],
      ['2024-02-30', false],
      ['2024-02-00', false],
      ['2024-02-1x', false],
      ['2024-13-01', false],
      ['2024-13-01', false],
      ['2023-02-28', true],
      ['2023-02-29', false],
      ['2024-04-30', true],
      ['2024-04-31', false],
      ['2024-04-01', true],
    ];
    for (const [date, ok] of rows) {
      expect([date, marks(field, str(date))]).toEqual([date, ok]);
      expect([date, marks(datetime, str(`${date}T10:00:00Z`))]).toEqual([date, ok]);
    }
    expect(
      sound(
        field,
        rows.map(([date]) => str(date)),
      ),
    ).toHaveLength(5);
  });

  test('datetimes: Z, offsets, 1-3 fraction digits, no zone', () => {
    const field = checkerOf({ type: 'datetime', constraints: { minimum: '2024-01-01T00:00:00Z' } });
    const ok = [
      '2024-01-01T00:00:00Z',
      '2024-06-30T23:59:59',
      '2024-01-01T01:30:00+01:30',
      '2024-01-01T00:00:00.5Z',
      '2024-01-01T00:00:00.123-00:00',
      '2024-02-29T12:00:00.12+00:00',
    ];
    expect(sound(field, ok.map(str))).toEqual(ok.map(str));
    for (const value of [
      '2023-12-31T23:59:59Z',
      '2024-01-01T00:00:00+00:01',
      '2024-01-01T24:00:00Z',
      '2024-01-01T00:60:00Z',
      '2024-01-01T00:00:60Z',
      '2024-01-01 00:00:00Z',
      '2024-01-01t00:00:00Z',
      '2024-01-01T00:00:00.Z',
      '2024-01-01T00:00:00+0100',
      '2024-01-01T00:00:00.1234Z',
    ])
      expect([value, marks(field, str(value))]).toEqual([value, false]);
  });

  test('booleans: the default forms as strings, and JSON true/false; not with a constraint', () => {
    const field = checkerOf({ type: 'boolean' });
    const ok = ['true', 'True', 'TRUE', '1', 'false', 'False', 'FALSE', '0'].map(str);
    expect(sound(field, [...ok, 'true', 'false'])).toEqual([...ok, 'true', 'false']);
    for (const json of ['yes', 'tRUE', 'FALSe', '2', 't'].map(str)) expect(marks(field, json)).toBe(false);
    expect(marks(checkerOf({ type: 'boolean', constraints: { enum: [true] } }), 'true')).toBe(false);
    expect(marks(checkerOf({ type: 'boolean', trueValues: ['yes'] }), str('yes'))).toBe(false);
  });

  test('enums: members of any length (compared 8 bytes first), UTF-8, near misses', () => {
    const members = ['a', 'cat_a', 'exactly8', 'longer than eight', 'é', 'longer than eighT'];
    const field = checkerOf({ type: 'string', constraints: { enum: members } });
    expect(sound(field, members.map(str))).toEqual(members.map(str));
    for (const json of [
      'b',
      'cat_',
      'cat_ab',
      'exactly9',
      'longer than eightt',
      'longer than eigh',
      'e',
      'A',
    ].map(str))
      expect([json, marks(field, json)]).toEqual([json, false]);
    // Escaped members are left to FieldChecker (it unescapes them).
    expect(marks(field, String.raw`"\u00e9"`)).toBe(false);
    // A long member list is left to the intern table.
    const many = Array.from({ length: 100 }, (_, i) => `m${i}`);
    const wide = checkerOf({ type: 'string', constraints: { enum: many } });
    expect(wide.checker.scanCheck()).toBeUndefined();
    expect(marks(wide, str('m5'))).toBe(false);
  });

  test('strings: lengths by bytes, escaped strings by their written length', () => {
    const field = checkerOf({ type: 'string', constraints: { maxLength: 5 } });
    expect(sound(field, ['abc', 'abcde', 'ééé'].map(str))).toHaveLength(2); // ééé is 6 bytes: left
    expect(passes(field, str('ééé'))).toBe(true);
    expect(sound(field, [str('abcdef'), String.raw`"a\"b"`, String.raw`"\u00e9\u00e9"`])).toEqual([
      String.raw`"a\"b"`,
    ]);
    expect(passes(field, String.raw`"\u00e9\u00e9"`)).toBe(true); // 12 bytes written: left, and passes
    const min = checkerOf({ type: 'string', constraints: { minLength: 2, maxLength: 20 } });
    expect(sound(min, [str('abcdefgh'), str('ab'), String.raw`"a\"bcdefgh"`])).toEqual([str('abcdefgh')]);
    const opaque = checkerOf({ type: 'string' });
    expect(
      sound(opaque, [str('x'), String.raw`"\ud800"`, String.raw`"a\nb"`, str('x'.repeat(1000))]),
    ).toHaveLength(4);
  });

  test('missing values are never marked: the schema list, a field list, the empty string', () => {
    const field = checkerOf({ type: 'integer', constraints: { required: true } }, ['', 'NA', '-1']);
    expect(sound(field, [str('1'), str('NA'), str('-1'), str(''), 'null'])).toEqual([str('1')]);
    expect(field.checker.checkNative('-1', true)).toBe(CELL.constraintError); // missing and required
    const own = checkerOf({ type: 'string', missingValues: ['n/a'] }, ['', 'NA']);
    expect(sound(own, [str('NA'), str('n/a'), str('x')])).toEqual([str('NA'), str('x')]);
    // An escaped string could unescape to a missing value: left whenever any is declared.
    const escaped = checkerOf({ type: 'string' }, ['', 'NA']);
    expect(marks(escaped, String.raw`"N\u0041"`)).toBe(false);
    expect(marks(escaped, String.raw`"a\"b"`)).toBe(false);
  });

  test('fuzz: mutated values of every type, against the JSON.parse path', () => {
    const random = seededRandom(16);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const fields = [
      checkerOf({ type: 'integer', constraints: { minimum: -50, maximum: 5000 } }, ['', 'NA']),
      checkerOf({ type: 'number', constraints: { exclusiveMinimum: -1, maximum: 1e6 } }),
      checkerOf({ type: 'date', constraints: { maximum: '2030-01-01' } }),
      checkerOf({ type: 'datetime' }),
      checkerOf({ type: 'boolean' }),
      checkerOf({ type: 'string', constraints: { enum: ['cat_a', 'cat_b', 'a much longer member'] } }),
      checkerOf({ type: 'string', constraints: { minLength: 1, maxLength: 12 } }, ['', 'N/A']),
    ];
    const seeds = [
      '0',
      '-50',
      '5000',
      '123',
      '-0.5',
      '1e6',
      '999999.999',
      '1969-12-31',
      '2024-02-29',
      '1900-02-28',
      '2029-12-31T23:59:59.999+14:00',
      '2000-01-01T00:00:00Z',
      'True',
      'FALSE',
      '1',
      'cat_a',
      'a much longer member',
      'héllo wörld',
      'NA',
      'N/A',
      '0000-01-01',
      '9999-12-31T00:00:00-12:00',
    ];
    const alphabet = '0123456789+-.eETZ:  aé/"\\';
    const mutate = (text: string): string => {
      const chars = [...text];
      const at = Math.floor(random() * (chars.length + 1));
      const op = random();
      if (op < 0.35) chars.splice(at, 1, pick([...alphabet]));
      else if (op < 0.6) chars.splice(at, 0, pick([...alphabet]));
      else if (op < 0.8) chars.splice(at, 1);
      else if (chars.length > 0)
        chars[at % chars.length] = String.fromCharCode(
          chars[at % chars.length]!.charCodeAt(0) + (random() < 0.5 ? 1 : -1),
        );
      return chars.join('');
    };
    let marked = 0;
    let total = 0;
    for (let round = 0; round < 4000; round++) {
      let text = pick(seeds);
      for (let m = Math.floor(random() * 3); m > 0; m--) text = mutate(text);
      const json = random() < 0.85 ? JSON.stringify(text) : /^-?\d/.test(text) ? text : JSON.stringify(text);
      try {
        JSON.parse(json);
      } catch {
        continue;
      }
      for (const field of fields) {
        total++;
        marked += sound(field, [json]).length;
      }
    }
    // The fuzz reaches both sides: many values are marked, many are left.
    expect(marked).toBeGreaterThan(total / 20);
    expect(marked).toBeLessThan(total / 2);
  });
});

describe('scan checks: the tables in the scanner memory', () => {
  test('scanners of the same names and missing values with other checks get tables of their own', () => {
    const five = checkerOf({ type: 'integer', constraints: { maximum: 5 } });
    const ten = checkerOf({ type: 'integer', constraints: { maximum: 10 } });
    expect(marks(five, '7')).toBe(false);
    expect(marks(ten, '7')).toBe(true);
    expect(marks(five, '7')).toBe(false);
  });

  test('tables laid out over records loaded before read as written (a field without checks marks nothing)', () => {
    // Records loaded for one set of tables fill the memory the next tables take: those must not see them.
    // Bytes of 1 there would read as an integer check with a missing values table far out of memory.
    const before = new JsonRecordScanner(['x'], [], []);
    const ones = new Uint8Array(200_000).fill(1);
    expect(before.scanLine(ones, 0, ones.length, true)).toBe(-1);
    const field = checkerOf({ type: 'string', constraints: { maxLength: 3 } }, ['', 'yyyy']);
    expect(marks(field, str('abc'))).toBe(true);
    const record = Buffer.from('{"f": "abcd", "g": "yyyy"}');
    expect(field.scanner.scanLine(record, 0, record.length, true)).toBe(record.length);
    expect([...field.scanner.kinds]).toEqual([VALUE.string, VALUE.string]);
  });
});
