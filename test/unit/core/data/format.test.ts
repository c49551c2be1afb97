import { describe, expect, test } from '@jest/globals';
import { formatOf } from '../../../../src/core/data/format.js';
import { MlciError } from '../../../../src/core/errors.js';

describe('formatOf', () => {
  test.each([
    ['data/train.csv', 'csv'],
    ['data/train.tsv.gz', 'csv'],
    ['shard-0.jsonl', 'jsonl'],
    ['events.ndjson.gz', 'jsonl'],
    ['records.json', 'jsonl'],
    ['part-0.parquet', 'parquet'],
    ['part-0.pq', 'parquet'],
    ['DATA.PARQUET', 'parquet'],
    ['no-extension', 'csv'],
  ])('%s is %s by its name', (path, format) => {
    expect(formatOf(path)).toBe(format);
  });

  test('the format input wins over the name', () => {
    expect(formatOf('export.txt', 'JSONL')).toBe('jsonl');
    expect(formatOf('x.csv', 'parquet')).toBe('parquet');
    expect(formatOf('x.parquet', 'tsv')).toBe('csv');
  });

  test('an unknown format input is a usage error', () => {
    expect(() => formatOf('x.csv', 'xlsx')).toThrow(MlciError);
    expect(() => formatOf('x.csv', 'xlsx')).toThrow('unknown format "xlsx"');
  });
});
