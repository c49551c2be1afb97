/**
 * A maintainer's acceptance of a known regression (`/mlci accept accuracy -- reason`), the contract
 * between the PR commands that record it and the comparison, report and release that honour it.
 * It names the exact head commit: a new push makes it stale. It is only trusted when read from where
 * the workflow's own identity wrote it (a check run named ACCEPTANCE_CHECK created by the workflow's
 * app on that commit), never from a comment body.
 */
export interface Acceptance {
  readonly kind: 'mlci/acceptance';
  readonly version: 1;
  /** The 40-hex head commit the acceptance applies to. */
  readonly sha: string;
  /** Metric keys as the comparison report names them (`accuracy`, `metrics.f1`). */
  readonly metrics: readonly string[];
  readonly reason: string;
  /** Login of the maintainer who accepted, and their permission when they did. */
  readonly by: string;
  readonly permission: string;
  /** The `/mlci accept` comment: its URL and id, and the PR number. */
  readonly commentUrl: string;
  readonly commentId: number;
  readonly pullRequest: number;
  /** ISO 8601 time the command was handled. */
  readonly at: string;
}

/** Name of the check run an acceptance is stored in, on the commit it accepts. */
export const ACCEPTANCE_CHECK = 'mlci/acceptance';

const SHA = /^[0-9a-f]{40}$/;

/**
 * An acceptance read back from its store, or undefined when the stored text is not one (wrong kind,
 * version, a field missing or of another type). Never throws: stored text is untrusted input.
 */
export function parseAcceptance(text: string | null | undefined): Acceptance | undefined {
  if (!text || text.length > 65_536) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!value || typeof value !== 'object') return undefined;
  const a = value as Record<string, unknown>;
  const strings = ['sha', 'reason', 'by', 'permission', 'commentUrl', 'at'] as const;
  if (a.kind !== 'mlci/acceptance' || a.version !== 1) return undefined;
  if (!strings.every((key) => typeof a[key] === 'string')) return undefined;
  if (!SHA.test(a.sha as string)) return undefined;
  if (!Array.isArray(a.metrics) || !a.metrics.every((m) => typeof m === 'string' && m.length > 0))
    return undefined;
  if (!Number.isSafeInteger(a.commentId) || !Number.isSafeInteger(a.pullRequest)) return undefined;
  return {
    kind: 'mlci/acceptance',
    version: 1,
    sha: a.sha as string,
    metrics: a.metrics as string[],
    reason: a.reason as string,
    by: a.by as string,
    permission: a.permission as string,
    commentUrl: a.commentUrl as string,
    commentId: a.commentId as number,
    pullRequest: a.pullRequest as number,
    at: a.at as string,
  };
}

/** The newest acceptance that covers `metric` at commit `sha`, if any. */
export function acceptanceFor(
  acceptances: readonly Acceptance[],
  sha: string,
  metric: string,
): Acceptance | undefined {
  return acceptances
    .filter((a) => a.sha === sha && a.metrics.includes(metric))
    .reduce<Acceptance | undefined>((newest, a) => (!newest || a.at > newest.at ? a : newest), undefined);
}
