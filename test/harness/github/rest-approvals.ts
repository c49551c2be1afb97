// Environment approvals of a workflow run: who approved (or rejected) its protected environments.
import { type FakeApp, repoOf } from './app.js';
import { intParam, json, notFound } from './http.js';
import { fill, nodeId, simpleUser } from './shapes.js';

/** Registers GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals (seeded through state.approvals). */
export function approvalRoutes(app: FakeApp): void {
  const { router, state } = app;
  router.add('rest', 'GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/approvals', (req) => {
    const runId = intParam(req.params.run_id);
    if (runId === undefined || !state.workflowRuns.some((r) => r.repo === repoOf(req) && r.id === runId))
      return notFound();
    const approvals = state.approvals.filter((a) => a.runId === runId);
    return json(
      200,
      approvals.map((a) =>
        fill(app.shapes, 'environment-approvals', {
          environments: a.environments.map((name, i) => ({
            id: runId * 10 + i,
            node_id: nodeId('Environment', runId * 10 + i),
            name,
          })),
          state: a.state,
          user: simpleUser(app.shapes, a.user),
          comment: a.comment,
        }),
      ),
    );
  });
}
