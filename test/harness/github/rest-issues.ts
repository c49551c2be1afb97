// Issues and issue comments (PR comments are issue comments): list with pagination, create, update, delete.
import { actorOf, type FakeApp, repoOf } from './app.js';
import { bodyOf, type FakeRequest, intParam, json, noContent, notFound, paginate } from './http.js';
import { fill, nodeId, simpleUser } from './shapes.js';
import type { CommentRecord, IssueRecord } from './state.js';

/** An issue comment as the REST API renders it. */
export function renderComment(app: FakeApp, comment: CommentRecord): unknown {
  const { base, shapes } = app;
  const repoUrl = `${base}/repos/${comment.repo}`;
  return fill(shapes, 'issue-comment', {
    id: comment.id,
    node_id: nodeId('IssueComment', comment.id),
    url: `${repoUrl}/issues/comments/${comment.id}`,
    html_url: `${base}/${comment.repo}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${repoUrl}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: simpleUser(shapes, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: comment.user.endsWith('[bot]') ? 'NONE' : 'MEMBER',
  });
}

/** An issue as the REST API renders it. */
export function renderIssue(app: FakeApp, issue: IssueRecord): unknown {
  const { base, shapes } = app;
  const url = `${base}/repos/${issue.repo}/issues/${issue.number}`;
  return fill(shapes, 'issue', {
    id: issue.id,
    node_id: nodeId('Issue', issue.id),
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    locked: false,
    url,
    html_url: `${base}/${issue.repo}/issues/${issue.number}`,
    repository_url: `${base}/repos/${issue.repo}`,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    labels: issue.labels.map((name, i) => ({
      id: issue.id * 100 + i,
      node_id: nodeId('Label', issue.id * 100 + i),
      url: `${base}/repos/${issue.repo}/labels/${encodeURIComponent(name)}`,
      name,
      description: null,
      color: 'ededed',
      default: false,
    })),
    assignee: issue.assignees[0] ? simpleUser(shapes, issue.assignees[0]) : null,
    assignees: issue.assignees.map((login) => simpleUser(shapes, login)),
    milestone: null,
    comments: app.state.comments.filter((c) => c.repo === issue.repo && c.issueNumber === issue.number)
      .length,
    user: simpleUser(shapes, issue.user),
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    author_association: 'MEMBER',
  });
}

/** The next issue/PR number of a repository (issues and PRs share numbers, as on GitHub). */
function nextNumber(app: FakeApp, repo: string): number {
  const used = [
    ...app.state.issues.filter((issue) => issue.repo === repo).map((issue) => issue.number),
    ...app.state.comments.filter((comment) => comment.repo === repo).map((comment) => comment.issueNumber),
  ];
  return Math.max(0, ...used) + 1;
}

/** Registers the issue and issue-comment routes. */
export function issueRoutes(app: FakeApp): void {
  const { router, state } = app;
  const findComment = (req: FakeRequest) =>
    state.comments.find((c) => c.repo === repoOf(req) && c.id === intParam(req.params.comment_id));
  const findIssue = (req: FakeRequest) =>
    state.issues.find((i) => i.repo === repoOf(req) && i.number === intParam(req.params.issue_number));

  router.add('rest', 'GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', (req) => {
    const number = intParam(req.params.issue_number);
    const since = req.query.get('since');
    const comments = state.comments.filter(
      (c) => c.repo === repoOf(req) && c.issueNumber === number && (!since || c.updatedAt >= since),
    );
    return paginate(req, comments, (c) => renderComment(app, c));
  });
  router.add('rest', 'POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', (req) => {
    const now = app.shapes.now();
    const comment: CommentRecord = {
      id: state.nextId(),
      repo: repoOf(req),
      issueNumber: intParam(req.params.issue_number)!,
      body: String(bodyOf(req).body),
      user: actorOf(req),
      createdAt: now,
      updatedAt: now,
    };
    state.comments.push(comment);
    const rendered = renderComment(app, comment) as { url: string };
    return json(201, rendered, { location: rendered.url });
  });
  router.add('rest', 'GET', '/repos/{owner}/{repo}/issues/comments/{comment_id}', (req) => {
    const comment = findComment(req);
    return comment ? json(200, renderComment(app, comment)) : notFound();
  });
  router.add('rest', 'PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}', (req) => {
    const comment = findComment(req);
    if (!comment) return notFound();
    comment.body = String(bodyOf(req).body);
    comment.updatedAt = app.shapes.now();
    return json(200, renderComment(app, comment));
  });
  router.add('rest', 'DELETE', '/repos/{owner}/{repo}/issues/comments/{comment_id}', (req) => {
    const comment = findComment(req);
    if (!comment) return notFound();
    state.comments.splice(state.comments.indexOf(comment), 1);
    return noContent();
  });

  router.add('rest', 'GET', '/repos/{owner}/{repo}/issues', (req) => {
    const wanted = req.query.get('state') ?? 'open';
    const labels = (req.query.get('labels') ?? '').split(',').filter(Boolean);
    const issues = state.issues
      .filter((i) => i.repo === repoOf(req) && (wanted === 'all' || i.state === wanted))
      .filter((i) => labels.every((label) => i.labels.includes(label)))
      .reverse(); // newest first, GitHub's default sort
    return paginate(req, issues, (i) => renderIssue(app, i));
  });
  router.add('rest', 'GET', '/repos/{owner}/{repo}/issues/{issue_number}', (req) => {
    const issue = findIssue(req);
    return issue ? json(200, renderIssue(app, issue)) : notFound();
  });
  router.add('rest', 'POST', '/repos/{owner}/{repo}/issues', (req) => {
    const body = bodyOf(req);
    const now = app.shapes.now();
    const issue: IssueRecord = {
      id: state.nextId(),
      repo: repoOf(req),
      number: nextNumber(app, repoOf(req)),
      title: String(body.title),
      body: typeof body.body === 'string' ? body.body : null,
      state: 'open',
      labels: labelNames(body.labels),
      assignees: Array.isArray(body.assignees) ? body.assignees.map(String) : [],
      user: actorOf(req),
      createdAt: now,
      updatedAt: now,
      closedAt: null,
    };
    state.issues.push(issue);
    const rendered = renderIssue(app, issue) as { url: string };
    return json(201, rendered, { location: rendered.url });
  });
  router.add('rest', 'PATCH', '/repos/{owner}/{repo}/issues/{issue_number}', (req) => {
    const issue = findIssue(req);
    if (!issue) return notFound();
    const body = bodyOf(req);
    if (typeof body.title === 'string') issue.title = body.title;
    if (typeof body.body === 'string' || body.body === null) issue.body = body.body as string | null;
    if (body.labels !== undefined) issue.labels = labelNames(body.labels);
    if (Array.isArray(body.assignees)) issue.assignees = body.assignees.map(String);
    if (body.state === 'open' || body.state === 'closed') {
      issue.closedAt = body.state === 'closed' ? (issue.closedAt ?? app.shapes.now()) : null;
      issue.state = body.state;
    }
    issue.updatedAt = app.shapes.now();
    return json(200, renderIssue(app, issue));
  });
}

function labelNames(labels: unknown): string[] {
  if (!Array.isArray(labels)) return [];
  return labels.map((label) =>
    typeof label === 'string' ? label : String((label as { name?: unknown }).name),
  );
}
