// The validate-data bundle under the runner emulation, on Node 20 and Node 24: a valid table, planted
// errors annotated on the data file within GitHub's per-step limit, worker threads giving the same report
// as one thread, and data cells that try to inject workflow commands.
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { type NodeRuntime, runBundle } from '../../harness/runner.js';
import { bundle as bundleOf } from '../../support/bundles.js';
import { shallowPrClone } from '../../support/git-repo.js';
import { expectNoStackTrace } from '../../support/no-stack-trace.js';
import { seededRandom } from '../../support/seeded-random.js';
import { testTempDir } from '../../support/temp-dirs.js';

const root = join(import.meta.dirname, '../../..');

const SCHEMA = `
columns:
  id: integer! unique
  amount: number >= 0
  day: date
  kind: [a, b]
checks:
  rowCount: {min: 1}
`;

// The committed bundle (or a fresh build with MLCI_E2E_BUILD=1, test/support/bundles.ts).
let bundle: string;
beforeAll(async () => {
  bundle = await bundleOf('validate-data');
}, 300_000);

async function workspace(files: Record<string, string>): Promise<string> {
  const dir = testTempDir('mlci-validate-e2e-');
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

describe.each(['node20', 'node24'] as NodeRuntime[])('validate-data bundle on %s', (node) => {
  test('valid data: exit 0, outputs, report and summary', async () => {
    const cwd = await workspace({
      'd.csv': 'id,amount,day,kind\n1,2.5,2024-01-01,a\n2,0,2024-01-02,b\n',
      's.yaml': SCHEMA,
    });
    const run = await runBundle({ bundle, node, cwd, inputs: { data: 'd.csv', schema: 's.yaml' } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      valid: 'true',
      'error-count': '0',
      report: 'mlci-validation-report.json',
    });
    const report = JSON.parse(await readFile(join(cwd, 'mlci-validation-report.json'), 'utf8'));
    expect(report).toMatchObject({ kind: 'mlci/validation-report', version: 1, valid: true });
    expect(run.summary).toMatch(/validate-data: valid/);
    expect(run.unexpectedInputs).toEqual([]);
  });

  test('a data package: a dangling cross-resource key is annotated on the data file; a cycle is exit 2', async () => {
    const customers = {
      name: 'customers',
      path: 'c.csv',
      schema: { fields: [{ name: 'id', type: 'integer' }] },
    };
    const orders = (resource: string) => ({
      name: 'orders',
      path: 'o.csv',
      schema: {
        fields: [
          { name: 'oid', type: 'integer' },
          { name: 'cid', type: 'integer' },
        ],
        foreignKeys: [{ fields: ['cid'], reference: { resource, fields: ['id'] } }],
      },
    });
    const cwd = await workspace({
      'c.csv': 'id\n1\n2\n',
      'o.csv': 'oid,cid\n1,1\n2,7\n3,\n4,2\n',
      'dp.json': JSON.stringify({ resources: [orders('customers'), customers] }),
      'cycle.json': JSON.stringify({
        resources: [
          { ...orders('customers'), name: 'orders' },
          {
            ...customers,
            schema: {
              ...customers.schema,
              foreignKeys: [{ fields: ['id'], reference: { resource: 'orders', fields: ['cid'] } }],
            },
          },
        ],
      }),
    });
    const run = await runBundle({ bundle, node, cwd, inputs: { datapackage: 'dp.json' } });
    expectNoStackTrace(run);
    expect(run.exitCode).toBe(1);
    expect(run.outputs['error-count']).toBe('1');
    const report = JSON.parse(await readFile(join(cwd, 'mlci-validation-report.json'), 'utf8'));
    expect(report.errors).toEqual([
      expect.objectContaining({ type: 'foreign-key', resource: 'orders', file: 'o.csv', row: 3, value: '7' }),
    ]);
    expect(run.annotations).toEqual(
      expect.arrayContaining([expect.objectContaining({ level: 'error', file: 'o.csv', line: 3 })]),
    );
    const cycle = await runBundle({ bundle, node, cwd, inputs: { datapackage: 'cycle.json' } });
    expectNoStackTrace(cycle);
    expect(cycle.exitCode).toBe(2);
    expect(`${cycle.stdout}${cycle.stderr}`).toContain('orders -> customers -> orders');
  });

  test('invalid data: exit 1, at most 10 error annotations on the data file, the rest in the summary', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `${i},${i % 2 ? 'x' : '-1'},2024-01-01,a`).join('\n');
    const cwd = await workspace({ 'data.csv': `id,amount,day,kind\n${rows}\n`, 's.yaml': SCHEMA });
    const run = await runBundle({ bundle, node, cwd, inputs: { data: 'data.csv', schema: 's.yaml' } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ valid: 'false', 'error-count': '30' });
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors.length).toBe(10); // 9 on the data + the step's own failure
    expect(errors[0]).toMatchObject({ file: 'data.csv', line: 2, title: 'constraint-error (amount)' });
    expect(errors.at(-1)!.message).toMatch(/the data is invalid: 15 constraint-error, 15 type-error/);
    expect(run.summary).toMatch(/\| type-error \| 15 \|/);
    expect(run.summary.match(/^\| (type|constraint)-error \| data\.csv:/gm)?.length).toBe(30);
    expectNoStackTrace(run);
  });

  test('a config error exits 2 with the schema line, no stack trace', async () => {
    const cwd = await workspace({ 'd.csv': 'a\n1\n', 's.yaml': 'fields:\n  - {name: a, type: integr}\n' });
    const run = await runBundle({ bundle, node, cwd, inputs: { data: 'd.csv', schema: 's.yaml' } });
    expect(run.exitCode).toBe(2);
    expect(run.annotations[0]).toMatchObject({ level: 'error', file: 's.yaml', line: 2 });
    expectNoStackTrace(run);
  });

  test('cells cannot inject workflow commands', async () => {
    const csv =
      'id,amount,day,kind\n"1",1,2024-01-01,"::error file=x.py,line=1::fake"\n2,"::add-mask::secret",2024-01-01,a\n';
    const cwd = await workspace({ 'd.csv': csv, 's.yaml': SCHEMA });
    const run = await runBundle({ bundle, node, cwd, inputs: { data: 'd.csv', schema: 's.yaml' } });
    expect(run.annotations.some((a) => a.file === 'x.py')).toBe(false);
    expect(run.masks).toEqual([]);
  });
});

describe('validate-data bundle: schema diff on a pull_request run', () => {
  test('a shallow checkout: the base branch is fetched, the change reported (exit 0) or failed on request (exit 1)', async () => {
    const root = testTempDir('mlci-validate-e2e-git-');
    const { clone: cwd } = shallowPrClone(
      root,
      {
        base: { 's.yaml': 'columns:\n  id: integer\n', 'd.csv': 'id\n1\n' },
        pr: {
          's.yaml': 'columns:\n  id: integer\n  "@team <b>x</b>": string\n',
          'd.csv': 'id,@team <b>x</b>\n1,a\n',
        },
      },
      'checkout',
    );
    const pr = { bundle, cwd, event: 'pull_request', env: { GITHUB_BASE_REF: 'main' } } as const;
    const run = await runBundle({ ...pr, inputs: { data: 'd.csv', schema: 's.yaml' } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ valid: 'true', 'schema-changed': 'true' });
    const report = JSON.parse(await readFile(join(cwd, 'mlci-validation-report.json'), 'utf8'));
    expect(report.schemaDiff).toMatchObject({
      base: 'main',
      status: 'compared',
      changes: ['added column "@team <b>x</b>" (string)'],
    });
    expect(run.summary).toContain('- added column "@\u200bteam \\<b\\>x\\</b\\>" \\(string\\)');
    const strict = await runBundle({
      ...pr,
      inputs: { data: 'd.csv', schema: 's.yaml', 'fail-on-schema-change': true },
    });
    expect(strict.exitCode).toBe(1);
    expect(strict.annotations.at(-1)!.message).toMatch(/the schema s\.yaml differs from main: added column/);
    expectNoStackTrace(strict);
  });
});

/**
 * Validates one failing file with 1 and then 2 workers (reports r1.json, r2.json); each run exits 1 and
 * only the 2-worker run logs `workerLine`. Returns the two reports.
 */
async function reportsAtOneAndTwoWorkers(cwd: string, data: string, schema: string, workerLine: string) {
  const runs = [];
  for (const workers of [1, 2]) {
    const run = await runBundle({
      bundle,
      cwd,
      inputs: { data, schema, workers, report: `r${workers}.json` },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout.includes(workerLine)).toBe(workers === 2);
    runs.push(JSON.parse(await readFile(join(cwd, `r${workers}.json`), 'utf8')));
  }
  return runs;
}

describe('validate-data bundle: worker threads', () => {
  test('a 40 MB CSV gives the same report with 2 workers as with one thread', async () => {
    const block = Array.from(
      { length: 1000 },
      (_, i) =>
        `${i},${(i * 1.5).toFixed(1)},2024-01-${String((i % 28) + 1).padStart(2, '0')},${i % 2 ? 'a' : 'b'},"note, with ""quotes"""`,
    ).join('\n');
    const lines = [`id,amount,day,kind,note\n`];
    let size = 0;
    for (let k = 0; size < 40 * 2 ** 20; k++) {
      let text = `${block}\n`;
      if (k === 100) text = text.replace('5,7.5,', '5,-7.5,');
      if (k === 700) text = text.replace(',a,', ',z,');
      lines.push(text);
      size += text.length;
    }
    const schema =
      'fieldsMatch: subset\ncolumns:\n  id: integer\n  amount: number >= 0\n  day: date\n  kind: [a, b]\n';
    const cwd = await workspace({ 'big.csv': lines.join(''), 's.yaml': schema });
    const runs = await reportsAtOneAndTwoWorkers(cwd, 'big.csv', 's.yaml', 'scanned in 2 worker threads');
    expect(runs[1].errors).toEqual(runs[0].errors);
    expect(runs[1].fields).toEqual(runs[0].fields);
    expect(runs[0].errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
      [100 * 1000 + 5 + 2, 'amount'],
      [700 * 1000 + 1 + 2, 'kind'],
    ]);
  });

  // Keys on both cores with one key table (parallel-key-ranges.ts): repeats within a range, across the
  // range border (a row of the second range repeating one of the first), a composite unique key and whole
  // duplicate rows must come out as one thread reports them: same rows, first rows, values, lines and samples.
  test('a 40 MB CSV with unique, primaryKey, uniqueKeys and duplicate rows: the same report with 2 workers', async () => {
    const rows: string[] = [];
    let size = 0;
    for (let i = 0; size < 40 * 2 ** 20; i++) {
      const id = i % 50_021 === 17 ? i - 9 : i % 70_001 === 3 ? (i * 7) % 1000 : i;
      const row = `${id},g${i % 90_000},${i % 3 ? 'eu' : 'us'},"a note, quoted ${i % 7}"`;
      rows.push(i % 80_000 === 5 ? rows[i - 1]! : row);
      size += row.length + 1;
    }
    const schema = [
      'fields:',
      '  - { name: id, type: integer, constraints: { unique: true } }',
      '  - { name: group, type: string }',
      '  - { name: region, type: string }',
      '  - { name: note, type: string }',
      'primaryKey: [id]',
      'uniqueKeys: [[group, region]]',
      'checks: { duplicateRows: true }',
      '',
    ].join('\n');
    const cwd = await workspace({
      'keys.csv': `id,group,region,note\n${rows.join('\n')}\n`,
      's.yaml': schema,
    });
    const runs = await reportsAtOneAndTwoWorkers(cwd, 'keys.csv', 's.yaml', 'scanned in 2 worker threads');
    expect(runs[1].errors).toEqual(runs[0].errors);
    expect(runs[1].errorCounts).toEqual(runs[0].errorCounts);
    expect(Object.keys(runs[0].errorCounts).sort()).toEqual(['duplicate-row', 'primary-key', 'unique-error']);
    // The samples are capped: more repeats than samples, so which ones are kept is tested too.
    expect(runs[0].errorCounts['unique-error']).toBeGreaterThan(runs[0].samplesPerType);
    const late = runs[0].errors.find((e: { row: number }) => e.row > rows.length / 2 + 2);
    expect(late?.message).toMatch(/repeats row \d+$/);
  });

  // A one-field string key whose repeats all fall in the second range (their values are re-read from it),
  // null keys, a key repeated 14,000 times, a type error on repeated rows, and records spanning two lines
  // (quoted newlines) so that lines are not rows.
  test('a 40 MB CSV with a string key repeated in the second range: the same report with 2 workers', async () => {
    const rows: string[] = [];
    let size = 0;
    for (let i = 0; size < 40 * 2 ** 20; i++) {
      const code = i % 97 === 5 ? '' : i >= 900_000 && i % 100 === 7 ? 'hot' : `k${i % 1_100_000}`;
      const amount = i % 100_003 === 11 ? 'x' : String(i % 1000);
      const note = i % 1000 === 3 ? '"two\nlines"' : 'plain';
      const row = `${code},${amount},${note}`;
      rows.push(row);
      size += row.length + 1;
    }
    const schema = [
      'fields:',
      '  - { name: code, type: string, constraints: { unique: true } }',
      '  - { name: amount, type: integer }',
      '  - { name: note, type: string }',
      '',
    ].join('\n');
    const cwd = await workspace({ 'keys.csv': `code,amount,note\n${rows.join('\n')}\n`, 's.yaml': schema });
    const runs = await reportsAtOneAndTwoWorkers(cwd, 'keys.csv', 's.yaml', 'scanned in 2 worker threads');
    expect(runs[1].errors).toEqual(runs[0].errors);
    expect(runs[1].errorCounts).toEqual(runs[0].errorCounts);
    expect(runs[1].fields).toEqual(runs[0].fields);
    const unique = runs[0].errors.filter((e: { type: string }) => e.type === 'unique-error');
    expect(unique).toHaveLength(runs[0].samplesPerType);
    expect(runs[0].errorCounts['unique-error']).toBeGreaterThan(14_000);
    expect(unique[0].row).toBe(900_109); // past the first range (about 3/10 of the rows)
    expect(unique[0].line).toBeGreaterThan(unique[0].row); // lines spanned before it
    expect(unique[0].message).toBe('(code) value "hot" repeats row 900009');
    expect(runs[0].errorCounts['type-error']).toBeGreaterThan(10);
  });

  // Ranges that cannot be used with keys: one beginning inside a quoted field (records of 30 lines), and
  // a second range with irregular quoting (`"ab"cd`), found only after its keys were inserted: they are
  // taken out again and the main thread scans on. Either way the report is the one-thread report.
  test.each([
    ['records of 30 lines', (i: number) => `"${'line\n'.repeat(29)}end ${i}"`],
    ['an irregular quote late in the file', (i: number) => (i === 1_500_000 ? '"ab"cd' : 'plain')],
  ])('a 40 MB CSV with keys and %s: the same report with 2 workers', async (_, note) => {
    const rows: string[] = [];
    let size = 0;
    for (let i = 0; size < 40 * 2 ** 20; i++) {
      const row = `${i % 40_000 === 9 ? i - 5 : i},${i % 1000},${note(i)}`;
      rows.push(row);
      size += row.length + 1;
    }
    const schema =
      'fields:\n  - { name: id, type: integer }\n  - { name: n, type: integer }\n  - { name: note, type: string }\nprimaryKey: [id]\n';
    const cwd = await workspace({ 'keys.csv': `id,n,note\n${rows.join('\n')}\n`, 's.yaml': schema });
    const runs = [];
    for (const workers of [1, 2]) {
      const run = await runBundle({
        bundle,
        cwd,
        inputs: { data: 'keys.csv', schema: 's.yaml', workers, report: `r${workers}.json` },
      });
      expect(run.exitCode).toBe(1);
      // The log says what happened: no "scanned in 2 worker threads" for a scan this thread finished.
      expect(run.stdout.includes('scanned in 2 worker threads')).toBe(false);
      expect(run.stdout.includes('scanned on one thread after the first range')).toBe(workers === 2);
      runs.push(JSON.parse(await readFile(join(cwd, `r${workers}.json`), 'utf8')));
    }
    expect(runs[1].errors).toEqual(runs[0].errors);
    expect(runs[1].errorCounts).toEqual(runs[0].errorCounts);
    expect(runs[0].errorCounts['primary-key']).toBeGreaterThan(1);
  });

  test('a 40 MB JSONL file against a JSON Schema gives the same report with 2 workers', async () => {
    const lines: string[] = [];
    let size = 0;
    for (let i = 0; size < 40 * 2 ** 20; i++) {
      const line = JSON.stringify({
        id: i === 300_000 ? 'x' : i,
        tags: i === 123_457 ? [1] : ['a', 'b'],
        note: 'some text here',
      });
      lines.push(line);
      size += line.length + 1;
    }
    const schema = JSON.stringify({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      required: ['id'],
      properties: { id: { type: 'integer' }, tags: { type: 'array', items: { type: 'string' } } },
    });
    const cwd = await workspace({ 'big.jsonl': `${lines.join('\n')}\n`, 'r.json': schema });
    const runs = await reportsAtOneAndTwoWorkers(cwd, 'big.jsonl', 'r.json', 'scanned in worker threads');
    expect(runs[1].errors).toEqual(runs[0].errors);
    expect(runs[1].files).toEqual(runs[0].files);
    expect(runs[0].errors.map((e: { line: number; field: string }) => [e.line, e.field])).toEqual([
      [123_458, '/tags/0'],
      [300_001, '/id'],
    ]);
  });

  // The byte-level JSONL scanner on worker ranges: escapes, nested values of needed and other keys,
  // exponents, and lines it leaves to JSON.parse (a repeated key, an invalid line) across the split.
  test('a 40 MB JSONL file against a Table Schema gives the same report with 2 workers', async () => {
    const lines: string[] = [];
    let size = 0;
    for (let i = 0; size < 40 * 2 ** 20; i++) {
      let line = JSON.stringify({
        id: i,
        amount: i % 7 === 0 ? 1.5e2 : i / 4,
        day: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
        kind: i === 100_000 ? 'z' : i % 2 ? 'a' : 'b',
        note: `"quoted" \\ é text`,
        meta: { kind: 'x', list: [1, { id: 'y' }] },
      });
      if (i % 3 === 0) line = line.replace('é', '\\u00e9'); // a \u escape in the JSON text
      if (i === 250_000) line = line.slice(0, -1);
      if (i === 300_000) line = line.replace('"id":300000', '"id":"x"');
      if (i === 200_000) line = line.replace('"kind":"b"', '"kind":"b","kind":"q"');
      if (i % 5 === 0) line = line.replace('"amount":150,', '"amount":1.5e2,');
      lines.push(line);
      size += line.length + 1;
    }
    const schema =
      'fieldsMatch: subset\ncolumns:\n  id: integer\n  amount: number >= 0\n  day: date\n  kind: [a, b]\n';
    const cwd = await workspace({ 'big.jsonl': `${lines.join('\n')}\n`, 's.yaml': schema });
    const runs = await reportsAtOneAndTwoWorkers(cwd, 'big.jsonl', 's.yaml', 'scanned in worker threads');
    expect(runs[1].errors).toEqual(runs[0].errors);
    expect(runs[1].fields).toEqual(runs[0].fields);
    expect(runs[0].errors.map((e: { line: number; type: string }) => [e.line, e.type])).toEqual([
      [100_001, 'constraint-error'],
      [200_001, 'constraint-error'],
      [250_001, 'format-error'],
      [300_001, 'type-error'],
    ]);
  });

  // .jsonl.gz on two threads: segments inflated by the gunzip worker, validated by the main thread and a
  // range worker with the file's rows and lines; empty lines (not records) and a BOM move the record
  // numbers, and per type the first samples by row must be the single pass's.
  test('a .jsonl.gz over 8 MiB compressed gives the same report with 2 workers', async () => {
    const random = seededRandom(11);
    const lines: string[] = [];
    let size = 0;
    for (let i = 0; size < 48 * 2 ** 20; i++) {
      if (i % 10_007 === 9) lines.push(i % 2 ? '' : '\r'); // empty lines: not records
      const line = JSON.stringify({
        id: i % 40_009 === 17 ? 'x' : i,
        amount: i % 30_011 === 5 ? -1 : i / 4,
        kind: i % 50_021 === 3 ? 'z' : i % 2 ? 'a' : 'b',
        hash: random().toString(36).slice(2) + random().toString(36).slice(2),
      });
      lines.push(i === 222_222 ? line.slice(0, -1) : line);
      size += line.length + 1;
    }
    const gz = gzipSync(`\ufeff${lines.join('\n')}\n`, { level: 1 });
    expect(gz.length).toBeGreaterThan(8 * 2 ** 20); // the threshold for two threads
    const schema = 'columns:\n  id: integer\n  amount: number >= 0\n  kind: [a, b]\n  hash: string\n';
    const cwd = await workspace({ 's.yaml': schema });
    await writeFile(join(cwd, 'big.jsonl.gz'), gz);
    const runs = await reportsAtOneAndTwoWorkers(cwd, 'big.jsonl.gz', 's.yaml', 'scanned in worker threads');
    expect(runs[1].errors).toEqual(runs[0].errors);
    expect(runs[1].fields).toEqual(runs[0].fields);
    expect(runs[1].stats.rows).toBe(runs[0].stats.rows);
    const types = new Set(runs[0].errors.map((e: { type: string }) => e.type));
    expect([...types].sort()).toEqual(['constraint-error', 'format-error', 'type-error']);
    // The cut line's line number counts the empty lines before it.
    const cut = lines.findIndex((line) => line.length > 1 && !line.endsWith('}')) + 1;
    expect(cut).toBeGreaterThan(222_223);
    expect(runs[0].errors.find((e: { type: string }) => e.type === 'format-error').line).toBe(cut);
  });

  test('a Parquet file of many row groups gives the same report with 2 workers', async () => {
    const cwd = await workspace({});
    const path = join(cwd, 'big.parquet');
    // Random strings keep the decoded bytes (~240 MiB) above the threshold for workers (a sixth of them
    // past 32 MiB); two rows break the schema.
    const sql = `COPY (SELECT i AS id, CASE WHEN i = 777777 THEN -1.0 ELSE i * 0.5 END AS amount,
      CASE WHEN i = 1234567 THEN 'z' ELSE 'a' END AS kind, md5(i::VARCHAR) || md5((i + 1)::VARCHAR) AS note
      FROM range(3000000) r(i)) TO '${path}' (FORMAT parquet, ROW_GROUP_SIZE 122880)`;
    await promisify(execFile)(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { DuckDBInstance } from '@duckdb/node-api';
       const c = await (await DuckDBInstance.create(':memory:')).connect(); await c.run(${JSON.stringify(sql)});`,
      ],
      { cwd: root },
    );
    await writeFile(
      join(cwd, 's.yaml'),
      'columns:\n  id: integer\n  amount: number >= 0\n  kind: [a, b]\n  note: string\n',
    );
    const runs = await reportsAtOneAndTwoWorkers(
      cwd,
      'big.parquet',
      's.yaml',
      'row groups read in worker threads',
    );
    expect(runs[1].errors).toEqual(runs[0].errors);
    expect(runs[1].fields).toEqual(runs[0].fields);
    expect(runs[0].errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
      [777777 + 2, 'amount'],
      [1234567 + 2, 'kind'],
    ]);
  });

  test('a profiled Parquet file on 2 workers: one share each, the counts of one pass, the same drift', async () => {
    const cwd = await workspace({});
    const path = join(cwd, 'p.parquet');
    // ~80 MiB decoded: one thread without a profile (a sixth of it is below 32 MiB), two with one.
    const sql = `COPY (SELECT i AS id, CASE WHEN i % 11 = 0 THEN NULL ELSE (i * 37) % 1000 - 5 END AS amount,
      ['a', 'b', 'c'][1 + i % 3] AS kind, md5(i::VARCHAR) || md5((i + 1)::VARCHAR) AS note
      FROM range(1000000) r(i)) TO '${path}' (FORMAT parquet, ROW_GROUP_SIZE 122880)`;
    await promisify(execFile)(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { DuckDBInstance } from '@duckdb/node-api';
       const c = await (await DuckDBInstance.create(':memory:')).connect(); await c.run(${JSON.stringify(sql)});`,
      ],
      { cwd: root },
    );
    await writeFile(
      join(cwd, 's.yaml'),
      'columns:\n  id: integer\n  amount: number >= 0\n  kind: [a, b]\n  note: string\n',
    );
    // A reference with other amounts and kinds: drift to report, the same from both runs.
    const reference = await runBundle({
      bundle,
      cwd,
      inputs: { data: 'p.parquet', schema: 's.yaml', workers: 1, profile: 'ref.json', report: 'r0.json' },
    });
    expect(reference.exitCode).toBe(1);
    const ref = JSON.parse(await readFile(join(cwd, 'ref.json'), 'utf8'));
    for (const column of ref.columns) {
      if (column.numeric)
        column.numeric.histogram.counts = column.numeric.histogram.counts.map((n: number, i: number) =>
          i % 2 ? n * 3 : n,
        );
      if (column.categorical) column.categorical.values[0].count *= 4;
    }
    await writeFile(join(cwd, 'ref.json'), JSON.stringify(ref));
    const profiles = [];
    const reports = [];
    for (const workers of [1, 2]) {
      const run = await runBundle({
        bundle,
        cwd,
        inputs: {
          data: 'p.parquet',
          schema: 's.yaml',
          workers,
          profile: `p${workers}.json`,
          'reference-profile': 'ref.json',
          report: `r${workers}.json`,
        },
      });
      expect(run.exitCode).toBe(1);
      expect(run.stdout.includes('row groups read in worker threads')).toBe(workers === 2);
      profiles.push(JSON.parse(await readFile(join(cwd, `p${workers}.json`), 'utf8')));
      reports.push(JSON.parse(await readFile(join(cwd, `r${workers}.json`), 'utf8')));
    }
    expect(reports[1].errors).toEqual(reports[0].errors);
    expect(reports[1].fields).toEqual(reports[0].fields);
    expect(reports[0].drift.columns.some((c: { drifted: boolean }) => c.drifted)).toBe(true);
    // Drift: the same verdicts and reasons, and the same figures where both sides count exactly (bins on
    // the reference's edges, exact category counts); the quantile sketch and the counts of a column past
    // its exact categories are approximations that two merged shares approximate differently.
    type Drift = { column: string; drifted: boolean; reasons: unknown; metrics: Record<string, number> };
    const verdicts = (drift: { drifted: boolean; columns: Drift[] }) => [
      drift.drifted,
      drift.columns.map((c) => [
        c.column,
        c.drifted,
        c.reasons,
        c.column === 'note' ? {} : { ...c.metrics, wasserstein: undefined },
      ]),
    ];
    expect(verdicts(reports[1].drift)).toEqual(verdicts(reports[0].drift));
    // Two shares merged: what is exact in a profile is that of the one pass (the quantile sketch is not).
    type Column = {
      name: string;
      count: number;
      nulls: number;
      distinct: unknown;
      numeric?: { min: number; max: number; nan: number; infinite: number; histogram: unknown };
      categorical?: { exact: boolean; length: unknown };
    };
    const exact = (p: { columns: Column[] }) =>
      p.columns.map((c) => ({
        name: c.name,
        count: c.count,
        nulls: c.nulls,
        distinct: c.distinct, // HyperLogLog registers: a merge is their maximum
        // Counted on the reference's bins, exactly, in each share.
        numeric: c.numeric && [
          c.numeric.min,
          c.numeric.max,
          c.numeric.nan,
          c.numeric.infinite,
          c.numeric.histogram,
        ],
        categorical: c.categorical?.exact ? c.categorical : c.categorical?.length,
      }));
    expect(profiles[1].rows).toBe(1000000);
    // One share per thread (and the main thread's own profile, empty: its share is a part of its own).
    expect(profiles[1].parts).toBe(3);
    expect(exact(profiles[1])).toEqual(exact(profiles[0]));
  }, 120_000);
});
