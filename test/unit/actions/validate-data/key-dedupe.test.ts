// The parallel dedupe of key partitions (parallel-key-ranges.ts, dedupe): this thread and the workers claim
// partitions from one counter. A worker that fails after claiming some took partitions nobody else will
// do: this thread must then do them all again, so the repeats are those of one thread, never fewer.
import { expect, test } from '@jest/globals';
import { dedupe } from '../../../../src/actions/validate-data/parallel-key-ranges.js';
import type { RangeWorker } from '../../../../src/actions/validate-data/parallel-ranges.js';
import {
  claimFrom,
  dedupePartitions,
  type PartitionLayout,
  type PartitionRepeats,
  PartitionWriter,
} from '../../../../src/core/data/validate/key-partitions.js';
import { seededRandom } from '../../../support/seeded-random.js';

type DedupeRequest = {
  readonly ranges: Parameters<typeof dedupePartitions>[0];
  readonly rowShifts: readonly number[];
  readonly claim: SharedArrayBuffer;
  readonly keep: number;
  readonly layout: PartitionLayout;
};

const layout: PartitionLayout = { bits: 6, seed: 12345 };
const random = seededRandom(7);
// Two ranges of 20,000 keys drawn from 15,000 values: repeats within and across ranges, in every partition.
const ranges = [0, 1].map(() => {
  const writer = new PartitionWriter(layout);
  for (let row = 1; row <= 20000; row++) writer.add(Math.floor(random() * 15000), 77, row, false);
  return { keys: [writer.result()], shift: { rows: 0 } };
});
ranges[1]!.shift.rows = 20000;

/** The repeats (row:first row) of every range, from every thread's part, sorted. */
function pairsOf(parts: readonly PartitionRepeats[]): string[][] {
  return [0, 1].map((r) => {
    const pairs: string[] = [];
    for (const part of parts) {
      const found = part.repeats[r]![0]!;
      for (let i = 0; i < found.length; i += 4) pairs.push(`${found[i]}:${found[i + 1]}`);
    }
    return pairs.sort();
  });
}

const alone = (): PartitionRepeats[] => {
  const all = claimFrom(new SharedArrayBuffer(4), layout);
  return [
    dedupePartitions(
      ranges.map((range) => range.keys),
      ranges.map((range) => range.shift.rows),
      all,
      1e9,
      layout,
    ),
  ];
};

/** A worker that claims `take` partitions (as a real one would, before this thread gets to them), then fails or answers. */
function worker(take: number, fails: boolean): RangeWorker {
  return {
    request: async (request: DedupeRequest) => {
      const claim = claimFrom(request.claim, request.layout);
      const mine: number[] = [];
      for (let i = 0; i < take; i++) {
        const p = claim();
        if (p !== -1) mine.push(p);
      }
      if (fails) throw new Error('the worker is gone');
      let i = 0;
      return dedupePartitions(
        request.ranges,
        request.rowShifts,
        () => mine[i++] ?? -1,
        request.keep,
        request.layout,
      );
    },
  } as unknown as RangeWorker;
}

test('a worker sharing the partitions: together they find exactly what one thread finds', async () => {
  const expected = pairsOf(alone());
  expect(expected[0]!.length).toBeGreaterThan(1000);
  expect(expected[1]!.length).toBeGreaterThan(1000);
  const together = await dedupe(ranges, [worker(20, false)], 1e9, layout);
  expect(together).toHaveLength(2);
  expect(pairsOf(together)).toEqual(expected);
});

test('a worker that fails after claiming partitions: this thread redoes them all, nothing is lost or doubled', async () => {
  const expected = pairsOf(alone());
  for (const take of [1, 20, 64]) {
    const result = await dedupe(ranges, [worker(take, true)], 1e9, layout);
    expect(pairsOf(result)).toEqual(expected);
  }
});
