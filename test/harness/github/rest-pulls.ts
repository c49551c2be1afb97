// Pull request files (seeded by tests), reviews and inline review comments.
import { actorOf, type FakeApp, repoOf } from './app.js';
import { bodyOf, type FakeRequest, intParam, json, notFound, paginate } from './http.js';
import { fakeSha, fill, nodeId, simpleUser } from './shapes.js';
import type { PullFileRecord, ReviewCommentRecord, ReviewRecord } from './state.js';

function renderFile(app: FakeApp, file: PullFileRecord): unknown {
  const sha = fakeSha(`${file.repo}/${file.filename}`);
  const blob = `${app.base}/${file.repo}/blob/${sha}/${file.filename}`;
  return fill(app.shapes, 'diff-entry', {
    sha,
    filename: file.filename,
    status: file.status,
    additions: file.additions,
    deletions: file.deletions,
    changes: file.additions + file.deletions,
    blob_url: blob,
    raw_url: blob.replace('/blob/', '/raw/'),
    contents_url: `${app.base}/repos/${file.repo}/contents/${file.filename}?ref=${sha}`,
    ...(file.patch === undefined ? {} : { patch: file.patch }),
  });
}

function renderReview(app: FakeApp, review: ReviewRecord): unknown {
  const pullUrl = `${app.base}/repos/${review.repo}/pulls/${review.pullNumber}`;
  const html = `${app.base}/${review.repo}/pull/${review.pullNumber}#pullrequestreview-${review.id}`;
  return fill(app.shapes, 'pull-request-review', {
    id: review.id,
    node_id: nodeId('PullRequestReview', review.id),
    user: simpleUser(app.shapes, review.user),
    body: review.body,
    state: review.state,
    commit_id: review.commitId,
    html_url: html,
    pull_request_url: pullUrl,
    submitted_at: review.submittedAt,
    author_association: 'MEMBER',
    _links: { html: { href: html }, pull_request: { href: pullUrl } },
  });
}

function renderReviewComment(app: FakeApp, comment: ReviewCommentRecord): unknown {
  const url = `${app.base}/repos/${comment.repo}/pulls/comments/${comment.id}`;
  const pullUrl = `${app.base}/repos/${comment.repo}/pulls/${comment.pullNumber}`;
  const html = `${app.base}/${comment.repo}/pull/${comment.pullNumber}#discussion_r${comment.id}`;
  return fill(app.shapes, 'pull-request-review-comment', {
    url,
    id: comment.id,
    node_id: nodeId('PullRequestReviewComment', comment.id),
    pull_request_review_id: comment.reviewId,
    diff_hunk: '@@ -1 +1 @@',
    path: comment.path,
    commit_id: comment.commitId,
    original_commit_id: comment.commitId,
    user: simpleUser(app.shapes, comment.user),
    body: comment.body,
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    html_url: html,
    pull_request_url: pullUrl,
    author_association: 'MEMBER',
    ...(comment.line === undefined ? {} : { line: comment.line, original_line: comment.line }),
    ...(comment.side === undefined ? {} : { side: comment.side }),
    _links: { self: { href: url }, html: { href: html }, pull_request: { href: pullUrl } },
  });
}

/** Registers pull request files, reviews and review comments. */
export function pullRoutes(app: FakeApp): void {
  const { router, state } = app;
  const ofPull = <T extends { repo: string; pullNumber: number }>(req: FakeRequest, items: T[]) =>
    items.filter((item) => item.repo === repoOf(req) && item.pullNumber === intParam(req.params.pull_number));

  router.add('rest', 'GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files', (req) =>
    paginate(req, ofPull(req, state.pullFiles), (file) => renderFile(app, file)),
  );

  router.add('rest', 'GET', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews', (req) =>
    paginate(req, ofPull(req, state.reviews), (review) => renderReview(app, review)),
  );
  router.add('rest', 'POST', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews', (req) => {
    const body = bodyOf(req);
    const now = app.shapes.now();
    const event = String(body.event ?? '');
    const review: ReviewRecord = {
      id: state.nextId(),
      repo: repoOf(req),
      pullNumber: intParam(req.params.pull_number)!,
      user: actorOf(req),
      body: typeof body.body === 'string' ? body.body : '',
      state:
        event === 'APPROVE'
          ? 'APPROVED'
          : event === 'REQUEST_CHANGES'
            ? 'CHANGES_REQUESTED'
            : event
              ? 'COMMENTED'
              : 'PENDING',
      commitId: typeof body.commit_id === 'string' ? body.commit_id : fakeSha('head'),
      submittedAt: now,
    };
    state.reviews.push(review);
    for (const raw of Array.isArray(body.comments) ? body.comments : []) {
      const comment = raw as { path: string; body: string; line?: number; side?: 'LEFT' | 'RIGHT' };
      state.reviewComments.push({
        id: state.nextId(),
        repo: review.repo,
        pullNumber: review.pullNumber,
        reviewId: review.id,
        body: comment.body,
        path: comment.path,
        line: comment.line,
        side: comment.side ?? 'RIGHT',
        commitId: review.commitId,
        user: review.user,
        createdAt: now,
        updatedAt: now,
      });
    }
    return json(200, renderReview(app, review));
  });

  router.add('rest', 'GET', '/repos/{owner}/{repo}/pulls/{pull_number}/comments', (req) =>
    paginate(req, ofPull(req, state.reviewComments), (comment) => renderReviewComment(app, comment)),
  );
  router.add('rest', 'POST', '/repos/{owner}/{repo}/pulls/{pull_number}/comments', (req) => {
    const body = bodyOf(req);
    const now = app.shapes.now();
    const comment: ReviewCommentRecord = {
      id: state.nextId(),
      repo: repoOf(req),
      pullNumber: intParam(req.params.pull_number)!,
      reviewId: null,
      body: String(body.body),
      path: String(body.path),
      line: typeof body.line === 'number' ? body.line : undefined,
      side: body.side === 'LEFT' ? 'LEFT' : 'RIGHT',
      commitId: String(body.commit_id),
      user: actorOf(req),
      createdAt: now,
      updatedAt: now,
    };
    state.reviewComments.push(comment);
    return json(201, renderReviewComment(app, comment));
  });
  router.add('rest', 'PATCH', '/repos/{owner}/{repo}/pulls/comments/{comment_id}', (req) => {
    const comment = state.reviewComments.find(
      (c) => c.repo === repoOf(req) && c.id === intParam(req.params.comment_id),
    );
    if (!comment) return notFound();
    comment.body = String(bodyOf(req).body);
    comment.updatedAt = app.shapes.now();
    return json(200, renderReviewComment(app, comment));
  });
}
