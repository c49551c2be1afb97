import { describe, expect, test } from '@jest/globals';
import { ChunkedInput } from '../../../../../src/core/data/csv/chunked.js';
import { JsonlTable } from '../../../../../src/core/data/jsonl/jsonl-table.js';
import { loadTableSchema } from '../../../../../src/core/data/table-schema/load-schema.js';
import { parseSourceDoc } from '../../../../../src/core/data/table-schema/source-doc.js';
import { compileTable } from '../../../../../src/core/data/validate/compile-table.js';
import { ErrorCollector } from '../../../../../src/core/data/validate/error-collector.js';
import { TableState } from '../../../../../src/core/data/validate/table-state.js';
import { createProfiler } from '../../../../../src/core/data/profile/profiler.js';
import { seededRandom } from '../../../../support/seeded-random.js';

const FIELDS = [
  { name: 'id', type: 'integer', constraints: { required: true } },
  { name: 'name', type: 'string', constraints: { maxLength: 8 } },
  { name: 'score', type: 'number', constraints: { minimum: 0, maximum: 1 } },
  { name: 'kind', type: 'string', constraints: { enum: ['a', 'b', 'é"'] } },
  { name: 'day', type: 'date' },
  { name: 'flag', type: 'boolean' },
  { name: 'meta', type: 'object' },
  { name: 'list', type: 'array' },
  { name: 'code', type: 'string', constraints: { pattern: '[A-Z]+' } },
];

interface Options {
  readonly parseAll?: boolean;
  readonly chunk?: number;
  readonly schema?: Record<string, unknown>;
  readonly profile?: boolean;
}

/** Everything a pass reports: errors (counts and samples), per-field counts, label counts, profile. */
function validate(text: string | Buffer, options: Options = {}) {
  const schema = loadTableSchema(
    parseSourceDoc('s.json', JSON.stringify({ fields: FIELDS, ...options.schema })),
  );
  const errors = new ErrorCollector(1000);
  const compiled = compileTable(schema, {
    compileJsonSchema: () => () => true,
    profiling: options.profile === true,
    duplicateRows: false,
    labelField: 'kind',
  });
  const profiler = options.profile ? createProfiler(schema.fields, {}) : undefined;
  const state = new TableState({ schema, file: 'd.jsonl', errors, ...compiled, profiler });
  const table = new JsonlTable(state, 'd.jsonl', errors, undefined, undefined, {
    parseAll: options.parseAll,
  });
  const input = new ChunkedInput(table);
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  const chunk = options.chunk ?? bytes.length;
  let thrown: unknown;
  try {
    for (let at = 0; at < bytes.length; at += chunk) input.write(bytes.subarray(at, at + chunk));
    input.end();
  } catch (error) {
    thrown = String(error);
  }
  return {
    thrown,
    rows: table.rows,
    checked: state.rows,
    errors: errors.serialize(),
    nulls: [...state.nulls],
    typeErrors: [...state.typeErrors],
    constraintErrors: [...state.constraintErrors],
    labels: [...state.labelCounts],
    profile: JSON.stringify(profiler?.result()),
  };
}

/** The scanner path and the JSON.parse path agree on `text`, whatever the chunking. */
function agree(text: string | Buffer, options: Options = {}) {
  const parsed = validate(text, { ...options, parseAll: true });
  for (const chunk of [undefined, 7, 64]) expect(validate(text, { ...options, chunk })).toEqual(parsed);
  return parsed;
}

const LINES = [
  '{"id": 1, "name": "ann", "score": 0.5, "kind": "a", "day": "2024-01-02", "flag": true}',
  // Escapes in a needed string, and in one the enum must decode to match.
  String.raw`{"id": 2, "name": "a\"b\\c", "kind": "\u00e9\"", "code": "\u0041\u0042"}`,
  String.raw`{"id": 3, "name": "\ud83d\ude00\ud83d", "kind": "b\\"}`,
  // Numbers: exponent form, -0, beyond 2^53, beyond a double, integers written as decimals.
  '{"id": 1e2, "score": 5E-1, "kind": "a"}',
  '{"id": -0, "score": -0.0, "kind": "a"}',
  '{"id": 9007199254740993, "score": 1e400, "kind": "a"}',
  '{"id": 1.0, "score": 1.5, "kind": "a"}',
  '{"id": 12345678901234567890, "score": 0.1000000000000000055511151231257827, "kind": "a"}',
  '{"id": 1e0000002, "score": 123456789012345678e-18, "kind": "a"}',
  // Strings for typed fields are cast, as a CSV cell is; types that do not fit.
  '{"id": "17", "score": "0.25", "day": "2024-02-30", "flag": "yes", "kind": "a"}',
  '{"id": true, "score": "NaN", "day": 20240101, "flag": 1, "kind": ["a"]}',
  // Numbers as strings: signs, leading zeros, exponents, 16 digits, spaces, specials.
  '{"id": "-0", "score": "+.5", "kind": "a"}',
  '{"id": "+12", "score": "1e-3", "kind": "a"}',
  '{"id": "00042", "score": "1.5", "kind": "a"}',
  '{"id": "1234567890123456", "score": "9.9e22", "kind": "a"}',
  '{"id": "4 ", "score": " 0.5", "kind": "a"}',
  '{"id": "1.0", "score": "5.", "kind": "a"}',
  '{"id": "", "score": "INF", "kind": "a"}',
  '{"id": "-", "score": "1e1234567", "kind": "a"}',
  // Nested values: for fields that take them, for fields that do not, and for keys nobody reads.
  '{"id": 4, "meta": {"a": [1, {"b": null}]}, "list": [1, "x", [], {}], "kind": "a", "other": {"id": 99}}',
  '{"id": 5, "meta": [1], "list": {"a": 1}, "kind": "a"}',
  '{"id": {"x": 1}, "name": ["a"], "kind": "a"}',
  // Null, missing keys, blank records (all missing), a record with only other keys.
  '{"id": null, "name": null, "kind": "a"}',
  '{"name": "x", "kind": "c"}',
  '{"id": null, "name": "", "score": null}',
  '{}',
  '{"other": null, "more": ""}',
  '{"other": 1}',
  '{"id": null, "other": "x", "other": null}',
  '{"id": null, "other": null, "other": "x"}',
  String.raw`{"id": null, "other": "\u0000"}`,
  String.raw`{"name": "\u0000", "other": ""}`,
  // Repeated keys: JSON.parse keeps the last.
  '{"id": 6, "kind": "zz", "kind": "a"}',
  '{"id": 7, "kind": "a", "kind": "zz"}',
  // A key name inside a value, prefixes of names, escaped keys.
  '{"name": "\\"id\\": 1", "kind": "a"}',
  '{"idx": 8, "i": "x", "id": 8, "nam": 1, "kind": "a"}',
  String.raw`{"\u0069d": 9, "kind": "a"}`,
  String.raw`{"i\"d": 10, "id": 10, "kind": "a"}`,
  // Whitespace variants.
  '\t{ "id"\t: 11 ,"kind":"a" , "flag" :false}  ',
  '{"id":12,"kind":"a","flag":null}',
  // Not records, and not JSON.
  '[1, 2]',
  '"text"',
  '42',
  'null',
  '{"id": 13, "kind": "a"',
  '{"id": 14, "kind": "a",}',
  '{"id": NaN}',
  "{'id': 15}",
  '{"id": 16} {"id": 17}',
  '{"id": 01}',
  '{"name": "tab\there"}',
  // Long values: a string past the 256-byte fast path, a long line.
  `{"id": 18, "name": "${'x'.repeat(300)}", "kind": "a", "code": "${'A'.repeat(400)}"}`,
  `{"id": 19, "name": "${'é'.repeat(200)}", "kind": "a", "note": "${'y'.repeat(100_000)}"}`,
  `{"id": 20, "name": "${'€'.repeat(100)}", "kind": "a"}`,
];

describe('JsonlTable: the byte-level scanner gives the verdicts of JSON.parse', () => {
  test('every kind of record: the same errors, rows, lines, counts and labels', () => {
    const outcome = agree(`${LINES.join('\n')}\n`);
    // The comparison is not vacuous: these lines do produce each kind of finding.
    const types = outcome.errors.counts.map(([type]) => type);
    for (const type of ['type-error', 'constraint-error', 'blank-row', 'format-error'])
      expect(types).toContain(type);
    expect(outcome.rows).toBe(LINES.length);
  });

  test('with a profile (values read: interned strings, key values)', () => {
    agree(`${LINES.join('\n')}\n`, { profile: true });
  });

  test('CRLF line ends, blank lines, a BOM, no final newline', () => {
    const text = `\ufeff${LINES.slice(0, 12).join('\r\n')}\r\n\r\n\n${LINES.slice(12, 20).join('\n')}`;
    const outcome = agree(text);
    expect(outcome.rows).toBe(20);
  });

  test("the scanner stops at the record's line feed: a line feed inside a record splits it, as JSON.parse sees it", () => {
    // The scanner reads a record straight from a buffer of many lines: a line feed is never whitespace to
    // it, so a record cut by one is two bad lines, not one record; what may follow a record on its line
    // (spaces, tabs, CR) and a last line without a line feed are read as before.
    const text = [
      '{"id": 1, "kind": "a"} \t \r',
      '{"id": 2,',
      ' "kind": "a"}',
      '{"id": 3, "kind": "a\nb"}',
      '{"id": 4, "kind": "a"} {"id": 5}',
      '   ',
      '{"id": 6, "kind": "b"}\t',
      '{"id": 7, "kind": "a"}',
    ].join('\n');
    const outcome = agree(text);
    // Nine lines with text (the raw line feed in id 3's string cuts its line in two): all records.
    expect(outcome.rows).toBe(9);
    const formatErrors = outcome.errors.samples.find(([type]) => type === 'format-error')![1];
    expect(formatErrors.map((e) => e.line)).toEqual([2, 3, 4, 5, 6, 7]);
  });

  test('invalid JSON: a format error at its line, with JSON.parse message', () => {
    const text = '{"id": 1, "kind": "a"}\n\n{"id": 2, "kind": "a",}\n';
    const outcome = agree(text);
    const [error] = outcome.errors.samples.find(([type]) => type === 'format-error')![1];
    expect(error).toMatchObject({ row: 2, line: 3, value: '{"id": 2, "kind": "a",}' });
    expect(error!.message).toMatch(/^not valid JSON: /);
  });

  test('fieldsMatch exact and superset report other keys; partial and subset do not', () => {
    const text = `${LINES.join('\n')}\n`;
    for (const fieldsMatch of ['exact', 'equal', 'superset', 'subset', 'partial']) {
      const outcome = agree(text, { schema: { fieldsMatch } });
      const extra = outcome.errors.counts.find(([type]) => type === 'extra-cell')?.[1] ?? 0;
      expect([fieldsMatch, extra > 0]).toEqual([
        fieldsMatch,
        ['exact', 'equal', 'superset'].includes(fieldsMatch),
      ]);
    }
  });

  test('missing values from the schema: "NA" is missing in a string, not in other keys', () => {
    const text = [
      '{"id": 1, "name": "NA", "kind": "a"}',
      '{"id": "NA", "name": "NA"}',
      '{"id": "NA", "other": "NA"}',
      '{"id": "NA", "other": "-"}',
      String.raw`{"id": "N\u0041", "other": "N\u0041"}`,
    ].join('\n');
    const outcome = agree(text, { schema: { missingValues: ['', 'NA'] } });
    expect(outcome.errors.counts).toContainEqual(['blank-row', 3]);
  });

  test('a missing value that reads as a number ("-1") stays missing', () => {
    const text = ['{"id": "-1", "score": "-1", "kind": "a"}', '{"id": "3", "score": "2", "kind": "a"}'].join(
      '\n',
    );
    const outcome = agree(text, { schema: { missingValues: ['', '-1'] } });
    // id's "-1" and score's "-1" are nulls (id is required: an error), score's "2" fails the maximum.
    expect(outcome.nulls[0]).toBe(1);
    expect(outcome.nulls[2]).toBe(1);
    expect(outcome.constraintErrors[2]).toBe(1);
  });

  // Random records from pieces that each stress the scanner; both paths must agree on all of them.
  test('fuzz: generated records, with and without a profile', () => {
    const random = seededRandom(1616);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    const values = [
      'null',
      'true',
      'false',
      '0',
      '-0',
      '1',
      '-7',
      '0.5',
      '1e3',
      '2.5E-2',
      '1e400',
      '9007199254740993',
      '""',
      '"a"',
      '"b"',
      '"zz"',
      '"NA"',
      '"2024-01-31"',
      '"2024-13-01"',
      '"true"',
      '"0"',
      '"1.5"',
      String.raw`"\u0061"`,
      String.raw`"a\"b"`,
      String.raw`"\\"`,
      String.raw`"\ud83d\ude00"`,
      // A missing value spelled with escapes; escaped text near a maximum length (name: 8).
      String.raw`"N\u0041"`,
      String.raw`"\u004e\u0041"`,
      String.raw`"abcdef\n"`,
      String.raw`"abcdefg\n"`,
      String.raw`"abcdefgh\n"`,
      String.raw`"\u0061\u0062\u0063"`,
      '"é\\""',
      '[]',
      '{}',
      '[1, [2, {"id": 3}]]',
      '{"id": 1, "kind": "b"}',
      `"${'z'.repeat(300)}"`,
    ];
    const keys = ['id', 'name', 'score', 'kind', 'day', 'flag', 'meta', 'list', 'code', 'idx', 'other', ''];
    const spaces = ['', ' ', '\t', '  ', '\r'];
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const members = Array.from(
        { length: Math.floor(random() * 7) },
        () => `"${pick(keys)}"${pick(spaces)}:${pick(spaces)}${pick(values)}`,
      );
      let line = `${pick(spaces)}{${members.join(`,${pick(spaces)}`)}}`;
      if (random() < 0.03) line = line.slice(0, Math.floor(random() * line.length)); // broken JSON
      lines.push(line);
      if (random() < 0.05) lines.push('');
    }
    const text = `${lines.join(random() < 0.5 ? '\n' : '\r\n')}\n`;
    agree(text);
    agree(text, { schema: { missingValues: ['', 'NA'] } });
    agree(text, { profile: true, schema: { missingValues: ['', 'NA'] } });
  });
});
