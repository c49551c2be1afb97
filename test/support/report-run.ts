// Runs `mlci report` in-process against the fake GitHub, as a workflow step would: a workspace with
// the fixture reports, the runner's environment, an event payload, and a recording ActionIO.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportCommand } from '../../src/actions/report/report.js';
import type { FakeGitHub } from '../harness/fake-github.js';
import { type RecordingIO, recordingIO } from './image-io.js';
import { REPORT_FIXTURES } from './report-fixtures.js';

export const HEAD = 'feed'.padEnd(40, '5');
export const PR = 7;

export interface Workspace {
  readonly dir: string;
  remove(): void;
}

/** A workspace holding `.mlci/<name>.json` copies of the named fixtures. */
export function workspace(fixtures: readonly string[]): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-report-'));
  mkdirSync(join(dir, '.mlci'));
  mkdirSync(join(dir, 'temp'));
  for (const name of fixtures)
    copyFileSync(join(REPORT_FIXTURES, `${name}.json`), join(dir, '.mlci', `${name}.json`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface StepOptions {
  readonly inputs?: Record<string, string>;
  readonly event?: unknown;
  readonly eventName?: string;
  readonly job?: string;
  readonly env?: Record<string, string>;
}

/** A pull_request event of PR #7 at HEAD, from the repository itself or from a fork. */
export function pullRequestEvent(fake: FakeGitHub, fork = false): unknown {
  return {
    action: 'synchronize',
    number: PR,
    pull_request: {
      number: PR,
      head: { sha: HEAD, ref: 'feature', repo: { full_name: fork ? 'mallory/widgets' : fake.repository } },
    },
  };
}

/** Runs the report step; returns the recording IO (outputs, logs, summaries) and the waits the client made. */
export async function runReportStep(
  fake: FakeGitHub,
  ws: Workspace,
  options: StepOptions = {},
): Promise<RecordingIO & { waits: number[] }> {
  const eventPath = join(ws.dir, 'temp', `event-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(eventPath, JSON.stringify(options.event ?? pullRequestEvent(fake)));
  const env = {
    ...fake.env(),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKFLOW: 'CI',
    GITHUB_JOB: options.job ?? 'eval',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: 'merge'.padEnd(40, '0').replace(/[^0-9a-f]/g, '0'),
    RUNNER_TEMP: join(ws.dir, 'temp'),
    ...options.env,
  };
  const io = recordingIO({ token: fake.token, reports: '.mlci/*.json', ...options.inputs }, ws.dir, env);
  const waits: number[] = [];
  // A stopped clock: the spacing of notifying writes is then exactly its full gap.
  await reportCommand({ retry: { sleep: async (ms) => void waits.push(ms) }, now: () => 1_000_000 })(io);
  return Object.assign(io, { waits });
}
