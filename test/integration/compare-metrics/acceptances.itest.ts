// compare-metrics honours `/mlci accept`: a failed metric accepted for exactly the PR head commit does
// not fail the gate; after a new push (another head) the same regression fails again; a record a user
// or another app wrote is not trusted.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, expect, test } from '@jest/globals';
import { compareMetrics } from '../../../src/actions/compare-metrics/compare-metrics.js';
import type { Acceptance } from '../../../src/core/metrics/acceptance.js';
import { recordAcceptance } from '../../../src/platform/github/acceptances.js';
import { createGitHubClient } from '../../../src/platform/github/client.js';
import { webhookExample } from '../../harness/events.js';
import { type FakeGitHub, startFakeGitHub } from '../../harness/fake-github.js';
import { recordingIO } from '../../support/image-io.js';

const SHA_A = 'a1'.repeat(20);
const SHA_B = 'b2'.repeat(20);
const repo = { owner: 'acme', repo: 'widgets' };
let fake: FakeGitHub;
let work: string;

beforeAll(async () => {
  fake = await startFakeGitHub();
  work = await mkdtemp(join(tmpdir(), 'mlci-compare-accept-'));
  await writeFile(join(work, 'candidate.json'), '{"accuracy": 0.80, "f1": 0.70}');
  await writeFile(join(work, 'baseline.json'), '{"accuracy": 0.90, "f1": 0.60}');
});
afterAll(async () => {
  await fake.stop();
  await rm(work, { recursive: true, force: true });
});
beforeEach(() => {
  fake.state.checkRuns.splice(0);
});

const acceptance = (sha: string): Acceptance => ({
  kind: 'mlci/acceptance',
  version: 1,
  sha,
  metrics: ['accuracy'],
  reason: 'fairness fix costs 0.1',
  by: 'maint',
  permission: 'write',
  commentUrl: 'https://github.com/acme/widgets/pull/12#issuecomment-5',
  commentId: 5,
  pullRequest: 12,
  at: '2026-12-02T01:00:00Z',
});

/** compare-metrics in a pull_request run whose head is `head`. */
async function compareAt(head: string, inputs: Record<string, string> = {}) {
  const event = webhookExample('pull_request', { action: 'opened' }) as {
    pull_request: { head: { sha: string } };
  };
  event.pull_request.head.sha = head;
  const eventPath = join(work, `event-${head.slice(0, 4)}.json`);
  await writeFile(eventPath, JSON.stringify(event));
  const io = recordingIO(
    {
      candidate: 'candidate.json',
      baseline: 'baseline.json',
      'baseline-order': 'file',
      rules: 'accuracy: higher\nf1: higher',
      report: 'report.json',
      ...inputs,
    },
    work,
    { ...fake.env(), GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath },
  );
  let error: unknown;
  try {
    await compareMetrics(io);
  } catch (thrown) {
    error = thrown;
  }
  return { io, error, report: JSON.parse(await readFile(join(work, 'report.json'), 'utf8')) };
}

test('accepted at the head: the gate passes and the report lists the acceptance', async () => {
  await recordAcceptance(
    createGitHubClient({ token: fake.token, baseUrl: fake.url }),
    repo,
    acceptance(SHA_A),
    'x',
  );
  const { error, report, io } = await compareAt(SHA_A);
  expect(error).toBeUndefined();
  expect(report.verdict).toBe('pass');
  expect(report.failedMetrics).toEqual([]);
  expect(report.acceptances).toEqual([
    expect.objectContaining({
      metric: 'accuracy',
      sha: SHA_A,
      by: 'maint',
      reason: 'fairness fix costs 0.1',
    }),
  ]);
  expect(report.metrics.find((m: { name: string }) => m.name === 'accuracy').reasons).toContain(
    'accepted by @maint: fairness fix costs 0.1',
  );
  expect(io.summaries.join('\n')).toContain('accepted by @\u200bmaint');
  expect(io.logs.join('\n')).not.toContain('fairness fix');
});

test('after a new push the same regression fails the gate again', async () => {
  await recordAcceptance(
    createGitHubClient({ token: fake.token, baseUrl: fake.url }),
    repo,
    acceptance(SHA_A),
    'x',
  );
  const { error, report } = await compareAt(SHA_B);
  expect(String(error)).toMatch(/gate failed/);
  expect(report.failedMetrics).toEqual(['accuracy']);
  expect(report.acceptances).toEqual([]);
});

test('acceptances: off ignores them', async () => {
  await recordAcceptance(
    createGitHubClient({ token: fake.token, baseUrl: fake.url }),
    repo,
    acceptance(SHA_A),
    'x',
  );
  const { error, report } = await compareAt(SHA_A, { acceptances: 'off' });
  expect(String(error)).toMatch(/gate failed/);
  expect(report.acceptances).toBeUndefined();
});

test('a record made by another app is not trusted', async () => {
  const other = createGitHubClient({ token: fake.addUser('lookalike[bot]'), baseUrl: fake.url });
  await recordAcceptance(other, repo, acceptance(SHA_A), 'x');
  const { error, report } = await compareAt(SHA_A);
  expect(String(error)).toMatch(/gate failed/);
  expect(report.acceptances).toEqual([]);
});
