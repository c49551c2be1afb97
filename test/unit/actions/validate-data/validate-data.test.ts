import { gzipSync } from 'node:zlib';
import { describe, expect, test } from '@jest/globals';
import { runValidateData } from '../../../support/validate-data-run.js';

const SCHEMA = `
fields:
  - {name: id, type: integer, constraints: {required: true, unique: true}}
  - {name: amount, type: number, constraints: {minimum: 0}}
  - {name: day, type: date}
  - {name: kind, type: string, constraints: {enum: [a, b]}}
`;

describe('validate-data: the command end to end', () => {
  test('valid data: exit 0, outputs, a versioned report', async () => {
    const run = await runValidateData(
      { 'd.csv': 'id,amount,day,kind\n1,2.5,2024-01-01,a\n2,0,2024-01-02,b\n', 's.yaml': SCHEMA },
      { data: 'd.csv', schema: 's.yaml' },
    );
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({ valid: 'true', 'error-count': '0', report: 'mlci-validation-report.json' });
    expect(run.report).toMatchObject({
      kind: 'mlci/validation-report',
      version: 1,
      valid: true,
      errorCount: 0,
      truncated: false,
    });
    expect(run.report!.stats).toMatchObject({ rows: 2, files: 1 });
    expect(run.summary).toMatch(/validate-data: valid/);
  });

  test('every cell error type, with row, line, column, field and value', async () => {
    const csv =
      'id,amount,day,kind\n1,-1,2024-01-01,a\n2,x,2024-02-30,c\n,"1",2024-01-03,a\n1,3,2024-01-04,b\n';
    const run = await runValidateData(
      { 'd.csv': csv, 's.yaml': SCHEMA },
      { data: 'd.csv', schema: 's.yaml' },
    );
    expect(run.exitCode).toBe(1);
    expect(run.error!.message).toMatch(/the data is invalid/);
    const errors = run.report!.errors.map((e) => [e.type, e.row, e.field, e.value ?? null]);
    expect(errors).toEqual([
      ['constraint-error', 2, 'amount', '-1'],
      ['type-error', 3, 'amount', 'x'],
      ['type-error', 3, 'day', '2024-02-30'],
      ['constraint-error', 3, 'kind', 'c'],
      ['constraint-error', 4, 'id', ''],
      ['unique-error', 5, 'id', null],
    ]);
    expect(run.report!.errorCounts).toEqual({ 'constraint-error': 3, 'type-error': 2, 'unique-error': 1 });
    expect(run.outputs['error-count']).toBe('6');
    // Annotations on the data file at the failing row.
    expect(run.annotations[0]).toMatchObject({
      level: 'error',
      props: { where: { file: 'd.csv', line: 2 } },
    });
  });

  test('capped samples keep true counts and say truncated', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `${i},bad,2024-01-01,a`).join('\n');
    const run = await runValidateData(
      { 'd.csv': `id,amount,day,kind\n${rows}\n`, 's.yaml': SCHEMA },
      { data: 'd.csv', schema: 's.yaml', 'max-errors': '5' },
    );
    expect(run.report!.errorCounts['type-error']).toBe(50);
    expect(run.report!.errors.filter((e) => e.type === 'type-error')).toHaveLength(5);
    expect(run.report!.truncated).toBe(true);
    expect(run.summary).toMatch(/capped at 5 per type/);
    expect(run.annotations.filter((a) => a.level === 'error').length).toBeLessThanOrEqual(9);
  });

  test('header problems: missing, extra, incorrect and duplicate labels; ragged rows', async () => {
    const run = await runValidateData(
      { 'd.csv': 'id,amount,kind,kind,extra\n1,2,a,a,z\n2,3\n', 's.yaml': SCHEMA },
      { data: 'd.csv', schema: 's.yaml' },
    );
    expect(Object.keys(run.report!.errorCounts)).toEqual(
      expect.arrayContaining(['incorrect-label', 'duplicate-label', 'extra-label', 'missing-cell']),
    );
    const short = await runValidateData(
      { 'd.csv': 'id,amount\n1,2\n', 's.yaml': SCHEMA },
      { data: 'd.csv', schema: 's.yaml' },
    );
    expect(short.report!.errors.filter((e) => e.type === 'missing-label').map((e) => e.field)).toEqual([
      'day',
      'kind',
    ]);
  });

  test('fieldsMatch subset ignores extra columns and matches by name', async () => {
    const schema = 'fieldsMatch: subset\nfields:\n  - {name: b, type: integer}\n';
    const run = await runValidateData(
      { 'd.csv': 'a,b,c\nx,1,y\nz,q,w\n', 's.yaml': schema },
      { data: 'd.csv', schema: 's.yaml' },
    );
    expect(run.report!.errors.map((e) => [e.type, e.field, e.value])).toEqual([['type-error', 'b', 'q']]);
  });

  test('missingValues at schema and field level, before casting', async () => {
    const schema = `
missingValues: ["", "NA"]
fields:
  - {name: a, type: number}
  - {name: b, type: number, missingValues: ["-"]}
`;
    const run = await runValidateData(
      { 'd.csv': 'a,b\nNA,-\n,NA\n', 's.yaml': schema },
      { data: 'd.csv', schema: 's.yaml' },
    );
    // "NA" is missing for a but not for b, whose own list replaces the schema's; row 2 is missing in
    // every cell, so it is one blank-row.
    expect(run.report!.errors.map((e) => [e.type, e.row, e.field ?? null])).toEqual([
      ['blank-row', 2, null],
      ['type-error', 3, 'b'],
    ]);
    expect(run.report!.fields.map((f) => f.nulls)).toEqual([2, 1]);
  });

  test('pattern is anchored: cat|dog fails "catfish" (frictionless-py accepts it)', async () => {
    const schema = 'fields:\n  - {name: a, type: string, constraints: {pattern: "cat|dog"}}\n';
    const run = await runValidateData(
      { 'd.csv': 'a\ncat\ncatfish\ndog\n', 's.yaml': schema },
      { data: 'd.csv', schema: 's.yaml' },
    );
    expect(run.report!.errors.map((e) => e.value)).toEqual(['catfish']);
  });

  // ajv loads only when a field has a jsonSchema constraint (validate-files.ts): the constraint must still
  // be compiled and applied, in CSV and JSONL, and a schema without one must not need it.
  test('jsonSchema constraints on object and array fields, CSV and JSONL', async () => {
    const schema = [
      'fields:',
      '  - {name: id, type: integer}',
      '  - name: meta',
      '    type: object',
      '    constraints: {jsonSchema: {type: object, required: [k], properties: {k: {type: integer}}}}',
      '  - {name: tags, type: array, constraints: {jsonSchema: {items: {type: string}, maxItems: 2}}}',
      '',
    ].join('\n');
    const records = [
      [1, { k: 1 }, ['a']],
      [2, { k: 'x' }, ['a']],
      [3, {}, [1]],
      [4, { k: 2 }, ['a', 'b', 'c']],
      [5, { k: 3 }, []],
    ] as const;
    const quoted = (value: unknown) => `"${JSON.stringify(value).replaceAll('"', '""')}"`;
    const csv = `id,meta,tags\n${records.map(([id, meta, tags]) => `${id},${quoted(meta)},${quoted(tags)}`).join('\n')}\n`;
    const jsonl = `${records.map(([id, meta, tags]) => JSON.stringify({ id, meta, tags })).join('\n')}\n`;
    const expected = [
      ['constraint-error', 3, 'meta'],
      ['constraint-error', 4, 'meta'],
      ['constraint-error', 4, 'tags'],
      ['constraint-error', 5, 'tags'],
    ];
    for (const data of ['d.csv', 'd.jsonl']) {
      const run = await runValidateData(
        { 'd.csv': csv, 'd.jsonl': jsonl, 's.yaml': schema },
        { data, schema: 's.yaml' },
      );
      expect(run.exitCode).toBe(1);
      const errors = run.report!.errors.map((e) => [e.type, e.row, e.field]);
      // JSONL rows are records (1 = the first); CSV rows count the header line.
      expect(errors).toEqual(
        data === 'd.csv'
          ? expected
          : expected.map(([type, row, field]) => [type, (row as number) - 1, field]),
      );
      expect(run.report!.errors.every((e) => /jsonSchema/.test(e.message))).toBe(true);
    }
    const plain = await runValidateData(
      {
        'd.csv': 'id,meta\n1,"{}"\n',
        's.yaml': 'fields:\n  - {name: id, type: integer}\n  - {name: meta, type: object}\n',
      },
      { data: 'd.csv', schema: 's.yaml' },
    );
    expect(plain.exitCode).toBe(0);
  });

  test('primary key, uniqueKeys (nulls excluded), self foreign key, duplicate rows', async () => {
    const schema = `
fields:
  - {name: id, type: integer}
  - {name: boss, type: integer}
  - {name: code, type: string}
primaryKey: [id]
uniqueKeys: [[code]]
foreignKeys: [{fields: [boss], reference: {fields: [id]}}]
checks: {duplicateRows: true}
`;
    const csv = 'id,boss,code\n1,,a\n2,1,\n3,9,\n2,1,b\n4,1,a\n4,1,a\n';
    const run = await runValidateData(
      { 'd.csv': csv, 's.yaml': schema },
      { data: 'd.csv', schema: 's.yaml' },
    );
    const errors = run.report!.errors.map((e) => [e.type, e.row]);
    expect(errors).toEqual(
      expect.arrayContaining([
        ['primary-key', 5],
        ['foreign-key', 4],
        ['unique-error', 6],
        ['primary-key', 7],
        ['unique-error', 7],
        ['duplicate-row', 7],
      ]),
    );
    expect(run.report!.errorCount).toBe(6);
  });

  test('table checks: row count, null rate, mostly, label balance', async () => {
    const schema = `
columns:
  x: number >= 0
  label: [yes, no]
checks:
  rowCount: {min: 10}
  nullRate: {x: 0.1}
  mostly: {x: 0.5}
  labelBalance: {field: label, min: 0.3, classes: [yes, no]}
`;
    const run = await runValidateData(
      { 'd.csv': 'x,label\n1,yes\n-1,yes\n,yes\n3,no\n', 's.yaml': schema },
      { data: 'd.csv', schema: 's.yaml' },
    );
    const byCheck = run.report!.checks.map((c) => [c.check, c.field ?? null, c.passed]);
    expect(byCheck).toEqual([
      ['row-count', null, false],
      ['null-rate', 'x', false],
      ['mostly', 'x', true],
      ['label-balance', 'label', false],
      ['label-balance', 'label', true],
    ]);
    // The constraint error on x is tolerated by mostly: a warning, not an error.
    expect(run.report!.warnings.map((w) => w.value)).toEqual(['-1']);
    expect(run.report!.errorCounts).toEqual({ 'label-balance': 1, 'null-rate': 1, 'row-count': 1 });
  });

  test('several files are shards of one table: keys span files, rows per file', async () => {
    const schema = 'fields:\n  - {name: id, type: integer, constraints: {unique: true}}\n';
    const run = await runValidateData(
      { 'p/1.csv': 'id\n1\n2\n', 'p/2.csv': 'id\n3\n1\n', 's.yaml': schema },
      { data: 'p/*.csv', schema: 's.yaml' },
    );
    expect(run.report!.files.map((f) => [f.path, f.rows])).toEqual([
      ['p/1.csv', 2],
      ['p/2.csv', 2],
    ]);
    expect(run.report!.errors).toMatchObject([{ type: 'unique-error', file: 'p/2.csv', row: 3 }]);
  });

  test('gzip input, and a truncated gzip is a source error (never valid)', async () => {
    const csv = `id,amount,day,kind\n${Array.from({ length: 20000 }, (_, i) => `${i},1,2024-01-01,a`).join('\n')}\n`;
    const gz = gzipSync(csv);
    const ok = await runValidateData(
      { 'd.csv.gz': gz, 's.yaml': SCHEMA },
      { data: 'd.csv.gz', schema: 's.yaml' },
    );
    expect(ok.report).toMatchObject({ valid: true, stats: { rows: 20000 } });
    const cut = await runValidateData(
      { 'd.csv.gz': gz.subarray(0, gz.length - 100), 's.yaml': SCHEMA },
      { data: 'd.csv.gz', schema: 's.yaml' },
    );
    expect(cut.exitCode).toBe(1);
    expect(cut.report!.errors[0]).toMatchObject({ type: 'source-error', file: 'd.csv.gz' });
    expect(cut.report!.errors[0]!.message).toMatch(/truncated/);
  });

  test('bad files never crash: empty, invalid UTF-8, a 10 MB line, unterminated quote', async () => {
    const cases: Record<string, string | Uint8Array> = {
      'empty.csv': '',
      'latin1.csv': Buffer.concat([
        Buffer.from('id,amount,day,kind\n1,2,2024-01-01,'),
        Buffer.from([0xe9]),
        Buffer.from('\n'),
      ]),
      'long.csv': `id,amount,day,kind\n1,${'x'.repeat(10 * 2 ** 20)},2024-01-01,a\n`,
      'huge.csv': `id,amount,day,kind\n1,${'x'.repeat(17 * 2 ** 20)},2024-01-01,a\n`,
      'quote.csv': 'id,amount,day,kind\n1,"2,2024-01-01,a\n2,3,2024-01-01,a\n',
    };
    const expected: Record<string, RegExp> = {
      'empty.csv': /empty/,
      'latin1.csv': /invalid UTF-8 at byte offset 34 \(line 2\)/,
      'long.csv': /^"x{60}… \(10485760 chars\)" is not a valid number$/,
      'huge.csv': /the record starting at line 2 is longer than 16 MiB/,
      'quote.csv': /unterminated quoted field/,
    };
    for (const [name, content] of Object.entries(cases)) {
      const run = await runValidateData(
        { [name]: content, 's.yaml': SCHEMA },
        { data: name, schema: 's.yaml' },
      );
      expect(run.exitCode).toBe(1);
      expect(run.report!.valid).toBe(false);
      expect(run.report!.errors[0]!.message).toMatch(expected[name]!);
    }
  });

  test('a ReDoS-shaped pattern is refused when the schema loads, at its line (DATA-04)', async () => {
    const schema = 'fields:\n  - name: a\n    type: string\n    constraints: {pattern: "(a+)+$"}\n';
    const run = await runValidateData(
      { 'd.csv': `a\n${'a'.repeat(40)}!\n`, 's.yaml': schema },
      { data: 'd.csv', schema: 's.yaml' },
    );
    expect(run.exitCode).toBe(2);
    expect(run.error!.message).toMatch(/repeats a repetition \(\(a\+\)\+\)/);
    expect(run.error!.where).toMatchObject({ file: 's.yaml', line: 4 });
  });

  test('hostile labels (__proto__, constructor, duplicates, empty) keep values apart (DATA-07)', async () => {
    const schema =
      'fieldsMatch: equal\nfields:\n  - {name: __proto__, type: integer}\n  - {name: constructor, type: integer}\n  - {name: toString, type: integer}\n';
    const run = await runValidateData(
      { 'd.csv': 'constructor,__proto__,toString,toString,\n1,x,3,4,5\n', 's.yaml': schema },
      { data: 'd.csv', schema: 's.yaml' },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const errors = run.report!.errors.map((e) => [e.type, e.field ?? null, e.value ?? null]);
    expect(errors).toEqual(
      expect.arrayContaining([
        ['duplicate-label', 'toString', null],
        ['blank-label', null, null],
        ['type-error', '__proto__', 'x'],
      ]),
    );
  });

  test('usage errors exit 2: no data, missing file, bad schema, bad delimiter', async () => {
    expect((await runValidateData({}, {})).exitCode).toBe(2);
    expect((await runValidateData({}, { data: 'nope.csv' })).error!.message).toMatch(
      /cannot read data file nope.csv/,
    );
    const bad = await runValidateData(
      { 'd.csv': 'a\n1\n', 's.yaml': 'fields:\n  - {name: a, type: nope}\n' },
      { data: 'd.csv', schema: 's.yaml' },
    );
    expect(bad.exitCode).toBe(2);
    expect(bad.error!.where).toMatchObject({ file: 's.yaml', line: 2 });
    expect((await runValidateData({ 'd.csv': 'a\n' }, { data: 'd.csv', delimiter: ';;' })).exitCode).toBe(2);
  });

  test('without a schema: structure only (labels, ragged rows)', async () => {
    const run = await runValidateData({ 'd.csv': 'a,b\n1,2\n3\n' }, { data: 'd.csv' });
    expect(run.report!.errors.map((e) => e.type)).toEqual(['missing-cell']);
  });

  test('fail-on-error: false reports but exits 0', async () => {
    const run = await runValidateData({ 'd.csv': 'a,b\n1\n' }, { data: 'd.csv', 'fail-on-error': 'false' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.valid).toBe('false');
  });

  test('text from data is escaped in the summary', async () => {
    const schema = 'fields:\n  - {name: a, type: integer}\n';
    const run = await runValidateData(
      { 'd.csv': 'a\n"<img src=x> @admin |x|"\n', 's.yaml': schema },
      { data: 'd.csv', schema: 's.yaml' },
    );
    expect(run.summary).not.toMatch(/(^|[^\\])<img/);
    expect(run.summary).not.toMatch(/ @admin/);
    expect(run.summary).toMatch(/\\<img src=x\\> @\u200badmin \\\|x\\\|/);
  });
});
