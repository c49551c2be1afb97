import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { jsonlPartOffsets } from '../../../../src/actions/validate-data/parallel-ranges.js';
import {
  type RangeJob,
  type RangeResult,
  runRangeJob,
} from '../../../../src/actions/validate-data/range-worker.js';
import { splitAtLines } from '../../../../src/core/data/csv/byte-ranges.js';
import { loadTableSchema } from '../../../../src/core/data/table-schema/load-schema.js';
import { ErrorCollector } from '../../../../src/core/data/validate/error-collector.js';

// JSONL parts claimed one at a time by threads sharing a counter (parallel-ranges.ts): merged in part
// order with rows and lines shifted, they must give what one pass over the file gives.
const schema = loadTableSchema({
  file: 's.yaml',
  value: {
    fields: [
      { name: 'id', type: 'integer', constraints: { required: true } },
      { name: 'kind', type: 'string', constraints: { enum: ['a', 'b'] } },
      { name: 'note', type: 'string' },
    ],
  },
  where: () => ({ file: 's.yaml' }),
});

// Errors of every kind spread over the file: bad JSON, blank rows, type and constraint errors; empty lines.
const lines: string[] = [];
for (let i = 0; i < 600; i++) {
  if (i % 97 === 5) lines.push('{"id": 1,');
  else if (i % 89 === 7) lines.push('');
  else if (i % 83 === 2) lines.push('{"id": null, "kind": null}');
  else if (i % 61 === 3) lines.push(`{"id": "x${i}", "kind": "a"}`);
  else
    lines.push(
      `{"id": ${i}, "kind": "${i % 53 === 1 ? 'z' : 'ab'[i % 2]}", "note": "${'n'.repeat(i % 40)}"}`,
    );
}
const bytes = Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`);
const path = join(mkdtempSync(join(tmpdir(), 'mlci-jsonl-claims-')), 'd.jsonl');
writeFileSync(path, bytes);

const job = (extra: Partial<RangeJob> = {}): RangeJob => ({
  kind: 'mlci-csv-range',
  format: 'jsonl',
  path,
  file: 'd.jsonl',
  schema,
  maxErrors: 1000,
  profiling: false,
  dialect: { delimiter: 44, quote: 34, header: false },
  fieldOf: [],
  labels: [],
  start: 0,
  end: bytes.length,
  ...extra,
});

/** Results merged in order as parallel-ranges.ts merges them. */
function merged(results: readonly RangeResult[]) {
  const errors = new ErrorCollector(1000);
  let rows = 0;
  let lines = 0;
  const typeErrors = [0, 0, 0];
  for (const result of results) {
    errors.merge(result.errors, { rows, lines });
    rows += result.rows;
    lines += result.lines;
    result.typeErrors.forEach((n, i) => {
      typeErrors[i]! += n;
    });
  }
  return { rows, lines, errors: errors.serialize(), typeErrors };
}

test('two threads claiming parts give, in part order, what one pass gives', async () => {
  const whole = await runRangeJob(job());
  expect(whole.failure).toBeUndefined();
  expect(whole.errors.counts.map(([type]) => type).sort()).toEqual(
    ['blank-row', 'constraint-error', 'format-error', 'type-error'].sort(),
  );
  const blocks = [
    ...splitAtLines(0, bytes.length, 9, (offset) => bytes.indexOf(10, offset)).map((part) => part.start),
    bytes.length,
  ];
  expect(blocks.length).toBe(10);
  const claim = new SharedArrayBuffer(4);
  const shared = new SharedArrayBuffer(16);
  // The second thread starts while the first reads its first part (from the first one's progress callback)
  // and takes what is left then: each part once, the first thread's part and the second's interleaved.
  let second: Promise<RangeResult> | undefined;
  const first = runRangeJob(job({ claim, blocks, progress: { shared, slot: 0 } }), () => {
    second ??= runRangeJob(job({ claim, blocks, progress: { shared, slot: 1 } }));
  });
  const a = await first;
  const b = await second!;
  expect(a.failure ?? b.failure).toBeUndefined();
  expect(a.parts!.map((part) => part.group)).toEqual([0]);
  expect(b.parts!.map((part) => part.group)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  // Progress: every byte once, over both slots.
  const done = new Float64Array(shared);
  expect(done[0]! + done[1]!).toBe(bytes.length);
  const parts = [...a.parts!, ...b.parts!].sort((x, y) => x.group - y.group);
  expect(merged(parts.map((part) => part.result))).toEqual(merged([whole]));
});

// The parts taper: the threads' last claims are small, so they finish within a small part of each other.
test('JSONL part offsets: increasing, at most 64 parts, the last ones shrinking down to 1 MiB', () => {
  const MiB = 2 ** 20;
  for (const bytes of [33 * MiB, 100 * MiB, 206 * MiB + 12_345, 617 * MiB, 5000 * MiB])
    for (const threads of [2, 3, 4]) {
      const offsets = jsonlPartOffsets(bytes, threads);
      const bounds = [0, ...offsets, bytes];
      const sizes = bounds.slice(1).map((end, i) => end - bounds[i]!);
      expect(sizes.every((size) => size > 0)).toBe(true);
      expect(sizes.length).toBeLessThanOrEqual(64);
      expect(sizes.length).toBeGreaterThanOrEqual(2 * threads);
      if (bytes < 2 * threads * 8 * MiB) continue;
      // The last parts only shrink, to 1 MiB, and hold 2.5 base parts (or one a thread) between them.
      const last = sizes.slice(-10);
      for (let i = 1; i < last.length; i++) expect(last[i]).toBeLessThanOrEqual(last[i - 1]! + 1);
      expect(last.at(-1)).toBeLessThanOrEqual(MiB + 1); // offsets are whole bytes
      expect(sizes.slice(-16).reduce((a, b) => a + b)).toBeGreaterThanOrEqual(
        Math.min(threads, 2.5) * sizes[0]!,
      );
    }
  // Below two 8 MiB parts a thread (a lower minBytes): two even parts a thread.
  expect(jsonlPartOffsets(1000, 2)).toEqual([250, 500, 750]);
});
