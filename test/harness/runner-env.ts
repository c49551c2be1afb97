// The environment a GitHub-hosted runner gives a node action, derived from the event as the runner does.
import { join } from 'node:path';
import { schedulePayload, webhookExample } from './events.js';
import { fakeSha } from './github/shapes.js';

/** GITHUB_REF, GITHUB_SHA and friends as the runner derives them from an event payload. */
function refsOf(event: string, payload: Record<string, unknown>): Record<string, string> {
  const pr = payload.pull_request as
    | { number: number; head: { ref: string }; base: { ref: string } }
    | undefined;
  if (pr && event.startsWith('pull_request')) {
    return {
      GITHUB_REF: `refs/pull/${pr.number}/merge`,
      GITHUB_REF_NAME: `${pr.number}/merge`,
      GITHUB_REF_TYPE: 'branch',
      GITHUB_HEAD_REF: pr.head.ref,
      GITHUB_BASE_REF: pr.base.ref,
      GITHUB_SHA: fakeSha(`merge-${pr.number}`),
    };
  }
  const release = payload.release as { tag_name: string } | undefined;
  if (release && event === 'release') {
    return {
      GITHUB_REF: `refs/tags/${release.tag_name}`,
      GITHUB_REF_NAME: release.tag_name,
      GITHUB_REF_TYPE: 'tag',
    };
  }
  if (event === 'push' && typeof payload.ref === 'string' && typeof payload.after === 'string') {
    const tag = payload.ref.startsWith('refs/tags/');
    return {
      GITHUB_REF: payload.ref,
      GITHUB_REF_NAME: payload.ref.replace(/^refs\/(heads|tags)\//, ''),
      GITHUB_REF_TYPE: tag ? 'tag' : 'branch',
      GITHUB_SHA: payload.after,
    };
  }
  return {};
}

/** The event payload with its repository renamed to the run's, as a real event for that repository would be. */
export function forRepository(payload: Record<string, unknown>, fullName: string): Record<string, unknown> {
  const repository = payload.repository as Record<string, unknown> | undefined;
  if (!repository) return payload;
  const [owner, name] = fullName.split('/');
  const ownerObject = repository.owner as Record<string, unknown> | undefined;
  return {
    ...payload,
    repository: { ...repository, full_name: fullName, name, owner: { ...ownerObject, login: owner } },
  };
}

/** The first example payload of an event; for `push`, a push to a branch (the first examples push tags). */
export function defaultPayload(event: string): Record<string, unknown> {
  if (event === 'schedule') return schedulePayload();
  if (event !== 'push') return webhookExample(event);
  return webhookExample(event, (p) => typeof p.ref === 'string' && p.ref.startsWith('refs/heads/'));
}

/** What the runner variables depend on. `file(name)` is the path of a runner file (output, summary, ...). */
export interface RunnerContext {
  readonly repository: string;
  readonly eventName: string;
  readonly payload: Record<string, unknown>;
  readonly workspace: string;
  readonly runnerTemp: string;
  readonly home: string;
  file(name: string): string;
}

/** The runner's variables for one step (no INPUT_*, no STATE_*). */
export function runnerEnv({
  repository,
  eventName,
  payload,
  workspace,
  runnerTemp,
  home,
  file,
}: RunnerContext) {
  const [owner] = repository.split('/');
  return {
    // Only what a hosted runner has: the host's own GITHUB_* must not leak into the bundle.
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: process.env.LANG ?? 'C.UTF-8',
    TMPDIR: runnerTemp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: '__mlci',
    GITHUB_ACTION_REPOSITORY: '',
    GITHUB_ACTOR: 'octocat',
    GITHUB_ACTOR_ID: '583231',
    GITHUB_TRIGGERING_ACTOR: 'octocat',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: file('event.json'),
    GITHUB_JOB: 'test',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_REF_TYPE: 'branch',
    GITHUB_REF_PROTECTED: 'false',
    GITHUB_HEAD_REF: '',
    GITHUB_BASE_REF: '',
    GITHUB_SHA: fakeSha('main'),
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_REPOSITORY_ID: '1296269',
    GITHUB_REPOSITORY_OWNER_ID: '583231',
    GITHUB_RETENTION_DAYS: '90',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_WORKFLOW_REF: `${repository}/.github/workflows/ci.yml@refs/heads/main`,
    GITHUB_WORKFLOW_SHA: fakeSha('main'),
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: file('output'),
    GITHUB_STEP_SUMMARY: file('summary'),
    GITHUB_STATE: file('state'),
    GITHUB_ENV: file('env'),
    GITHUB_PATH: file('path'),
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 1',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: join(home, 'toolcache'),
    RUNNER_ENVIRONMENT: 'github-hosted',
    ...refsOf(eventName, payload),
  };
}
