import type { GitHubClient } from './client.js';
import { postOnce } from './marked.js';
import type { Repo } from './release-records.js';

interface Deployment {
  readonly id: number;
  readonly sha: string;
  readonly environment: string;
  readonly payload: unknown;
}

interface DeploymentStatus {
  readonly id: number;
  readonly state: string;
  readonly description?: string | null;
}

export interface DeploymentFields {
  /** The tag's commit (a SHA, so `auto_merge` has nothing to merge). */
  readonly sha: string;
  readonly environment: string;
  /** What this deployment deploys: the release tag; found again by it on a rerun. */
  readonly tag: string;
  readonly digest: string;
  readonly image: string;
  readonly description: string;
  /** Status contexts GitHub must see green first; [] skips the check. */
  readonly requiredContexts: readonly string[];
}

/** `payload.mlci` of a deployment mlci created, read defensively. */
function tagOf(payload: unknown): string | undefined {
  const value = typeof payload === 'string' ? safeJson(payload) : payload;
  const mlci = (value as { mlci?: { tag?: unknown } } | null)?.mlci;
  return typeof mlci?.tag === 'string' ? mlci.tag : undefined;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The deployment of `tag` to `environment`, created once: a rerun finds the one an earlier attempt
 * created (by SHA, environment and `payload.mlci.tag`) instead of making another. `auto_merge: false`:
 * GitHub's default would try to merge the default branch into the ref (reference §4.3).
 */
export async function ensureDeployment(
  client: GitHubClient,
  repo: Repo,
  fields: DeploymentFields,
): Promise<number> {
  const find = async () => {
    const list = await client.paginate<Deployment>(
      'GET /repos/{owner}/{repo}/deployments',
      { ...repo, sha: fields.sha, environment: fields.environment, task: 'deploy' },
      'deployments',
      { maxPages: 5, permission: 'deployments: read' },
    );
    return list.find((d) => tagOf(d.payload) === fields.tag)?.id;
  };
  const existing = await find();
  if (existing !== undefined) return existing;
  const created = await postOnce<Deployment>(
    client,
    'POST /repos/{owner}/{repo}/deployments',
    {
      ...repo,
      ref: fields.sha,
      task: 'deploy',
      environment: fields.environment,
      auto_merge: false,
      required_contexts: [...fields.requiredContexts],
      description: fields.description.slice(0, 140),
      payload: { mlci: { tag: fields.tag, digest: fields.digest, image: fields.image } },
      production_environment: true,
    },
    async () => {
      const id = await find();
      return id === undefined ? undefined : ({ id } as Deployment);
    },
    { permission: 'deployments: write' },
  );
  return created.id;
}

export interface StatusFields {
  readonly state: 'in_progress' | 'success' | 'failure' | 'error';
  readonly description: string;
  readonly logUrl?: string;
  readonly environmentUrl?: string;
  /** Newest states that make this status moot (`in_progress` after `success`: a finished release's rerun). */
  readonly unlessNewest?: readonly string[];
}

/**
 * Sets the deployment's status unless its newest status already says the same (or one of
 * `unlessNewest`): a rerun after a crash ends with the statuses of one run. Returns whether a status
 * was added.
 */
export async function setDeploymentStatus(
  client: GitHubClient,
  repo: Repo,
  id: number,
  status: StatusFields,
): Promise<boolean> {
  const description = status.description.slice(0, 140);
  const newest = async () =>
    (
      await client.paginate<DeploymentStatus>(
        'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
        { ...repo, deployment_id: id },
        '',
        { maxPages: 1, permission: 'deployments: read' },
      )
    )[0];
  const same = (s: DeploymentStatus | undefined) =>
    s?.state === status.state && (s.description ?? '') === description;
  const current = await newest();
  if (same(current) || (current && status.unlessNewest?.includes(current.state))) return false;
  await postOnce(
    client,
    'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
    {
      ...repo,
      deployment_id: id,
      state: status.state,
      description,
      ...(status.logUrl ? { log_url: status.logUrl } : {}),
      ...(status.environmentUrl ? { environment_url: status.environmentUrl } : {}),
      auto_inactive: true,
    },
    async () => {
      const s = await newest();
      return same(s) ? s : undefined;
    },
    { permission: 'deployments: write' },
  );
  return true;
}
