import { describe, expect, test } from '@jest/globals';
import { createRng } from '../../../src/core/metrics/rng.js';
import { bootstrapSums } from '../../../src/core/metrics/stats/bootstrap.js';
import { delong } from '../../../src/core/metrics/stats/delong.js';
import { mcnemar } from '../../../src/core/metrics/stats/mcnemar.js';
import { benjaminiHochberg, holm } from '../../../src/core/metrics/stats/multiple.js';
import { erfc, lgamma, normalQuantile } from '../../../src/core/metrics/stats/special.js';
import { reference } from './python.js';

describe('statistics agree with scipy / numpy references', () => {
  test('McNemar: exact = scipy.stats.binomtest below 25 discordant pairs, χ² with continuity correction above', () => {
    const pairs = [
      [11, 1],
      [3, 0],
      [0, 0],
      [7, 7],
      [12, 12],
      [25, 15],
      [40, 22],
      [300, 260],
    ];
    const theirs = reference<{ exact: number; chi2: number; p_cc: number }[]>({ op: 'mcnemar', pairs });
    pairs.forEach(([b, c], i) => {
      const ours = mcnemar(b!, c!);
      if (b! + c! < 25) {
        expect(ours.variant).toBe('mcnemar-exact');
        expect(ours.pValue).toBeCloseTo(theirs[i]!.exact, 12);
      } else {
        expect(ours.variant).toBe('mcnemar-chi2-cc');
        expect(ours.statistic).toBeCloseTo(theirs[i]!.chi2, 12);
        expect(Math.abs(ours.pValue - theirs[i]!.p_cc) / theirs[i]!.p_cc).toBeLessThan(1e-10);
      }
    });
  });

  test.each([
    ['reference vector with ties', 0],
    ['random, rounded scores', 5],
    ['random, continuous', 6],
  ])('DeLong equals the O(mn) definition computed with numpy: %s', (_name, seed) => {
    let y: number[];
    let a: number[];
    let b: number[];
    if (seed === 0) {
      // statistics-and-baselines.md §7.3 (s1 = candidate, s2 = baseline there).
      y = [1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0];
      b = [0.9, 0.8, 0.7, 0.6, 0.55, 0.5, 0.4, 0.3, 0.2, 0.1, 0.6, 0.35, 0.45, 0.75, 0.05];
      a = [0.8, 0.85, 0.6, 0.4, 0.5, 0.55, 0.3, 0.35, 0.1, 0.2, 0.7, 0.45, 0.4, 0.6, 0.15];
    } else {
      const rng = createRng(seed);
      y = [];
      a = [];
      b = [];
      for (let i = 0; i < 300; i++) {
        const label = rng.uniform() < 0.3 ? 1 : 0;
        y.push(label);
        const round = (v: number) => (seed === 5 ? Math.round(v * 20) / 20 : v);
        a.push(round(0.3 * label + rng.uniform()));
        b.push(round(0.4 * label + rng.uniform()));
      }
    }
    const theirs = reference<{
      aucCandidate: number;
      aucBaseline: number;
      variance: number;
      z: number;
      p: number;
    }>({
      op: 'delong',
      y,
      a,
      b,
    });
    const ours = delong(Uint8Array.from(y), Float64Array.from(a), Float64Array.from(b), 0.05);
    expect(ours.aucCandidate).toBeCloseTo(theirs.aucCandidate, 12);
    expect(ours.aucBaseline).toBeCloseTo(theirs.aucBaseline, 12);
    expect(ours.variance).toBeCloseTo(theirs.variance, 12);
    expect(ours.z).toBeCloseTo(theirs.z, 9);
    expect(ours.pValue).toBeCloseTo(theirs.p, 9);
    if (seed === 0) {
      expect(ours.variance).toBeCloseTo(0.007394922254616134, 14);
      expect(ours.pValue).toBeCloseTo(0.5333049070771763, 12);
    }
  });

  test('paired bootstrap percentile interval agrees with scipy.stats.bootstrap within Monte-Carlo error', async () => {
    const rng = createRng(99);
    const n = 2000;
    const d = Float64Array.from(
      { length: n },
      () => (rng.uniform() < 0.1 ? 1 : 0) - (rng.uniform() < 0.08 ? 1 : 0) + 0.2 * (rng.uniform() - 0.5),
    );
    const resamples = 2000;
    const ours = await bootstrapSums(d, 1, (s, at, m) => s[at]! / m, {
      resamples,
      seed: 1,
      alpha: 0.05,
      strata: [Int32Array.from(d.keys())],
    });
    const theirs = reference<{ low: number; high: number; se: number }>({
      op: 'bootstrap',
      d: Array.from(d),
      resamples,
      level: 0.95,
      seed: 1,
    });
    // Monte-Carlo error of a 2.5% quantile of B draws: about se·√(p(1−p)/B)/φ(z) ≈ 0.07·se at B = 2000 (0.1·se);
    // two independent streams differ by √2 of that. Allow about 4 of those.
    const tolerance = 0.55 * theirs.se;
    expect(Math.abs(ours.lower - theirs.low)).toBeLessThan(tolerance);
    expect(Math.abs(ours.upper - theirs.high)).toBeLessThan(tolerance);
    expect(Math.abs(ours.standardError - theirs.se) / theirs.se).toBeLessThan(0.1);
  });

  test('Holm and Benjamini–Hochberg equal a direct implementation (statsmodels is not installed)', () => {
    const cases = [[0.003, 0.012, 0.02, 0.04, 0.3], [0.5, 0.01, 0.01, 0.2, 0.001, 0.9, 0.04], [1, 1], [0.04]];
    for (const p of cases) {
      const theirs = reference<{ holm: number[]; bh: number[] }>({ op: 'adjust', p });
      holm(p).forEach((value, i) => {
        expect(value).toBeCloseTo(theirs.holm[i]!, 14);
      });
      benjaminiHochberg(p).forEach((value, i) => {
        expect(value).toBeCloseTo(theirs.bh[i]!, 14);
      });
    }
  });

  test('erfc, the normal quantile and ln Γ match scipy', () => {
    const x = [-3, -0.5, 0, 0.1, 1, 2.4, 2.6, 4, 6, 10, 26];
    const q = [1e-10, 0.001, 0.025, 0.2, 0.5, 0.8, 0.975, 0.999999];
    const g = [0.5, 1, 2.5, 10, 25, 171.5, 1000];
    const theirs = reference<{ erfc: number[]; ppf: number[]; gammaln: number[] }>({
      op: 'special',
      x,
      q,
      g,
    });
    x.forEach((v, i) => {
      expect(Math.abs(erfc(v) - theirs.erfc[i]!) / theirs.erfc[i]!).toBeLessThan(1e-12);
    });
    q.forEach((v, i) => {
      expect(normalQuantile(v)).toBeCloseTo(theirs.ppf[i]!, 12);
    });
    g.forEach((v, i) => {
      const scale = Math.max(1, Math.abs(theirs.gammaln[i]!));
      expect(Math.abs(lgamma(v) - theirs.gammaln[i]!)).toBeLessThan(1e-11 * scale);
    });
  });
});
