import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { type RangeJob, runRangeJob } from '../../../../src/actions/validate-data/range-worker.js';
import { loadTableSchema } from '../../../../src/core/data/table-schema/load-schema.js';
import { parseSourceDoc } from '../../../../src/core/data/table-schema/source-doc.js';
import { testTempDir } from '../../../support/temp-dirs.js';

// A range worker loads ajv only for a job that compiles a JSON Schema (a `jsonSchema` constraint or JSONL
// records against one): such a job must find it loaded, in a fresh module (this file's own registry), and
// check the constraint in every range as the main thread does.
const schema = loadTableSchema(
  parseSourceDoc(
    's.json',
    JSON.stringify({
      fields: [
        { name: 'id', type: 'integer' },
        {
          name: 'meta',
          type: 'object',
          constraints: {
            jsonSchema: { type: 'object', required: ['k'], properties: { k: { type: 'integer' } } },
          },
        },
      ],
    }),
  ),
);

const ROWS = ['1,"{""k"": 1}"', '2,"{""k"": ""x""}"', '3,"{}"', '4,"{""k"": 4}"'];

function job(format: 'csv' | 'jsonl', path: string, end: number): RangeJob {
  return {
    kind: 'mlci-csv-range',
    format,
    path,
    file: `d.${format}`,
    start: 0,
    end,
    schema,
    dialect: { delimiter: 44, quote: 34, header: false },
    fieldOf: format === 'csv' ? [0, 1] : [],
    labels: format === 'csv' ? ['id', 'meta'] : [],
    maxErrors: 100,
    profiling: false,
  };
}

describe('range worker: a jsonSchema constraint', () => {
  test.each(['csv', 'jsonl'] as const)('%s: checked in the range, the failing rows named', async (format) => {
    const dir = testTempDir('mlci-range-js-');
    const text =
      format === 'csv'
        ? `${ROWS.join('\n')}\n`
        : '{"id":1,"meta":{"k":1}}\n{"id":2,"meta":{"k":"x"}}\n{"id":3,"meta":{}}\n{"id":4,"meta":{"k":4}}\n';
    const path = join(dir, `d.${format}`);
    writeFileSync(path, text);
    const result = await runRangeJob(job(format, path, Buffer.byteLength(text)));
    expect(result.failure).toBeUndefined();
    expect(result.rows).toBe(4);
    expect(Array.from(result.constraintErrors)).toEqual([0, 2]);
    const samples = result.errors.samples.flatMap(([, list]) => list.map((e) => [e.type, e.row, e.field]));
    expect(samples).toEqual([
      ['constraint-error', 2, 'meta'],
      ['constraint-error', 3, 'meta'],
    ]);
  });
});
