import { fileURLToPath } from 'node:url';
import { statSync } from 'node:fs';
import { expect, test } from '@jest/globals';
import { loadTableSchema } from '../../../../src/core/data/table-schema/load-schema.js';
import {
  type RangeJob,
  type RangeResult,
  runRangeJob,
} from '../../../../src/actions/validate-data/range-worker.js';

// 12,000 rows in 6 row groups (written by DuckDB): amount null every 13th row and -1 every 997th (from
// row 5), kind z every 1777th (from row 3).
const path = fileURLToPath(
  new URL('../../../support/fixtures/validate-data/groups-snappy.parquet', import.meta.url),
);
const schema = loadTableSchema({
  file: 's.yaml',
  value: {
    fields: [
      { name: 'id', type: 'integer' },
      { name: 'amount', type: 'number', constraints: { minimum: 0 } },
      { name: 'kind', type: 'string', constraints: { enum: ['a', 'b'] } },
    ],
  },
  where: () => ({ file: 's.yaml' }),
});
const job = (extra: Partial<RangeJob>): RangeJob => ({
  kind: 'mlci-csv-range',
  format: 'parquet',
  path,
  file: 'g.parquet',
  schema,
  maxErrors: 1000,
  profiling: false,
  dialect: { delimiter: 44, quote: 34, header: false },
  fieldOf: [],
  labels: [],
  start: 0,
  end: statSync(path).size,
  ...extra,
});
const summary = (results: readonly RangeResult[]) => ({
  rows: results.reduce((n, r) => n + r.checkedRows, 0),
  errors: results.flatMap((r) =>
    r.errors.samples.flatMap(([type, list]) => list.map((e) => [type, e.row, e.field, e.value])),
  ),
  nulls: results.reduce((n, r) => n + r.nulls[1]!, 0),
});

test.each([1, 2, 4])(
  'threads claiming row groups %i at a time give, in file order, what one pass gives',
  async (step) => {
    const whole = await runRangeJob(job({ groups: [0, 6] }));
    expect(whole.failure).toBeUndefined();
    const claim = new SharedArrayBuffer(4);
    // Two claimants sharing one counter (as the main thread and a worker do), interleaved at each await.
    const [a, b] = await Promise.all([
      runRangeJob(job({ groups: [0, 6], claim, step })),
      runRangeJob(job({ groups: [0, 6], claim, step })),
    ]);
    const parts = [...a!.parts!, ...b!.parts!].sort((x, y) => x.group - y.group);
    expect(parts.map((part) => part.group)).toEqual(
      Array.from({ length: Math.ceil(6 / step) }, (_, i) => i * step),
    );
    expect(b!.parts!.length).toBeGreaterThan(0); // both took some
    expect(summary(parts.map((part) => part.result))).toEqual(summary([whole]));
    expect(whole.checkedRows).toBe(12000);
    let nulls = 0;
    for (let i = 0; i < 12000; i++) if (i % 13 === 0 && i % 997 !== 5) nulls++;
    expect(whole.nulls[1]).toBe(nulls);
  },
);
