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

/**
 * Why a run may not write to a shared remote cache (a registry): a pull request from a fork carries code
 * nobody reviewed, and what it trained would be restored by the base repository's own runs. GitHub keeps
 * the Actions cache apart by scope; a registry has no scopes, so mlci refuses the save itself.
 */
export function remoteSaveBlockedBy(event: string, payload: unknown): string | undefined {
  const privileged = saveBlockedBy(event);
  if (privileged) return privileged;
  type Repo = { full_name?: unknown } | null;
  const pr = (payload as { pull_request?: { head?: { repo?: Repo }; base?: { repo?: Repo } } } | undefined)
    ?.pull_request;
  // pull_request, pull_request_review, pull_request_review_comment: all run a PR head's code.
  if (!pr) {
    return event.startsWith('pull_request')
      ? 'the event payload does not say whether the pull request comes from a fork'
      : undefined;
  }
  const head = pr.head?.repo?.full_name;
  // A deleted fork has head.repo null: as untrusted as a live one.
  if (typeof head !== 'string' || head !== pr.base?.repo?.full_name)
    return 'a pull request from a fork may not write to the shared registry cache';
  return undefined;
}
