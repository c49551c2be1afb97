import { commentableLines } from '../../core/report/diff-lines.js';
import { hasMarker } from '../../core/report/marker.js';
import { planReview, type ReviewPlan, type RowError } from '../../core/report/review-plan.js';
import type { GitHubClient } from './client.js';
import { postOnce } from './marked.js';

interface PullFile {
  readonly filename: string;
  readonly patch?: string;
}

interface Review {
  readonly id: number;
  readonly body?: string | null;
  readonly user?: { readonly login: string } | null;
  readonly commit_id?: string | null;
}

export interface ReviewTarget {
  readonly owner: string;
  readonly repo: string;
  readonly pull: number;
  readonly headSha: string;
}

/**
 * A review (event COMMENT) with inline comments on the changed lines of data files whose rows failed
 * validation. One per head commit: a rerun finds ours (author and marker) on that commit and posts
 * nothing. Returns undefined when no error is on a changed line.
 */
export async function reviewRowErrors(
  client: GitHubClient,
  target: ReviewTarget,
  errors: readonly RowError[],
  mark: string,
  author: string,
  options: { sleep?: (ms: number) => Promise<void>; beforePost?: () => Promise<void> } = {},
): Promise<(ReviewPlan & { action: 'created' | 'exists' }) | undefined> {
  if (errors.length === 0) return undefined;
  const repo = { owner: target.owner, repo: target.repo };
  const params = { ...repo, pull_number: target.pull };
  const find = async () =>
    (
      await client.paginate<Review>('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', params, '', {
        maxPages: 30,
      })
    ).find((r) => r.user?.login === author && r.commit_id === target.headSha && hasMarker(r.body, mark));
  const files = await client.paginate<PullFile>(
    'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
    params,
    '',
    {
      maxPages: 30,
      permission: 'pull-requests: read',
    },
  );
  const changed = new Map(files.map((f) => [f.filename, commentableLines(f.patch)]));
  const plan = planReview(errors, changed, mark);
  // Nothing on a changed line: the sticky comment already lists the errors; a review would only repeat it.
  if (plan.inline === 0) return undefined;
  if (await find()) return { ...plan, action: 'exists' };
  await options.beforePost?.();
  await postOnce(
    client,
    'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
    { ...params, commit_id: target.headSha, event: 'COMMENT', body: plan.body, comments: plan.comments },
    find,
    { permission: 'pull-requests: write', sleep: options.sleep },
  );
  return { ...plan, action: 'created' };
}
