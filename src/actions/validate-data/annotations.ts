import type { DataErrorRecord } from '../../core/data/validate/error-collector.js';
import type { ValidationReport } from '../../core/data/validate/report.js';
import type { Logger } from '../../platform/io.js';

/**
 * GitHub shows at most 10 error and 10 warning annotations per step (reference/actions-runtime.md §6.1).
 * One error annotation is kept for the step's own failure message, so 9 go to data errors; the rest
 * are in the job summary table and the JSON report.
 */
export const ANNOTATION_LIMITS = { errors: 9, warnings: 10 } as const;

function props(error: DataErrorRecord) {
  const file = error.file || undefined;
  return {
    title: `${error.type}${error.field ? ` (${error.field})` : ''}`,
    where: file ? { file, line: error.line ?? error.row } : undefined,
  };
}

/** Annotates the first errors and warnings on the data file at the failing row. */
export function annotate(report: ValidationReport, log: Logger): void {
  for (const error of report.errors.slice(0, ANNOTATION_LIMITS.errors))
    log.error(error.message, props(error));
  for (const warning of report.warnings.slice(0, ANNOTATION_LIMITS.warnings))
    log.warning(warning.message, props(warning));
}
