import { type Acceptance, acceptanceFor } from './acceptance.js';
import type { ComparisonReport } from './report.js';

/** One acceptance the gate honoured, as the comparison report lists it. */
export interface AppliedAcceptance {
  readonly metric: string;
  readonly sha: string;
  readonly by: string;
  readonly reason: string;
  readonly commentUrl: string;
  readonly at: string;
}

/**
 * The report with the maintainers' acceptances of commit `sha` applied: each failed metric with an
 * acceptance for exactly that commit no longer fails the gate; its row keeps its verdict and gains the
 * reason "accepted by @x: reason", and the report lists what was applied (`acceptances`). Acceptances
 * of other commits never apply (a new push needs a new acceptance).
 */
export function applyAcceptances(
  report: ComparisonReport,
  acceptances: readonly Acceptance[],
  sha: string,
): ComparisonReport {
  const applied: AppliedAcceptance[] = [];
  for (const metric of report.failedMetrics) {
    const found = acceptanceFor(acceptances, sha, metric);
    if (found)
      applied.push({
        metric,
        sha,
        by: found.by,
        reason: found.reason,
        commentUrl: found.commentUrl,
        at: found.at,
      });
  }
  if (applied.length === 0) return { ...report, acceptances: [] };
  const reasonOf = new Map(applied.map((a) => [a.metric, `accepted by @${a.by}: ${a.reason}`]));
  // The gate's reasons are the failing metrics' own reasons, verbatim (gate.ts): take out one occurrence
  // of each reason of an accepted metric, so a twin sentence of another metric still fails the gate.
  const owed = new Map<string, number>();
  for (const m of report.metrics)
    if (reasonOf.has(m.name)) for (const r of m.reasons) owed.set(r, (owed.get(r) ?? 0) + 1);
  const reasons = report.reasons.filter((reason) => {
    const left = owed.get(reason) ?? 0;
    if (left > 0 && !report.impossible.includes(reason)) {
      owed.set(reason, left - 1);
      return false;
    }
    return ![...reasonOf.keys()].some((m) => reason.startsWith(`${m} is inconclusive`));
  });
  return {
    ...report,
    // An impossible comparison stays impossible: an acceptance covers a regression, not a broken input.
    verdict: reasons.length || report.impossible.length ? 'fail' : 'pass',
    reasons,
    failedMetrics: report.failedMetrics.filter((m) => !reasonOf.has(m)),
    metrics: report.metrics.map((m) =>
      reasonOf.has(m.name) ? { ...m, reasons: [...m.reasons, reasonOf.get(m.name)!] } : m,
    ),
    acceptances: applied,
  };
}
