import type { Acceptance } from '../metrics/acceptance.js';
import { escapeMarkdown, inlineCode } from '../text/markdown.js';
import type { PermissionLevel } from './permission.js';

/** GitHub refuses a comment body over 65,536 characters; replies stay well below. */
export const MAX_REPLY = 60_000;

/** Commands that change an outcome need the configured permission; the others are open to anyone. */
export const GUARDED_VERBS = ['accept', 'rerun'] as const;

/** The help: every command, what it does, and who may use it. */
export function helpReply(minimum: PermissionLevel): string {
  const who = `${minimum} permission or higher`;
  return [
    '**mlci commands**: one per comment, at the start of a line (quoted and code-block lines are ignored).',
    '',
    '| command | what it does | who |',
    '|---|---|---|',
    '| `/mlci help` | shows this help | anyone |',
    `| \`/mlci accept <metric>[,<metric>] -- <reason>\` | accepts the regression of these metrics for the pull request's current head commit, with the reason on record; a new push makes it stale | ${who} |`,
    `| \`/mlci rerun\` | re-runs the failed jobs of the latest failed mlci workflow run of the head commit | ${who} |`,
    "| `/mlci compare <tag or commit>` | compares the head commit's metrics against another baseline (a release tag or a commit) | anyone |",
  ].join('\n');
}

/** The answer to a command that does not parse: what is wrong, then the help. */
export function invalidReply(
  problem: string,
  offending: string | undefined,
  minimum: PermissionLevel,
): string {
  const about = offending === undefined ? '' : `: ${inlineCode(offending, 80)}`;
  return `⚠️ ${escapeMarkdown(problem)}${about}\n\n${helpReply(minimum)}`;
}

/** The polite refusal of a guarded command; nothing was changed. */
export function refusalReply(
  verb: string,
  level: PermissionLevel,
  minimum: PermissionLevel,
  unverified?: string,
): string {
  const why = unverified
    ? `mlci could not verify your permission on this repository (${escapeMarkdown(unverified, 200)})`
    : `your permission on this repository is ${level}`;
  return `🙅 Sorry, \`/mlci ${verb}\` needs ${minimum} permission or higher, and ${why}. Nothing was changed.`;
}

const metricList = (metrics: readonly string[]) => metrics.map((m) => inlineCode(m, 100)).join(', ');
const short = (sha: string) => inlineCode(sha.slice(0, 12));

/** The reply once an acceptance is recorded. */
export function acceptedReply(acceptance: Acceptance): string {
  return [
    `✅ Accepted the regression of ${metricList(acceptance.metrics)} at ${short(acceptance.sha)} (this pull request's head), by ${escapeMarkdown(`@${acceptance.by}`)}: ${escapeMarkdown(acceptance.reason)}`,
    '',
    `Recorded as the \`mlci/acceptance\` check run on that commit. It applies to that commit only: a new push needs a new acceptance. Re-run the comparison (\`/mlci rerun\`) for the gate to show it.`,
  ].join('\n');
}

/** The reply when a named metric did not fail the gate at the head commit: nothing is recorded. */
export function notRegressionReply(
  sha: string,
  notRegressed: readonly string[],
  unknown: readonly string[],
): string {
  const parts: string[] = [];
  if (notRegressed.length) parts.push(`${metricList(notRegressed)} did not regress`);
  if (unknown.length)
    parts.push(`${metricList(unknown)} ${unknown.length === 1 ? 'is' : 'are'} not in the comparison`);
  return `ℹ️ Not a regression: at ${short(sha)}, ${parts.join(', and ')}. Nothing was recorded.`;
}

/** The reply when there is no comparison report of the head commit to check the claim against. */
export function noComparisonReply(sha: string, why: string): string {
  return `⚠️ Cannot accept yet: no comparison report of ${short(sha)} was found (${escapeMarkdown(why, 300)}). Wait for the comparison of this commit to finish, then try again. Nothing was recorded.`;
}

/** The reply after asking GitHub to re-run a run's failed jobs. */
export function rerunReply(run: { id: number; path: string }, sha: string): string {
  return `🔁 Re-running the failed jobs of workflow run ${run.id} (${inlineCode(run.path, 120)}) at ${short(sha)}.`;
}

/** The reply when there is nothing to re-run. */
export function nothingToRerunReply(sha: string): string {
  return `ℹ️ No failed mlci workflow run of ${short(sha)} was found: nothing to re-run.`;
}

/** The reply when handling failed on mlci's or GitHub's side (the comment itself was fine). */
export function failureReply(verb: string, what: string): string {
  return `❌ \`/mlci ${verb}\` failed: ${escapeMarkdown(what, 500)}. Nothing was changed; see the workflow log.`;
}

/** A reply body with the hidden marker that lets a retry find it instead of posting it twice. */
export function withMarker(body: string, mark: string): string {
  const room = MAX_REPLY - mark.length - 2;
  const cut =
    body.length > room ? `${body.slice(0, room - 60)}\n\n… (truncated: see the workflow log)` : body;
  return `${cut}\n\n${mark}`;
}
