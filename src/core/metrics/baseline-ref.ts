import { basename } from 'node:path';

/** The parts of a GitHub event payload (GITHUB_EVENT_PATH) that decide where the baseline is. */
export interface EventPayload {
  readonly repository?: { readonly default_branch?: string };
  readonly pull_request?: {
    readonly base?: { readonly ref?: string; readonly sha?: string };
    readonly head?: { readonly sha?: string };
  };
}

/** The default branch and the branch to compare against. */
export interface BaseBranch {
  readonly defaultBranch: string;
  readonly base: string;
}

/**
 * The branch to compare against: the `base-ref` input, else the PR's base (GITHUB_BASE_REF, then the
 * event's), else the repository's default branch ('main' when the event does not say).
 *
 *   baseBranch(undefined, 'release', event)  = { defaultBranch: <event's or main>, base: 'release' }
 *   baseBranch('v1', 'release', event)       = { …, base: 'v1' }
 */
export function baseBranch(
  baseRef: string | undefined,
  envBaseRef: string | undefined,
  event: EventPayload,
): BaseBranch {
  const defaultBranch = event.repository?.default_branch ?? 'main';
  return { defaultBranch, base: baseRef ?? envBaseRef ?? event.pull_request?.base?.ref ?? defaultBranch };
}

/**
 * The commit whose metrics are the baseline. On a PR branch it is the merge-base; on the base branch
 * itself the merge-base is HEAD (`head`), and the baseline is then its parent, the state before this
 * push (`parentOf` is only asked then: it may fetch). Without a parent (the first commit) the
 * merge-base stays.
 */
export async function baselineCommit(
  mergeBase: string,
  head: string | undefined,
  parentOf: (sha: string) => Promise<string | undefined>,
): Promise<string> {
  if (mergeBase !== head) return mergeBase;
  return (await parentOf(mergeBase)) ?? mergeBase;
}

/** The token to call the API with: the input, unless it is an unexpanded `${{ github.token }}` (the action.yml default, seen by the CLI), else GITHUB_TOKEN. */
export function apiToken(input: string | undefined, envToken: string | undefined): string | undefined {
  return input && !input.includes('${{') ? input : envToken;
}

/** File names to look for in a run's artifact: the user's file's base name first, then the usual names. */
export function artifactNames(path: string | undefined, defaults: readonly string[]): string[] {
  return path ? [basename(path), ...defaults] : [...defaults];
}
