import type { Approval } from '../../core/release/record.js';
import type { GitHubClient } from './client.js';
import { GitHubError } from './errors.js';
import type { Repo } from './release-records.js';

interface EnvironmentApproval {
  readonly state?: string;
  readonly comment?: string;
  readonly user?: { readonly login?: string } | null;
  readonly environments?: readonly { readonly name?: string }[];
}

/**
 * Who approved the run's protected environments (required reviewers), as GitHub records it
 * (reference §4.4). A run without protection rules has none; a 404 (GHES without the endpoint, or a
 * run of another repository) also gives none rather than failing the release.
 */
export async function runApprovals(client: GitHubClient, repo: Repo, runId: string): Promise<Approval[]> {
  let list: EnvironmentApproval[];
  try {
    list = await client.get<EnvironmentApproval[]>(
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals',
      { ...repo, run_id: Number(runId) },
      'actions: read',
    );
  } catch (thrown) {
    if (thrown instanceof GitHubError && thrown.status === 404) return [];
    throw thrown;
  }
  return list.map((a) => ({
    user: a.user?.login ?? 'unknown',
    state: a.state ?? 'unknown',
    comment: a.comment ?? '',
    environments: (a.environments ?? []).map((e) => e.name ?? '').filter(Boolean),
  }));
}
