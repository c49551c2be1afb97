import type { GitHubClient } from './client.js';
import type { Repo } from './release-records.js';
import { readZip } from './zip.js';

interface WorkflowRun {
  readonly id: number;
  readonly head_sha: string;
  readonly event: string;
  readonly conclusion: string | null;
  readonly html_url?: string;
  readonly head_repository?: { readonly full_name?: string } | null;
}

interface Artifact {
  readonly id: number;
  readonly name: string;
  readonly expired: boolean;
}

/** The files of the candidate artifact and the run that uploaded it. */
export interface CandidateFiles {
  readonly run: { readonly id: number; readonly url: string | null };
  readonly files: ReadonlyMap<string, Uint8Array>;
}

const UNTRUSTED_EVENTS = /^pull_request/;

/**
 * The artifact `name` of a successful run that built exactly `sha` (any branch: the build ran on the
 * default branch, the release runs on the tag), or the list of what was searched. Runs of pull-request
 * events and of forks are never used: their artifacts are not what was reviewed and merged.
 */
export async function findCandidateArtifact(
  client: GitHubClient,
  repo: Repo,
  sha: string,
  name: string,
  workflow?: string,
): Promise<CandidateFiles | string> {
  const route = workflow
    ? 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs'
    : 'GET /repos/{owner}/{repo}/actions/runs';
  const runs = await client.paginate<WorkflowRun>(
    route,
    { ...repo, workflow_id: workflow, status: 'success', head_sha: sha },
    'workflow_runs',
    { maxPages: 2, permission: 'actions: read' },
  );
  const full = `${repo.owner}/${repo.repo}`.toLowerCase();
  const trusted = runs.filter(
    (run) =>
      run.head_sha === sha &&
      !UNTRUSTED_EVENTS.test(run.event) &&
      (run.head_repository?.full_name ?? full).toLowerCase() === full,
  );
  const where = `successful${workflow ? ` ${workflow}` : ''} runs at ${sha.slice(0, 12)}`;
  if (trusted.length === 0) return `no ${where}`;
  const expired: number[] = [];
  for (const run of trusted) {
    const artifacts = await client.paginate<Artifact>(
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
      { ...repo, run_id: run.id, name },
      'artifacts',
      { maxPages: 1, permission: 'actions: read' },
    );
    const artifact = artifacts.find((a) => a.name === name);
    if (!artifact) continue;
    if (artifact.expired) {
      expired.push(run.id);
      continue;
    }
    const zip = await client.download(
      'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
      { ...repo, artifact_id: artifact.id, archive_format: 'zip' },
      { permission: 'actions: read' },
    );
    return { run: { id: run.id, url: run.html_url ?? null }, files: readZip(zip) };
  }
  if (expired.length) return `artifact ${name} of run ${expired.join(', ')} has expired (retention)`;
  return `none of the ${trusted.length} ${where} uploaded an artifact named ${name}`;
}
