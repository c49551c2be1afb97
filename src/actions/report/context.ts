import { readFile } from 'node:fs/promises';
import type { ActionIO } from '../../platform/io.js';
import type { ReportInputs, ReportMode } from './inputs.js';

/** The fields of the event payload report reads (pull_request and workflow_run events). */
export interface ReportEvent {
  readonly pull_request?: {
    readonly number?: number;
    readonly head?: { readonly sha?: string; readonly repo?: { readonly full_name?: string } | null };
  };
  readonly workflow_run?: {
    readonly id?: number;
    readonly head_sha?: string;
    readonly event?: string;
    readonly pull_requests?: readonly { readonly number?: number }[];
  };
}

/** Where the report goes: the repository, the PR and its head commit when known. */
export interface Target {
  readonly owner: string;
  readonly repo: string;
  readonly pull?: number;
  readonly headSha?: string;
  /** The PR's head lives in another repository: the token is read-only, posting would get 403. */
  readonly fork: boolean;
  readonly eventName?: string;
  readonly serverUrl: string;
  readonly apiUrl: string;
}

/** The event that started the run (GITHUB_EVENT_PATH), or {} when there is none or it cannot be read. */
export async function readEvent(io: ActionIO): Promise<ReportEvent> {
  const path = io.env.GITHUB_EVENT_PATH;
  if (!path) return {};
  try {
    return JSON.parse(await readFile(path, 'utf8')) as ReportEvent;
  } catch {
    return {};
  }
}

/** The target of this run from the runner's environment, the event and the override inputs. */
export function targetOf(io: ActionIO, inputs: ReportInputs, event: ReportEvent): Target | undefined {
  const [owner, repo] = (io.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) return undefined;
  const pr = event.pull_request;
  const headRepo = pr?.head?.repo?.full_name;
  return {
    owner,
    repo,
    pull: inputs['pull-request'] ?? pr?.number,
    headSha: inputs['head-sha'] ?? pr?.head?.sha ?? io.env.GITHUB_SHA,
    // A deleted fork has `repo: null`; it is a fork all the same.
    fork: pr !== undefined && (headRepo ?? '').toLowerCase() !== `${owner}/${repo}`.toLowerCase(),
    eventName: io.env.GITHUB_EVENT_NAME,
    serverUrl: io.env.GITHUB_SERVER_URL ?? 'https://github.com',
    apiUrl: io.env.GITHUB_API_URL ?? 'https://api.github.com',
  };
}

/** The mode `auto` stands for: artifact for a fork PR, workflow-run on a workflow_run event, else post. */
export function resolveMode(mode: ReportMode, target: Target | undefined): Exclude<ReportMode, 'auto'> {
  if (mode !== 'auto') return mode;
  if (target?.eventName === 'workflow_run') return 'workflow-run';
  if (target?.fork) return 'artifact';
  return 'post';
}
