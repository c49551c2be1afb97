// Event payloads for GITHUB_EVENT_PATH: real examples from @octokit/webhooks-examples, not hand-made ones.
import { createRequire } from 'node:module';

interface ExampleSet {
  readonly name: string;
  readonly examples: readonly Record<string, unknown>[];
}

let examples: readonly ExampleSet[] | undefined;

/** Every example payload of an event (`pull_request`, `issue_comment`, `push`, ...). */
export function webhookExamples(event: string): readonly Record<string, unknown>[] {
  examples ??= createRequire(import.meta.url)('@octokit/webhooks-examples') as ExampleSet[];
  const set = examples.find((e) => e.name === event);
  if (!set) throw new Error(`@octokit/webhooks-examples has no ${event} payloads`);
  return set.examples;
}

/**
 * A deep copy of the first example of `event` that `match` accepts (`{ action: 'opened' }` compares
 * top-level fields), so a test may change it freely.
 */
export function webhookExample(
  event: string,
  match: Readonly<Record<string, unknown>> | ((payload: Record<string, unknown>) => boolean) = {},
): Record<string, unknown> {
  const accepts =
    typeof match === 'function'
      ? match
      : (p: Record<string, unknown>) => Object.entries(match).every(([k, v]) => p[k] === v);
  const found = webhookExamples(event).find(accepts);
  if (!found) throw new Error(`no ${event} example matches ${JSON.stringify(match)}`);
  return structuredClone(found);
}

/**
 * An `issue_comment` `created` payload for a comment on a pull request (the examples only comment on
 * issues): `issue.pull_request` is set, as GitHub sets it for PR conversations.
 */
export function pullRequestComment(options: {
  readonly body: string;
  readonly login?: string;
  readonly number?: number;
  readonly authorAssociation?: string;
}): Record<string, unknown> {
  const payload = webhookExample('issue_comment', { action: 'created' });
  const issue = payload.issue as Record<string, unknown>;
  const comment = payload.comment as Record<string, unknown>;
  const number = options.number ?? (issue.number as number);
  const repoUrl = String(issue.repository_url);
  issue.number = number;
  issue.pull_request = {
    url: `${repoUrl}/pulls/${number}`,
    html_url: `${String(issue.html_url).replace(/\/issues\/\d+$/, '')}/pull/${number}`,
    diff_url: `${String(issue.html_url).replace(/\/issues\/\d+$/, '')}/pull/${number}.diff`,
    patch_url: `${String(issue.html_url).replace(/\/issues\/\d+$/, '')}/pull/${number}.patch`,
    merged_at: null,
  };
  comment.body = options.body;
  if (options.login) comment.user = { ...(comment.user as object), login: options.login };
  if (options.authorAssociation) comment.author_association = options.authorAssociation;
  return payload;
}

/**
 * A `schedule` payload (not in the examples): what GitHub sends a cron-triggered run, with the
 * repository and sender taken from a real example.
 */
export function schedulePayload(cron = '0 6 * * *'): Record<string, unknown> {
  const { repository, sender } = webhookExample('push');
  return { schedule: cron, repository, sender, workflow: '.github/workflows/monitor.yml' };
}
