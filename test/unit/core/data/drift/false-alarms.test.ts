import { describe, expect, test } from '@jest/globals';
import { compareProfiles } from '../../../../../src/core/data/drift/drift.js';
import type { DataProfile } from '../../../../../src/core/data/profile/profile.js';
import { createProfiler } from '../../../../../src/core/data/profile/profiler.js';
import { normal, seededRandom } from '../../../../support/seeded-random.js';

// Drift must not cry wolf on small batches nor miss what a user calls drift (issue #10). The simulation
// draws reference and current from the SAME distributions (a normal and a skewed numeric column, a
// categorical with a rare category) and counts the runs that report drift: the false-alarm rate.

const FIELDS = [
  { name: 'amount', type: 'number' },
  { name: 'wait', type: 'number' },
  { name: 'country', type: 'string' },
];
const SHARES = [0.5, 0.3, 0.17, 0.03];
const COUNTRIES = ['DE', 'FR', 'NL', 'LU'];

interface Shift {
  readonly mean?: number;
  readonly shares?: readonly number[];
}

function draw(rows: number, random: () => number, shift: Shift = {}, reference?: DataProfile): DataProfile {
  const profiler = createProfiler(FIELDS, reference ? { reference } : {});
  const shares = shift.shares ?? SHARES;
  for (let i = 0; i < rows; i++) {
    profiler.add(0, (shift.mean ?? 100) + 10 * normal(random));
    profiler.add(1, -Math.log(1 - random()) * 30); // exponential: skewed, long right tail
    let u = random();
    let k = 0;
    while (k < shares.length - 1 && u >= shares[k]!) u -= shares[k++]!;
    profiler.add(2, COUNTRIES[k]!);
    profiler.endRow();
  }
  return profiler.result();
}

// Profiling a 20,000-row reference per run would dominate the test's time: each run draws a fresh
// batch against one of REFERENCES references, themselves independent draws.
const REFERENCES = 8;
const references = new Map<number, DataProfile[]>();
function referencePool(rows: number): DataProfile[] {
  let pool = references.get(rows);
  if (!pool) {
    const random = seededRandom(rows);
    pool = Array.from({ length: REFERENCES }, () => draw(rows, random));
    references.set(rows, pool);
  }
  return pool;
}

/** Share of `runs` comparisons that report drift, and their reasons. */
function alarmRate(referenceRows: number, batchRows: number, runs: number, seed: number, shift: Shift = {}) {
  const random = seededRandom(seed);
  const pool = referencePool(referenceRows);
  let alarms = 0;
  const reasons: string[] = [];
  for (let run = 0; run < runs; run++) {
    const reference = pool[run % pool.length]!;
    const result = compareProfiles(reference, draw(batchRows, random, shift, reference));
    if (result.drifted) {
      alarms++;
      reasons.push(...result.columns.flatMap((c) => c.reasons));
    }
  }
  return { rate: alarms / runs, reasons };
}

const RUNS = 40;

describe('drift thresholds account for the sample sizes', () => {
  test.each([
    [20_000, 500],
    [20_000, 1_000],
    [20_000, 10_000],
    [1_000, 500],
    [1_000, 1_000],
    [1_000, 10_000],
  ])('reference %i rows, unchanged batches of %i rows: false alarms ≤ 5 %', (referenceRows, batchRows) => {
    const { rate, reasons } = alarmRate(referenceRows, batchRows, RUNS, referenceRows + batchRows);
    // On failure, show the reasons the unchanged batches were flagged for.
    expect(rate <= 0.05 ? 'at most 5 %' : `${rate}: ${reasons.join('; ')}`).toBe('at most 5 %');
  });

  test.each([
    [1_000, { mean: 105 }], // half a standard deviation
    [10_000, { mean: 102 }], // a fifth of one
    [1_000, { shares: [0.35, 0.3, 0.32, 0.03] }], // 15 points moved between two countries
    [10_000, { shares: [0.38, 0.3, 0.29, 0.03] }], // 12 points: over the default L∞ 0.1
  ])('a real shift in batches of %i rows is still found: %j', (batchRows, shift) => {
    expect(alarmRate(20_000, batchRows, 10, 7, shift).rate).toBe(1);
  });

  test('the reason says when a threshold was raised to the sampling noise', () => {
    const random = seededRandom(11);
    const reference = draw(20_000, random);
    const result = compareProfiles(reference, draw(200, random, { mean: 110 }, reference));
    const amount = result.columns.find((c) => c.name === 'amount')!;
    expect(amount.noise!.jensenShannon).toBeGreaterThan(0.1);
    expect(amount.reasons.join('\n')).toMatch(
      /Jensen–Shannon distance [\d.]+ ≥ threshold [\d.]+ \(0\.1, raised to the sampling noise/,
    );
  });
});

describe('values unseen in the reference', () => {
  const ids = (from: number, count: number) => {
    const profiler = createProfiler([{ name: 'user', type: 'string' }]);
    for (let i = 0; i < count; i++) {
      profiler.add(0, `u${from + i}`);
      profiler.endRow();
    }
    return profiler.result();
  };

  test('5,000 ids all replaced by new ones drift, though both sides collapse into "(other)"', () => {
    const reference = ids(0, 5000);
    const result = compareProfiles(reference, ids(5000, 5000));
    const user = result.columns[0]!;
    expect(user.metrics.newCategoryShare).toBeGreaterThan(0.9);
    expect(user.drifted).toBe(true);
    expect(user.reasons.join()).toMatch(
      /column "user": share of values unseen in the reference 0?\.9\d*|1 ≥ threshold 0\.25/,
    );
  });

  test('the same ids, or a part of them, are not new', () => {
    const reference = ids(0, 5000);
    expect(compareProfiles(reference, ids(0, 5000)).columns[0]!.metrics.newCategoryShare).toBe(0);
    expect(compareProfiles(reference, ids(1000, 500)).columns[0]!.metrics.newCategoryShare).toBe(0);
    expect(compareProfiles(reference, ids(1000, 500)).drifted).toBe(false);
  });

  test('exact categories: the share of rows in categories the reference never had', () => {
    const profile = (values: string[]) => {
      const profiler = createProfiler([{ name: 'c', type: 'string' }]);
      for (const value of values) {
        profiler.add(0, value);
        profiler.endRow();
      }
      return profiler.result();
    };
    const reference = profile([...'aaaabbbbcc']);
    const share = compareProfiles(reference, profile([...'aaaabbbxyy'])).columns[0]!.metrics.newCategoryShare;
    expect(share).toBeCloseTo(0.3, 12);
  });
});
