import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { ColumnInference } from '../../../../../src/core/data/profile/infer/column-inference.js';
import {
  draftSchema,
  draftToJson,
  draftToYaml,
} from '../../../../../src/core/data/profile/infer/draft-schema.js';
import { typedValue } from '../../../../../src/core/data/profile/infer/typed-value.js';

function inferText(values: readonly string[]): ColumnInference {
  const column = new ColumnInference('c');
  for (const value of values) if (value !== '') column.add(value, true);
  return column;
}

describe('ColumnInference', () => {
  test.each([
    [['1', '-2', '+3'], 'integer'],
    [['0', '1', '1'], 'integer'], // frictionless reads 0/1 as integers, not booleans
    [['1', '2.5', '1e3', 'NaN', 'INF'], 'number'],
    [['true', 'False', 'TRUE'], 'boolean'],
    [['2024-01-31', '2024-02-29'], 'date'],
    [['2024-13-01'], 'string'],
    [['2024-01-31T10:00:00Z', '2024-02-01T00:00:00.5+02:00'], 'datetime'],
    [['2024-01-31', '2024-01-31T10:00:00Z'], 'string'],
    [['1', 'x'], 'string'],
    [[], 'string'],
    // leading zeros: zip codes and ids are codes, not quantities ("007" is not 7)
    [['02134', '10001', '94105'], 'string'],
    [['007', '12'], 'string'],
    [['0', '0.5', '10'], 'number'],
    [['-0', '0'], 'integer'],
  ])('CSV text %j is %s', (values, type) => {
    expect(inferText(values).type()).toBe(type);
  });

  test('typed values: JSON strings stay strings; numbers with strings give any', () => {
    const strings = new ColumnInference('s');
    strings.add('12', false);
    expect(strings.type()).toBe('string');
    const mixed = new ColumnInference('m');
    mixed.add(1, false);
    mixed.add('one', false);
    expect(mixed.type()).toBe('any');
    const big = new ColumnInference('b');
    big.add(12n, false);
    expect(big.type()).toBe('integer');
    const dates = new ColumnInference('d');
    dates.add(new Date(Date.UTC(2024, 0, 2)), false);
    expect(dates.type()).toBe('date');
    dates.add(new Date(Date.UTC(2024, 0, 2, 10)), false);
    expect(dates.type()).toBe('datetime');
  });
});

describe('draftSchema', () => {
  const id = inferText(Array.from({ length: 300 }, (_, i) => String(i)));
  const kind = inferText(Array.from({ length: 300 }, (_, i) => ['a', 'b', 'c'][i % 3]!));
  const score = inferText(Array.from({ length: 300 }, (_, i) => (i % 10 === 0 ? '' : String(i / 10))));
  const draft = draftSchema(
    [id, kind, score].map((c, i) => Object.assign(c, { name: ['id', 'kind', 'score'][i] })),
    300,
    ['t.csv'],
  );

  test('required when nothing was missing, enum for low-cardinality strings, ranges only as notes', () => {
    expect(draft.fields.map((f) => f.descriptor)).toEqual([
      { name: 'id', type: 'integer', constraints: { required: true } },
      { name: 'kind', type: 'string', constraints: { required: true, enum: ['a', 'b', 'c'] } },
      { name: 'score', type: 'number' },
    ]);
    expect(draft.fields[0]!.notes.join('\n')).toMatch(/observed range 0 \.\. 299[\s\S]*an id\?/);
    expect(draft.fields[2]!.notes[0]).toBe('30 of 300 values missing (10.0 %)');
  });

  test('YAML carries the notes as comments; JSON as descriptions', () => {
    const yaml = draftToYaml(draft);
    expect(yaml).toContain('# observed range 0 .. 299 (add minimum/maximum if these are the real limits)');
    expect(yaml).toMatch(/^# Draft Table Schema written by `mlci infer-schema` from t\.csv \(300 rows\)/);
    const json = JSON.parse(draftToJson(draft));
    expect(json.fields[2].description).toMatch(/^mlci infer-schema: 30 of 300 values missing/);
  });
});

describe('drafts round-trip through YAML 1.1 readers', () => {
  test('yes/no/on/off and other YAML 1.1 look-alikes are quoted, so every reader sees strings', () => {
    const answers = inferText(
      ['yes', 'no', 'on', 'off', 'Y', 'N', '1:20', '010', '1_000', '~', 'NULL'].flatMap((v) => [v, v]),
    );
    const on = Object.assign(inferText(['x', 'x']), { name: 'on' });
    const draft = draftSchema([Object.assign(answers, { name: 'answer' }), on], 22, ['t.csv'], ['NA']);
    const text = draftToYaml(draft);
    const expected = ['010', '1:20', '1_000', 'N', 'NULL', 'Y', 'no', 'off', 'on', 'yes', '~'];
    for (const version of ['1.1', '1.2'] as const) {
      const schema = parse(text, { version }) as {
        missingValues: string[];
        fields: { name: string; constraints: { enum?: unknown[] } }[];
      };
      expect(schema.fields[0]!.constraints.enum).toEqual(expected);
      expect(schema.fields[1]!.name).toBe('on');
      expect(schema.missingValues).toEqual(['', 'NA']);
    }
    expect(JSON.parse(draftToJson(draft)).missingValues).toEqual(['', 'NA']);
  });
});

describe('typedValue', () => {
  test.each([
    ['integer', '42', 42],
    ['number', '-INF', -Infinity],
    ['number', 'abc', null],
    ['boolean', 'False', false],
    ['boolean', 'yes', null],
    ['date', '2024-01-02', Date.UTC(2024, 0, 2)],
    ['datetime', '2024-01-02T03:04:05', Date.UTC(2024, 0, 2, 3, 4, 5)], // no zone: UTC, as validate-data
    ['datetime', '2024-01-02T03:04:05+01:00', Date.UTC(2024, 0, 2, 2, 4, 5)],
    ['string', '', null],
    ['array', ['a'], '["a"]'],
  ] as const)('%s %j -> %j', (type, value, expected) => {
    expect(typedValue(type, value)).toEqual(expected);
  });
});
