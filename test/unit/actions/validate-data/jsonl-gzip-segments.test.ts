import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageChannel, Worker } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@jest/globals';
import { byRow } from '../../../../src/actions/validate-data/parallel-ranges.js';
import {
  type RangeJob,
  type RangeResult,
  runRangeJob,
} from '../../../../src/actions/validate-data/range-worker.js';
import { loadTableSchema } from '../../../../src/core/data/table-schema/load-schema.js';
import {
  GUNZIP_SEGMENTS_SOURCE,
  type SegmentsJob,
  SPARE_SEGMENTS_KIND,
} from '../../../../src/platform/data/gunzip-worker.js';
import { GZIP_LIMITS } from '../../../../src/platform/data/read-bytes.js';

// .jsonl.gz on several threads (validateJsonlGzipParallel): a worker inflates and hands out segments of
// whole lines numbered with their first line and record; consumers validate them with the file's rows and
// lines. Two consumers sharing the segments must give what one pass over the plain file gives.
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

// Errors of every kind spread over the file: bad JSON, blank rows, type and constraint errors; empty
// lines (not records) and a BOM followed by an empty line, which the segments' record numbers must skip.
const lines: string[] = [''];
for (let i = 0; i < 4000; i++) {
  if (i % 97 === 5) lines.push('{"id": 1,');
  else if (i % 89 === 7) lines.push(i % 2 === 0 ? '' : '\r');
  else if (i % 83 === 2) lines.push('{"id": null, "kind": null}');
  else if (i % 467 === 3)
    lines.push(`{"id": "x${i}", "kind": "a"}`); // rare: its first 5 span segments
  else
    lines.push(
      `{"id": ${i}, "kind": "${i % 53 === 1 ? 'z' : 'ab'[i % 2]}", "note": "${'n'.repeat(i % 40)}"}`,
    );
}
const text = Buffer.from(`\ufeff${lines.join('\n')}`); // no final line feed
const dir = mkdtempSync(join(tmpdir(), 'mlci-jsonl-gz-'));
const plain = join(dir, 'd.jsonl');
const gz = join(dir, 'd.jsonl.gz');
writeFileSync(plain, text);
const compressed = gzipSync(text);
writeFileSync(gz, compressed);

const job = (maxErrors: number, extra: Partial<RangeJob>): RangeJob => ({
  kind: 'mlci-csv-range',
  format: 'jsonl',
  path: plain,
  file: 'd.jsonl',
  schema,
  maxErrors,
  profiling: false,
  dialect: { delimiter: 44, quote: 34, header: false },
  fieldOf: [],
  labels: [],
  start: 0,
  end: text.length,
  ...extra,
});

async function twoConsumers(path: string, maxErrors: number, spare = false): Promise<RangeResult[]> {
  const channels = [new MessageChannel(), new MessageChannel()];
  const segments: SegmentsJob = {
    path,
    ports: channels.map((channel) => channel.port1),
    segmentBytes: 8 * 1024, // ~30 segments
    maxSegmentBytes: 2 ** 20,
    maxLineBytes: 5000,
    ahead: 2,
    compressedBytes: compressed.length,
    limits: GZIP_LIMITS,
  };
  // As the entry boots one before the file is known (spare-worker.ts): the job is its first message.
  const inflater = spare
    ? new Worker(GUNZIP_SEGMENTS_SOURCE, { eval: true, workerData: { kind: SPARE_SEGMENTS_KIND } })
    : new Worker(GUNZIP_SEGMENTS_SOURCE, {
        eval: true,
        workerData: segments,
        transferList: [...segments.ports],
      });
  if (spare) inflater.postMessage(segments, [...segments.ports]);
  try {
    return await Promise.all(
      channels.map((channel) => runRangeJob(job(maxErrors, { segments: channel.port2 }))),
    );
  } finally {
    await inflater.terminate();
  }
}

const sum = (results: readonly RangeResult[], pick: (result: RangeResult) => ArrayLike<number>) =>
  Array.from(pick(results[0]!), (_, i) => results.reduce((n, result) => n + pick(result)[i]!, 0));

// All samples (every error's row and line), and 5 a type: which 5 are kept depends on merging by row.
test.each([
  [1000, false],
  [5, false],
  [5, true],
])(
  'two threads validating the segments give what one pass gives: rows, errors by row, counts (%i samples a type, a spare inflater: %s)',
  async (maxErrors, spare) => {
    const whole = await runRangeJob(job(maxErrors, {}));
    expect(whole.failure).toBeUndefined();
    expect(whole.errors.counts.map(([type]) => type).sort()).toEqual(
      ['blank-row', 'constraint-error', 'format-error', 'type-error'].sort(),
    );
    const results = await twoConsumers(gz, maxErrors, spare);
    expect(results.map((result) => result.failure)).toEqual([undefined, undefined]);
    expect(results.every((result) => result.rows > 100)).toBe(true); // both took segments
    expect(results[0]!.rows + results[1]!.rows).toBe(whole.rows);
    expect(
      byRow(
        results.map((result) => result.errors),
        maxErrors,
      ),
    ).toEqual(whole.errors);
    expect(sum(results, (result) => result.typeErrors)).toEqual([...whole.typeErrors]);
    expect(sum(results, (result) => result.nulls)).toEqual([...whole.nulls]);
    expect(results[0]!.checkedRows + results[1]!.checkedRows).toBe(whole.checkedRows);
  },
);

test('a truncated file fails the consumers (the caller then reads it on one thread)', async () => {
  const cut = join(dir, 'cut.jsonl.gz');
  writeFileSync(cut, compressed.subarray(0, Math.floor(compressed.length * 0.7)));
  const results = await twoConsumers(cut, 5);
  expect(results.map((result) => result.failure)).toEqual([
    'gzip: unexpected end of file',
    'gzip: unexpected end of file',
  ]);
});

test('a line near the record limit fails the consumers, so that one thread applies the limit', async () => {
  const long = join(dir, 'long.jsonl.gz');
  const withLong = [
    ...lines.slice(0, 2000),
    `{"id": 1, "note": "${'y'.repeat(6000)}"}`,
    ...lines.slice(2000),
  ];
  writeFileSync(long, gzipSync(withLong.join('\n')));
  const results = await twoConsumers(long, 5);
  expect(results.map((result) => result.failure)).toEqual(['a line too long', 'a line too long']);
});
