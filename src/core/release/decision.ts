import { type Acceptance, acceptanceFor } from '../metrics/acceptance.js';
import type { ComparisonReport } from '../metrics/report.js';
import type { RecordedAcceptance, ReleasedMetric } from './record.js';

/** The `accept` input: a reason, and who gave it (the workflow's actor). */
export interface AcceptInput {
  readonly reason: string;
  readonly by: string;
  readonly at: string;
}

export interface ReleaseDecision {
  readonly outcome: 'first' | 'pass' | 'accepted' | 'refused';
  readonly reasons: readonly string[];
  readonly acceptances: readonly RecordedAcceptance[];
  readonly metrics: readonly ReleasedMetric[];
}

/**
 * Whether a candidate may replace production, from the gate re-run against the production record:
 * no production yet is the first release; a passing gate releases; a failing one releases only when
 * every failed metric is accepted for this exact commit (an mlci/acceptance check run) or the release
 * step was given `accept` with a reason. A failure that is not about a metric (different test sets)
 * can only be accepted by `accept`.
 */
export function decideRelease(
  report: ComparisonReport,
  commit: string,
  stored: readonly Acceptance[],
  accept: AcceptInput | undefined,
): ReleaseDecision {
  const metrics = report.metrics.map(
    (m): ReleasedMetric => ({
      name: m.name,
      value: m.candidate,
      baseline: m.baseline,
      delta: m.delta,
      interval: m.interval,
      verdict: m.verdict,
    }),
  );
  if (report.baseline.source === 'none') return { outcome: 'first', reasons: [], acceptances: [], metrics };
  if (report.verdict === 'pass') return { outcome: 'pass', reasons: [], acceptances: [], metrics };
  const used = new Map<Acceptance, string[]>();
  const uncovered: string[] = [];
  for (const metric of report.failedMetrics) {
    const found = acceptanceFor(stored, commit, metric);
    if (found) used.set(found, [...(used.get(found) ?? []), metric]);
    else uncovered.push(metric);
  }
  const structural = report.failedMetrics.length === 0;
  const recorded: RecordedAcceptance[] = [...used].map(([a, names]) => ({
    metrics: names,
    reason: a.reason,
    by: a.by,
    source: 'check-run',
    at: a.at,
    url: a.commentUrl,
  }));
  if ((uncovered.length || structural) && accept) {
    recorded.push({
      metrics: structural ? [] : uncovered,
      reason: accept.reason,
      by: accept.by,
      source: 'input',
      at: accept.at,
      url: null,
    });
    return { outcome: 'accepted', reasons: report.reasons, acceptances: recorded, metrics };
  }
  if (uncovered.length || structural) {
    const what = structural ? report.reasons.join('; ') : `regression in ${uncovered.join(', ')}`;
    return {
      outcome: 'refused',
      reasons: [`${what}, and no acceptance for commit ${commit.slice(0, 12)}`, ...report.reasons],
      acceptances: recorded,
      metrics,
    };
  }
  return { outcome: 'accepted', reasons: report.reasons, acceptances: recorded, metrics };
}
