import { nothingToRerunReply, rerunReply } from '../../core/commands/replies.js';
import { latestFailedRun, rerunFailedJobs } from '../../platform/github/pr-runs.js';
import { pullRequestHead } from '../../platform/github/pull-request.js';
import type { CommandContext, Handled } from './context.js';

/** `/mlci rerun`: re-runs the failed jobs of the newest completed run of the head commit, if it failed. */
export async function rerun(ctx: CommandContext): Promise<Handled> {
  const { client, repo, comment, inputs, io } = ctx;
  const pr = await pullRequestHead(client, repo, comment.pullRequest);
  const run = await latestFailedRun(client, repo, pr.sha, inputs.workflow);
  if (!run) return { outcome: 'nothing-to-rerun', reply: nothingToRerunReply(pr.sha) };
  await rerunFailedJobs(client, repo, run.id);
  io.log.info(`rerun: asked GitHub to re-run the failed jobs of run ${run.id} at ${pr.sha}`);
  return { outcome: 'done', reply: rerunReply(run, pr.sha) };
}
