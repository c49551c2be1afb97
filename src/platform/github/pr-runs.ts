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

/** The files of a run's comparison artifact, by path, and the run they came from. */
export interface ArtifactFiles {
  readonly files: ReadonlyMap<string, Uint8Array>;
  readonly runId: number;
  /** When the run last changed (it finished): GitHub's clock, not the PR's. */
  readonly updatedAt: string;
}

/**
 * The artifact `artifact` of the newest completed run of commit `sha` that uploaded one (the
 * documented way: upload compare-metrics' report, and optionally its inputs, with
 * actions/upload-artifact), or a reason string. The artifact is untrusted (a PR run wrote it): it is
 * read with a size cap into memory, never extracted, and only ever parsed as data.
 */
export async function comparisonArtifactAt(
  client: GitHubClient,
  repo: Repo,
  sha: string,
  where: { artifact: string; workflow?: string },
): Promise<ArtifactFiles | string> {
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
    return { files: readZip(zip), runId: run.id, updatedAt: run.updated_at };
  }
  return `no run of ${sha.slice(0, 12)} uploaded an artifact named ${where.artifact}`;
}

/** A file of an artifact by its name (at the top or in a folder), as text. */
export function artifactFile(files: ReadonlyMap<string, Uint8Array>, name: string): string | undefined {
  for (const [path, bytes] of files) {
    if (path === name || path.endsWith(`/${name}`)) return Buffer.from(bytes).toString('utf8');
  }
  return undefined;
}

/** The comparison report of commit `sha` (the file `file` in its comparison artifact), or a reason. */
export async function comparisonReportAt(
  client: GitHubClient,
  repo: Repo,
  sha: string,
  where: ComparisonArtifact & { workflow?: string },
): Promise<{ text: string; runId: number; updatedAt: string } | string> {
  const found = await comparisonArtifactAt(client, repo, sha, where);
  if (typeof found === 'string') return found;
  const text = artifactFile(found.files, where.file);
  if (text === undefined) return `artifact ${where.artifact} of run ${found.runId} has no ${where.file}`;
  return { text, runId: found.runId, updatedAt: found.updatedAt };
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
