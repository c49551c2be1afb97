// GET /repos/{owner}/{repo}/pulls/{pull_number}: the report's workflow_run stage checks that the PR an
// artifact names is open with its head at the triggering run's commit. (The PR-commands branch adds the
// same route in rest-commands.ts; this one steps aside when a route for it is already registered.)
import { type FakeApp, repoOf } from './app.js';
import { intParam, json, notFound } from './http.js';
import { fill, nodeId, repository, simpleUser, userId } from './shapes.js';

type Json = Record<string, unknown>;

export function pullRoute(app: FakeApp): void {
  const template = '/repos/{owner}/{repo}/pulls/{pull_number}';
  if (app.router.all().some((r) => r.method === 'GET' && r.template === template)) return;
  app.router.add('rest', 'GET', template, (req) => {
    const pr = app.state.pulls.find(
      (p) => p.repo === repoOf(req) && p.number === intParam(req.params.pull_number),
    );
    if (!pr) return notFound();
    const { base, shapes } = app;
    const sampled = fill(shapes, 'pull-request', {}) as Json;
    const url = `${base}/repos/${pr.repo}/pulls/${pr.number}`;
    const html = `${base}/${pr.repo}/pull/${pr.number}`;
    const id = userId(`${pr.repo}#${pr.number}`);
    const side = (ref: string, sha: string, repo: string) => ({
      ...(sampled.head as Json),
      label: `${repo.split('/')[0]}:${ref}`,
      ref,
      sha,
      user: simpleUser(shapes, repo.split('/')[0]!),
      repo: { ...(sampled.base as { repo: Json }).repo, ...repository(shapes, repo) },
    });
    return json(200, {
      ...sampled,
      id,
      node_id: nodeId('PullRequest', id),
      number: pr.number,
      state: pr.state,
      title: pr.title,
      body: null,
      user: simpleUser(shapes, pr.user),
      url,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: `${base}/repos/${pr.repo}/issues/${pr.number}`,
      commits_url: `${url}/commits`,
      review_comments_url: `${url}/comments`,
      comments_url: `${base}/repos/${pr.repo}/issues/${pr.number}/comments`,
      statuses_url: `${base}/repos/${pr.repo}/statuses/${pr.headSha}`,
      head: side(pr.headRef, pr.headSha, pr.headRepo),
      base: side(pr.baseRef, 'b'.repeat(40), pr.repo),
      merged: false,
      mergeable: true,
      author_association: 'CONTRIBUTOR',
    });
  });
}
