import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, test } from '@jest/globals';
import { hasNativeZstd, useZstd } from '../../../../src/core/data/parquet/zstd.js';
import { runValidateData, type ValidateRun } from '../../../support/validate-data-run.js';

// The verdicts issue #19 found wrong (each a disagreement with frictionless-py or the Table Schema spec).

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function run(
  files: Record<string, string | Uint8Array>,
  inputs: Record<string, string>,
): Promise<ValidateRun> {
  const result = await runValidateData(files, inputs);
  dirs.push(result.dir);
  return result;
}

/** [type, row, column, field] of each error, header errors at row 1 as mlci numbers them. */
const triples = (r: ValidateRun) =>
  r.report!.errors.map((e) => [e.type, e.row ?? null, e.column ?? null, e.field ?? null]);

const schema = (fieldsMatch: string, fields: string, extra = '') =>
  `fieldsMatch: ${fieldsMatch}\nfields:\n${fields}${extra}`;

describe('an absent column the schema needs (#19 defect 1, 6)', () => {
  const fields =
    '  - {name: id, type: integer, constraints: {required: true}}\n  - {name: name, type: string}\n';

  test.each(['equal', 'subset', 'superset', 'partial'])(
    '%s: a required field absent from the file is a missing-label',
    async (mode) => {
      const r = await run(
        { 'd.csv': 'name\nalice\n', 's.yaml': schema(mode, fields) },
        { data: 'd.csv', schema: 's.yaml' },
      );
      expect(r.exitCode).toBe(1);
      // frictionless numbers a missing field after the labels (table/header.py _get_missing_fields).
      expect(triples(r)).toContainEqual(['missing-label', 1, 2, 'id']);
      expect(r.report!.valid).toBe(false);
    },
  );

  test.each(['superset', 'partial'])('%s: a primary-key field is implicitly required', async (mode) => {
    const fields2 = '  - {name: id, type: integer}\n  - {name: name, type: string}\n';
    const r = await run(
      { 'd.csv': 'name\nalice\n', 's.yaml': schema(mode, fields2, 'primaryKey: [id]\n') },
      { data: 'd.csv', schema: 's.yaml' },
    );
    expect(triples(r)).toEqual([['missing-label', 1, 2, 'id']]);
  });

  test.each(['superset', 'partial'])('%s: an absent optional field is fine', async (mode) => {
    const r = await run(
      { 'd.csv': 'id\n1\n', 's.yaml': schema(mode, fields) },
      { data: 'd.csv', schema: 's.yaml' },
    );
    expect(r.exitCode).toBe(0);
  });

  test('partial: a header with no field in common is unmatched-header (plus the required field)', async () => {
    const r = await run(
      { 'd.csv': 'x,y\n1,2\n', 's.yaml': schema('partial', fields) },
      { data: 'd.csv', schema: 's.yaml' },
    );
    expect(triples(r)).toEqual([
      ['unmatched-header', 1, null, null],
      ['missing-label', 1, 3, 'id'],
    ]);
  });
});

describe('blank rows (#19 defects 2 and 7)', () => {
  test('without a schema, a row of empty cells is a blank-row', async () => {
    const r = await run({ 'd.csv': 'a,b,c\n1,2,3\n,,\n4,5,6\n' }, { data: 'd.csv' });
    expect(r.exitCode).toBe(1);
    expect(triples(r)).toEqual([['blank-row', 3, null, null]]);
  });

  test('NA,NA with missingValues ["", "NA"] is blank; it replaces the required-field errors', async () => {
    const s =
      'missingValues: ["", "NA"]\nfields:\n  - {name: a, type: integer, constraints: {required: true}}\n  - {name: b, type: number, constraints: {minimum: 0}}\n';
    const r = await run(
      { 'd.csv': 'a,b\n1,2\nNA,NA\n,\n3,NA\n', 's.yaml': s },
      { data: 'd.csv', schema: 's.yaml' },
    );
    expect(triples(r)).toEqual([
      ['blank-row', 3, null, null],
      ['blank-row', 4, null, null],
    ]);
    expect(r.report!.fields.map((f) => f.nulls)).toEqual([2, 3]);
  });

  test('a blank row under a primary key is one blank-row: no constraint-error, no primary-key', async () => {
    const s =
      'fields:\n  - {name: id, type: integer}\n  - {name: name, type: string}\nprimaryKey: [id, name]\n';
    const r = await run(
      { 'd.csv': 'id,name\n1,Alex\n1,John\n,\n1,John\n', 's.yaml': s },
      { data: 'd.csv', schema: 's.yaml' },
    );
    expect(triples(r)).toEqual([
      ['blank-row', 4, null, null],
      ['primary-key', 5, null, null],
    ]);
  });

  test('a cell that is not missing keeps the row from being blank (missingValues: [] keeps "" a string)', async () => {
    const s = 'missingValues: []\nfields:\n  - {name: a, type: string}\n  - {name: b, type: string}\n';
    const r = await run({ 'd.csv': 'a,b\n,\n', 's.yaml': s }, { data: 'd.csv', schema: 's.yaml' });
    expect(r.exitCode).toBe(0);
  });

  test('JSONL: a record of nulls, or with no keys, is a blank-row', async () => {
    const s =
      'fields:\n  - {name: a, type: integer, constraints: {required: true}}\n  - {name: b, type: string}\n';
    const r = await run(
      { 'd.jsonl': '{"a": 1, "b": "x"}\n{"a": null, "b": null}\n{}\n', 's.yaml': s },
      { data: 'd.jsonl', schema: 's.yaml' },
    );
    expect(triples(r).map(([type, row]) => [type, row])).toEqual([
      ['blank-row', 2],
      ['blank-row', 3],
    ]);
  });
});

describe('number specials NaN, INF, -INF (#19 defect 3)', () => {
  test('an unconstrained number field accepts them in any case', async () => {
    const s = 'fields:\n  - {name: x, type: number}\n';
    const r = await run(
      { 'd.csv': 'x\nINF\n-INF\nNaN\ninf\n-Inf\nnan\n1.5\n', 's.yaml': s },
      { data: 'd.csv', schema: 's.yaml' },
    );
    expect(triples(r)).toEqual([]);
  });

  test.each([
    ['minimum: 0, maximum: 1', ['NaN', 'INF'], ['-INF']],
    ['exclusiveMinimum: 0, exclusiveMaximum: 1', ['NaN', 'INF', '-INF'], []],
    ['maximum: 1', ['NaN', 'INF'], []],
  ])('bounds {%s}: NaN fails, INF and -INF are compared', async (bounds, failing, failingToo) => {
    for (const extra of ['', ', decimalChar: ","']) {
      const s = `fields:\n  - {name: x, type: number${extra}, constraints: {${bounds}}}\n`;
      const r = await run(
        { 'd.csv': `x\n${extra ? '"0,5"' : '0.5'}\nNaN\nINF\n-INF\n`, 's.yaml': s },
        { data: 'd.csv', schema: 's.yaml' },
      );
      const values = r.report!.errors.map((e) => e.value);
      const expected = [...failing, ...failingToo].sort();
      expect({ extra, values: [...values].sort() }).toEqual({ extra, values: expected });
    }
  });

  test('JSONL: "NaN" and "INF" strings are numbers; NaN fails a bound there too', async () => {
    const s =
      'fields:\n  - {name: x, type: number, constraints: {maximum: 1}}\n  - {name: y, type: number}\n';
    const r = await run(
      { 'd.jsonl': '{"x": "NaN", "y": "INF"}\n{"x": 0.5, "y": "-INF"}\n', 's.yaml': s },
      { data: 'd.jsonl', schema: 's.yaml' },
    );
    expect(r.report!.errors.map((e) => [e.type, e.line, e.field])).toEqual([['constraint-error', 1, 'x']]);
  });
});

describe('the report names the file column (#19 defect 5)', () => {
  test('a field matched by name reports the column it has in the file', async () => {
    const s =
      'fieldsMatch: equal\nfields:\n  - {name: id, type: integer, constraints: {unique: true}}\n  - {name: amount, type: number}\n';
    const r = await run(
      { 'd.csv': 'note,amount,id\nx,1,1\ny,bad,1\n', 's.yaml': s },
      { data: 'd.csv', schema: 's.yaml' },
    );
    expect(r.report!.errors.map((e) => [e.type, e.column])).toEqual([
      ['extra-label', 1],
      ['type-error', 2],
      ['unique-error', 3],
    ]);
  });
});

describe('encoding and header-less files (#19 defect 8 and the header: false naming)', () => {
  test('invalid UTF-8 is an encoding-error, plain or gzipped', async () => {
    const bytes = Buffer.concat([Buffer.from('a,b\n1,caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    for (const [name, content] of [
      ['d.csv', bytes],
      ['d.csv.gz', gzipSync(bytes)],
    ] as const) {
      const r = await run({ [name]: content }, { data: name });
      expect(r.report!.errors.map((e) => e.type)).toEqual(['encoding-error']);
      expect(r.report!.errors[0]!.message).toMatch(/invalid UTF-8 at byte offset 9/);
    }
  });

  test('header: false without a schema names the columns field1, field2 in the report and profile', async () => {
    const r = await run(
      { 'd.csv': '1,english\n2,chinese,extra\n3,french\n' },
      { data: 'd.csv', header: 'false', profile: 'p.json' },
    );
    expect(r.report!.stats.rows).toBe(3);
    expect(r.report!.fields.map((f) => f.name)).toEqual(['field1', 'field2']);
    expect(triples(r)).toEqual([['extra-cell', 2, 3, null]]);
    const profile = JSON.parse(readFileSync(join(r.dir, 'p.json'), 'utf8'));
    expect(profile.columns.map((c: { name: string }) => c.name)).toEqual(['field1', 'field2']);
  });
});

describe('data packages (#19 defect 4) and foreign keys with nulls', () => {
  const cities = {
    name: 'cities',
    path: 'cities.csv',
    schema: {
      fields: [
        { name: 'id', type: 'integer' },
        { name: 'name', type: 'string' },
        { name: 'next_id', type: 'integer' },
      ],
      foreignKeys: [
        { fields: 'next_id', reference: { resource: '', fields: 'id' } },
        { fields: 'id', reference: { resource: 'people', fields: 'label' } },
      ],
    },
  };
  const people = { name: 'people', path: 'people.csv' }; // no schema: the spec's SHOULD, not MUST

  test('a resource without a schema gets one inferred (typed), with a notice; keys resolve against it', async () => {
    const files = {
      'datapackage.json': JSON.stringify({ resources: [cities, people] }),
      'cities.csv': 'id,name,next_id\n1,london,2\n2,paris,3\n3,rome,4\n4,rio,\n',
      'people.csv': 'label,population\n1,8\n2,2\n3,3\n',
    };
    const r = await run(files, { datapackage: 'datapackage.json' });
    expect(r.report!.errors.map((e) => [e.type, e.resource, e.row, e.value])).toEqual([
      ['foreign-key', 'cities', 5, '4'],
    ]);
    const notice = r.annotations.find((a) => a.level === 'notice');
    expect(notice?.message).toMatch(
      /resource "people" has no schema; inferred from people\.csv: label: integer, population: integer/,
    );
    expect(r.report!.fields.map((f) => `${f.name}:${f.type}`)).toContain('people.label:integer');
  });

  test('a foreign key with a null in any of its fields is not checked (SQL MATCH SIMPLE, the spec)', async () => {
    const travel = {
      name: 'travel',
      path: 'travel.csv',
      schema: {
        fields: [
          { name: 'from', type: 'integer' },
          { name: 'to', type: 'integer' },
        ],
        foreignKeys: [
          { fields: ['from', 'to'], reference: { resource: 'cities', fields: ['id', 'next_id'] } },
        ],
      },
    };
    const files = {
      'datapackage.json': JSON.stringify({
        resources: [{ ...cities, schema: { ...cities.schema, foreignKeys: [] } }, travel],
      }),
      'cities.csv': 'id,name,next_id\n1,london,2\n2,paris,3\n',
      // (9, null) and (null, null) are skipped; (9, 9) is not found.
      'travel.csv': 'from,to\n1,2\n9,\n,\n9,9\n',
    };
    const r = await run(files, { datapackage: 'datapackage.json' });
    expect(r.report!.errors.map((e) => [e.type, e.row])).toEqual([
      ['blank-row', 4],
      ['foreign-key', 5],
    ]);
  });
});

describe('header labels come alone (#10)', () => {
  test('a blank or duplicate label is not also an incorrect-label or extra-label', async () => {
    const s =
      'fields:\n  - {name: a, type: string}\n  - {name: b, type: string}\n  - {name: c, type: string}\n';
    const r = await run({ 'd.csv': 'a,,a\n1,2,3\n', 's.yaml': s }, { data: 'd.csv', schema: 's.yaml' });
    expect(triples(r)).toEqual([
      ['blank-label', 1, 2, 'b'],
      ['duplicate-label', 1, 3, 'a'],
    ]);
    const equal = await run(
      { 'd.csv': 'a,,b,c,c\n1,2,3,4,5\n', 's.yaml': `fieldsMatch: equal\n${s}` },
      { data: 'd.csv', schema: 's.yaml' },
    );
    expect(triples(equal)).toEqual([
      ['blank-label', 1, 2, null],
      ['duplicate-label', 1, 5, 'c'],
    ]);
  });
});

describe('JSON numbers that cannot be represented (#10)', () => {
  test('1e400 and integers beyond 2^53 are type errors that say why, not silently rounded', async () => {
    const s = 'fields:\n  - {name: id, type: integer}\n  - {name: x, type: number}\n';
    const lines = [
      '{"id": 9007199254740991, "x": 1e308}',
      '{"id": 9007199254740993, "x": 1}',
      '{"id": 1, "x": 1e400}',
      '{"id": -1e400, "x": -1e400}',
      '{"id": 12345678901234567890, "x": 12345678901234567890}',
    ].join('\n');
    const r = await run({ 'd.jsonl': lines, 's.yaml': s }, { data: 'd.jsonl', schema: 's.yaml' });
    expect(r.report!.errors.map((e) => [e.type, e.line, e.field, e.value])).toEqual([
      ['type-error', 2, 'id', '9007199254740992'],
      ['type-error', 3, 'x', 'Infinity'],
      ['type-error', 4, 'id', '-Infinity'],
      ['type-error', 4, 'x', '-Infinity'],
      ['type-error', 5, 'id', '12345678901234567000'],
    ]);
    expect(r.report!.errors[0]!.message).toMatch(/beyond 2\^53 \(read as 9007199254740992\)/);
    expect(r.report!.errors[1]!.message).toMatch(/beyond the range of a double/);
  });
});

describe('every reader gives the same verdict on the same table (#10)', () => {
  const fixture = (name: string) =>
    readFileSync(new URL(`../../../support/fixtures/validate-data/${name}`, import.meta.url));
  // small.jsonl and small-snappy.parquet hold the same 20 rows (written by DuckDB); the CSV and TSV are
  // written from the JSONL here.
  const records = fixture('small.jsonl')
    .toString('utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  const names = Object.keys(records[0]!);
  const table = (sep: string) =>
    `${[names.join(sep), ...records.map((r) => names.map((n) => (r[n] === null ? '' : String(r[n]))).join(sep))].join('\n')}\n`;
  const files: Record<string, Uint8Array | string> = {
    'd.csv': table(','),
    'd.csv.gz': gzipSync(table(',')),
    'd.tsv': table('\t'),
    'd.jsonl': fixture('small.jsonl'),
    'd.jsonl.gz': gzipSync(fixture('small.jsonl')),
    'd.parquet': fixture('small-snappy.parquet'),
  };
  const SCHEMA = `
fields:
  - {name: id, type: integer, constraints: {required: true}}
  - {name: amount, type: number, constraints: {minimum: 0}}
  - {name: day, type: date}
  - {name: kind, type: string, constraints: {enum: [a, b]}}
  - {name: flag, type: boolean}
`;
  // The record index (CSV and Parquet number the header row 1, JSONL numbers records from 1).
  const verdict = (r: ValidateRun, name: string) => ({
    valid: r.report!.valid,
    rows: r.report!.stats.rows,
    errors: r.report!.errors.map((e) => [
      e.type,
      name.includes('jsonl') ? e.row : e.row! - 1,
      e.field ?? null,
      e.column ?? null,
    ]),
  });

  test.each(Object.keys(files))(
    '%s: without a schema, valid with 20 rows like every other reader',
    async (name) => {
      const r = await run({ [name]: files[name]! }, { data: name });
      expect(verdict(r, name)).toEqual({ valid: true, rows: 20, errors: [] });
    },
  );

  test.each(Object.keys(files))('%s: with a schema, the same errors on the same records', async (name) => {
    const r = await run({ [name]: files[name]!, 's.yaml': SCHEMA }, { data: name, schema: 's.yaml' });
    expect(verdict(r, name)).toEqual({
      valid: false,
      rows: 20,
      errors: [
        ['constraint-error', 9, 'amount', 2],
        ['constraint-error', 11, 'kind', 4],
      ],
    });
  });
});

describe('a corrupt Parquet file gets a message about the file (#10)', () => {
  const good = readFileSync(
    new URL('../../../support/fixtures/validate-data/small-snappy.parquet', import.meta.url),
  );
  const footerLength = good.readUInt32LE(good.length - 8);
  const withFooterLength = (n: number) => {
    const bytes = Buffer.from(good);
    bytes.writeUInt32LE(n, bytes.length - 8);
    return bytes;
  };
  const garbageFooter = () => {
    const bytes = Buffer.from(good);
    bytes.fill(0xff, bytes.length - 8 - footerLength, bytes.length - 8);
    return bytes;
  };
  test.each([
    ['a CSV named .parquet', Buffer.from('id,amount\n1,2\n'), /^not a Parquet file: .*(12|PAR1)/],
    [
      'bad magic',
      Buffer.concat([Buffer.from('XXXX'), good.subarray(4)]),
      /^not a Parquet file: it does not start with PAR1/,
    ],
    [
      'truncated',
      good.subarray(0, good.length - 100),
      /^truncated: a Parquet file ends with PAR1, this one \(\d+ bytes\) does not/,
    ],
    [
      'footer length past the end',
      withFooterLength(good.length * 2),
      /^truncated: footer says \d+ bytes, file has \d+/,
    ],
    ['garbage footer', garbageFooter(), /^not a readable Parquet file: the footer cannot be parsed/],
  ])('%s: a source-error (exit 1) that says what is wrong', async (_what, bytes, message) => {
    for (const schema of [undefined, 'fields:\n  - {name: id, type: integer}\nfieldsMatch: subset\n']) {
      const r = await run(
        { 'd.parquet': bytes, ...(schema ? { 's.yaml': schema } : {}) },
        { data: 'd.parquet', ...(schema ? { schema: 's.yaml' } : {}) },
      );
      expect(r.exitCode).toBe(1);
      expect(r.report!.errors.map((e) => e.type)).toEqual(['source-error']);
      expect(r.report!.errors[0]!.message).toMatch(message);
    }
  });
});

describe('integers beyond 2^53 in CSV keep their identity in keys', () => {
  test('distinct 64-bit ids are not a false unique error; a real repeat still is', async () => {
    // 2^53 + 1 and 2^53 are one double; so are 1234567890123456789 and …788.
    const s =
      'fields:\n  - {name: id, type: integer, constraints: {unique: true}}\n  - {name: g, type: integer, groupChar: ","}\nprimaryKey: [g]\n';
    const csv = [
      'id,g',
      '9007199254740993,"1,234,567,890,123,456,789"',
      '9007199254740992,"1,234,567,890,123,456,788"',
      '+09007199254740993,"-1,234,567,890,123,456,789"',
    ].join('\n');
    const r = await run({ 'd.csv': `${csv}\n`, 's.yaml': s }, { data: 'd.csv', schema: 's.yaml' });
    expect(r.report!.errors.map((e) => [e.type, e.row, e.field])).toEqual([['unique-error', 4, 'id']]);
    expect(r.report!.errors[0]!.message).toMatch(/repeats row 2/);
  });
});

describe('the Parquet column-chunk reader gives the report of the CSV of the same table (#16)', () => {
  const fixture = (name: string) =>
    readFileSync(new URL(`../../../support/fixtures/validate-data/${name}`, import.meta.url));
  // 300 rows written by DuckDB twice: Parquet (nullable INT64, DOUBLE, dictionary strings, DATE,
  // TIMESTAMP, BOOLEAN, INT32; snappy) and CSV (timestamps as ISO 8601).
  const FIELDS = `
fields:
  - {name: id, type: integer, constraints: {required: true}}
  - {name: big, type: integer, constraints: {minimum: 1000}}
  - {name: score, type: number, constraints: {minimum: 0}}
  - {name: cat, type: string, constraints: {enum: [a, b, c]}}
  - {name: day, type: date, constraints: {maximum: "2021-12-31"}}
  - {name: ts, type: datetime}
  - {name: ok, type: integer}
  - {name: n, type: integer, constraints: {maximum: 100}}
`;
  const same = (r: ValidateRun) => ({
    errorCounts: r.report!.errorCounts,
    errors: r.report!.errors.map(({ file: _file, ...e }) => e),
    fields: r.report!.fields,
    rows: r.report!.stats.rows,
  });
  test.each([
    ['the hot path (no keys)', FIELDS],
    ['the row path (keys)', `${FIELDS}primaryKey: [big]\n`],
    [
      'columns whose statistics prove them valid (skipped; nulls from the statistics)',
      FIELDS.replace('maximum: 100', 'maximum: 119').replace('{maximum: "2021-12-31"}', '{}'),
    ],
    [
      'string columns whose dictionary values all pass (data pages unread; nulls from the statistics)',
      FIELDS.replace('{name: ok, type: integer}', '{name: ok, type: boolean}')
        .replace('{name: score, type: number, constraints: {minimum: 0}}', '{name: score, type: number}')
        .replace('{enum: [a, b, c]}', '{enum: [a, b, c, zz]}'),
    ],
    [
      'an integer enum the statistics cover, and one they do not',
      FIELDS.replace(
        '{maximum: 100}',
        `{enum: [${Array.from({ length: 120 }, (_, i) => i).join(', ')}]}`,
      ).replace('{minimum: 1000}', '{enum: [0, 1000003]}'),
    ],
  ])('%s: errors, samples and per-field counts byte for byte', async (_what, schema) => {
    const csv = await run(
      { 'd.csv': fixture('mixed.csv'), 's.yaml': schema },
      { data: 'd.csv', schema: 's.yaml' },
    );
    const pq = await run(
      { 'd.parquet': fixture('mixed-snappy.parquet'), 's.yaml': schema },
      { data: 'd.parquet', schema: 's.yaml' },
    );
    // ok: a boolean (4 rows have none) is not an integer.
    if (schema.includes('{name: ok, type: integer}')) expect(csv.report!.errorCounts['type-error']).toBe(296);
    else expect(csv.report!.errorCounts['type-error']).toBeUndefined();
    expect(csv.report!.errorCounts['constraint-error']).toBeGreaterThan(40);
    expect(JSON.stringify(same(pq), null, 1)).toBe(JSON.stringify(same(csv), null, 1));
    // The same table with every column a string (plain and dictionary pages): checked as CSV cells are.
    const strings = await run(
      { 'd.parquet': fixture('mixed-strings.parquet'), 's.yaml': schema },
      { data: 'd.parquet', schema: 's.yaml' },
    );
    expect(JSON.stringify(same(strings), null, 1)).toBe(JSON.stringify(same(csv), null, 1));
    // The same two files with zstd pages: node:zlib's decoder where Node has one, and the JS one.
    for (const which of [
      ...(hasNativeZstd() ? (['node:zlib'] as const) : []),
      'wasm' as const,
      'js' as const,
    ]) {
      useZstd(which);
      try {
        for (const name of ['mixed-zstd.parquet', 'mixed-strings-zstd.parquet']) {
          const zstd = await run(
            { 'd.parquet': fixture(name), 's.yaml': schema },
            { data: 'd.parquet', schema: 's.yaml' },
          );
          expect(JSON.stringify(same(zstd), null, 1)).toBe(JSON.stringify(same(csv), null, 1));
        }
      } finally {
        useZstd('auto');
      }
    }
  });

  test.each([
    ['a dictionary string column', 'cat', 0.05, 0.34],
    ['a plain INT32 column', 'n', 0.008, 1],
    ['a DOUBLE column (negative and fractional classes)', 'score', 0.02, 0.3],
    ['an INT64 column with nulls', 'big', 0.003, 0.004],
  ])(
    'label balance over %s: the classes the CSV counts (hot path, row path, all strings)',
    async (_what, field, min, max) => {
      // A class that never occurs ("nope") always fails its minimum.
      const schema = `${FIELDS}checks:\n  labelBalance: {field: ${field}, min: ${min}, max: ${max}, classes: [nope]}\n`;
      const checks = async (file: string, extra = '') => {
        const name = file.endsWith('.csv') ? 'd.csv' : 'd.parquet';
        const r = await run(
          { [name]: fixture(file), 's.yaml': schema + extra },
          { data: name, schema: 's.yaml' },
        );
        return r.report!.checks;
      };
      const csv = await checks('mixed.csv');
      // Not vacuous: many classes, most inside the bounds.
      expect(csv.length).toBeGreaterThanOrEqual(4);
      expect(csv.filter((c) => c.passed).length).toBeGreaterThan(2);
      expect(await checks('mixed-snappy.parquet')).toEqual(csv);
      expect(await checks('mixed-snappy.parquet', 'primaryKey: [id]\n')).toEqual(csv);
      expect(await checks('mixed-strings.parquet')).toEqual(csv);
      expect(await checks('mixed-strings-zstd.parquet')).toEqual(csv);
    },
  );

  // 400 rows of text edge cases, every column VARCHAR, written by DuckDB as CSV (NULL an empty cell, ''
  // a quoted one) and twice as Parquet: dictionary pages, and plain pages only (DICTIONARY_SIZE_LIMIT 1),
  // which the hot path checks as the reader walks them. Non-ASCII (2-4 byte) text, '' against NULL,
  // leading and trailing spaces, years 0-99 and beyond 9999, exponents, signs, NaN/INF in any case,
  // 2^53 + 1, grouped and decimal-comma numbers, booleans spelt every way.
  const EDGE = `
fields:
  - {name: id, type: integer, constraints: {required: true}}
  - {name: i, type: integer, constraints: {minimum: -2}}
  - {name: x, type: number, constraints: {maximum: 1000}}
  - {name: d, type: date, constraints: {minimum: "0050-01-01"}}
  - {name: t, type: datetime}
  - {name: b, type: boolean, constraints: {required: true}}
  - {name: e, type: string, constraints: {enum: [ä, a, 日本, 😀]}}
  - {name: s, type: string, constraints: {minLength: 1, maxLength: 3}}
  - {name: p, type: string, constraints: {pattern: "[a-zä]+"}}
`;
  test.each([
    ['the default number and boolean forms', EDGE],
    [
      'bareNumber: false, decimalChar and groupChar, trueValues and falseValues',
      EDGE.replace('{name: i, type: integer,', '{name: i, type: integer, bareNumber: false,')
        .replace('{name: x, type: number,', '{name: x, type: number, decimalChar: ",", groupChar: ".",')
        .replace(
          '{name: b, type: boolean,',
          '{name: b, type: boolean, trueValues: [yes, " true"], falseValues: [N],',
        ),
    ],
    [
      'missingValues with spaces and a word; no enum, lengths only',
      `missingValues: ["", " a", NaN]\n${EDGE.replace('{enum: [ä, a, 日本, 😀]}', '{maxLength: 1}')}`,
    ],
  ])('text edge cases (%s): the report of the CSV, hot path and row path', async (_what, schema) => {
    const csv = await run(
      { 'd.csv': fixture('edge-strings.csv'), 's.yaml': schema },
      { data: 'd.csv', schema: 's.yaml' },
    );
    // Not vacuous: every column has errors, of both kinds, and nulls.
    const fields = csv.report!.fields;
    expect(fields.filter((f) => f.typeErrors + f.constraintErrors > 0).length).toBeGreaterThanOrEqual(8);
    expect(csv.report!.errorCounts['type-error']).toBeGreaterThan(50);
    expect(csv.report!.errorCounts['constraint-error']).toBeGreaterThan(50);
    expect(fields.filter((f) => f.nulls > 0).length).toBeGreaterThanOrEqual(7);
    for (const file of ['edge-strings.parquet', 'edge-strings-plain.parquet'])
      for (const keys of ['', 'primaryKey: [id]\n']) {
        const pq = await run(
          { 'd.parquet': fixture(file), 's.yaml': schema + keys },
          { data: 'd.parquet', schema: 's.yaml' },
        );
        const want = keys
          ? await run(
              { 'd.csv': fixture('edge-strings.csv'), 's.yaml': schema + keys },
              { data: 'd.csv', schema: 's.yaml' },
            )
          : csv;
        expect(JSON.stringify(same(pq), null, 1)).toBe(JSON.stringify(same(want), null, 1));
      }
  });

  test.each([
    ['an enum', '{enum: [ok, ä]}'],
    ['a maximum length', '{maxLength: 1}'],
    ['a pattern', '{pattern: "[a-zä]+"}'],
    ['no constraint', '{}'],
  ])(
    'invalid UTF-8 in a string column (%s): the hot path gives the row path report, U+FFFD for each bad byte run',
    async (_what, constraints) => {
      // 40 rows written by DuckDB from BLOBs (BYTE_ARRAY, plain pages): 0xFF, a cut 2-byte sequence, an
      // overlong NUL and a surrogate, between "ok", "ä" and "".
      const schema = `fields:\n  - {name: id, type: integer}\n  - {name: v, type: string, constraints: ${constraints}}\n`;
      const hot = await run(
        { 'd.parquet': fixture('invalid-utf8.parquet'), 's.yaml': schema },
        { data: 'd.parquet', schema: 's.yaml' },
      );
      const rows = await run(
        { 'd.parquet': fixture('invalid-utf8.parquet'), 's.yaml': `${schema}primaryKey: [id]\n` },
        { data: 'd.parquet', schema: 's.yaml' },
      );
      expect(JSON.stringify(same(hot), null, 1)).toBe(JSON.stringify(same(rows), null, 1));
      const v = hot.report!.fields.find((f) => f.name === 'v')!;
      expect(v.nulls).toBe(5); // the empty values
      if (constraints === '{}') expect(hot.report!.errors).toEqual([]);
      else {
        // ok and ä pass an enum or a pattern and the 23 invalid values fail; a maximum length of 1 fails
        // "ok", the overlong NUL (two U+FFFD) and "ab" with its surrogate: 6 + 6 + 5. Samples show U+FFFD.
        expect(v.constraintErrors).toBe(constraints.includes('maxLength') ? 17 : 23);
        expect(
          hot.report!.errors.every((e) => e.message.includes('\uFFFD') || e.message.includes('ok')),
        ).toBe(true);
      }
    },
  );

  // 3000 rows in three row groups, written by DuckDB as Parquet (nullable INT64 and DOUBLE, dictionary
  // strings, DATE, TIMESTAMP, BOOLEAN, INT32, plain text of 2898 distinct values: past the profile's 1000
  // exact categories, where the order of the values changes the counts; rows 501 and 2501 blank), as CSV,
  // and with every column a string (zstd). A dictionary value and a plain one are missing values.
  const PROFILED = `
fields:
  - {name: id, type: integer}
  - {name: score, type: number, constraints: {minimum: 0}}
  - {name: cat, type: string, missingValues: ["", c], constraints: {enum: [a, b]}}
  - {name: day, type: date}
  - {name: ts, type: datetime}
  - {name: flag, type: boolean}
  - {name: label, type: integer}
  - {name: note, type: string, missingValues: ["", note 7919], constraints: {maxLength: 10}}
checks:
  labelBalance: {field: label, min: 0.1, max: 0.5}
`;
  test("a profile and drift from the column-wise reader are the CSV's and the row path's, byte for byte", async () => {
    const csvText = fixture('profile-groups.csv').toString();
    // The reference: the profile of the first 1200 rows (drift of the whole is then not nothing).
    const head = csvText.split('\n').slice(0, 1201).join('\n') + '\n';
    const ref = await run(
      { 'd.csv': head, 's.yaml': PROFILED },
      { data: 'd.csv', schema: 's.yaml', profile: 'p.json' },
    );
    const reference = readFileSync(join(ref.dir, 'p.json'));
    const profiled = async (file: string, data: string | Uint8Array, extra = '') => {
      const r = await run(
        { [file]: data, 's.yaml': PROFILED + extra, 'ref.json': reference },
        { data: file, schema: 's.yaml', profile: 'p.json', 'reference-profile': 'ref.json' },
      );
      const report = { ...same(r), checks: r.report!.checks, drift: r.report!.drift };
      return {
        report: JSON.stringify(report, null, 1),
        profile: readFileSync(join(r.dir, 'p.json'), 'utf8'),
      };
    };
    const csv = await profiled('d.csv', csvText);
    const profile = JSON.parse(csv.profile);
    // Not vacuous: every row, nulls and failures in every column, the text column past its exact counts,
    // drift computed on the reference's bins, and errors of both kinds.
    expect(profile.rows).toBe(3000);
    expect(profile.columns.find((c: { name: string }) => c.name === 'note').categorical.exact).toBe(false);
    const drift = JSON.parse(csv.report).drift;
    expect(drift.columns.length).toBe(8);
    expect(drift.columns.some((c: { drifted: boolean }) => c.drifted)).toBe(true);
    expect(JSON.parse(csv.report).errorCounts['constraint-error']).toBeGreaterThan(100);
    for (const [file, name] of [
      ['d.parquet', 'profile-groups.parquet'],
      ['d.parquet', 'profile-groups-strings.parquet'],
    ] as const) {
      // The column-wise path, and the row path (a primary key needs each row's values together).
      const hot = await profiled(file, fixture(name));
      expect(hot.report).toBe(csv.report);
      expect(hot.profile).toBe(csv.profile);
      const rows = await profiled(file, fixture(name), 'primaryKey: [ts]\n');
      expect(rows.profile).toBe(csv.profile);
    }
    // The same table as JSONL, every value a JSON string (empty cells null): the same profile and drift
    // (its rows are numbered from 1, not after a header, so its samples are compared elsewhere).
    const [header, ...lines] = csvText.trimEnd().split('\n');
    const names = header!.split(',');
    const jsonl = lines
      .map((line) => {
        const cells = line.split(',');
        return JSON.stringify(
          Object.fromEntries(names.map((n, i) => [n, cells[i] === '' ? null : cells[i]])),
        );
      })
      .join('\n');
    const json = await profiled('d.jsonl', `${jsonl}\n`);
    expect(json.profile).toBe(csv.profile);
    expect(JSON.parse(json.report).drift).toEqual(JSON.parse(csv.report).drift);
  });

  test('a nested column goes to the generic reader, with the same sample for a required null', async () => {
    const schema =
      'fields:\n  - {name: id, type: integer}\n  - {name: v, type: integer, constraints: {required: true}}\nfieldsMatch: subset\n';
    const pq = await run(
      { 'd.parquet': fixture('nested-struct.parquet'), 's.yaml': schema },
      { data: 'd.parquet', schema: 's.yaml' },
    );
    const csv = await run(
      { 'd.csv': 'id,a,v\n0,0,0\n1,1,1\n2,2,\n3,3,3\n4,4,4\n', 's.yaml': schema },
      { data: 'd.csv', schema: 's.yaml' },
    );
    expect(pq.report!.errors.map(({ file: _f, ...e }) => e)).toEqual(
      csv.report!.errors.map(({ file: _f, ...e }) => e),
    );
    expect(pq.report!.errors).toMatchObject([{ type: 'constraint-error', row: 4, field: 'v', value: '' }]);
  });

  test('a schema nested deeper than mlci reads is a source error that says so', async () => {
    const r = await run(
      {
        'd.parquet': fixture('deep-nested.parquet'),
        's.yaml': 'fields:\n  - {name: id, type: integer}\nfieldsMatch: subset\n',
      },
      { data: 'd.parquet', schema: 's.yaml' },
    );
    expect(r.exitCode).toBe(1);
    expect(r.report!.errors[0]).toMatchObject({
      type: 'source-error',
      message: expect.stringMatching(/columns nested 41 levels deep \(mlci reads at most 32\)/),
    });
  });
});
