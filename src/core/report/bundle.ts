import { DataError } from '../errors.js';
import { type LoadedReport, parseReport } from './load.js';

/**
 * The artifact a fork PR's unprivileged run leaves for the privileged `workflow_run` stage to post
 * (reference statistics-and-baselines.md §5.5): meta.json and the source JSON reports. Everything in
 * it is untrusted: the stage re-renders from the reports (never posts a rendered body verbatim) and
 * checks the PR and commit against the triggering run.
 */
export interface BundleMeta {
  readonly kind: 'mlci/report-bundle';
  readonly version: 1;
  readonly pullRequest: number;
  readonly headSha: string;
  /** The job and matrix key of the sticky comment (the workflow comes from the triggering run). */
  readonly job: string;
  readonly key: string;
  /** Report file names inside `reports/`, in rendering order. */
  readonly reports: readonly string[];
}

export const BUNDLE_LIMITS = {
  files: 50,
  fileBytes: 16 * 1024 * 1024,
  totalBytes: 64 * 1024 * 1024,
} as const;

const REPORT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.json$/;

/** What the triggering workflow_run says about the run that made the bundle. */
export interface TriggeringRun {
  readonly id: number;
  readonly headSha: string;
  /** Its pull_requests numbers: empty for a fork PR (GitHub leaves them out). */
  readonly pullRequests: readonly number[];
}

const reject = (why: string): never => {
  throw new DataError(`report artifact rejected: ${why}`, {
    hint: 'the artifact comes from an untrusted run; nothing was posted',
  });
};

/**
 * The bundle's meta and reports, or a DataError when anything is off: an entry other than meta.json,
 * report.md and reports/<name>.json, too many or too large files, a meta of another shape, a head SHA
 * other than the run's, a PR number the run does not name (when it names any).
 */
export function readBundle(
  files: ReadonlyMap<string, Uint8Array>,
  run: TriggeringRun,
): { meta: BundleMeta; reports: LoadedReport[] } {
  if (files.size > BUNDLE_LIMITS.files + 2)
    reject(`${files.size} entries, at most ${BUNDLE_LIMITS.files} reports`);
  let total = 0;
  for (const [path, bytes] of files) {
    total += bytes.length;
    if (bytes.length > BUNDLE_LIMITS.fileBytes)
      reject(`${JSON.stringify(path)} is larger than ${BUNDLE_LIMITS.fileBytes} bytes`);
    const allowed =
      path === 'meta.json' ||
      path === 'report.md' ||
      (path.startsWith('reports/') && REPORT_NAME.test(path.slice(8)));
    if (!allowed) reject(`unexpected entry ${JSON.stringify(path.slice(0, 200))}`);
  }
  if (total > BUNDLE_LIMITS.totalBytes) reject(`${total} bytes in all, at most ${BUNDLE_LIMITS.totalBytes}`);
  const metaBytes = files.get('meta.json');
  if (!metaBytes) return reject('no meta.json');
  let meta: Record<string, unknown>;
  try {
    meta = JSON.parse(Buffer.from(metaBytes).toString('utf8')) as Record<string, unknown>;
  } catch {
    return reject('meta.json is not JSON');
  }
  if (meta === null || typeof meta !== 'object' || meta.kind !== 'mlci/report-bundle' || meta.version !== 1) {
    reject('meta.json is not an mlci/report-bundle version 1');
  }
  const { pullRequest, headSha, job, key, reports } = meta;
  if (!Number.isSafeInteger(pullRequest) || (pullRequest as number) < 1) reject('meta.json has no PR number');
  if (typeof headSha !== 'string' || !/^[0-9a-f]{40}$/.test(headSha)) reject('meta.json has no head SHA');
  if (typeof job !== 'string' || job.length > 200 || typeof key !== 'string' || key.length > 2000)
    reject('meta.json job/key');
  if (!Array.isArray(reports) || reports.length === 0 || reports.length > BUNDLE_LIMITS.files)
    reject('meta.json lists no reports');
  if (headSha !== run.headSha)
    reject(`head SHA ${headSha as string} is not the triggering run's ${run.headSha}`);
  if (run.pullRequests.length && !run.pullRequests.includes(pullRequest as number)) {
    reject(
      `PR #${pullRequest as number} is not the triggering run's (${run.pullRequests.map((n) => `#${n}`).join(', ')})`,
    );
  }
  const loaded = (reports as unknown[]).map((name) => {
    if (typeof name !== 'string' || !REPORT_NAME.test(name))
      return reject(`report name ${JSON.stringify(String(name).slice(0, 200))}`);
    const bytes = files.get(`reports/${name}`);
    if (!bytes) return reject(`reports/${name} is listed but missing`);
    try {
      return parseReport(Buffer.from(bytes).toString('utf8'), name);
    } catch (thrown) {
      return reject(thrown instanceof Error ? thrown.message : String(thrown));
    }
  });
  return { meta: meta as unknown as BundleMeta, reports: loaded };
}
