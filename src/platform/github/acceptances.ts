import { ACCEPTANCE_CHECK, type Acceptance, parseAcceptance } from '../../core/metrics/acceptance.js';
import type { GitHubClient } from './client.js';
import { postOnce } from './marked.js';

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

interface CreatedRun {
  readonly id: number;
  readonly external_id?: string | null;
  readonly name: string;
}

/**
 * Stores an acceptance as a completed, neutral check run named ACCEPTANCE_CHECK on its commit, the
 * record in `output.text` and `summary` (already escaped markdown) for people. Created once per
 * comment: it looks for its own run (by external id = the comment) first, and again after an unknown
 * outcome before trying again. Only a
 * GitHub App can create check runs, which is what makes the record unforgeable by users.
 */
export async function recordAcceptance(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  acceptance: Acceptance,
  summary: string,
  options: { sleep?: (ms: number) => Promise<void> } = {},
): Promise<{ id: number }> {
  const externalId = `mlci-accept-${acceptance.commentId}`;
  const find = async () => {
    const runs = await client.paginate<CreatedRun>(
      'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
      { ...repo, ref: acceptance.sha, check_name: ACCEPTANCE_CHECK, filter: 'all' },
      'check_runs',
      { permission: 'checks: read' },
    );
    return runs.find((run) => run.name === ACCEPTANCE_CHECK && run.external_id === externalId);
  };
  // A re-run of the same job (same comment) finds its record instead of writing a second one.
  const existing = await find();
  if (existing) return existing;
  return postOnce<CreatedRun>(
    client,
    'POST /repos/{owner}/{repo}/check-runs',
    {
      ...repo,
      name: ACCEPTANCE_CHECK,
      head_sha: acceptance.sha,
      external_id: externalId,
      // "Details" on the check run leads to the maintainer's comment.
      ...(/^https:\/\//.test(acceptance.commentUrl) ? { details_url: acceptance.commentUrl } : {}),
      status: 'completed',
      conclusion: 'neutral',
      output: {
        title: `Accepted: ${acceptance.metrics.join(', ')}`.slice(0, 200),
        summary,
        text: JSON.stringify(acceptance, null, 2),
      },
    },
    find,
    { permission: 'checks: write', sleep: options.sleep },
  );
}
