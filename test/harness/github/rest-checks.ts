// Check runs and commit statuses.
import { actorOf, type FakeApp, repoOf } from './app.js';
import {
  bodyOf,
  type FakeRequest,
  githubError,
  intParam,
  json,
  notFound,
  paginate,
  paginateWrapped,
} from './http.js';
import { fill, nodeId, simpleUser, userId } from './shapes.js';
import type { CheckRunRecord, StatusRecord } from './state.js';

function renderCheckRun(app: FakeApp, run: CheckRunRecord): unknown {
  const url = `${app.base}/repos/${run.repo}/check-runs/${run.id}`;
  return fill(app.shapes, 'check-run', {
    id: run.id,
    node_id: nodeId('CheckRun', run.id),
    head_sha: run.headSha,
    name: run.name,
    url,
    html_url: `${app.base}/${run.repo}/runs/${run.id}`,
    details_url: run.detailsUrl,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    external_id: run.externalId,
    output: {
      ...run.output,
      annotations_count: run.annotations.length,
      annotations_url: `${url}/annotations`,
    },
    check_suite: { id: run.id + 1 },
    app: run.app ? renderApp(app, run.app) : null,
    pull_requests: [],
  });
}

/** A GitHub App (`integration`) by slug; github-actions keeps its real id. */
function renderApp(app: FakeApp, slug: string): unknown {
  const id = slug === 'github-actions' ? 15368 : userId(`app:${slug}`);
  return fill(app.shapes, 'integration', {
    id,
    slug,
    node_id: nodeId('App', id),
    owner: simpleUser(app.shapes, slug === 'github-actions' ? 'github' : slug),
    name: slug === 'github-actions' ? 'GitHub Actions' : slug,
    description: null,
    external_url: `${app.base}/apps/${slug}`,
    html_url: `${app.base}/apps/${slug}`,
    created_at: '2018-07-30T09:30:17Z',
    updated_at: '2018-07-30T09:30:17Z',
    permissions: { checks: 'write' },
    events: [],
  });
}

/**
 * The GitHub App a request acts as: GITHUB_TOKEN and app tokens authenticate as `<slug>[bot]`. A user
 * token (a PAT) is no app: GitHub refuses it check-run writes.
 */
function appOf(req: FakeRequest): string | undefined {
  const login = actorOf(req);
  return login.endsWith('[bot]') ? login.slice(0, -'[bot]'.length) : undefined;
}

const NOT_AN_APP = 'You must authenticate via a GitHub App.';

function renderStatus(app: FakeApp, status: StatusRecord): unknown {
  const creator = simpleUser(app.shapes, status.creator);
  return fill(app.shapes, 'status', {
    url: `${app.base}/repos/${status.repo}/statuses/${status.sha}`,
    avatar_url: creator.avatar_url,
    id: status.id,
    node_id: nodeId('StatusContext', status.id),
    state: status.state,
    description: status.description,
    target_url: status.targetUrl,
    context: status.context,
    created_at: status.createdAt,
    updated_at: status.createdAt,
    creator,
  });
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Applies the fields of a create/update body to a check run (status and conclusion rules as GitHub's). */
function applyCheckRun(app: FakeApp, run: CheckRunRecord, body: Record<string, unknown>): void {
  if (typeof body.name === 'string') run.name = body.name;
  if (typeof body.details_url === 'string') run.detailsUrl = body.details_url;
  if (typeof body.external_id === 'string') run.externalId = body.external_id;
  if (typeof body.started_at === 'string') run.startedAt = body.started_at;
  if (typeof body.status === 'string') run.status = body.status;
  if (typeof body.conclusion === 'string') {
    run.conclusion = body.conclusion;
    run.status = 'completed';
  }
  if (run.status === 'completed')
    run.completedAt = text(body.completed_at) ?? run.completedAt ?? app.shapes.now();
  const output = body.output as Record<string, unknown> | undefined;
  if (output) {
    run.output = { title: text(output.title), summary: text(output.summary), text: text(output.text) };
    if (Array.isArray(output.annotations)) run.annotations.push(...output.annotations);
  }
}

/** Registers check run and commit status routes. */
export function checkRoutes(app: FakeApp): void {
  const { router, state } = app;
  const findRun = (req: FakeRequest) =>
    state.checkRuns.find((r) => r.repo === repoOf(req) && r.id === intParam(req.params.check_run_id));

  router.add('rest', 'POST', '/repos/{owner}/{repo}/check-runs', (req) => {
    const creator = appOf(req);
    if (!creator) return githubError(403, NOT_AN_APP);
    const body = bodyOf(req);
    const run: CheckRunRecord = {
      id: state.nextId(),
      repo: repoOf(req),
      name: String(body.name),
      headSha: String(body.head_sha),
      status: 'queued',
      conclusion: null,
      startedAt: app.shapes.now(),
      completedAt: null,
      externalId: '',
      detailsUrl: null,
      output: { title: null, summary: null, text: null },
      annotations: [],
      app: creator,
    };
    applyCheckRun(app, run, body);
    state.checkRuns.push(run);
    return json(201, renderCheckRun(app, run));
  });
  router.add('rest', 'PATCH', '/repos/{owner}/{repo}/check-runs/{check_run_id}', (req) => {
    const run = findRun(req);
    if (!run) return notFound();
    // Only the app that created a check run may change it.
    const writer = appOf(req);
    if (!writer) return githubError(403, NOT_AN_APP);
    if (writer !== run.app)
      return githubError(
        403,
        'Invalid app_id `' + writer + '` - check run can only be modified by the GitHub App that created it.',
      );
    applyCheckRun(app, run, bodyOf(req));
    return json(200, renderCheckRun(app, run));
  });
  router.add('rest', 'GET', '/repos/{owner}/{repo}/check-runs/{check_run_id}', (req) => {
    const run = findRun(req);
    return run ? json(200, renderCheckRun(app, run)) : notFound();
  });
  router.add('rest', 'GET', '/repos/{owner}/{repo}/commits/{ref}/check-runs', (req) => {
    const name = req.query.get('check_name');
    const runs = state.checkRuns
      .filter((r) => r.repo === repoOf(req) && r.headSha === req.params.ref && (!name || r.name === name))
      .reverse();
    return paginateWrapped(req, 'check_runs', runs, (run) => renderCheckRun(app, run));
  });

  router.add('rest', 'POST', '/repos/{owner}/{repo}/statuses/{sha}', (req) => {
    const body = bodyOf(req);
    const status: StatusRecord = {
      id: state.nextId(),
      repo: repoOf(req),
      sha: req.params.sha!,
      state: body.state as StatusRecord['state'],
      description: text(body.description),
      targetUrl: text(body.target_url),
      context: text(body.context) ?? 'default',
      creator: actorOf(req),
      createdAt: app.shapes.now(),
    };
    state.statuses.push(status);
    return json(201, renderStatus(app, status));
  });
  router.add('rest', 'GET', '/repos/{owner}/{repo}/commits/{ref}/statuses', (req) => {
    const statuses = state.statuses
      .filter((s) => s.repo === repoOf(req) && s.sha === req.params.ref)
      .reverse();
    return paginate(req, statuses, (s) => renderStatus(app, s));
  });
}
