import type { GitHubClient } from './client.js';
import { findMarked, type Posted, postOnce } from './marked.js';

const LIST = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
const CREATE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
const UPDATE = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}';
const DELETE = 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}';
const PERMISSION = 'pull-requests: write';

export interface StickyTarget {
  readonly owner: string;
  readonly repo: string;
  /** The pull request (or issue) number. */
  readonly issue: number;
}

export interface StickyResult {
  readonly action: 'created' | 'updated' | 'unchanged';
  readonly id: number;
  readonly url?: string;
  /** Our own duplicates (same marker, same author) deleted, oldest kept. */
  readonly deleted: readonly number[];
}

interface Comment extends Posted {
  readonly html_url?: string;
}

/**
 * The sticky comment: ours (author `author`, `mark` on a line of its own) found over every page,
 * updated in place; created when there is none, with a look before any re-POST (postOnce). Two jobs
 * with the same marker racing each other can both create: afterwards the oldest is kept, given this
 * body, and the others (ours only) are deleted. Someone else's comment quoting the marker is never
 * touched.
 */
export async function upsertSticky(
  client: GitHubClient,
  target: StickyTarget,
  mark: string,
  author: string,
  body: string,
  options: { sleep?: (ms: number) => Promise<void> } = {},
): Promise<StickyResult> {
  const params = { owner: target.owner, repo: target.repo, issue_number: target.issue };
  const find = () => findMarked<Comment>(client, LIST, params, mark, author);
  const existing = await find();
  let action: StickyResult['action'];
  let kept: Comment;
  if (existing.length === 0) {
    kept = await postOnce<Comment>(client, CREATE, { ...params, body }, async () => (await find())[0], {
      permission: PERMISSION,
      sleep: options.sleep,
    });
    action = 'created';
    // A concurrent job may have created one too between our look and our POST.
    const after = await find();
    if (after.length > 1) return settle(client, target, after, body, 'created');
  } else {
    return settle(client, target, existing, body, 'updated');
  }
  return { action, id: kept.id, url: kept.html_url, deleted: [] };
}

/** Keeps the oldest of our marked comments with `body`, deletes the other ones. */
async function settle(
  client: GitHubClient,
  target: StickyTarget,
  ours: readonly Comment[],
  body: string,
  fallback: StickyResult['action'],
): Promise<StickyResult> {
  const [oldest, ...duplicates] = [...ours].sort((a, b) => a.id - b.id);
  let action = fallback;
  if (oldest!.body !== body) {
    await client.write(
      UPDATE,
      { owner: target.owner, repo: target.repo, comment_id: oldest!.id, body },
      { permission: PERMISSION, idempotent: true },
    );
    if (fallback === 'updated') action = 'updated';
  } else if (fallback === 'updated') action = 'unchanged';
  const deleted: number[] = [];
  for (const duplicate of duplicates) {
    try {
      await client.write(
        DELETE,
        { owner: target.owner, repo: target.repo, comment_id: duplicate.id },
        { permission: PERMISSION, idempotent: true },
      );
    } catch (thrown) {
      // Already deleted by the other job settling the same race.
      if ((thrown as { status?: number }).status !== 404) throw thrown;
    }
    deleted.push(duplicate.id);
  }
  return { action, id: oldest!.id, url: oldest!.html_url, deleted };
}
