import { type PermissionLevel, permissionOf } from '../../core/commands/permission.js';
import { messageOf } from '../../core/errors.js';
import type { GitHubClient } from './client.js';

/** A user's permission on the repository, or `none` with the reason when it could not be read. */
export interface PermissionCheck {
  readonly level: PermissionLevel;
  /** Set when the API failed (5xx after retries, 404 for a non-collaborator, a missing permission). */
  readonly unverified?: string;
}

/**
 * `GET /repos/{owner}/{repo}/collaborators/{username}/permission`, failing closed: any error is `none`
 * (reliability CHAT-02; peter-evans/slash-command-dispatch does the same).
 */
export async function repositoryPermission(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  login: string,
): Promise<PermissionCheck> {
  try {
    const answer = await client.get<unknown>(
      'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
      { ...repo, username: login },
    );
    return { level: permissionOf(answer) };
  } catch (thrown) {
    return { level: 'none', unverified: messageOf(thrown).split('\n')[0]!.slice(0, 200) };
  }
}
