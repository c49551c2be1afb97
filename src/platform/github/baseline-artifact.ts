import { basename } from 'node:path';
import type { BaselineFound, BaselineSource } from '../../core/metrics/baseline.js';
import type { GitHubClient } from './client.js';
import { readZip } from './zip.js';

interface WorkflowRun {
  id: number;
  head_sha: string;
  head_branch: string | null;
  event: string;
  conclusion: string | null;
  head_repository?: { full_name?: string } | null;
  html_url?: string;
}

interface Artifact {
  id: number;
  name: string;
  expired: boolean;
}

export interface ArtifactSourceOptions {
  readonly owner: string;
  readonly repo: string;
  readonly branch: string;
  /** Merge-base SHA of the PR (or the commit to take the baseline of). */
  readonly sha: () => Promise<string>;
  /** First-parent ancestors of a SHA, nearest first, to fall back to when the merge-base has no run. */
  readonly ancestors?: (sha: string) => Promise<readonly string[]>;
  readonly artifact: string;
  /** Workflow file name or id to restrict runs to (optional). */
  readonly workflow?: string;
  /** Base names to look for inside the artifact. */
  readonly metricsNames: readonly string[];
  readonly predictionsNames: readonly string[];
}

const UNTRUSTED_EVENTS = /^pull_request/;

/**
 * The comparison input saved by the last successful run on the default branch at the merge-base:
 * runs listed with branch, status=success and head_sha, then the run's artifact by name, downloaded
 * through the 302 to its zip. Runs from forks or pull-request events are never used (reliability
 * ART-03: a fork can name its branch `main`).
 */
export function artifactSource(client: GitHubClient, options: ArtifactSourceOptions): BaselineSource {
  const { owner, repo } = options;
  return {
    name: 'artifact',
    async find() {
      const mergeBase = await options.sha();
      const reasons: string[] = [];
      for (const sha of [mergeBase, ...((await options.ancestors?.(mergeBase)) ?? [])]) {
        const found = await atSha(sha);
        if (typeof found !== 'string') {
          return sha === mergeBase ? found : { ...found, detail: { ...found.detail, mergeBase } };
        }
        reasons.push(found);
      }
      return reasons.length > 1 ? `${reasons[0]} (nor at ${reasons.length - 1} ancestor(s))` : reasons[0]!;
    },
  };

  async function atSha(sha: string): Promise<BaselineFound | string> {
    const route = options.workflow
      ? 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs'
      : 'GET /repos/{owner}/{repo}/actions/runs';
    const runs = await client.paginate<WorkflowRun>(
      route,
      {
        owner,
        repo,
        workflow_id: options.workflow,
        branch: options.branch,
        status: 'success',
        head_sha: sha,
      },
      'workflow_runs',
      { maxPages: 2, permission: 'actions: read' },
    );
    const trusted = runs.filter(
      (run) =>
        run.head_sha === sha &&
        !UNTRUSTED_EVENTS.test(run.event) &&
        (run.head_repository?.full_name ?? `${owner}/${repo}`).toLowerCase() ===
          `${owner}/${repo}`.toLowerCase(),
    );
    if (trusted.length === 0) return `no successful ${options.branch} run at ${sha.slice(0, 12)}`;
    const expired: number[] = [];
    for (const run of trusted) {
      const artifacts = await client.paginate<Artifact>(
        'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
        { owner, repo, run_id: run.id, name: options.artifact },
        'artifacts',
        { maxPages: 1, permission: 'actions: read' },
      );
      const artifact = artifacts.find((a) => a.name === options.artifact);
      if (!artifact) continue;
      if (artifact.expired) {
        expired.push(run.id);
        continue;
      }
      const zip = await client.download(
        'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
        { owner, repo, artifact_id: artifact.id, archive_format: 'zip' },
        { permission: 'actions: read' },
      );
      const files = readZip(zip);
      const pick = (names: readonly string[]) => {
        for (const [path, bytes] of files) {
          if (names.includes(basename(path)))
            return { name: basename(path), text: Buffer.from(bytes).toString('utf8') };
        }
        return undefined;
      };
      const metrics = pick(options.metricsNames);
      const predictions = pick(options.predictionsNames);
      if (!metrics && !predictions) {
        return `artifact ${options.artifact} of run ${run.id} has none of ${[...options.metricsNames, ...options.predictionsNames].join(', ')}`;
      }
      return { metrics, predictions, detail: { run: run.id, sha, artifact: options.artifact } };
    }
    if (expired.length)
      return `artifact ${options.artifact} of run ${expired.join(', ')} has expired (retention)`;
    return `no run at ${sha.slice(0, 12)} uploaded an artifact named ${options.artifact}`;
  }
}
