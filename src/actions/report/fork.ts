import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { type BundleMeta, readBundle } from '../../core/report/bundle.js';
import type { LoadedReport } from '../../core/report/load.js';
import { MlciError } from '../../core/errors.js';
import { uploadArtifact } from '../../platform/github/artifact-upload.js';
import type { GitHubClient } from '../../platform/github/client.js';
import { GitHubError } from '../../platform/github/errors.js';
import { readZip } from '../../platform/github/zip.js';
import type { ActionIO } from '../../platform/io.js';
import type { ReportEvent, Target } from './context.js';

/** Largest report artifact downloaded by the workflow_run stage. */
export const MAX_BUNDLE_DOWNLOAD = 64 * 1024 * 1024;

/**
 * Stage 1 of a fork PR (read-only token, no secrets): the rendered markdown and its source reports
 * as an artifact, for the privileged workflow_run stage to check and post.
 */
export async function uploadBundle(
  io: ActionIO,
  name: string,
  sources: readonly string[],
  markdown: string,
  meta: Omit<BundleMeta, 'kind' | 'version' | 'reports'>,
): Promise<void> {
  const dir = await mkdtemp(join(io.env.RUNNER_TEMP ?? tmpdir(), 'mlci-report-'));
  try {
    await mkdir(join(dir, 'reports'));
    const names = sources.map(
      (path, i) =>
        `${String(i + 1).padStart(2, '0')}-${basename(path)
          .replace(/[^A-Za-z0-9._-]/g, '_')
          .slice(0, 80)}`,
    );
    const files = [join(dir, 'meta.json'), join(dir, 'report.md')];
    for (const [i, path] of sources.entries()) {
      const target = join(dir, 'reports', names[i]!.endsWith('.json') ? names[i]! : `${names[i]}.json`);
      await copyFile(path, target);
      files.push(target);
    }
    const full: BundleMeta = {
      kind: 'mlci/report-bundle',
      version: 1,
      ...meta,
      reports: files.slice(2).map((f) => basename(f)),
    };
    await writeFile(join(dir, 'meta.json'), `${JSON.stringify(full, null, 2)}\n`);
    await writeFile(join(dir, 'report.md'), markdown);
    await uploadArtifact(name, files, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

interface Artifact {
  readonly id: number;
  readonly name: string;
  readonly expired: boolean;
}

interface PullRequest {
  readonly number: number;
  readonly state: string;
  readonly head: { readonly sha: string };
}

/** Report artifacts of one run handled at most (one per job of a matrix). */
export const MAX_BUNDLES = 20;

export interface FetchedBundle {
  readonly meta: BundleMeta;
  readonly reports: LoadedReport[];
  readonly runId: number;
}

/**
 * Stage 2 (on: workflow_run, write token): the triggering run's report artifacts (`<name>-<job key>`,
 * one per job), each downloaded and checked (readBundle: entries, sizes, schema, head SHA), and the PR
 * it names checked against GitHub (open, head at the run's commit). Empty when the run left none.
 */
export async function fetchBundles(
  io: ActionIO,
  client: GitHubClient,
  target: Target,
  event: ReportEvent,
  name: string,
): Promise<FetchedBundle[]> {
  const run = event.workflow_run;
  if (!run?.id || !run.head_sha) {
    throw new MlciError('mode workflow-run needs a workflow_run event (its run id and head SHA)', 2, {
      hint: 'run this step in a workflow triggered by `on: workflow_run`',
    });
  }
  const repo = { owner: target.owner, repo: target.repo };
  const artifacts = await client.paginate<Artifact>(
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
    { ...repo, run_id: run.id },
    'artifacts',
    { maxPages: 10, permission: 'actions: read' },
  );
  const ours = newestAttempts(
    artifacts.filter((a) => !a.expired && (a.name === name || a.name.startsWith(`${name}-`))),
  );
  if (ours.length === 0) {
    io.log.notice(`run ${run.id} left no \`${name}\` artifact: nothing to post`);
    return [];
  }
  if (ours.length > MAX_BUNDLES) {
    throw new MlciError(
      `run ${run.id} left ${ours.length} \`${name}\` artifacts, at most ${MAX_BUNDLES} are posted`,
      1,
    );
  }
  const bundles: FetchedBundle[] = [];
  for (const artifact of ours)
    bundles.push(await fetchOne(client, repo, run as Required<typeof run>, artifact));
  return bundles;
}

/** Of `<base>-<job key>-<attempt>` artifacts, the newest attempt of each job key. */
function newestAttempts(artifacts: readonly Artifact[]): Artifact[] {
  const newest = new Map<string, { artifact: Artifact; attempt: number }>();
  for (const artifact of artifacts) {
    const match = /^(.*)-(\d{1,6})$/.exec(artifact.name);
    const [key, attempt] = match ? [match[1]!, Number(match[2])] : [artifact.name, 0];
    const seen = newest.get(key);
    if (!seen || attempt > seen.attempt) newest.set(key, { artifact, attempt });
  }
  return [...newest.values()].map((v) => v.artifact);
}

async function fetchOne(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  run: { id: number; head_sha: string; pull_requests?: readonly { readonly number?: number }[] },
  artifact: Artifact,
): Promise<FetchedBundle> {
  const zip = await client.download(
    'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
    { ...repo, artifact_id: artifact.id, archive_format: 'zip' },
    { permission: 'actions: read', maxBytes: MAX_BUNDLE_DOWNLOAD },
  );
  const pullRequests = (run.pull_requests ?? [])
    .map((p) => p.number)
    .filter((n): n is number => Number.isSafeInteger(n));
  const { meta, reports } = readBundle(readZip(zip), { id: run.id, headSha: run.head_sha, pullRequests });
  // A fork's run names no PR: the artifact's number is only believed when GitHub says that PR's head is this commit.
  let pull: PullRequest;
  try {
    pull = await client.get<PullRequest>(
      'GET /repos/{owner}/{repo}/pulls/{pull_number}',
      { ...repo, pull_number: meta.pullRequest },
      'pull-requests: read',
    );
  } catch (thrown) {
    if (thrown instanceof GitHubError && thrown.status === 404) {
      throw new MlciError(`report artifact rejected: PR #${meta.pullRequest} does not exist`, 1);
    }
    throw thrown;
  }
  if (pull.head.sha !== run.head_sha || pull.state !== 'open') {
    throw new MlciError(
      `report artifact rejected: PR #${meta.pullRequest} is ${pull.state} with head ${pull.head.sha.slice(0, 12)}, the run built ${run.head_sha.slice(0, 12)}`,
      1,
      { hint: 'a newer push supersedes this run; its own run will report' },
    );
  }
  return { meta, reports, runId: run.id };
}
