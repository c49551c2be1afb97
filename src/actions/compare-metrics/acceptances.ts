import { applyAcceptances } from '../../core/metrics/apply-acceptances.js';
import { repositoryClient } from '../../platform/github/repository-client.js';
import type { ComparisonReport } from '../../core/metrics/report.js';
import { messageOf } from '../../core/errors.js';
import { readAcceptances } from '../../platform/github/acceptances.js';
import type { ActionIO } from '../../platform/io.js';
import type { CompareInputs } from './inputs.js';
import { eventPayload } from './sources.js';

/**
 * The report with the `/mlci accept` acceptances of the candidate's commit applied (the PR head in a
 * pull_request run, else GITHUB_SHA), read from the check runs only the workflow's app can write.
 * Without a token, a repository or a commit, or when reading fails, the report is left as it is (a
 * warning for a failure): an acceptance can only relax the gate, so not finding one is the safe side.
 */
export async function withAcceptances(
  io: ActionIO,
  inputs: CompareInputs,
  report: ComparisonReport,
): Promise<ComparisonReport> {
  if (inputs.acceptances === 'off' || report.failedMetrics.length === 0) return report;
  const event = await eventPayload(io);
  const sha = event.pull_request?.head?.sha ?? io.env.GITHUB_SHA;
  const github = sha ? repositoryClient(io, inputs.token) : undefined;
  if (!sha || !github) return report;
  const {
    client,
    repo: { owner, repo },
  } = github;
  try {
    const applied = applyAcceptances(report, await readAcceptances(client, { owner, repo }, sha), sha);
    // The reason is the maintainer's free text: it goes to the report and the escaped summary, not the log.
    for (const a of applied.acceptances ?? [])
      io.log.notice(`${a.metric}: regression accepted by ${a.by} for ${sha.slice(0, 12)}`);
    return applied;
  } catch (thrown) {
    io.log.warning(`could not read acceptances of ${sha.slice(0, 12)}: ${messageOf(thrown).split('\n')[0]}`);
    return report;
  }
}
