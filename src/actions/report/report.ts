import { createHash } from 'node:crypto';
import { DataError } from '../../core/errors.js';
import { COMMENT_LIMIT, JOB_SUMMARY_LIMIT } from '../../core/report/budget.js';
import type { LoadedReport } from '../../core/report/load.js';
import { marker } from '../../core/report/marker.js';
import { renderDocument, type RenderOptions } from '../../core/report/render.js';
import { readAcceptances } from '../../platform/github/acceptances.js';
import { createGitHubClient, type GitHubClient } from '../../platform/github/client.js';
import type { RetryPolicy } from '../../platform/github/retry.js';
import type { ActionIO } from '../../platform/io.js';
import { readEvent, resolveMode, type Target, targetOf } from './context.js';
import { writeFileAtomic } from '../../platform/fs/atomic-write.js';
import { checkOut, loadReports } from './files.js';
import { fetchBundles, uploadBundle } from './fork.js';
import { getReportInputs, type ReportInputs } from './inputs.js';
import { publish } from './publish.js';

const FORK_NOTE =
  "Rendered from a fork PR's artifact: the numbers were computed by the PR's own code and are not verified by a trusted job.";

/**
 * `mlci report`: render the JSON reports into one document; write it (`--out`), print it (CLI) or put
 * it in the job summary; then, on a runner, post it: sticky comment, check run, review — or, for a
 * fork PR, an artifact for the privileged workflow_run stage, which posts it (mode workflow-run).
 */
export const report = reportCommand();

/** Collaborators of the command, for tests: the GitHub client's retry policy (its waits). */
export interface ReportDeps {
  readonly retry?: Partial<RetryPolicy>;
  /** The clock that spaces notifying writes. */
  readonly now?: () => number;
}

/** The report command with its collaborators (STYLE §5). */
export function reportCommand(deps: ReportDeps = {}): (io: ActionIO) => Promise<void> {
  return (io) => run(io, deps);
}

async function run(io: ActionIO, deps: ReportDeps): Promise<void> {
  const inputs = getReportInputs(io.inputs);
  const onRunner = io.env.GITHUB_ACTIONS === 'true';
  const event = onRunner ? await readEvent(io) : {};
  const target = onRunner ? targetOf(io, inputs, event) : undefined;
  const mode = resolveMode(inputs.mode, target);
  if (mode === 'workflow-run') return workflowRunStage(io, inputs, target, event, deps);

  const { reports, paths } = await loadReports(inputs.reports, io.cwd);
  const out = inputs.out ? checkOut(inputs.out, io.cwd, paths) : undefined;
  const client = target && inputs.token ? client_(io, inputs, target, deps) : undefined;
  const render = await renderOptions(io, inputs, target, client);
  const doc = renderDocument(reports, { ...render, budget: COMMENT_LIMIT });
  if (out) {
    await writeFileAtomic(out, doc.markdown);
    io.output('markdown', inputs.out!);
  }
  io.output('verdict', doc.verdict);
  if (onRunner) await io.summary(renderDocument(reports, { ...render, budget: JOB_SUMMARY_LIMIT }).markdown);
  else if (!out) await printReport(io, inputs, reports, render);

  const posted: string[] = onRunner ? ['summary'] : [];
  if (mode === 'artifact' && target) {
    try {
      const name = bundleName(
        inputs['artifact-name'],
        io.env.GITHUB_JOB ?? '',
        inputs.key,
        io.env.GITHUB_RUN_ATTEMPT,
      );
      await uploadBundle(io, name, paths, doc.markdown, {
        pullRequest: target.pull ?? 0,
        headSha: target.headSha ?? '',
        job: io.env.GITHUB_JOB ?? '',
        key: inputs.key,
      });
      posted.push('artifact');
      io.log.notice(
        `fork pull request: the token is read-only, so the report was uploaded as the \`${name}\` artifact for the workflow_run stage to post (docs/report.md)`,
      );
    } catch (thrown) {
      io.log.warning(
        `could not upload the report artifact: ${thrown instanceof Error ? thrown.message : String(thrown)}`,
      );
    }
  } else if (mode === 'post' && target && client) {
    const mark = stickyMarker(io.env.GITHUB_WORKFLOW ?? '', io.env.GITHUB_JOB ?? '', inputs.key);
    const result = await publish(io, client, {
      reports,
      render,
      target,
      inputs,
      mark,
      externalId: externalId(mark, io.env.GITHUB_RUN_ID, io.env.GITHUB_RUN_ATTEMPT),
      sleep: deps.retry?.sleep,
      now: deps.now,
    });
    posted.push(...result.posted);
    if (result.commentUrl) io.output('comment-url', result.commentUrl);
    if (result.checkRunId !== undefined) io.output('check-run-id', String(result.checkRunId));
  }
  io.output('posted', posted.join(','));
  finish(inputs, doc.verdict, doc.why);
}

/** The privileged second stage of a fork PR: fetch and check the artifact, re-render from its reports, post. */
async function workflowRunStage(
  io: ActionIO,
  inputs: ReportInputs,
  target: Target | undefined,
  event: Awaited<ReturnType<typeof readEvent>>,
  deps: ReportDeps,
) {
  if (!target || !inputs.token) {
    throw new DataError('mode workflow-run needs GITHUB_REPOSITORY and a token', {
      hint: 'run it as a workflow step',
    });
  }
  const client = client_(io, inputs, target, deps);
  const bundles = await fetchBundles(io, client, target, event, inputs['artifact-name']);
  const posted = new Set<string>();
  let verdict: string | undefined;
  let why = '';
  for (const bundle of bundles) {
    const pr: Target = { ...target, pull: bundle.meta.pullRequest, headSha: bundle.meta.headSha, fork: true };
    const render = { ...(await renderOptions(io, inputs, pr, client)), note: FORK_NOTE };
    const doc = renderDocument(bundle.reports, { ...render, budget: JOB_SUMMARY_LIMIT });
    await io.summary(doc.markdown);
    posted.add('summary');
    if (verdict === undefined || doc.verdict === 'fail') [verdict, why] = [doc.verdict, doc.why];
    // The workflow of the sticky key is the one that ran stage 1, named by GitHub, not by the artifact.
    const workflow = (event.workflow_run as { name?: string } | undefined)?.name ?? '';
    const mark = stickyMarker(workflow, bundle.meta.job, bundle.meta.key);
    const result = await publish(io, client, {
      reports: bundle.reports,
      render,
      target: pr,
      inputs,
      mark,
      externalId: externalId(mark, String(bundle.runId), io.env.GITHUB_RUN_ATTEMPT),
      sleep: deps.retry?.sleep,
      now: deps.now,
    });
    for (const what of result.posted) posted.add(what);
    if (result.commentUrl) io.output('comment-url', result.commentUrl);
    if (result.checkRunId !== undefined) io.output('check-run-id', String(result.checkRunId));
  }
  io.output('posted', [...posted].join(','));
  if (verdict !== undefined) {
    io.output('verdict', verdict);
    finish(inputs, verdict, why);
  }
}

/**
 * The artifact of one job's bundle, `<base>-<hash of job and key>-<attempt>`: artifact names are unique
 * within a run, a matrix has many jobs, and a re-run job is a new attempt of the same run.
 */
export function bundleName(base: string, job: string, key: string, attempt = '1'): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([job, key]))
    .digest('hex')
    .slice(0, 12);
  return `${base}-${hash}-${/^\d{1,6}$/.test(attempt) ? attempt : '1'}`;
}

function client_(io: ActionIO, inputs: ReportInputs, target: Target, deps: ReportDeps): GitHubClient {
  io.setSecret(inputs.token!);
  return createGitHubClient({
    token: inputs.token!,
    baseUrl: target.apiUrl,
    retry: deps.retry,
    warn: (m) => io.log.warning(m),
  });
}

/** Render options of this run: links at the head commit, and the acceptances recorded on it. */
async function renderOptions(
  io: ActionIO,
  inputs: ReportInputs,
  target: Target | undefined,
  client: GitHubClient | undefined,
): Promise<RenderOptions> {
  const base: RenderOptions = {
    charts: inputs.charts,
    headSha: target?.headSha,
    repository: target ? { serverUrl: target.serverUrl, owner: target.owner, repo: target.repo } : undefined,
    fullReportAt: io.env.GITHUB_ACTIONS === 'true' ? 'the job summary of this run' : 'the JSON reports',
  };
  if (!client || !target?.headSha) return base;
  try {
    const acceptances = await readAcceptances(
      client,
      { owner: target.owner, repo: target.repo },
      target.headSha,
    );
    for (const a of acceptances)
      io.log.info(`acceptance by ${a.by} for ${a.metrics.join(', ')} at ${a.sha.slice(0, 12)}`);
    return { ...base, acceptances };
  } catch (thrown) {
    io.log.warning(
      `could not read acceptances: ${thrown instanceof Error ? thrown.message : String(thrown)}`,
    );
    return base;
  }
}

/** The sticky comment's marker: one per workflow, job and matrix values, hashed (inert in markdown). */
export function stickyMarker(workflow: string, job: string, key: string): string {
  return marker('report', workflow, job, key);
}

/** The check run's external_id: the marker's hash plus the workflow run and attempt. */
function externalId(mark: string, runId: string | undefined, attempt: string | undefined): string {
  return `${mark.replace(/^<!-- mlci:report:|\s*-->$/g, '')}:${runId ?? '0'}:${attempt ?? '1'}`;
}

/**
 * The CLI prints the document through the IO's one terminal renderer (platform/terminal): rendered in a
 * terminal for `auto` (markdown when piped), always rendered for `plain`, never for `markdown`.
 */
async function printReport(
  io: ActionIO,
  inputs: ReportInputs,
  reports: readonly LoadedReport[],
  render: RenderOptions,
): Promise<void> {
  const doc = renderDocument(reports, { ...render, budget: JOB_SUMMARY_LIMIT });
  await io.summary(doc.markdown, inputs.format === 'plain' ? 'text' : inputs.format);
}

/** Exit 1 on a failed verdict only when asked: the gate's own step fails the job. */
function finish(inputs: ReportInputs, verdict: string, why: string): void {
  if (inputs['fail-on-verdict'] && verdict === 'fail') {
    throw new DataError(`the report's verdict is fail: ${why}`, {
      hint: 'see the PR comment or the job summary',
    });
  }
}
