import type { MlciCommand } from '../../core/commands/grammar.js';
import { checkRegression } from '../../core/commands/regression.js';
import { acceptedReply, noComparisonReply, notRegressionReply } from '../../core/commands/replies.js';
import type { Acceptance } from '../../core/metrics/acceptance.js';
import { escapeMarkdown } from '../../core/text/markdown.js';
import { recordAcceptance } from '../../platform/github/acceptances.js';
import { comparisonReportAt } from '../../platform/github/pr-runs.js';
import { pullRequestHead } from '../../platform/github/pull-request.js';
import type { CommandContext, Handled } from './context.js';

/**
 * `/mlci accept <metrics> -- <reason>`: bound to the PR's head commit as the API says it is now, only
 * for metrics that failed the gate in that commit's comparison report, and only when that comparison
 * existed when the maintainer commented (a push after the comment is not what they accepted).
 */
export async function accept(
  ctx: CommandContext,
  command: Extract<MlciCommand, { verb: 'accept' }>,
): Promise<Handled> {
  const { client, repo, comment, inputs, io } = ctx;
  const pr = await pullRequestHead(client, repo, comment.pullRequest);
  if (pr.state !== 'open') {
    return {
      outcome: 'invalid',
      reply: 'ℹ️ This pull request is not open: there is nothing to accept. Nothing was recorded.',
    };
  }
  io.log.info(`accept: head of #${pr.number} is ${pr.sha}; looking for its comparison report`);
  const found = await comparisonReportAt(client, repo, pr.sha, {
    artifact: inputs['artifact-name'],
    file: inputs['report-name'],
    workflow: inputs.workflow,
  });
  if (typeof found === 'string') return { outcome: 'no-comparison', reply: noComparisonReply(pr.sha, found) };
  // Fails closed: a payload without the comment's time cannot show the comparison came first.
  if (!(Date.parse(found.updatedAt) <= Date.parse(comment.createdAt))) {
    return {
      outcome: 'no-comparison',
      reply: noComparisonReply(
        pr.sha,
        'its comparison finished after your comment, so it is not the one you answered: read it and accept again',
      ),
    };
  }
  const check = checkRegression(found.text, command.metrics);
  if (typeof check === 'string') return { outcome: 'no-comparison', reply: noComparisonReply(pr.sha, check) };
  if (check.notRegressed.length || check.unknown.length) {
    return {
      outcome: 'not-a-regression',
      reply: notRegressionReply(pr.sha, check.notRegressed, check.unknown),
    };
  }
  const acceptance: Acceptance = {
    kind: 'mlci/acceptance',
    version: 1,
    sha: pr.sha,
    metrics: command.metrics,
    reason: command.reason,
    by: comment.login,
    permission: ctx.level ?? 'none',
    commentUrl: comment.commentUrl,
    commentId: comment.commentId,
    pullRequest: comment.pullRequest,
    at: new Date().toISOString(),
  };
  const summary = [
    `${escapeMarkdown(`@${acceptance.by}`)} (${acceptance.permission}) accepted the regression of ${command.metrics.map((m) => `\`${m}\``).join(', ')} at \`${pr.sha}\`.`,
    '',
    `Reason: ${escapeMarkdown(acceptance.reason)}`,
    '',
    `From comment ${acceptance.commentId} on pull request ${acceptance.pullRequest}. A new push needs a new acceptance.`,
  ].join('\n');
  await recordAcceptance(client, repo, acceptance, summary, { sleep: ctx.sleep });
  io.log.info(`accept: recorded ${command.metrics.join(', ')} at ${pr.sha} by ${comment.login}`);
  return { outcome: 'done', reply: acceptedReply(acceptance) };
}
