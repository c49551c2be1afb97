import type { GitHubClient } from './client.js';

/** The reactions mlci leaves on a command comment: seen, done, refused or failed. */
export type Reaction = 'eyes' | '+1' | '-1';

/**
 * Reacts to an issue or PR comment. Safe to repeat: GitHub answers 200 with the existing reaction
 * when the same user already left the same one.
 */
export async function react(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  commentId: number,
  content: Reaction,
): Promise<void> {
  await client.write(
    'POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions',
    { ...repo, comment_id: commentId, content },
    { permission: 'pull-requests: write', idempotent: true },
  );
}
