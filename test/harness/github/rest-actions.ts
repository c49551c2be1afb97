// Workflow runs and their artifacts over REST (what @actions/artifact's `findBy` and a workflow_run
// handler call); the artifacts are the ones uploaded through the twirp artifact service.
import { type FakeApp, repoOf } from './app.js';
import { type FakeRequest, intParam, json, noContent, notFound, paginateWrapped } from './http.js';
import { fill, nodeId, repository, simpleUser, userId } from './shapes.js';
import type { ArtifactRecord, WorkflowRunRecord } from './state.js';

function renderRun(app: FakeApp, run: WorkflowRunRecord): unknown {
  const url = `${app.base}/repos/${run.repo}/actions/runs/${run.id}`;
  const repo = repository(app.shapes, run.repo);
  const ref = (branch: string, sha: string) => ({
    ref: branch,
    sha,
    repo: { id: repo.id, url: repo.url, name: repo.name },
  });
  return fill(app.shapes, 'workflow-run', {
    id: run.id,
    node_id: nodeId('WorkflowRun', run.id),
    name: run.name,
    display_title: run.name,
    path: run.path,
    workflow_id: run.workflowId,
    head_branch: run.headBranch,
    head_sha: run.headSha,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    run_number: run.runNumber,
    run_attempt: 1,
    url,
    html_url: `${app.base}/${run.repo}/actions/runs/${run.id}`,
    jobs_url: `${url}/jobs`,
    logs_url: `${url}/logs`,
    check_suite_url: `${app.base}/repos/${run.repo}/check-suites/${run.id + 1}`,
    artifacts_url: `${url}/artifacts`,
    cancel_url: `${url}/cancel`,
    rerun_url: `${url}/rerun`,
    workflow_url: `${app.base}/repos/${run.repo}/actions/workflows/${run.workflowId}`,
    created_at: run.createdAt,
    updated_at: run.createdAt,
    run_started_at: run.createdAt,
    actor: simpleUser(app.shapes, run.actor),
    triggering_actor: simpleUser(app.shapes, run.actor),
    head_commit: null,
    repository: repo,
    head_repository: repo,
    pull_requests: run.pullRequests.map((number) => ({
      id: userId(`${run.repo}#${number}`),
      number,
      url: `${app.base}/repos/${run.repo}/pulls/${number}`,
      head: ref(`pr-${number}`, run.headSha),
      base: ref('main', run.headSha),
    })),
  });
}

/** The REST run id of an artifact: the run whose backend id uploaded it. */
function runIdOf(app: FakeApp, artifact: ArtifactRecord): WorkflowRunRecord | undefined {
  return app.state.workflowRuns.find((run) => run.backendId === artifact.runBackendId);
}

function renderArtifact(app: FakeApp, artifact: ArtifactRecord): unknown {
  const run = runIdOf(app, artifact);
  const url = `${app.base}/repos/${run?.repo ?? 'unknown/unknown'}/actions/artifacts/${artifact.id}`;
  const repoId = run ? userId(run.repo) : 0;
  return fill(app.shapes, 'artifact', {
    id: artifact.id,
    node_id: nodeId('Artifact', artifact.id),
    name: artifact.name,
    size_in_bytes: artifact.size,
    url,
    archive_download_url: `${url}/zip`,
    expired: false,
    digest: artifact.digest,
    created_at: artifact.createdAt,
    updated_at: artifact.createdAt,
    expires_at: artifact.expiresAt,
    workflow_run: run
      ? {
          id: run.id,
          repository_id: repoId,
          head_repository_id: repoId,
          head_branch: run.headBranch,
          head_sha: run.headSha,
        }
      : null,
  });
}

/** Registers workflow run and artifact REST routes. */
export function actionsRoutes(app: FakeApp): void {
  const { router, state } = app;
  const findRun = (req: FakeRequest) =>
    state.workflowRuns.find((r) => r.repo === repoOf(req) && r.id === intParam(req.params.run_id));
  const findArtifact = (req: FakeRequest) =>
    state.artifacts.find(
      (a) =>
        a.finalized && a.id === intParam(req.params.artifact_id) && runIdOf(app, a)?.repo === repoOf(req),
    );

  // The runs of one workflow, named by its id or its file name (`ci.yml`), with the same filters.
  router.add('rest', 'GET', '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', (req) => {
    const q = req.query;
    const workflow = req.params.workflow_id;
    const runs = state.workflowRuns.filter(
      (r) =>
        r.repo === repoOf(req) &&
        (String(r.workflowId) === workflow || r.path.split('/').pop() === workflow) &&
        (!q.get('branch') || r.headBranch === q.get('branch')) &&
        (!q.get('event') || r.event === q.get('event')) &&
        (!q.get('status') || r.status === q.get('status') || r.conclusion === q.get('status')) &&
        (!q.get('head_sha') || r.headSha === q.get('head_sha')),
    );
    return paginateWrapped(req, 'workflow_runs', [...runs].reverse(), (r) => renderRun(app, r));
  });
  router.add('rest', 'GET', '/repos/{owner}/{repo}/actions/runs', (req) => {
    const q = req.query;
    const runs = state.workflowRuns.filter(
      (r) =>
        r.repo === repoOf(req) &&
        (!q.get('branch') || r.headBranch === q.get('branch')) &&
        (!q.get('event') || r.event === q.get('event')) &&
        (!q.get('status') || r.status === q.get('status') || r.conclusion === q.get('status')) &&
        (!q.get('head_sha') || r.headSha === q.get('head_sha')),
    );
    return paginateWrapped(req, 'workflow_runs', [...runs].reverse(), (r) => renderRun(app, r));
  });
  router.add('rest', 'GET', '/repos/{owner}/{repo}/actions/runs/{run_id}', (req) => {
    const run = findRun(req);
    return run ? json(200, renderRun(app, run)) : notFound();
  });
  router.add('rest', 'GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', (req) => {
    const run = findRun(req);
    if (!run) return notFound();
    const name = req.query.get('name');
    const artifacts = state.artifacts.filter(
      (a) => a.finalized && a.runBackendId === run.backendId && (!name || a.name === name),
    );
    return paginateWrapped(req, 'artifacts', artifacts, (a) => renderArtifact(app, a));
  });
  router.add('rest', 'GET', '/repos/{owner}/{repo}/actions/artifacts', (req) => {
    const name = req.query.get('name');
    const artifacts = state.artifacts.filter(
      (a) => a.finalized && runIdOf(app, a)?.repo === repoOf(req) && (!name || a.name === name),
    );
    return paginateWrapped(req, 'artifacts', [...artifacts].reverse(), (a) => renderArtifact(app, a));
  });
  router.add('rest', 'GET', '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}', (req) => {
    const artifact = findArtifact(req);
    return artifact ? json(200, renderArtifact(app, artifact)) : notFound();
  });
  router.add(
    'rest',
    'GET',
    '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
    (req) => {
      const artifact = findArtifact(req);
      if (!artifact || req.params.archive_format !== 'zip') return notFound();
      // GitHub answers with a redirect to signed blob storage; @actions/artifact insists on the 302.
      return { status: 302, headers: { location: app.blobs.signedUrl(artifact.blob) } };
    },
  );
  router.add('rest', 'DELETE', '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}', (req) => {
    const artifact = findArtifact(req);
    if (!artifact) return notFound();
    state.artifacts.splice(state.artifacts.indexOf(artifact), 1);
    app.blobs.delete(artifact.blob);
    return noContent();
  });
}
