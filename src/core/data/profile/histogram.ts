import { weightedItems } from './kll.js';
import type { Histogram, KllState } from './profile.js';

/** Index of the bin holding `value`: the number of edges ≤ value (binary search, no allocation). */
export function binOf(edges: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (edges[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Equal-frequency edges from a sketch: the i/bins quantiles, duplicates removed. */
export function equalFrequencyEdges(sketch: KllState, bins: number): number[] {
  const { values, weights } = weightedItems(sketch);
  if (values.length === 0) return [];
  let total = 0;
  for (const weight of weights) total += weight;
  const edges: number[] = [];
  let cumulative = 0;
  let next = 1;
  for (let i = 0; i < values.length && next < bins; i++) {
    cumulative += weights[i]!;
    while (next < bins && cumulative >= (next * total) / bins) {
      // The edge is the first value *after* the quantile, so bins are [edge_i, edge_i+1) as counted.
      const edge = values[Math.min(i + 1, values.length - 1)]!;
      if (edges.length === 0 || edge > edges[edges.length - 1]!) edges.push(edge);
      next++;
    }
  }
  if (edges.length === 0) edges.push(values[0]!);
  return edges;
}

/** Bin counts read from a sketch's weighted items (exact total, bins approximate within rank error). */
export function histogramFromSketch(sketch: KllState, edges: readonly number[], bins?: number): Histogram {
  const counts = new Array<number>(edges.length + 1).fill(0);
  sketch.levels.forEach((level, i) => {
    for (const value of level) counts[binOf(edges, value)]! += 2 ** i;
  });
  return { edges: [...edges], counts, exact: false, ...(bins === undefined ? {} : { bins }) };
}

/** True when two edge lists are the same numbers. */
export function sameEdges(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((edge, i) => edge === b[i]);
}
