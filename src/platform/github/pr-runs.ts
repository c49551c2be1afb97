import { MAX_REPORT_BYTES } from '../../core/commands/regression.js';
import type { GitHubClient } from './client.js';
import { readZip } from './zip.js';

/** The fields of a workflow run mlci reads. */
export interface WorkflowRun {
  readonly id: number;
  readonly head_sha: string;
  readonly path: string;
  readonly event: string;
  readonly status: string | null;
  readonly conclusion: string | null;
  readonly created_at: string;
  readonly updated_at: string;
}

interface Artifact {
  id: number;
  name: string;
  expired: boolean;
}

type Repo = { owner: string; repo: string };

/**
 * Workflow runs of commit `sha`, newest first; only runs of `workflow` (a file name such as `ci.yml`,
 * matched against the run's path) when given. Runs of the command handler itself (`issue_comment`)
 * are never among them.
 */
export async function runsAtCommit(
  client: GitHubClient,
  repo: Repo,
  sha: string,
  workflow?: string,
): Promise<WorkflowRun[]> {
  const runs = await client.paginate<WorkflowRun>(
    'GET /repos/{owner}/{repo}/actions/runs',
    { ...repo, head_sha: sha },
    'workflow_runs',
    { maxPages: 3, permission: 'actions: read' },
  );
  return runs
    .filter((run) => run.head_sha === sha && run.event !== 'issue_comment')
    .filter((run) => !workflow || run.path === workflow || run.path.endsWith(`/${workflow}`))
    .sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : b.id - a.id));
}

export interface ComparisonArtifact {
  /** The artifact and the file in it. */
  readonly artifact: string;
  readonly file: string;
}

/**
 * The comparison report of commit `sha`: the file `file` in the artifact `artifact` of the newest
 * completed run of that commit that uploaded one (the documented way: upload compare-metrics' report
 * with actions/upload-artifact). A reason string when there is none. The artifact is untrusted (a PR
 * run wrote it): it is read with a size cap and only ever parsed as JSON data.
 */
export async function comparisonReportAt(
  client: GitHubClient,
  repo: Repo,
  sha: string,
  where: ComparisonArtifact & { workflow?: string },
): Promise<{ text: string; runId: number; updatedAt: string } | string> {
  const runs = (await runsAtCommit(client, repo, sha, where.workflow)).filter(
    (run) => run.status === 'completed',
  );
  if (runs.length === 0) return `no completed workflow run of ${sha.slice(0, 12)}`;
  for (const run of runs) {
    const artifacts = await client.paginate<Artifact>(
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
      { ...repo, run_id: run.id, name: where.artifact },
      'artifacts',
      { maxPages: 1, permission: 'actions: read' },
    );
    const artifact = artifacts.find((a) => a.name === where.artifact && !a.expired);
    if (!artifact) continue;
    const zip = await client.download(
      'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
      { ...repo, artifact_id: artifact.id, archive_format: 'zip' },
      { permission: 'actions: read', maxBytes: MAX_REPORT_BYTES },
    );
    for (const [path, bytes] of readZip(zip)) {
      if (path === where.file || path.endsWith(`/${where.file}`)) {
        return { text: Buffer.from(bytes).toString('utf8'), runId: run.id, updatedAt: run.updated_at };
      }
    }
    return `artifact ${where.artifact} of run ${run.id} has no ${where.file}`;
  }
  return `no run of ${sha.slice(0, 12)} uploaded an artifact named ${where.artifact}`;
}

/** The newest failed run of commit `sha` (of `workflow` when given), if any. */
export async function latestFailedRun(
  client: GitHubClient,
  repo: Repo,
  sha: string,
  workflow?: string,
): Promise<WorkflowRun | undefined> {
  const [newest] = (await runsAtCommit(client, repo, sha, workflow)).filter(
    (run) => run.status === 'completed',
  );
  // Only the newest completed run: re-running an older failure that a later run already superseded
  // would change nothing the reviewer sees.
  return newest && ['failure', 'timed_out', 'cancelled'].includes(newest.conclusion ?? '')
    ? newest
    : undefined;
}

/** `POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs`. */
export async function rerunFailedJobs(client: GitHubClient, repo: Repo, runId: number): Promise<void> {
  await client.write(
    'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs',
    { ...repo, run_id: runId },
    // Asking twice for the same re-run is harmless (the second is refused while the first runs).
    { permission: 'actions: write', idempotent: true },
  );
}
