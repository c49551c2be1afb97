import { UsageError } from '../errors.js';

/**
 * Events whose runs share the default branch's cache scope while they may carry code from a fork:
 * they restore but never save (TRIG-02; reference/reliability-and-security.md §2.2).
 */
export const PRIVILEGED_EVENTS = ['pull_request_target', 'issue_comment', 'workflow_run'] as const;

/** Whether `event` (GITHUB_EVENT_NAME) runs with the default branch's secrets and cache scope. */
export const isPrivilegedEvent = (event: string): boolean =>
  (PRIVILEGED_EVENTS as readonly string[]).includes(event);

/** Why this event may not save to the cache (TRIG-02), or undefined when it may. */
export function saveBlockedBy(event: string): string | undefined {
  return isPrivilegedEvent(event)
    ? `\`${event}\` runs share the default branch's cache, so they only restore`
    : undefined;
}

/**
 * TRIG-01: the refusal to run training code of a privileged event when the workspace holds another
 * commit than the workflow's (`workflowSha`, GITHUB_SHA), or undefined when it may run. Without either
 * commit there is nothing to compare, and the run goes ahead.
 */
export function untrustedCheckout(
  event: string,
  head: string | undefined,
  workflowSha: string | undefined,
  refusal: { what: string; hint: string } = TRAIN_REFUSAL,
): UsageError | undefined {
  if (!head || !workflowSha || head === workflowSha) return undefined;
  return new UsageError(
    `refusing to run ${refusal.what} under \`${event}\`: the workspace is at ${head.slice(0, 12)}, not the workflow's commit ${workflowSha.slice(0, 12)}`,
    { hint: refusal.hint },
  );
}

const TRAIN_REFUSAL = {
  what: 'training code',
  hint: 'run untrusted code in a `pull_request` workflow instead, or set `allow-untrusted-code: true` if you trust it (docs/train.md#permissions)',
};
