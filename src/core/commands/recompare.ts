import type { Direction } from '../metrics/rules.js';

/** What `/mlci compare` re-uses of the head commit's comparison report. */
export interface HeadReport {
  readonly metricsFile: string | null;
  readonly predictionsFile: string | null;
  readonly gate: {
    readonly mode: 'all-must-pass' | 'block-on-regression';
    readonly alpha: number;
    readonly power: number;
    readonly onInconclusive: 'pass' | 'fail';
  };
  readonly seed: number;
  readonly resamples: number;
  readonly rows: readonly { name: string; gated: boolean; direction: Direction; candidate: number | null }[];
}

const num = (value: unknown, fallback: number, min: number, max: number): number =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : fallback;

/**
 * The parts of a comparison report (untrusted: a PR run wrote it) that a re-comparison needs, every
 * field checked and bounded, or a reason string. Unknown or out-of-range settings fall back to
 * compare-metrics' defaults; the resamples are capped so a forged report cannot make the job slow.
 */
export function readHeadReport(text: string): HeadReport | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'the comparison report is not JSON';
  }
  // biome-ignore lint/suspicious/noExplicitAny: an untrusted document, checked field by field below.
  const r = (value ?? {}) as Record<string, any>;
  if (r.kind !== 'mlci/comparison-report' || !Array.isArray(r.metrics))
    return 'the file is not an mlci comparison report';
  const file = (v: unknown) => (typeof v === 'string' && v.length > 0 && v.length < 1000 ? v : null);
  const gate = (r.gate ?? {}) as Record<string, unknown>;
  const statistics = (r.statistics ?? {}) as { rng?: { seed?: unknown }; resamples?: unknown };
  const rows = (r.metrics as unknown[])
    .filter(
      (m): m is Record<string, unknown> =>
        !!m && typeof m === 'object' && typeof (m as { name?: unknown }).name === 'string',
    )
    .slice(0, 10_000)
    .map((m) => ({
      name: m.name as string,
      gated: m.role === 'gated',
      direction: (m.direction === 'lower' ? 'lower' : 'higher') as Direction,
      candidate: typeof m.candidate === 'number' && Number.isFinite(m.candidate) ? m.candidate : null,
    }));
  return {
    metricsFile: file(r.candidate?.metricsFile),
    predictionsFile: file(r.candidate?.predictionsFile),
    gate: {
      mode: gate.mode === 'all-must-pass' ? 'all-must-pass' : 'block-on-regression',
      alpha: num(gate.alpha, 0.05, 1e-6, 0.5),
      power: num(gate.power, 0.8, 0.5, 0.999),
      onInconclusive: gate.onInconclusive === 'fail' ? 'fail' : 'pass',
    },
    seed: Math.trunc(num(statistics.rng?.seed, 20240611, 0, 4294967295)),
    resamples: Math.trunc(num(statistics.resamples, 2000, 100, 10_000)),
    rows,
  };
}

/** The candidate's metrics as a metrics file, from the report's candidate column (point estimates). */
export function candidateMetricsText(head: HeadReport): string {
  const values: Record<string, number> = {};
  for (const row of head.rows) if (row.candidate !== null) values[row.name] = row.candidate;
  return JSON.stringify(values);
}

/**
 * Rules when mlci.yml is not at hand: each metric the head's gate checked, in its direction, "no worse
 * than the baseline" (margins and floors are not in the report, so they are not applied).
 */
export function directionRules(head: HeadReport): Record<string, Direction> {
  return Object.fromEntries(head.rows.filter((row) => row.gated).map((row) => [row.name, row.direction]));
}
