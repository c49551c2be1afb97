import { describe, expect, test } from '@jest/globals';
import { delong, midranks } from '../../../../../src/core/metrics/stats/delong.js';
import { discordantPairs, mcnemar } from '../../../../../src/core/metrics/stats/mcnemar.js';
import { mdeMultiplier, unpairedProportionMde } from '../../../../../src/core/metrics/stats/mde.js';
import { adjust, benjaminiHochberg, holm } from '../../../../../src/core/metrics/stats/multiple.js';
import {
  binomialCdf,
  chi2Sf1,
  normalCdf,
  normalQuantile,
} from '../../../../../src/core/metrics/stats/special.js';

describe('McNemar (reference §7.2 vectors, checked against scipy there)', () => {
  test.each([
    [11, 1, 'mcnemar-exact', 0.00634766],
    [3, 0, 'mcnemar-exact', 0.25],
    [25, 15, 'mcnemar-chi2-cc', 0.154729],
  ])('b=%i c=%i → %s p=%f', (b, c, variant, p) => {
    const result = mcnemar(b, c);
    expect(result.variant).toBe(variant);
    expect(result.pValue).toBeCloseTo(p, 5);
  });

  test('exact below 25 discordant pairs, χ² from 25; no discordance gives p = 1', () => {
    expect(mcnemar(12, 12).variant).toBe('mcnemar-exact');
    expect(mcnemar(13, 12).variant).toBe('mcnemar-chi2-cc');
    expect(mcnemar(0, 0).pValue).toBe(1);
    expect(mcnemar(25, 15).statistic).toBeCloseTo(2.025, 12);
  });

  test('discordant pairs count baseline-only and candidate-only correct examples', () => {
    expect(discordantPairs(Uint8Array.of(1, 1, 0, 0, 1), Uint8Array.of(1, 0, 1, 0, 0))).toEqual({
      b: 2,
      c: 1,
    });
  });
});

describe('DeLong (reference §7.3 vector, with a tie)', () => {
  const y = Uint8Array.of(1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0);
  const s1 = Float64Array.of(0.9, 0.8, 0.7, 0.6, 0.55, 0.5, 0.4, 0.3, 0.2, 0.1, 0.6, 0.35, 0.45, 0.75, 0.05);
  const s2 = Float64Array.of(0.8, 0.85, 0.6, 0.4, 0.5, 0.55, 0.3, 0.35, 0.1, 0.2, 0.7, 0.45, 0.4, 0.6, 0.15);

  test('AUCs, variance, z and p', () => {
    const r = delong(y, s2, s1, 0.05);
    expect(r.aucCandidate).toBeCloseTo(0.9017857142857143, 14);
    expect(r.aucBaseline).toBeCloseTo(0.8482142857142857, 14);
    expect(r.variance).toBeCloseTo(0.007394922254616134, 14);
    expect(r.z).toBeCloseTo(0.622968979224468, 12);
    expect(r.pValue).toBeCloseTo(0.5333049070771763, 12);
    expect(r.lower).toBeLessThan(r.delta);
    expect(r.upper).toBeGreaterThan(r.delta);
  });

  test('identical models: zero variance gives z = 0 and p = 1 (as pROC)', () => {
    const r = delong(y, s1, s1, 0.05);
    expect(r.z).toBe(0);
    expect(r.pValue).toBe(1);
  });

  test('a margin shifts the null: non-inferiority p is smaller than the equality p for a better model', () => {
    expect(delong(y, s2, s1, 0.05, 0.05).pValue).toBeLessThan(delong(y, s2, s1, 0.05).pValue);
  });

  test('refuses fewer than 2 positives or negatives', () => {
    expect(() =>
      delong(Uint8Array.of(1, 0, 0), Float64Array.of(1, 2, 3), Float64Array.of(1, 2, 3), 0.05),
    ).toThrow(/at least 2 positive and 2 negative/);
  });

  test('midranks average tied ranks', () => {
    expect(Array.from(midranks(Float64Array.of(3, 1, 3, 2)))).toEqual([3.5, 1, 3.5, 2]);
  });
});

describe('multiple comparisons (reference §2.8 vector)', () => {
  const p = [0.003, 0.012, 0.02, 0.04, 0.3];
  test('Holm rejects 2 and BH rejects 4 at α = 0.05', () => {
    expect(holm(p).filter((q) => q <= 0.05)).toHaveLength(2);
    expect(benjaminiHochberg(p).filter((q) => q <= 0.05)).toHaveLength(4);
  });
  test('adjusted values keep the input order and are capped at 1', () => {
    expect(holm([0.3, 0.003])).toEqual([0.3, 0.006]);
    expect(holm([0.6, 0.7])).toEqual([1, 1]);
    expect(adjust([0.01, 0.02], 'none')).toEqual([0.01, 0.02]);
  });
});

describe('special functions and MDE', () => {
  test('χ²₁ survival, normal CDF and quantile', () => {
    expect(chi2Sf1(6.75)).toBeCloseTo(0.00937477, 7);
    expect(chi2Sf1(8.33333333)).toBeCloseTo(0.00389242, 7);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 14);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 13);
    expect(normalQuantile(0.5)).toBe(0);
  });
  test('binomial CDF sums the pmf', () => {
    expect(binomialCdf(1, 12, 0.5)).toBeCloseTo(13 / 4096, 14);
    expect(binomialCdf(12, 12, 0.5)).toBe(1);
  });
  test('MDE multiplier 2.802 and the §2.9 table value for n = 1000, p = 0.9', () => {
    expect(mdeMultiplier(0.05, 0.8)).toBeCloseTo(2.8016, 4);
    expect(unpairedProportionMde(0.9, 1000, 0.05, 0.8)).toBeCloseTo(0.0376, 4);
  });
});
