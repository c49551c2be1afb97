import { describe, expect, test } from '@jest/globals';
import {
  type DataErrorRecord,
  ErrorCollector,
} from '../../../../../src/core/data/validate/error-collector.js';
import { KeyChecks, keyError } from '../../../../../src/core/data/validate/key-checks.js';
import {
  ownRepeats,
  repeatsInOrder,
  sampledRows,
} from '../../../../../src/core/data/validate/partitioned-keys.js';
import { loadTableSchema } from '../../../../../src/core/data/table-schema/load-schema.js';
import { parseSourceDoc } from '../../../../../src/core/data/table-schema/source-doc.js';
import { seededRandom } from '../../../../support/seeded-random.js';

const schema = loadTableSchema(
  parseSourceDoc(
    's.json',
    JSON.stringify({
      fields: [
        { name: 'id', type: 'integer', constraints: { unique: true } },
        { name: 'code', type: 'string' },
      ],
      primaryKey: ['id'],
      uniqueKeys: [['code', 'id'], ['code']],
    }),
  ),
);

/** Rows with repeats that cross range borders, nulls, and whole-record duplicates. */
function table(n: number, seed: number): [number | null, string | null][] {
  const random = seededRandom(seed);
  const rows: [number | null, string | null][] = [];
  for (let i = 0; i < n; i++) {
    const r = random();
    const id = r < 0.05 ? Math.floor(random() * (i + 1)) : r < 0.08 ? null : i;
    const code = random() < 0.1 ? null : `c${Math.floor(random() * n)}`;
    rows.push(random() < 0.03 && i > 0 ? rows[i - 1]! : [id, code]);
  }
  return rows;
}

const record = (id: number | null, code: string | null) => `${id ?? ''},${code ?? ''}`;

/** One pass over the whole table, as the single-thread check does: every error in the order it is added. */
function onePass(rows: readonly [number | null, string | null][]) {
  const checks = new KeyChecks(schema, true);
  const errors = new ErrorCollector(1_000_000);
  rows.forEach(([id, code], i) => {
    checks.row([id, code], record(id, code), i + 2, i + 2, errors, 'd.csv');
  });
  checks.finish(errors, 'd.csv');
  return [...errors.samples.values()].flat();
}

/** Errors by type, each type's in the order added (what a collector keeps; the report sorts by row). */
const byType = (errors: readonly DataErrorRecord[]) =>
  Object.fromEntries(
    [...new Set(errors.map((e) => e.type))]
      .sort()
      .map((type) => [type, errors.filter((e) => e.type === type)]),
  );

/** The same rows cut into ranges, recorded per range, owned by `parts` owners, and reported in order. */
function partitioned(rows: readonly [number | null, string | null][], cuts: number[], parts: number) {
  const bounds = [0, ...cuts, rows.length];
  const ranges = bounds.slice(0, -1).map((from, k) => {
    const checks = new KeyChecks(schema, true, undefined, { kind: 'record' });
    const errors = new ErrorCollector();
    rows.slice(from, bounds[k + 1]).forEach(([id, code], i) => {
      checks.row([id, code], record(id, code), i + 1, i + 1, errors, 'd.csv');
    });
    expect(errors.total).toBe(0); // record mode reports nothing itself
    return { tables: checks.recorded(), rowShift: from + 1 };
  });
  const sets = new KeyChecks(schema, true).keySets;
  const owners = Array.from({ length: parts }, (_, part) => ownRepeats(ranges, part, parts));
  const repeats = repeatsInOrder(sets, owners);
  const out = repeats.map(({ row, set, first }) => {
    const [id, code] = rows[row - 2]!;
    return keyError(sets[set]!, [id, code], first, row, row, 'd.csv');
  });
  return { out, repeats, sets };
}

describe('key checks partitioned by hash', () => {
  test.each([
    ['2 ranges, 2 owners', [1700], 2],
    ['3 uneven ranges, 2 owners', [10, 2500], 2],
    ['4 ranges, 3 owners', [500, 1000, 3000], 3],
  ])('%s: the same errors, first rows and order as one pass', (_, cuts, parts) => {
    const rows = table(4000, 42);
    const expected = onePass(rows);
    expect(expected.length).toBeGreaterThan(300); // the table has repeats of every kind
    expect(new Set(expected.map((e) => e.type))).toEqual(
      new Set(['unique-error', 'primary-key', 'duplicate-row']),
    );
    expect(byType(partitioned(rows, cuts, parts).out)).toEqual(byType(expected));
  });

  test('sampledRows: the rows of the first N repeats of each type, not of later ones', () => {
    const rows = table(4000, 7);
    const { repeats, sets } = partitioned(rows, [2000], 2);
    const wanted = new Set(sampledRows(sets, repeats, 5));
    const firstFive = (type: string) =>
      repeats
        .filter((r) => sets[r.set]!.type === type)
        .slice(0, 5)
        .map((r) => r.row);
    const expected = new Set([
      ...firstFive('unique-error'),
      ...firstFive('primary-key'),
      ...firstFive('duplicate-row'),
    ]);
    expect(wanted).toEqual(expected);
  });
});
