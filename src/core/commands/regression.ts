/** What a comparison report says about the metrics a maintainer wants to accept. */
export interface RegressionCheck {
  /** Metrics that failed the gate: these may be accepted. */
  readonly regressed: readonly string[];
  readonly notRegressed: readonly string[];
  /** Metrics the report does not have at all. */
  readonly unknown: readonly string[];
}

/** Largest comparison report read (a report with 10⁵ per-class rows is ~30 MB; metrics-only is KBs). */
export const MAX_REPORT_BYTES = 32 * 1024 * 1024;

/**
 * Which of `metrics` regressed according to a comparison report (kind mlci/comparison-report): a
 * metric regressed when it is among `failedMetrics` or its row's verdict is `fail`. The report is
 * untrusted data (a pull request's run wrote it): it is parsed defensively and a malformed one is a
 * string saying why, never an exception. A forged report can only make a maintainer's acceptance
 * possible or impossible; the maintainer still decides.
 */
export function checkRegression(reportText: string, metrics: readonly string[]): RegressionCheck | string {
  if (reportText.length > MAX_REPORT_BYTES) return 'the comparison report is too large';
  let value: unknown;
  try {
    value = JSON.parse(reportText);
  } catch {
    return 'the comparison report is not JSON';
  }
  if (!value || typeof value !== 'object') return 'the comparison report is not an object';
  const report = value as { kind?: unknown; failedMetrics?: unknown; metrics?: unknown };
  if (report.kind !== 'mlci/comparison-report') return 'the file is not an mlci comparison report';
  if (!Array.isArray(report.metrics)) return 'the comparison report has no metrics';
  const failed = new Set(
    Array.isArray(report.failedMetrics) ? report.failedMetrics.filter((m) => typeof m === 'string') : [],
  );
  const known = new Set<string>();
  for (const row of report.metrics as unknown[]) {
    if (!row || typeof row !== 'object') continue;
    const { name, verdict } = row as { name?: unknown; verdict?: unknown };
    if (typeof name !== 'string') continue;
    known.add(name);
    if (verdict === 'fail') failed.add(name);
  }
  return {
    regressed: metrics.filter((m) => failed.has(m)),
    notRegressed: metrics.filter((m) => known.has(m) && !failed.has(m)),
    unknown: metrics.filter((m) => !known.has(m) && !failed.has(m)),
  };
}
