import type { GitHubClient } from './client.js';
import { postOnce } from './marked.js';

/** GitHub takes at most 50 annotations per create or update request; more go in further updates. */
export const ANNOTATIONS_PER_REQUEST = 50;
const PERMISSION = 'checks: write';

/** One annotation on a file of the repository (GitHub's check-run annotation fields). */
export interface Annotation {
  readonly path: string;
  readonly start_line: number;
  readonly end_line: number;
  readonly annotation_level: 'notice' | 'warning' | 'failure';
  readonly message: string;
  readonly title?: string;
}

export interface CheckRunInput {
  readonly owner: string;
  readonly repo: string;
  readonly name: string;
  readonly headSha: string;
  /** Marks the run as ours: found again by name and external_id on a rerun, and updated. */
  readonly externalId: string;
  readonly conclusion: 'success' | 'failure' | 'neutral';
  readonly title: string;
  /** Markdown, at most 65,535 characters (the caller renders to that budget). */
  readonly summary: string;
  readonly annotations: readonly Annotation[];
  readonly detailsUrl?: string;
}

interface CheckRun {
  readonly id: number;
  readonly name: string;
  readonly head_sha: string;
  readonly external_id?: string | null;
  readonly html_url?: string | null;
}

/**
 * A completed check run on the head commit whose conclusion is the gate verdict. It is created (with
 * a look before a re-POST), annotations 50 per request: the first batch with the create, the rest in
 * updates. When our run of this name and external_id (workflow run and attempt) already exists on the
 * commit, it is updated instead, without adding its annotations a second time.
 */
export async function publishCheckRun(
  client: GitHubClient,
  input: CheckRunInput,
  options: { sleep?: (ms: number) => Promise<void> } = {},
): Promise<{ id: number; url?: string; action: 'created' | 'updated'; requests: number }> {
  const repo = { owner: input.owner, repo: input.repo };
  const find = async () =>
    (
      await client.paginate<CheckRun>(
        'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
        { ...repo, ref: input.headSha, check_name: input.name, filter: 'all' },
        'check_runs',
        { maxPages: 10, permission: 'checks: read' },
      )
    ).find(
      (run) =>
        run.name === input.name && run.head_sha === input.headSha && run.external_id === input.externalId,
    );
  const batches: Annotation[][] = [];
  for (let i = 0; i < input.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(input.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  }
  const output = (annotations: readonly Annotation[] | undefined) => ({
    title: input.title,
    summary: input.summary,
    ...(annotations?.length ? { annotations } : {}),
  });
  const fields = {
    status: 'completed',
    conclusion: input.conclusion,
    completed_at: new Date().toISOString(),
    external_id: input.externalId,
    ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
  };
  const existing = await find();
  let run: CheckRun;
  if (existing) {
    run = await client.write<CheckRun>(
      'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
      { ...repo, check_run_id: existing.id, ...fields, output: output(undefined) },
      { permission: PERMISSION, idempotent: true },
    );
    // Its annotations were added when it was created: adding them again would show each twice.
    return { id: run.id, url: run.html_url ?? undefined, action: 'updated', requests: 1 };
  } else {
    run = await postOnce<CheckRun>(
      client,
      'POST /repos/{owner}/{repo}/check-runs',
      { ...repo, name: input.name, head_sha: input.headSha, ...fields, output: output(batches[0]) },
      find,
      { permission: PERMISSION, sleep: options.sleep },
    );
  }
  // Later batches append: a PATCH adds its annotations to the run's (GitHub docs, "Update a check run").
  // Not idempotent on a lost reply (a repeat would add the batch twice), so not retried on 5xx.
  for (const batch of batches.slice(1)) {
    await client.write(
      'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
      { ...repo, check_run_id: run.id, output: output(batch) },
      { permission: PERMISSION, idempotent: false },
    );
  }
  return {
    id: run.id,
    url: run.html_url ?? undefined,
    action: 'created',
    requests: 1 + Math.max(0, batches.length - 1),
  };
}
