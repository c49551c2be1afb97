/** The fields of an `issue_comment` payload mlci reads (GITHUB_EVENT_PATH); everything is optional. */
export interface IssueCommentPayload {
  readonly action?: string;
  readonly issue?: {
    readonly number?: number;
    readonly pull_request?: unknown;
    readonly state?: string;
  };
  readonly comment?: {
    readonly id?: number;
    readonly body?: string | null;
    readonly html_url?: string;
    readonly created_at?: string;
    readonly user?: { readonly login?: string; readonly type?: string } | null;
    readonly performed_via_github_app?: unknown;
  };
  readonly repository?: { readonly full_name?: string; readonly default_branch?: string };
}

/** A PR comment that may hold a command. */
export interface PullRequestComment {
  readonly pullRequest: number;
  readonly commentId: number;
  readonly commentUrl: string;
  readonly body: string;
  readonly login: string;
  /** ISO 8601 time GitHub says the comment was created ('' when the payload lacks it). */
  readonly createdAt: string;
}

/** Why an event is not handled at all (no reaction, no reply), or the comment to read. */
export type CommentEvent =
  | { readonly handle: false; readonly why: string }
  | { readonly handle: true; readonly comment: PullRequestComment };

/**
 * Which events are commands (reliability CHAT-03/05/08): only a newly created comment on a pull
 * request, written by a person. An edit (`edited`) could turn an old, already-read comment into a
 * command after the fact; a bot's comment (including mlci's own replies, which quote commands) could
 * loop or act as a confused deputy; a comment on a plain issue has no PR head to act on.
 */
export function commentEvent(eventName: string, payload: IssueCommentPayload): CommentEvent {
  if (eventName !== 'issue_comment')
    return { handle: false, why: `the event is ${eventName || 'unknown'}, not issue_comment` };
  if (payload.action !== 'created')
    return { handle: false, why: `the comment was ${payload.action ?? 'changed'}, not created` };
  const { issue, comment } = payload;
  if (!issue?.pull_request) return { handle: false, why: 'the comment is on an issue, not a pull request' };
  const login = comment?.user?.login;
  if (!login) return { handle: false, why: 'the comment has no author' };
  if (comment.user?.type === 'Bot' || login.endsWith('[bot]'))
    return { handle: false, why: 'the comment was written by a bot' };
  if (comment.performed_via_github_app)
    return { handle: false, why: 'the comment was posted through a GitHub App' };
  if (!Number.isSafeInteger(issue.number) || !Number.isSafeInteger(comment.id))
    return { handle: false, why: 'the payload has no pull request number or comment id' };
  return {
    handle: true,
    comment: {
      pullRequest: issue.number!,
      commentId: comment.id!,
      commentUrl: comment.html_url ?? '',
      body: comment.body ?? '',
      login,
      createdAt: comment.created_at ?? '',
    },
  };
}
