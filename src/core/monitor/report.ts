import type { ReportHeader } from '../report-envelope.js';
import { MLCI_VERSION } from '../version.js';

/** Version of the monitor report's shape (report-envelope.ts: bumped only when a field changes meaning). */
export const MONITOR_REPORT_VERSION = 1;

/** What monitor watches; one incident issue per model and kind. */
export const FINDING_KINDS = ['data-quality', 'drift', 'live-metric'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** One figure a check looked at: a column's drift, an error type's count, a live metric. */
export interface Figure {
  /** Stable name within its kind (`drift:age`, `errors:type-error`, `metric:accuracy`). */
  readonly key: string;
  readonly label: string;
  readonly value: number;
  /** The limit it was held to, and which way is bad. */
  readonly limit: number | null;
  readonly failing: boolean;
  /** One sentence a reader acts on, when failing. */
  readonly reason?: string;
  /** Interval of a live metric (percentile bootstrap). */
  readonly interval?: readonly [number, number];
}

/** The outcome of one kind of check in this run; `skipped` when its inputs were not given. */
export interface Finding {
  readonly kind: FindingKind;
  readonly status: 'pass' | 'fail' | 'skipped';
  readonly summary: string;
  readonly figures: readonly Figure[];
}

/** What happened to the incident issue of a finding in this run. */
export interface IncidentOutcome {
  readonly kind: FindingKind;
  readonly action: 'opened' | 'reopened' | 'commented' | 'updated' | 'closed' | 'none' | 'unreachable';
  readonly issue?: { readonly number: number; readonly url: string };
  readonly detail?: string;
}

/** The versioned JSON report of monitor (kind "mlci/monitor-report"): every figure of the run. */
export interface MonitorReport extends ReportHeader<'mlci/monitor-report'> {
  readonly model: string;
  readonly status: 'pass' | 'fail';
  readonly at: string;
  readonly sample: { readonly files: readonly string[]; readonly rows: number };
  readonly reference: { readonly profile: string | null; readonly release: string | null };
  readonly findings: readonly Finding[];
  readonly incidents: readonly IncidentOutcome[];
}

export function monitorHeader(): ReportHeader<'mlci/monitor-report'> {
  return {
    kind: 'mlci/monitor-report',
    version: MONITOR_REPORT_VERSION,
    tool: { name: 'mlci', version: MLCI_VERSION },
  };
}

/** Overall status: fail when any finding fails. */
export function overallStatus(findings: readonly Finding[]): 'pass' | 'fail' {
  return findings.some((f) => f.status === 'fail') ? 'fail' : 'pass';
}
