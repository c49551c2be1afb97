// Key checks of a file in byte ranges (parallel-key-ranges.ts): every range's keys recorded into
// partitions (12 bytes a key), deduplicated range after range, the repeats reported with lines from
// LineShifts, values of number keys from their bits and of other one-field keys from captured rows.
// The oracle is one pass over the whole file: the same counts and samples, type by type, in order.
import { describe, expect, test } from '@jest/globals';
import { loadTableSchema } from '../../../../../src/core/data/table-schema/load-schema.js';
import { parseSourceDoc } from '../../../../../src/core/data/table-schema/source-doc.js';
import { ErrorCollector } from '../../../../../src/core/data/validate/error-collector.js';
import { KeyChecks } from '../../../../../src/core/data/validate/key-checks.js';
import {
  claimFrom,
  dedupePartitions,
  mergePartitionRepeats,
  type PartitionedKeys,
  type PartitionLayout,
  partitionLayout,
} from '../../../../../src/core/data/validate/key-partitions.js';
import { lineOf, LineShifts } from '../../../../../src/core/data/validate/line-shifts.js';
import {
  type RangeRepeats,
  reportRepeats,
  rowsToCapture,
  rowsToCaptureAll,
} from '../../../../../src/core/data/validate/recorded-keys.js';
import { seededRandom } from '../../../../support/seeded-random.js';

const schemaOf = (doc: object) => loadTableSchema(parseSourceDoc('s.json', JSON.stringify(doc)));

/** A number key with `unique` and primaryKey (one table), a one-field string key, a composite key. */
const schema = schemaOf({
  fields: [
    { name: 'id', type: 'integer', constraints: { unique: true } },
    { name: 'code', type: 'string' },
  ],
  primaryKey: ['id'],
  uniqueKeys: [['code', 'id'], ['code']],
});

/** A data row: its values, how many lines it spans (quoted newlines), or a blank row (no key at all). */
interface Row {
  readonly id: number | null;
  readonly code: string | null;
  readonly lines: number;
  readonly blank?: boolean;
}

const record = (r: Row) => `${r.id ?? ''},${r.code ?? ''}`;

/** Rows with repeats of every kind, nulls, blank rows and records spanning lines. */
function table(n: number, seed: number): Row[] {
  const random = seededRandom(seed);
  const rows: Row[] = [];
  for (let i = 0; i < n; i++) {
    const r = random();
    const id = r < 0.05 ? Math.floor(random() * (i + 1)) : r < 0.08 ? null : i;
    const code = random() < 0.1 ? null : `c${Math.floor(random() * n)}`;
    const lines = random() < 0.02 ? 2 + Math.floor(random() * 3) : 1;
    const blank = random() < 0.01;
    rows.push(random() < 0.03 && i > 0 ? rows[i - 1]! : { id, code, lines, blank });
  }
  return rows;
}

/** One pass over the whole file (the one-thread scan): header on line 1, data from row 2, line 2. */
function onePass(rows: readonly Row[], perType: number): ErrorCollector {
  const checks = new KeyChecks(schema, true);
  const errors = new ErrorCollector(perType);
  let line = 2;
  rows.forEach((r, i) => {
    if (!r.blank) checks.row([r.id, r.code], record(r), i + 2, line, errors, 'd.csv');
    line += r.lines;
  });
  checks.finish(errors, 'd.csv');
  return errors;
}

/**
 * The same rows cut at `cuts`: the first range on "this thread" (check mode switched to partitions, file
 * rows), the others recorded as workers do (own rows from 1), their partitions deduplicated by two
 * threads taking partitions in turn, each range's repeats reported in order, values re-read for the
 * sampled rows that need them.
 */
function inRanges(rows: readonly Row[], cuts: readonly number[], perType: number, layout = LAYOUT) {
  const bounds = [0, ...cuts, rows.length];
  const checks = new KeyChecks(schema, true);
  checks.recordPartitioned(layout);
  const errors = new ErrorCollector(perType);
  const sets = checks.keySets;
  const lineAt = [2];
  for (const r of rows) lineAt.push(lineAt.at(-1)! + r.lines);
  for (let i = 0; i < bounds[1]!; i++) {
    const r = rows[i]!;
    if (!r.blank) checks.row([r.id, r.code], record(r), i + 2, lineAt[i]!, errors, 'd.csv');
  }
  expect(errors.total).toBe(0); // recording reports nothing itself
  const ranges = [
    { keys: checks.partitioned(), lines: checks.recordedLines(), shift: { rows: 0, lines: 0 } },
  ];
  for (let k = 1; k < bounds.length - 1; k++) {
    const from = bounds[k]!;
    const local = new KeyChecks(schema, true, undefined, { kind: 'record', partitions: layout });
    const scratch = new ErrorCollector(perType);
    for (let i = from; i < bounds[k + 1]!; i++) {
      const r = rows[i]!;
      if (!r.blank)
        local.row([r.id, r.code], record(r), i - from + 1, lineAt[i]! - lineAt[from]! + 1, scratch, 'd.csv');
    }
    expect(scratch.total).toBe(0);
    const shift = { rows: from + 1, lines: lineAt[from]! - 1 };
    ranges.push({ keys: local.partitioned(), lines: local.recordedLines(), shift });
  }
  const found = twoThreads(
    ranges.map((range) => range.keys),
    ranges.map((range) => range.shift.rows),
    perType,
    layout,
  );
  const repeats = ranges.map(
    (r, k): RangeRepeats => ({
      ...found[k]!,
      numbers: r.keys.map((keys) => keys.numbers),
      lines: r.lines,
      shift: r.shift,
    }),
  );
  // Every range's rows to read again, asked for before any range is reported (as the threads do).
  const wantedAll = rowsToCaptureAll(sets, repeats, errors);
  const captures = wantedAll.map((rows) => rows.length);
  ranges.forEach((r, k) => {
    const range = repeats[k]!;
    const wanted = wantedAll[k]!;
    const captured = new Map(
      wanted.map((row) => {
        const v = rows[row + r.shift.rows - 2]!; // file row i + 2 is rows[i]
        return [row, [v.id, v.code]] as const;
      }),
    );
    reportRepeats(sets, range, captured, checks.columnOf, errors, 'd.csv');
  });
  checks.finish(errors, 'd.csv');
  return { errors, captures };
}

/** A layout of 16 partitions with a fixed seed (tests of few keys: several per partition). */
const LAYOUT = partitionLayout(0, 12345);

/** Deduplicates as two threads do, taking partitions in turn from one counter, and merges their finds. */
function twoThreads(
  ranges: readonly (readonly PartitionedKeys[])[],
  shifts: readonly number[],
  keep: number,
  layout: PartitionLayout,
) {
  const claim = claimFrom(new SharedArrayBuffer(4), layout);
  const turns: number[][] = [[], []];
  for (let p = claim(), k = 0; p !== -1; p = claim(), k ^= 1) turns[k]!.push(p);
  const parts = turns.map((mine) => {
    let i = 0;
    return dedupePartitions(ranges, shifts, () => (i < mine.length ? mine[i++]! : -1), keep, layout);
  });
  return mergePartitionRepeats(parts, keep);
}

/** What a report keeps of a collector: counts and each type's samples in order (types sorted). */
const kept = (errors: ErrorCollector) => ({
  counts: Object.fromEntries([...errors.counts].sort(([a], [b]) => a.localeCompare(b))),
  samples: Object.fromEntries([...errors.samples].sort(([a], [b]) => a.localeCompare(b))),
});

describe('key checks in ranges with one table: the report of one pass', () => {
  test.each([
    ['2 ranges, cut in the middle', [1700]],
    ['2 ranges, the second of one row', [3999]],
    ['3 uneven ranges', [10, 2500]],
    ['4 ranges', [500, 1000, 3000]],
  ])('%s: same counts, samples, rows, first rows, lines, values and order', (_, cuts) => {
    const rows = table(4000, 42);
    const expected = onePass(rows, 1_000_000);
    expect(expected.total).toBeGreaterThan(300); // the table has repeats of every kind
    expect(new Set(expected.counts.keys())).toEqual(
      new Set(['unique-error', 'primary-key', 'duplicate-row']),
    );
    expect(kept(inRanges(rows, cuts, 1_000_000).errors)).toEqual(kept(expected));
  });

  test('samples capped at 100 a type: the first 100 kept, the rest counted', () => {
    const rows = table(8000, 7);
    const expected = onePass(rows, 100);
    expect(expected.counts.get('unique-error')).toBeGreaterThan(300);
    expect(kept(inRanges(rows, [2000], 100).errors)).toEqual(kept(expected));
    // Other layouts (other seeds, a few keys or none per partition): the same.
    expect(kept(inRanges(rows, [2000], 100, { bits: 4, seed: 1 }).errors)).toEqual(kept(expected));
    expect(kept(inRanges(rows, [100, 5000], 100, { bits: 12, seed: -7 }).errors)).toEqual(kept(expected));
  });

  test('repeats only in the second range, and a key of the first range repeated at the border', () => {
    const rows: Row[] = Array.from({ length: 1000 }, (_, i) => ({ id: i, code: `c${i}`, lines: 1 }));
    rows[500] = { id: 499, code: 'c499', lines: 1 }; // the first row after the cut repeats the last before
    rows[800] = { id: 700, code: 'x', lines: 3 };
    rows[900] = { id: 700, code: 'x', lines: 1 };
    const expected = onePass(rows, 100);
    expect(expected.samples.get('primary-key')!.map((e) => [e.row, e.line, e.message])).toEqual([
      [502, 502, '(id) value 499 repeats row 501'],
      [802, 802, '(id) value 700 repeats row 702'],
      [902, 904, '(id) value 700 repeats row 702'],
    ]);
    expect(kept(inRanges(rows, [500], 100).errors)).toEqual(kept(expected));
  });

  test('a key repeated 10,000 times, and every row a duplicate: values of only the sampled rows re-read', () => {
    const same: Row[] = Array.from({ length: 10_001 }, () => ({ id: 7, code: 'dup', lines: 1 }));
    const expected = onePass(same, 100);
    expect(expected.counts.get('unique-error')).toBe(3 * 10_000); // id, (code, id) and code
    const { errors, captures } = inRanges(same, [3000], 100);
    expect(kept(errors)).toEqual(kept(expected));
    // The first range's repeats fill the samples: the second range needs no value at all, the first only
    // those of its sampled repeats of the string key (code).
    expect(captures[1]).toBe(0);
    expect(captures[0]).toBeGreaterThan(0);
    expect(captures[0]).toBeLessThanOrEqual(100);
    const late = inRanges(same, [20], 100);
    expect(kept(late.errors)).toEqual(kept(expected));
    // 19 repeats in the first range (rows 3..21), so the string key (code) wants 100 - 3 * 19 more samples
    // of unique-error (shared by id, (code, id), code) from the second: up to the cap, never all 9,981.
    expect(late.captures[0]).toBe(19);
    expect(late.captures[1]).toBeGreaterThan(0);
    expect(late.captures[1]).toBeLessThanOrEqual(100);
  });

  test('number keys: values from their own 64 bits, exact past 2^53, negative, fractional, -0 as 0', () => {
    const numbers = schemaOf({ fields: [{ name: 'x', type: 'number' }], primaryKey: ['x'] });
    // 2^53 + 2 and 2^53 + 4: neighbours among doubles, distinct keys.
    const values = [2 ** 53 + 2, 2 ** 53 + 4, -0.5, 1e300, -(2 ** 60), 0.1, 0];
    const again = [...values].reverse().map((x) => (x === 0 ? -0 : x));
    const checks = new KeyChecks(numbers, false);
    checks.recordPartitioned(LAYOUT);
    const errors = new ErrorCollector();
    values.forEach((x, i) => {
      checks.row([x], undefined, i + 2, i + 2, errors, 'd');
    });
    const local = new KeyChecks(numbers, false, undefined, { kind: 'record', partitions: LAYOUT });
    again.forEach((x, i) => {
      local.row([x], undefined, i + 1, i + 1, errors, 'd');
    });
    const shift = { rows: values.length + 1, lines: values.length + 1 };
    const [mine, found] = twoThreads(
      [checks.partitioned(), local.partitioned()],
      [0, shift.rows],
      100,
      LAYOUT,
    );
    expect(mine!.repeats[0]!.length).toBe(0);
    expect(found!.repeats[0]!.length / 4).toBe(values.length); // each value once more: 0 and -0 alike
    expect(local.partitioned()[0]!.numbers).toBe(true);
    const range: RangeRepeats = { ...found!, numbers: [true], lines: local.recordedLines(), shift };
    expect(rowsToCapture(checks.keySets, range, errors)).toEqual([]);
    reportRepeats(checks.keySets, range, new Map(), checks.columnOf, errors, 'd');
    expect(errors.samples.get('primary-key')!.map((e) => e.message)).toEqual(
      [...values]
        .reverse()
        .map((x, i) => `(x) value ${JSON.stringify(x)} repeats row ${values.length + 1 - i}`),
    );
  });

  test('composite keys: ("ab", "c") and ("a", "bc") are distinct, ("a", "bc") twice is a repeat', () => {
    const pairs = schemaOf({
      fields: [
        { name: 'a', type: 'string' },
        { name: 'b', type: 'string' },
      ],
      uniqueKeys: [['a', 'b']],
    });
    const checks = new KeyChecks(pairs, false);
    checks.recordPartitioned(LAYOUT);
    const errors = new ErrorCollector();
    checks.row(['ab', 'c'], undefined, 2, 2, errors, 'd');
    checks.row(['a', 'bc'], undefined, 3, 3, errors, 'd');
    checks.row(['abc', ''], undefined, 4, 4, errors, 'd');
    checks.row(['ab', null], undefined, 5, 5, errors, 'd'); // a null in the key: no key at all
    const local = new KeyChecks(pairs, false, undefined, { kind: 'record', partitions: LAYOUT });
    local.row(['a', 'bc'], undefined, 1, 1, errors, 'd');
    local.row(['ab', null], undefined, 2, 2, errors, 'd');
    local.row(['', 'abc'], undefined, 3, 3, errors, 'd');
    const found = twoThreads([checks.partitioned(), local.partitioned()], [0, 5], 100, LAYOUT);
    const rowsAndFirsts = found.map((range) => [...range.repeats[0]!].filter((_, i) => i % 4 < 2));
    expect(rowsAndFirsts).toEqual([[], [6, 3]]);
    expect(local.partitioned()[0]!.numbers).toBe(false);
  });
});

describe('LineShifts', () => {
  test('gives each row its line from the points where line - row changes', () => {
    const shifts = new LineShifts();
    const lines = [1, 2, 5, 6, 7, 9, 10];
    lines.forEach((line, i) => {
      shifts.add(i + 1, line);
    });
    const pairs = shifts.result();
    expect(pairs.length).toBe(2 * 3); // shifts 0, +2, +3
    expect(lines.map((_, i) => lineOf(pairs, i + 1))).toEqual(lines);
    expect(() => lineOf(pairs, 0)).toThrow(/no line for row 0/);
  });
});
