import { readFileSync } from 'node:fs';
import * as zlib from 'node:zlib';
import { describe, expect, test } from '@jest/globals';
import { hasNativeZstd, useZstd } from '../../../../src/core/data/parquet/zstd.js';
import { runValidateData } from '../../../support/validate-data-run.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../support/fixtures/validate-data/${name}`, import.meta.url));

// The fixtures were written by DuckDB: 20 rows; amount is null in row 7 and -5 in row 9; kind is z in row 11.
const SCHEMA = `
fields:
  - {name: id, type: integer, constraints: {required: true}}
  - {name: amount, type: number, constraints: {minimum: 0}}
  - {name: day, type: date}
  - {name: kind, type: string, constraints: {enum: [a, b]}}
  - {name: flag, type: boolean}
`;
const EXPECTED = [
  ['constraint-error', 10, 'amount'],
  ['constraint-error', 12, 'kind'],
];

describe('validate-data: JSONL and Parquet', () => {
  test('JSONL against a Table Schema: typed values, the same errors as the table', async () => {
    const run = await runValidateData(
      { 'd.jsonl': fixture('small.jsonl'), 's.yaml': SCHEMA },
      { data: 'd.jsonl', schema: 's.yaml' },
    );
    expect(run.report!.errors.map((e) => [e.type, e.row! + 1, e.field])).toEqual(EXPECTED);
    expect(run.report!.stats.rows).toBe(20);
    expect(run.report!.fields[1]!.nulls).toBe(1);
  });

  test('JSONL against a JSON Schema (2020-12 and draft-07); bad JSON lines are format errors', async () => {
    const lines = [
      '{"id": 1, "tags": ["a"]}',
      '{"id": "two"}',
      '{"tags": []}',
      '{"id": 3, "extra": true}',
      '{"id": NaN}',
      '',
      '{"id": 4, "tags": [1]}',
    ].join('\n');
    for (const draft of [
      'https://json-schema.org/draft/2020-12/schema',
      'http://json-schema.org/draft-07/schema#',
    ]) {
      const schema = JSON.stringify({
        $schema: draft,
        type: 'object',
        required: ['id'],
        additionalProperties: false,
        properties: { id: { type: 'integer' }, tags: { type: 'array', items: { type: 'string' } } },
      });
      const run = await runValidateData(
        { 'd.jsonl.gz': zlib.gzipSync(lines), 'r.json': schema },
        { data: 'd.jsonl.gz', schema: 'r.json' },
      );
      expect(run.report!.errors.map((e) => [e.type, e.line, e.field ?? null])).toEqual([
        ['type-error', 2, '/id'],
        ['missing-cell', 3, 'id'],
        ['extra-cell', 4, 'extra'],
        ['format-error', 5, null],
        ['type-error', 7, '/tags/0'],
      ]);
      expect(run.report!.stats.rows).toBe(6);
    }
  });

  test('Parquet (snappy, gzip) read per row group: typed values checked against the fields', async () => {
    for (const codec of ['snappy', 'gzip']) {
      const run = await runValidateData(
        { 'd.parquet': fixture(`small-${codec}.parquet`), 's.yaml': SCHEMA },
        { data: 'd.parquet', schema: 's.yaml' },
      );
      expect(run.report!.errors.map((e) => [e.type, e.row, e.field])).toEqual(EXPECTED);
      expect(run.report!.files).toEqual([
        { path: 'd.parquet', format: 'parquet', rows: 20, bytes: expect.any(Number) },
      ]);
    }
  });

  test('Parquet with zstd: node:zlib where Node has zstd, else the JS decoder, the same report', async () => {
    const reports: unknown[] = [];
    for (const which of [
      ...(hasNativeZstd() ? (['node:zlib'] as const) : []),
      'wasm' as const,
      'js' as const,
    ]) {
      useZstd(which);
      try {
        const run = await runValidateData(
          { 'd.parquet': fixture('small-zstd.parquet'), 's.yaml': SCHEMA },
          { data: 'd.parquet', schema: 's.yaml' },
        );
        expect(run.report!.errors.map((e) => [e.type, e.row, e.field])).toEqual(EXPECTED);
        reports.push(run.report!.fields);
      } finally {
        useZstd('auto');
      }
    }
    for (const fields of reports) expect(fields).toEqual(reports[0]);
  });

  test('a Parquet type that does not fit the field is a type error', async () => {
    const schema =
      'fields:\n  - {name: id, type: string}\n  - {name: kind, type: integer}\n  - {name: day, type: date}\nfieldsMatch: subset\n';
    const run = await runValidateData(
      { 'd.parquet': fixture('small-snappy.parquet'), 's.yaml': schema },
      { data: 'd.parquet', schema: 's.yaml' },
    );
    expect(run.report!.errorCounts['type-error']).toBe(40); // id is an int64 (not a string), kind a string
  });

  test('a file that is not Parquet is a source error, not a crash', async () => {
    const run = await runValidateData(
      { 'd.parquet': 'id,amount\n1,2\n', 's.yaml': SCHEMA },
      { data: 'd.parquet', schema: 's.yaml' },
    );
    expect(run.exitCode).toBe(1);
    expect(run.report!.errors[0]).toMatchObject({
      type: 'source-error',
      message: expect.stringMatching(/not a Parquet file: it does not start with PAR1/),
    });
  });
});
