// Deployments, deployment statuses and the collaborator permission check of ChatOps.
import { actorOf, type FakeApp, repoOf } from './app.js';
import { bodyOf, type FakeRequest, intParam, json, notFound, paginate } from './http.js';
import { fakeSha, fill, nodeId, simpleUser } from './shapes.js';
import type { DeploymentRecord, DeploymentStatusRecord } from './state.js';

function renderDeployment(app: FakeApp, deployment: DeploymentRecord): unknown {
  const url = `${app.base}/repos/${deployment.repo}/deployments/${deployment.id}`;
  return fill(app.shapes, 'deployment', {
    id: deployment.id,
    node_id: nodeId('Deployment', deployment.id),
    url,
    sha: deployment.sha,
    ref: deployment.ref,
    task: deployment.task,
    payload: deployment.payload,
    original_environment: deployment.environment,
    environment: deployment.environment,
    description: deployment.description,
    creator: simpleUser(app.shapes, deployment.creator),
    created_at: deployment.createdAt,
    updated_at: deployment.createdAt,
    statuses_url: `${url}/statuses`,
    repository_url: `${app.base}/repos/${deployment.repo}`,
    transient_environment: deployment.transientEnvironment,
    production_environment: deployment.productionEnvironment,
  });
}

function renderStatus(app: FakeApp, status: DeploymentStatusRecord): unknown {
  const deploymentUrl = `${app.base}/repos/${status.repo}/deployments/${status.deploymentId}`;
  return fill(app.shapes, 'deployment-status', {
    id: status.id,
    node_id: nodeId('DeploymentStatus', status.id),
    url: `${deploymentUrl}/statuses/${status.id}`,
    state: status.state,
    description: status.description,
    environment: status.environment,
    target_url: status.targetUrl,
    ...(status.logUrl ? { log_url: status.logUrl } : {}),
    ...(status.environmentUrl ? { environment_url: status.environmentUrl } : {}),
    creator: simpleUser(app.shapes, status.creator),
    created_at: status.createdAt,
    updated_at: status.createdAt,
    deployment_url: deploymentUrl,
    repository_url: `${app.base}/repos/${status.repo}`,
  });
}

const FORTY_HEX = /^[0-9a-f]{40}$/;

/** Registers deployment, deployment status and collaborator permission routes. */
export function deploymentRoutes(app: FakeApp): void {
  const { router, state } = app;
  const find = (req: FakeRequest) =>
    state.deployments.find((d) => d.repo === repoOf(req) && d.id === intParam(req.params.deployment_id));

  router.add('rest', 'GET', '/repos/{owner}/{repo}/deployments', (req) => {
    const q = req.query;
    const matches = state.deployments.filter(
      (d) =>
        d.repo === repoOf(req) &&
        (!q.get('sha') || d.sha === q.get('sha')) &&
        (!q.get('ref') || d.ref === q.get('ref')) &&
        (!q.get('task') || d.task === q.get('task')) &&
        (!q.get('environment') || d.environment === q.get('environment')),
    );
    return paginate(req, [...matches].reverse(), (d) => renderDeployment(app, d));
  });
  router.add('rest', 'POST', '/repos/{owner}/{repo}/deployments', (req) => {
    const body = bodyOf(req);
    const ref = String(body.ref);
    const environment = typeof body.environment === 'string' ? body.environment : 'production';
    const deployment: DeploymentRecord = {
      id: state.nextId(),
      repo: repoOf(req),
      // A ref that is already a sha is its own sha; branch and tag names resolve to a stable fake sha.
      sha: FORTY_HEX.test(ref) ? ref : fakeSha(ref),
      ref,
      task: typeof body.task === 'string' ? body.task : 'deploy',
      environment,
      payload: (body.payload ?? {}) as DeploymentRecord['payload'],
      description: typeof body.description === 'string' ? body.description : null,
      creator: actorOf(req),
      createdAt: app.shapes.now(),
      transientEnvironment: body.transient_environment === true,
      productionEnvironment:
        typeof body.production_environment === 'boolean'
          ? body.production_environment
          : environment === 'production',
    };
    state.deployments.push(deployment);
    return json(201, renderDeployment(app, deployment));
  });
  router.add('rest', 'GET', '/repos/{owner}/{repo}/deployments/{deployment_id}', (req) => {
    const deployment = find(req);
    return deployment ? json(200, renderDeployment(app, deployment)) : notFound();
  });
  router.add('rest', 'GET', '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses', (req) => {
    const deployment = find(req);
    if (!deployment) return notFound();
    const statuses = state.deploymentStatuses.filter((s) => s.deploymentId === deployment.id).reverse();
    return paginate(req, statuses, (s) => renderStatus(app, s));
  });
  router.add('rest', 'POST', '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses', (req) => {
    const deployment = find(req);
    if (!deployment) return notFound();
    const body = bodyOf(req);
    const str = (value: unknown, fallback = '') => (typeof value === 'string' ? value : fallback);
    const status: DeploymentStatusRecord = {
      id: state.nextId(),
      repo: deployment.repo,
      deploymentId: deployment.id,
      state: String(body.state),
      description: str(body.description),
      // GitHub sends "" for an absent target_url, which its own schema (format: uri) rejects: use the
      // deployment's URL instead, and leave the optional URLs out.
      targetUrl: str(body.target_url, `${app.base}/repos/${deployment.repo}/deployments/${deployment.id}`),
      logUrl: str(body.log_url, str(body.target_url)),
      environment: str(body.environment, deployment.environment),
      environmentUrl: str(body.environment_url),
      creator: actorOf(req),
      createdAt: app.shapes.now(),
    };
    state.deploymentStatuses.push(status);
    return json(201, renderStatus(app, status));
  });

  router.add('rest', 'GET', '/repos/{owner}/{repo}/collaborators/{username}/permission', (req) => {
    const login = req.params.username!;
    const permission = state.permissions.get(login) ?? 'none';
    // The legacy `permission` field knows only admin/write/read/none; role_name keeps the fine role.
    const legacy = permission === 'maintain' ? 'write' : permission === 'triage' ? 'read' : permission;
    return json(200, {
      permission: legacy,
      role_name: permission,
      user: {
        ...simpleUser(app.shapes, login),
        permissions: permissionFlags(permission),
        role_name: permission,
      },
    });
  });
}

function permissionFlags(permission: string) {
  const order = ['read', 'triage', 'write', 'maintain', 'admin'];
  const level = order.indexOf(permission);
  return {
    pull: level >= 0,
    triage: level >= 1,
    push: level >= 2,
    maintain: level >= 3,
    admin: level >= 4,
  };
}
