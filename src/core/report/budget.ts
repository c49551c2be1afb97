/**
 * The size budget of a posted body. GitHub refuses comment bodies over 65,536 characters (422 "Body is
 * too long"; reference statistics-and-baselines.md §5.1), and check-run summaries over 65,535. The
 * report drops detail in this order until it fits, each step whole blocks only, so no table is cut
 * mid-row and no <details> is left open; the verdict line and the marker are kept at every level.
 */
export const BUDGET_LEVELS = [
  'nothing',
  'charts',
  'long tables (informational metrics, further error samples, per-file, per-column and per-layer details)',
  'all collapsed details',
  'every section body (headlines kept)',
  'the section headlines',
] as const;

/** Level at which only the verdict line, the trimmed note and the marker remain. */
export const LAST_LEVEL = BUDGET_LEVELS.length - 1;

/** GitHub's limit for an issue or PR comment body, in characters. */
export const COMMENT_LIMIT = 65_536;
/** GitHub's limit for a check run's output.summary / output.text. */
export const CHECK_RUN_LIMIT = 65_535;
/** The job summary's limit is 1 MiB per step; leave room for other steps' lines. */
export const JOB_SUMMARY_LIMIT = 1_000_000;

/** What left out up to `level` means, for the trimmed note. */
export function omittedAt(level: number): string[] {
  return BUDGET_LEVELS.slice(1, level + 1);
}
