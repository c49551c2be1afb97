import { mermaidLabel } from '../text/markdown.js';
import { num } from './format.js';

/**
 * Mermaid charts GitHub draws in comments (reference statistics-and-baselines.md §5.3): xychart-beta,
 * labels through mermaidLabel(), numbers only. Each chart is placed beside the table with its values.
 */

const finite = (value: number) => (Number.isFinite(value) ? num(value) : '0');

/** Distinct labels: mermaid merges equal categories, so a repeated one gets a suffix. */
function labels(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const base = mermaidLabel(name);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} ${n}`;
  });
}

const axis = (names: readonly string[]) =>
  `[${labels(names)
    .map((l) => `"${l}"`)
    .join(', ')}]`;
const series = (values: readonly number[]) => `[${values.map(finite).join(', ')}]`;

/** Bars of Δ per metric, with the interval's lower and upper ends as two lines. */
export function deltaChart(
  rows: readonly { name: string; delta: number; lower?: number; upper?: number }[],
): string {
  const all = rows.flatMap((r) => [r.delta, r.lower ?? r.delta, r.upper ?? r.delta]).filter(Number.isFinite);
  const lo = Math.min(0, ...all);
  const hi = Math.max(0, ...all);
  const pad = (hi - lo) * 0.1 || 0.01;
  const lines = [
    'xychart-beta',
    '  title "Delta candidate - baseline with interval"',
    `  x-axis ${axis(rows.map((r) => r.name))}`,
    `  y-axis "delta" ${finite(lo - pad)} --> ${finite(hi + pad)}`,
    `  bar ${series(rows.map((r) => r.delta))}`,
  ];
  if (rows.some((r) => r.lower !== undefined)) {
    lines.push(`  line ${series(rows.map((r) => r.lower ?? r.delta))}`);
    lines.push(`  line ${series(rows.map((r) => r.upper ?? r.delta))}`);
  }
  return lines.join('\n');
}

/** Bars of one drift score per column, with the threshold as a line when known. */
export function driftChart(
  rows: readonly { column: string; score: number }[],
  scoreName: string,
  threshold?: number,
): string {
  const values = rows.map((r) => r.score).filter(Number.isFinite);
  const hi = Math.max(threshold ?? 0, ...values, 0.01) * 1.1;
  const lines = [
    'xychart-beta',
    `  title "Drift per column - ${mermaidLabel(scoreName)}"`,
    `  x-axis ${axis(rows.map((r) => r.column))}`,
    `  y-axis "${mermaidLabel(scoreName)}" 0 --> ${finite(hi)}`,
    `  bar ${series(rows.map((r) => r.score))}`,
  ];
  if (threshold !== undefined) lines.push(`  line ${series(rows.map(() => threshold))}`);
  return lines.join('\n');
}

/** One line per metric over releases, oldest first. */
export function historyChart(releases: readonly string[], metric: string, values: readonly number[]): string {
  const known = values.filter(Number.isFinite);
  const lo = Math.min(...known);
  const hi = Math.max(...known);
  const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.05 || 0.01;
  return [
    'xychart-beta',
    `  title "${mermaidLabel(metric, 40)} over releases"`,
    `  x-axis ${axis(releases)}`,
    `  y-axis "${mermaidLabel(metric)}" ${finite(lo - pad)} --> ${finite(hi + pad)}`,
    `  line ${series(values)}`,
  ].join('\n');
}
