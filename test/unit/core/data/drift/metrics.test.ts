import { describe, expect, test } from '@jest/globals';
import {
  chiSquareP,
  jensenShannon,
  linf,
  psi,
  wasserstein,
} from '../../../../../src/core/data/drift/metrics.js';

// Small reference vectors, each computed once with numpy/scipy (/usr/bin/python3, Debian's scipy):
//   psi: r, c = counts / sums; r, c = maximum(r, 1e-4), maximum(c, 1e-4); sum((r - c) * log(r / c))
//   jensenShannon: scipy.spatial.distance.jensenshannon(r, c) (natural log, a distance)
//   linf: max |r - c| of the shares
//   chiSquareP: scipy.stats.chi2_contingency([r, c], correction=False)[1]
//   wasserstein: scipy.stats.wasserstein_distance(u, v, u_weights, v_weights)
// The integration tier compares the same functions with scipy on random data; these catch a wrong
// formula (log base, floor, normalisation, orientation) in the unit tier already.
const VECTORS = [
  // reference, current, psi, jensenShannon, linf
  [[10, 20, 30, 40], [40, 30, 20, 10], 0.9128696382935673, 0.32625164411267443, 0.3],
  [[25, 25, 25, 25], [25, 25, 25, 25], 0, 0, 0],
  [[5, 0, 95], [0, 5, 95], 0.6202178882225347, 0.1861648705529517, 0.05], // empty bins: the 1e-4 floor
  [[1, 2, 3], [3, 2, 1], 0.7324081924454064, 0.2953100471720493, 1 / 3],
  [[100, 0], [50, 50], 4.604318466668949, 0.46450140402245893, 0.5],
  [[10, 30], [1, 1], 0.2746530721670274, 0.1839077909404743, 0.25], // different totals: shares compared
  [[200, 300, 500], [30, 20, 50], 0.08109302162163284, 0.1003382119401399, 0.1],
] as const;

describe('drift figures against scipy reference vectors', () => {
  test.each(VECTORS)('psi, jensenShannon, linf of %j vs %j', (reference, current, p, js, l) => {
    expect(psi(reference, current)).toBeCloseTo(p, 12);
    expect(jensenShannon(reference, current)).toBeCloseTo(js, 12);
    expect(linf(reference, current)).toBeCloseTo(l, 12);
  });

  test('chiSquareP: the χ² test of homogeneity without continuity correction', () => {
    expect(chiSquareP([10, 20, 30, 40], [40, 30, 20, 10])).toBeCloseTo(1.065509033425585e-8, 18);
    expect(chiSquareP([30, 70], [45, 55])).toBeCloseTo(0.028459736916310638, 12);
  });

  test('wasserstein: unweighted and weighted samples', () => {
    const ones = (n: number) => new Array(n).fill(1);
    expect(
      wasserstein({ values: [1, 2, 3], weights: ones(3) }, { values: [2, 3, 5], weights: ones(3) }),
    ).toBeCloseTo(4 / 3, 12);
    expect(
      wasserstein({ values: [0, 1, 3], weights: [1, 1, 2] }, { values: [5, 6, 8], weights: [2, 1, 1] }),
    ).toBeCloseTo(4.25, 12);
  });
});
