import { histogramFromSketch, sameEdges } from '../profile/histogram.js';
import type { CategoricalSummary, NumericSummary } from '../profile/profile.js';

/** Two count vectors over the same bins or categories, ready for the metrics. */
export interface SharedBins {
  readonly labels: readonly string[];
  readonly reference: readonly number[];
  readonly current: readonly number[];
  /** True when both sides were counted value by value (no sketch involved). */
  readonly exact: boolean;
}

/**
 * Numeric bins: the reference's histogram edges for both sides. The current side uses its own counts
 * when it was profiled on those edges (validate-data passes the reference to the profiler), and
 * otherwise re-reads its KLL sketch on them (within the sketch's rank error).
 */
export function numericBins(reference: NumericSummary, current: NumericSummary): SharedBins {
  const edges = reference.histogram.edges;
  const onEdges = sameEdges(current.histogram.edges, edges);
  const counts = onEdges ? current.histogram.counts : histogramFromSketch(current.sketch, edges).counts;
  const labels = counts.map((_, i) =>
    i === 0 ? `< ${edges[0]}` : i === edges.length ? `≥ ${edges[i - 1]}` : `[${edges[i - 1]}, ${edges[i]})`,
  );
  return {
    labels,
    reference: reference.histogram.counts,
    current: counts,
    exact: reference.histogram.exact && onEdges && current.histogram.exact,
  };
}

/** Label of the bucket that holds values outside the listed top-k on either side. */
export const OTHER = '(other)';

/**
 * Category counts over the union of both sides' listed values, plus one "(other)" bucket for what the
 * top-k summaries did not list (present only when either side has such values). A side that kept only
 * its top values (inexact) decides which categories can be compared: a value it did not list sits in
 * its "(other)", so the other side's count of that value goes to its "(other)" too. Otherwise 500 ids
 * counted exactly against 5,000 summarised ones look like 500 new categories.
 */
export function categoricalBins(reference: CategoricalSummary, current: CategoricalSummary): SharedBins {
  const r = new Map(reference.values.map(({ value, count }) => [value, count]));
  const c = new Map(current.values.map(({ value, count }) => [value, count]));
  const labels = [...new Set([...r.keys(), ...c.keys()])]
    .filter((label) => (reference.exact || r.has(label)) && (current.exact || c.has(label)))
    .sort();
  const refCounts = labels.map((label) => r.get(label) ?? 0);
  const curCounts = labels.map((label) => c.get(label) ?? 0);
  const refOther = reference.other + sumOf(r) - refCounts.reduce((a, b) => a + b, 0);
  const curOther = current.other + sumOf(c) - curCounts.reduce((a, b) => a + b, 0);
  if (refOther > 0 || curOther > 0) {
    labels.push(OTHER);
    refCounts.push(refOther);
    curCounts.push(curOther);
  }
  return { labels, reference: refCounts, current: curCounts, exact: reference.exact && current.exact };
}

function sumOf(counts: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const count of counts.values()) total += count;
  return total;
}
