// What PR commands call beyond comments and check runs: the pull request itself (its head SHA now),
// reactions on a comment, and re-running a workflow run's failed jobs.
import { actorOf, type FakeApp, repoOf } from './app.js';
import { bodyOf, type FakeRequest, intParam, json, notFound } from './http.js';
import { fill, nodeId, repository, simpleUser, userId } from './shapes.js';
import type { PullRequestRecord, ReactionRecord } from './state.js';

type Json = Record<string, unknown>;

function renderPull(app: FakeApp, pr: PullRequestRecord): unknown {
  const { base, shapes } = app;
  const url = `${base}/repos/${pr.repo}/pulls/${pr.number}`;
  const html = `${base}/${pr.repo}/pull/${pr.number}`;
  const id = userId(`${pr.repo}#${pr.number}`);
  const sampled = fill(shapes, 'pull-request', {}) as Json;
  const side = (ref: string, sha: string, repo: string) => ({
    ...(sampled.head as Json),
    label: `${repo.split('/')[0]}:${ref}`,
    ref,
    sha,
    user: simpleUser(shapes, repo.split('/')[0]!),
    repo: { ...(sampled.base as { repo: Json }).repo, ...repository(shapes, repo) },
  });
  return {
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
  };
}

function renderReaction(app: FakeApp, reaction: ReactionRecord): unknown {
  return fill(app.shapes, 'reaction', {
    id: reaction.id,
    node_id: nodeId('Reaction', reaction.id),
    user: simpleUser(app.shapes, reaction.user),
    content: reaction.content,
    created_at: reaction.createdAt,
  });
}

/** Registers the pull request, reaction and re-run routes. */
export function commandRoutes(app: FakeApp): void {
  const { router, state } = app;
  const findPull = (req: FakeRequest) =>
    state.pulls.find((p) => p.repo === repoOf(req) && p.number === intParam(req.params.pull_number));

  router.add('rest', 'GET', '/repos/{owner}/{repo}/pulls/{pull_number}', (req) => {
    const pr = findPull(req);
    return pr ? json(200, renderPull(app, pr)) : notFound();
  });

  router.add('rest', 'POST', '/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', (req) => {
    const commentId = intParam(req.params.comment_id)!;
    if (!state.comments.some((c) => c.repo === repoOf(req) && c.id === commentId)) return notFound();
    const content = String(bodyOf(req).content);
    const user = actorOf(req);
    // The same reaction by the same user exists already: 200 with it, not a second one.
    const existing = state.reactions.find(
      (r) => r.repo === repoOf(req) && r.commentId === commentId && r.content === content && r.user === user,
    );
    if (existing) return json(200, renderReaction(app, existing));
    const reaction: ReactionRecord = {
      id: state.nextId(),
      repo: repoOf(req),
      commentId,
      content,
      user,
      createdAt: app.shapes.now(),
    };
    state.reactions.push(reaction);
    return json(201, renderReaction(app, reaction));
  });

  router.add('rest', 'POST', '/repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs', (req) => {
    const run = state.workflowRuns.find(
      (r) => r.repo === repoOf(req) && r.id === intParam(req.params.run_id),
    );
    if (!run) return notFound();
    state.reruns.push(run.id);
    run.status = 'queued';
    run.conclusion = null;
    return json(201, {});
  });
}
