import type { ReportHeader } from '../report-envelope.js';
import { MLCI_VERSION } from '../version.js';
import type { AppliedAcceptance } from './apply-acceptances.js';
import type { BaselineSourceName, SearchStep } from './baseline.js';
import type { FingerprintMatch } from './fingerprint.js';
import type { GateMode, MetricResult } from './gate.js';
import type { Correction } from './stats/multiple.js';

/** Version of the comparison report's shape (report-envelope.ts: bumped only when a field changes meaning). */
export const COMPARISON_REPORT_VERSION = 1;

/**
 * The versioned JSON report of compare-metrics (kind "mlci/comparison-report"). Deterministic: the
 * same inputs and seed give the same bytes (no clock, no absolute paths, no thread count).
 */
export interface ComparisonReport extends ReportHeader<'mlci/comparison-report'> {
  readonly verdict: 'pass' | 'fail';
  /** Every reason the gate failed, the impossible-comparison ones first. */
  readonly reasons: readonly string[];
  /**
   * Why the comparison could not be made (different test sets, a gated metric missing from one side):
   * non-empty means exit 2 rather than the regression's exit 1. Empty when the comparison was made.
   */
  readonly impossible: readonly string[];
  readonly warnings: readonly string[];
  readonly notices: readonly string[];
  readonly failedMetrics: readonly string[];
  readonly gate: {
    readonly mode: GateMode;
    readonly correction: Correction;
    readonly alpha: number;
    readonly power: number;
    readonly onInconclusive: 'pass' | 'fail';
    readonly onNoBaseline: 'pass' | 'fail';
  };
  readonly baseline: {
    readonly source: BaselineSourceName | 'none';
    readonly detail: Readonly<Record<string, string | number>>;
    readonly searched: readonly SearchStep[];
    readonly metricsFile: string | null;
    readonly predictionsFile: string | null;
  };
  readonly candidate: { readonly metricsFile: string | null; readonly predictionsFile: string | null };
  readonly testSet: {
    readonly candidate: string | null;
    readonly baseline: string | null;
    readonly match: FingerprintMatch;
    readonly differentAllowed: boolean;
    readonly n: number | null;
  };
  readonly pairing: {
    readonly paired: boolean;
    readonly examples: number;
    readonly onlyCandidate: number;
    readonly onlyBaseline: number;
    readonly why: string;
  };
  readonly statistics: {
    readonly rng: {
      readonly algorithm: string;
      readonly seeding: string;
      readonly seed: number;
      readonly perMetricSeed: string;
    };
    readonly resamples: number;
    readonly stratified: boolean;
    readonly interval: string;
    readonly mcnemar: string;
  };
  readonly metrics: readonly MetricResult[];
  readonly confusion: {
    readonly labels: readonly string[];
    readonly candidate: readonly (readonly number[])[];
    readonly baseline: readonly (readonly number[])[] | null;
  } | null;
  /**
   * Maintainers' acceptances (`/mlci accept`) of the candidate's commit that the gate honoured; absent
   * when acceptances were not looked up (no token or commit, or `acceptances: off`).
   */
  readonly acceptances?: readonly AppliedAcceptance[];
}

/** The report header of this kind and version. */
export function comparisonHeader(): ReportHeader<'mlci/comparison-report'> {
  return {
    kind: 'mlci/comparison-report',
    version: COMPARISON_REPORT_VERSION,
    tool: { name: 'mlci', version: MLCI_VERSION },
  };
}

/** The report as written to disk: two-space JSON with a final newline; non-finite numbers become strings. */
export function serializeReport(report: ComparisonReport): string {
  return `${JSON.stringify(report, (_key, value) => (typeof value === 'number' && !Number.isFinite(value) ? String(value) : value), 2)}\n`;
}
