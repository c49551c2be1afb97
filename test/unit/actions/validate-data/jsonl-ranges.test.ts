import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { type RangeJob, runRange } from '../../../../src/actions/validate-data/range-worker.js';
import { splitAtLines } from '../../../../src/core/data/csv/byte-ranges.js';
import { loadTableSchema } from '../../../../src/core/data/table-schema/load-schema.js';
import { parseSourceDoc } from '../../../../src/core/data/table-schema/source-doc.js';
import { ErrorCollector } from '../../../../src/core/data/validate/error-collector.js';
import { testTempDir } from '../../../support/temp-dirs.js';

// What the JSONL worker ranges compute, merged as parallel-ranges.ts merges them (rows and lines shifted
// by the ranges before): for every place the nominal split can fall, the merge must be the single pass.
const schema = loadTableSchema(
  parseSourceDoc(
    's.json',
    JSON.stringify({
      fieldsMatch: 'partial',
      fields: [
        { name: 'id', type: 'integer', constraints: { required: true } },
        { name: 'kind', type: 'string', constraints: { enum: ['a', 'b'] } },
        { name: 'score', type: 'number', constraints: { maximum: 1 } },
      ],
    }),
  ),
);

const LINES = [
  '{"id": 1, "kind": "a", "score": 0.5}',
  '{"id": 2, "kind": "z", "score": 0.5, "extra": {"nested": [1, 2, {"kind": "zz"}]}}',
  '',
  String.raw`{"id": 3, "kind": "\u0061", "score": 1e1, "note": "a \"quoted\" \\ text"}`,
  '{"id": "x", "kind": "b"}',
  '{"id": 4, "kind": "a",}',
  '{"id": null, "kind": null, "score": null}',
  `{"id": 5, "kind": "b", "long": "${'y'.repeat(3000)}"}`,
  '{"id": 6, "kind": "a", "kind": "c"}',
  '[1]',
  '{"id": 7, "kind": "b", "score": 2}',
];

function job(path: string, start: number, end: number): RangeJob {
  return {
    kind: 'mlci-csv-range',
    format: 'jsonl',
    path,
    file: 'd.jsonl',
    start,
    end,
    schema,
    dialect: { delimiter: 44, quote: 34, header: false },
    fieldOf: [],
    labels: [],
    maxErrors: 100,
    profiling: false,
  };
}

function merged(path: string, ranges: readonly { start: number; end: number }[]) {
  const errors = new ErrorCollector(100);
  let rows = 0;
  let lines = 0;
  const nulls = [0, 0, 0];
  for (const range of ranges) {
    const result = runRange(job(path, range.start, range.end));
    expect(result.failure).toBeUndefined();
    errors.merge(result.errors, { rows, lines });
    rows += result.rows;
    lines += result.lines;
    result.nulls.forEach((n, i) => {
      nulls[i]! += n;
    });
  }
  return { errors: errors.serialize(), rows, nulls };
}

describe('JSONL byte ranges: the merged ranges report what one pass does', () => {
  test.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('every split point, %s line ends, with a BOM', (_, eol) => {
    const text = `\ufeff${LINES.join(eol)}${eol}`;
    const bytes = Buffer.from(text);
    const path = join(testTempDir('mlci-jsonl-ranges-'), 'd.jsonl');
    writeFileSync(path, bytes);
    const whole = merged(path, [{ start: 0, end: bytes.length }]);
    expect(whole.rows).toBe(LINES.length - 1);
    expect(whole.errors.counts.map(([type]) => type).sort()).toEqual(
      ['blank-row', 'constraint-error', 'format-error', 'type-error'].sort(),
    );
    const formatErrors = whole.errors.samples.find(([type]) => type === 'format-error')![1];
    expect(formatErrors.map((e) => [e.row, e.line])).toEqual([
      [5, 6],
      [9, 10],
    ]);
    const lineFeedAfter = (offset: number) => bytes.indexOf(10, offset);
    for (let nominal = 1; nominal < bytes.length; nominal += 7) {
      // Two parts, the first split at a nominal offset anywhere (inside a string, an escape, a long line).
      const ranges = splitAtLines(0, bytes.length, 2, (offset) => lineFeedAfter(Math.max(offset, nominal)));
      expect(merged(path, ranges)).toEqual(whole);
    }
  });
});
