import { withMarker } from '../../core/commands/replies.js';
import { messageOf } from '../../core/errors.js';
import { marker } from '../../core/report/marker.js';
import { actingLogin, findMarked, type Posted, postOnce } from '../../platform/github/marked.js';
import { type Reaction, react } from '../../platform/github/reactions.js';
import type { CommandContext } from './context.js';

const COMMENTS = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';

/**
 * Posts the reply to the command, once: it carries a marker keyed by the command comment's id, so a
 * retry after a lost answer (and a re-run of this job) finds it instead of posting it twice. A reply
 * that cannot be posted is a warning: what the command did stays done.
 */
export async function postReply(ctx: CommandContext, body: string): Promise<void> {
  const { client, repo, comment, io } = ctx;
  const mark = marker('command', String(comment.commentId));
  const params = { ...repo, issue_number: comment.pullRequest };
  try {
    const author = await actingLogin(client);
    const find = async () => (await findMarked<Posted>(client, COMMENTS, params, mark, author))[0];
    if (await find()) return io.log.info('the reply is there already');
    await postOnce<Posted>(
      client,
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      { ...params, body: withMarker(body, mark) },
      find,
      { permission: 'pull-requests: write', sleep: ctx.sleep },
    );
  } catch (thrown) {
    io.log.warning(`could not post the reply: ${messageOf(thrown).split('\n')[0]}`);
  }
}

/** Reacts to the command comment; a failure is a warning, never the end of the command (CHAT-10). */
export async function reactTo(ctx: CommandContext, content: Reaction): Promise<void> {
  try {
    await react(ctx.client, ctx.repo, ctx.comment.commentId, content);
  } catch (thrown) {
    ctx.io.log.warning(`could not react ${content} to the comment: ${messageOf(thrown).split('\n')[0]}`);
  }
}
