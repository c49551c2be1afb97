import { ACCEPTANCE_CHECK, type Acceptance, parseAcceptance } from '../../core/metrics/acceptance.js';
import type { GitHubClient } from './client.js';

interface CheckRun {
  readonly name: string;
  readonly head_sha: string;
  readonly app?: { readonly slug?: string } | null;
  readonly output?: { readonly text?: string | null } | null;
}

/** The GitHub App GITHUB_TOKEN belongs to: the only writer of acceptances trusted by default. */
export const ACTIONS_APP = 'github-actions';

/**
 * Acceptances recorded on commit `sha`: check runs named ACCEPTANCE_CHECK, created by the workflow's
 * app (`app`, default github-actions: only a GitHub App can create check runs, so a user cannot forge
 * one), whose stored acceptance names that same commit.
 */
export async function readAcceptances(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  sha: string,
  app = ACTIONS_APP,
): Promise<Acceptance[]> {
  const runs = await client.paginate<CheckRun>(
    'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
    { ...repo, ref: sha, check_name: ACCEPTANCE_CHECK, filter: 'all' },
    'check_runs',
    { permission: 'checks: read' },
  );
  return runs
    .filter((run) => run.name === ACCEPTANCE_CHECK && run.head_sha === sha && run.app?.slug === app)
    .map((run) => parseAcceptance(run.output?.text))
    .filter((a): a is Acceptance => a !== undefined && a.sha === sha);
}
