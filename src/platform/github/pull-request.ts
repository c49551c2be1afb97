import type { GitHubClient } from './client.js';

/** A pull request as the API says it is now (never as the event said it was). */
export interface PullRequestHead {
  readonly number: number;
  /** The 40-hex head commit at the moment of the call. */
  readonly sha: string;
  /** `owner/name` the head branch lives in (another repository for a fork). */
  readonly headRepo: string;
  readonly state: string;
}

interface Pull {
  number: number;
  state: string;
  head: { sha: string; repo: { full_name?: string } | null };
}

/** The PR's head commit now, from `GET /repos/{owner}/{repo}/pulls/{pull_number}`. */
export async function pullRequestHead(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  number: number,
): Promise<PullRequestHead> {
  const pull = await client.get<Pull>(
    'GET /repos/{owner}/{repo}/pulls/{pull_number}',
    { ...repo, pull_number: number },
    'pull-requests: read',
  );
  return {
    number: pull.number,
    sha: pull.head.sha,
    headRepo: pull.head.repo?.full_name ?? '',
    state: pull.state,
  };
}
