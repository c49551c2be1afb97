import { describe, expect, test } from '@jest/globals';
import { compareProfiles } from '../../../../../src/core/data/drift/drift.js';
import type { DataProfile } from '../../../../../src/core/data/profile/profile.js';
import { createProfiler, type ProfilerOptions } from '../../../../../src/core/data/profile/profiler.js';
import { normal, seededRandom } from '../../../../support/seeded-random.js';

const FIELDS = [
  { name: 'amount', type: 'number' },
  { name: 'country', type: 'string' },
];

/** A table of `rows` rows: amount ~ N(mean, 10), country from `shares`. */
function profile(
  rows: number,
  seed: number,
  { mean = 100, shares = [0.5, 0.3, 0.2] } = {},
  options: ProfilerOptions = {},
): DataProfile {
  const random = seededRandom(seed);
  const profiler = createProfiler(FIELDS, options);
  for (let i = 0; i < rows; i++) {
    profiler.add(0, mean + 10 * normal(random));
    const u = random();
    profiler.add(1, u < shares[0]! ? 'DE' : u < shares[0]! + shares[1]! ? 'FR' : 'NL');
    profiler.endRow();
  }
  return profiler.result();
}

describe('compareProfiles', () => {
  const reference = profile(20_000, 1);

  test('the same distribution does not drift, with or without exact bins', () => {
    for (const options of [{}, { reference }]) {
      const result = compareProfiles(reference, profile(20_000, 2, {}, options));
      expect(result.drifted).toBe(false);
      const amount = result.columns.find((c) => c.name === 'amount')!;
      expect(amount.metrics.psi).toBeLessThan(0.02);
      expect(amount.metrics.wasserstein).toBeLessThan(0.05);
      expect(amount.metrics.jensenShannon).toBeLessThan(0.05);
    }
  });

  test('a shifted numeric column drifts and the reason names the column and the figure', () => {
    const result = compareProfiles(reference, profile(20_000, 3, { mean: 104 }, { reference }));
    const amount = result.columns.find((c) => c.name === 'amount')!;
    expect(result.drifted).toBe(true);
    expect(amount.drifted).toBe(true);
    // A shift of 0.4 std: normalised Wasserstein ≈ 0.4.
    expect(amount.metrics.wasserstein).toBeGreaterThan(0.35);
    expect(amount.metrics.wasserstein).toBeLessThan(0.45);
    expect(amount.reasons.join('\n')).toMatch(
      /column "amount": normalised Wasserstein distance 0\.\d+ ≥ threshold 0\.1/,
    );
    expect(result.columns.find((c) => c.name === 'country')!.drifted).toBe(false);
  });

  test('a categorical shift drifts by L∞ and Jensen–Shannon', () => {
    const result = compareProfiles(reference, profile(20_000, 4, { shares: [0.3, 0.3, 0.4] }));
    const country = result.columns.find((c) => c.name === 'country')!;
    expect(country.kind).toBe('categorical');
    expect(country.metrics.linf).toBeCloseTo(0.2, 1);
    expect(country.reasons.some((r) => r.startsWith('column "country": L∞ distance 0.'))).toBe(true);
  });

  test('per-column thresholds override the defaults, and null turns a metric off', () => {
    const current = profile(20_000, 3, { mean: 104 }, { reference });
    const result = compareProfiles(reference, current, {
      columns: { amount: { wasserstein: null, psi: null, jensenShannon: null } },
    });
    expect(result.columns.find((c) => c.name === 'amount')!.drifted).toBe(false);
    // A 3-point move of one share: under the default 0.1, over a stricter 0.01 (and over the sampling
    // noise of 20,000 against 20,000 rows, ≈ 0.023, which a threshold is never below).
    const moved = profile(20_000, 2, { shares: [0.47, 0.33, 0.2] });
    expect(compareProfiles(reference, moved).columns.find((c) => c.name === 'country')!.drifted).toBe(false);
    const strict = compareProfiles(reference, moved, { defaults: { linf: 0.01 } });
    expect(strict.columns.find((c) => c.name === 'country')!.drifted).toBe(true);
  });

  test('χ² decides only on small references (Evidently switches to distances above 1000 rows)', () => {
    const small = profile(500, 5);
    const shifted = profile(500, 6, { shares: [0.35, 0.3, 0.35] });
    const country = compareProfiles(small, shifted, { defaults: { linf: null, jensenShannon: null } })
      .columns[1]!;
    expect(country.metrics.chiSquareP).toBeLessThan(0.01);
    expect(country.reasons.join()).toMatch(/χ² p-value .* < 0\.01/);
    const big = compareProfiles(reference, profile(20_000, 7, { shares: [0.49, 0.31, 0.2] }), {
      defaults: { linf: null, jensenShannon: null },
    }).columns[1]!;
    expect(big.drifted).toBe(false);
  });

  test('columns on one side only are left to the schema diff', () => {
    const other = createProfiler([{ name: 'amount', type: 'number' }]);
    other.add(0, 1);
    other.endRow();
    expect(compareProfiles(reference, other.result()).columns.map((c) => c.name)).toEqual(['amount']);
  });
});
