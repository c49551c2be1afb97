import { isAbsolute, relative, sep } from 'node:path';
import type { ValidationReport } from '../../core/data/validate/report.js';
import { messageOf } from '../../core/errors.js';
import { CHECK_RUN_LIMIT, COMMENT_LIMIT, LAST_LEVEL } from '../../core/report/budget.js';
import type { LoadedReport } from '../../core/report/load.js';
import { renderDocument, type RenderOptions } from '../../core/report/render.js';
import { type RowError, rowErrors } from '../../core/report/review-plan.js';
import type { Annotation } from '../../platform/github/check-run.js';
import { publishCheckRun } from '../../platform/github/check-run.js';
import type { GitHubClient } from '../../platform/github/client.js';
import { GitHubError } from '../../platform/github/errors.js';
import { actingLogin } from '../../platform/github/marked.js';
import { reviewRowErrors } from '../../platform/github/review.js';
import { upsertSticky } from '../../platform/github/sticky.js';
import type { ActionIO } from '../../platform/io.js';
import type { Target } from './context.js';
import type { ReportInputs } from './inputs.js';

/**
 * Spacing of content-creating writes (reliability GH-07, GitHub's secondary rate limits): at least 3 s
 * between two that notify people (the comment, the review).
 */
export const NOTIFYING_GAP_MS = 3000;

/** Row-error annotations on the check run at most (GitHub keeps 1000 per run; more help nobody). */
export const MAX_ANNOTATIONS = 200;

export interface PublishInput {
  readonly reports: readonly LoadedReport[];
  readonly render: RenderOptions;
  readonly target: Target;
  readonly inputs: ReportInputs;
  /** The sticky comment's marker (workflow, job, matrix key). */
  readonly mark: string;
  /** Marks our check run: the marker key plus the workflow run and attempt. */
  readonly externalId: string;
  /** Waits between a lost creating POST and the next look (tests pass a recorder). */
  readonly sleep?: (ms: number) => Promise<void>;
  /** The clock the spacing of writes reads (tests pass a fixed one). */
  readonly now?: () => number;
}

export interface Published {
  readonly posted: readonly string[];
  readonly commentUrl?: string;
  readonly checkRunId?: number;
}

/**
 * Posts what the inputs ask for: the sticky comment, the check run, the review. Each is tried on
 * its own; a failure is a warning with its reason, never a failed job (DESIGN.md "Nothing is lost"),
 * since the job summary already holds the report.
 */
export async function publish(io: ActionIO, client: GitHubClient, input: PublishInput): Promise<Published> {
  const { inputs, target } = input;
  const posted: string[] = [];
  const sleep = input.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = input.now ?? Date.now;
  let notified: number | undefined;
  const pace = async () => {
    const wait = notified === undefined ? 0 : notified + NOTIFYING_GAP_MS - now();
    if (wait > 0) await sleep(wait);
  };
  const author = await attempt(io, 'find the identity mlci posts as', () =>
    actingLogin(client, inputs['acting-login']),
  );
  let commentUrl: string | undefined;
  let checkRunId: number | undefined;
  if (inputs.comment && target.pull !== undefined && author) {
    const done = await attempt(io, 'post the PR comment', () => stickyWithShrink(io, client, input, author));
    notified = now();
    if (done) {
      posted.push('comment');
      commentUrl = done.url;
      io.log.info(
        `PR comment ${done.action} (${done.id})${done.deleted.length ? `; ${done.deleted.length} duplicate(s) removed` : ''}`,
      );
    }
  }
  if (inputs['check-run'] && target.headSha) {
    const doc = renderDocument(input.reports, { ...input.render, budget: CHECK_RUN_LIMIT });
    const done = await attempt(io, 'create the check run', () =>
      publishCheckRun(
        client,
        {
          owner: target.owner,
          repo: target.repo,
          name: inputs['check-name'],
          headSha: target.headSha!,
          externalId: input.externalId,
          conclusion: doc.verdict === 'pass' ? 'success' : doc.verdict === 'fail' ? 'failure' : 'neutral',
          title: plainTitle(`${doc.verdict}: ${doc.why}`),
          summary: doc.markdown,
          annotations: annotations(io, input.reports),
        },
        { sleep: input.sleep },
      ),
    );
    if (done) {
      posted.push('check-run');
      checkRunId = done.id;
      io.log.info(`check run ${done.action} (${done.id}, ${done.requests} request(s))`);
    }
  }
  if (inputs.review && target.pull !== undefined && target.headSha && author) {
    const errors = reviewErrors(io, input.reports);
    if (errors.length) {
      const done = await attempt(io, 'post the review', () =>
        reviewRowErrors(
          client,
          { owner: target.owner, repo: target.repo, pull: target.pull!, headSha: target.headSha! },
          errors,
          input.mark,
          author,
          { sleep: input.sleep, beforePost: pace },
        ),
      );
      if (done) {
        posted.push('review');
        io.log.info(`review ${done.action}: ${done.inline} error(s) inline, ${done.summarised} summarised`);
      }
    }
  }
  return { posted, commentUrl, checkRunId };
}

/** The sticky comment; a 422 (body too long by GitHub's count) re-renders with headlines only, once. */
async function stickyWithShrink(io: ActionIO, client: GitHubClient, input: PublishInput, author: string) {
  const target = { owner: input.target.owner, repo: input.target.repo, issue: input.target.pull! };
  const body = renderDocument(input.reports, {
    ...input.render,
    marker: input.mark,
    budget: COMMENT_LIMIT,
  }).markdown;
  try {
    return await upsertSticky(client, target, input.mark, author, body, { sleep: input.sleep });
  } catch (thrown) {
    if (!(thrown instanceof GitHubError && thrown.status === 422)) throw thrown;
    io.log.warning(`GitHub refused the comment (${thrown.message}); posting the short form`);
    const short = renderDocument(input.reports, {
      ...input.render,
      marker: input.mark,
      budget: COMMENT_LIMIT / 2,
      level: LAST_LEVEL - 1,
    }).markdown;
    return upsertSticky(client, target, input.mark, author, short, { sleep: input.sleep });
  }
}

/** Runs one posting step; a failure becomes a warning naming the step and the reason. */
async function attempt<T>(io: ActionIO, what: string, work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (thrown) {
    io.log.warning(`could not ${what}: ${messageOf(thrown)}; the report is in the job summary`);
    return undefined;
  }
}

/** A check run title: plain text, one line, at most 200 characters. */
function plainTitle(text: string): string {
  const line = text.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, ' ');
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/** A report's file as a path in the repository (the workspace is its root), or undefined outside it. */
function repoPath(io: ActionIO, file: string): string | undefined {
  const rel = isAbsolute(file) ? relative(io.cwd, file) : file.replace(/^\.\//, '');
  const posix = rel.split(sep).join('/');
  if (posix === '' || posix.startsWith('../') || posix === '..' || isAbsolute(posix)) return undefined;
  return posix;
}

function validationErrors(reports: readonly LoadedReport[]) {
  return reports
    .filter((r) => r.kind === 'mlci/validation-report')
    .flatMap((r) => (r.value as unknown as ValidationReport).errors ?? []);
}

function reviewErrors(io: ActionIO, reports: readonly LoadedReport[]): RowError[] {
  return rowErrors(validationErrors(reports), (file) => repoPath(io, file));
}

/** Failure annotations on the data lines whose rows failed validation (plain text: GitHub shows it raw). */
function annotations(io: ActionIO, reports: readonly LoadedReport[]): Annotation[] {
  return reviewErrors(io, reports)
    .slice(0, MAX_ANNOTATIONS)
    .map(({ path, line, error }) => ({
      path,
      start_line: line,
      end_line: line,
      annotation_level: 'failure' as const,
      title: plainTitle(`${error.type}${error.field ? ` in ${error.field}` : ''}`),
      message: error.message.slice(0, 4000),
    }));
}
