import type { ExistingIncident, IncidentPlan } from '../../core/monitor/incident.js';
import type { FindingKind, IncidentOutcome } from '../../core/monitor/report.js';
import type { GitHubClient } from './client.js';
import { GitHubError } from './errors.js';
import { findMarked, type Posted, postOnce } from './marked.js';
import { byCodeUnits } from '../../core/text/order.js';

export interface Repo {
  readonly owner: string;
  readonly repo: string;
}

interface IssueItem extends Posted {
  readonly number: number;
  readonly state: 'open' | 'closed';
  readonly html_url: string;
  readonly created_at: string;
  readonly closed_at: string | null;
  readonly pull_request?: unknown;
}

const LIST = 'GET /repos/{owner}/{repo}/issues';

/** Every issue (open and closed, over all pages) that mlci's identity opened for this marker; PRs left out. */
async function listIncidents(
  client: GitHubClient,
  repo: Repo,
  mark: string,
  author: string,
): Promise<IssueItem[]> {
  const items = await findMarked<IssueItem>(
    client,
    LIST,
    { ...repo, state: 'all', sort: 'created', direction: 'desc' },
    mark,
    author,
  );
  return items.filter((item) => item.pull_request === undefined).sort((a, b) => a.number - b.number);
}

/** The incident to act on: the oldest open one, else the most recently closed one. */
function pick(items: readonly IssueItem[]): IssueItem | undefined {
  const open = items.filter((i) => i.state === 'open');
  if (open.length) return open[0];
  return [...items].sort((a, b) => byCodeUnits(b.closed_at ?? '', a.closed_at ?? ''))[0];
}

export interface IncidentTarget {
  readonly client: GitHubClient;
  readonly repo: Repo;
  readonly mark: string;
  /** Login mlci posts as; issues and markers of anyone else are ignored. */
  readonly author: string;
  readonly labels: readonly string[];
  readonly assignees: readonly string[];
}

/** Finds the incident issue of a marker, as the pure planner wants it. */
export async function findIncident(
  target: IncidentTarget,
): Promise<(ExistingIncident & { url: string }) | undefined> {
  const item = pick(await listIncidents(target.client, target.repo, target.mark, target.author));
  return item
    ? {
        number: item.number,
        state: item.state,
        body: item.body ?? null,
        createdAt: item.created_at,
        closedAt: item.closed_at,
        url: item.html_url,
      }
    : undefined;
}

/** Creates the labels that are missing (a concurrent run creating one first is fine). */
export async function ensureLabels(
  client: GitHubClient,
  repo: Repo,
  labels: readonly string[],
): Promise<void> {
  for (const name of labels) {
    try {
      await client.get('GET /repos/{owner}/{repo}/labels/{name}', { ...repo, name });
    } catch (thrown) {
      if (!(thrown instanceof GitHubError) || thrown.status !== 404) throw thrown;
      try {
        await client.write(
          'POST /repos/{owner}/{repo}/labels',
          { ...repo, name, color: 'd93f0b' },
          { permission: 'issues: write' },
        );
      } catch (created) {
        if (!(created instanceof GitHubError) || created.status !== 422) throw created;
      }
    }
  }
}

/**
 * Carries out one plan. An opened issue is looked for before a retry (never two issues for one
 * failure), and concurrent runs that both opened one converge: the oldest stays, the others are closed
 * as its duplicates.
 */
export async function applyIncident(
  target: IncidentTarget,
  kind: FindingKind,
  plan: IncidentPlan,
  existing: (ExistingIncident & { url: string }) | undefined,
): Promise<IncidentOutcome> {
  const { client, repo } = target;
  const issueRoute = 'PATCH /repos/{owner}/{repo}/issues/{issue_number}';
  const comment = (number: number, body: string) =>
    postOnce(
      client,
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      { ...repo, issue_number: number, body },
      async () =>
        (
          await client.paginate<Posted>(
            'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
            { ...repo, issue_number: number },
            '',
            { maxPages: 100 },
          )
        ).find((c) => c.user?.login === target.author && c.body === body),
      { permission: 'issues: write' },
    );
  switch (plan.action) {
    case 'none':
      return { kind, action: 'none', issue: existing && { number: existing.number, url: existing.url } };
    case 'open': {
      await ensureLabels(client, repo, target.labels);
      const created = await postOnce<IssueItem>(
        client,
        'POST /repos/{owner}/{repo}/issues',
        {
          ...repo,
          title: plan.title,
          body: plan.body,
          labels: [...target.labels],
          assignees: [...target.assignees],
        },
        async () =>
          (await listIncidents(client, repo, target.mark, target.author)).find((i) => i.state === 'open'),
        { permission: 'issues: write' },
      );
      const kept = await dedupe(target, created);
      return { kind, action: 'opened', issue: { number: kept.number, url: kept.html_url } };
    }
    case 'reopen':
    case 'comment':
    case 'update':
    case 'close': {
      const number = existing!.number;
      const state = plan.action === 'close' ? 'closed' : 'open';
      if (plan.comment && plan.action !== 'close') await comment(number, plan.comment);
      await client.write(
        issueRoute,
        {
          ...repo,
          issue_number: number,
          body: plan.body,
          state,
          ...(plan.action === 'close' ? { state_reason: 'completed' } : {}),
        },
        { permission: 'issues: write' },
      );
      if (plan.comment && plan.action === 'close') await comment(number, plan.comment);
      const action =
        plan.action === 'reopen'
          ? 'reopened'
          : plan.action === 'comment'
            ? 'commented'
            : plan.action === 'close'
              ? 'closed'
              : 'updated';
      return { kind, action, issue: { number, url: existing!.url } };
    }
  }
}

async function dedupe(target: IncidentTarget, created: IssueItem): Promise<IssueItem> {
  const open = (await listIncidents(target.client, target.repo, target.mark, target.author)).filter(
    (i) => i.state === 'open',
  );
  const keep = open[0] ?? created;
  for (const extra of open.slice(1)) {
    await target.client.write(
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      {
        ...target.repo,
        issue_number: extra.number,
        body: `Duplicate of #${keep.number}, opened by a concurrent run.`,
      },
      { permission: 'issues: write' },
    );
    await target.client.write(
      'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
      { ...target.repo, issue_number: extra.number, state: 'closed', state_reason: 'not_planned' },
      { permission: 'issues: write' },
    );
  }
  return keep;
}
