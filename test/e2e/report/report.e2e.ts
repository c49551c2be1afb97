// The report bundle under the runner emulation, on Node 20 and Node 24, against the fake GitHub: a PR
// gets the sticky comment and the check run; a metric name trying to start a workflow command or
// inject markdown stays inert; a fork PR uploads its bundle and posts nothing.
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { type FakeGitHub, startFakeGitHub } from '../../harness/fake-github.js';
import { webhookExample } from '../../harness/events.js';
import { runBundle } from '../../harness/runner.js';
import { bundle as bundlePath } from '../../support/bundles.js';
import { expectSafeGfm } from '../../support/cmark.js';
import { expectNoStackTrace } from '../../support/no-stack-trace.js';
import { REPORT_FIXTURES } from '../../support/report-fixtures.js';

let bundle: string;
let fake: FakeGitHub;
const dirs: string[] = [];
const HEAD = 'abc1'.padEnd(40, '0');

beforeAll(async () => {
  fake = await startFakeGitHub();
  bundle = await bundlePath('report');
}, 300_000);
afterAll(async () => {
  await fake.stop();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function workspace(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'mlci-report-e2e-'));
  dirs.push(dir);
  await mkdir(join(dir, '.mlci'));
  await copyFile(join(REPORT_FIXTURES, 'bad-validation.json'), join(dir, '.mlci', 'validation.json'));
  const comparison = JSON.parse(await readFile(join(REPORT_FIXTURES, 'bad-comparison.json'), 'utf8'));
  comparison.metrics[0].name = '::error::pwned <img src=x> @admin';
  await writeFile(join(dir, '.mlci', 'comparison.json'), JSON.stringify(comparison));
  return dir;
}

/** A real pull_request payload (@octokit/webhooks-examples) for PR `number` at HEAD, from this repository or a fork. */
function pullRequest(number: number, fork: boolean) {
  const payload = webhookExample('pull_request');
  const pr = payload.pull_request as { number: number; head: { sha: string; repo: Record<string, unknown> } };
  payload.number = number;
  pr.number = number;
  pr.head.sha = HEAD;
  pr.head.repo = { ...pr.head.repo, full_name: fork ? 'mallory/widgets' : fake.repository };
  return { name: 'pull_request', payload };
}

describe.each(['node20', 'node24'] as const)('dist/report on %s', (node) => {
  test('a PR gets the sticky comment and the check run; hostile names stay inert', async () => {
    const number = node === 'node20' ? 20 : 24;
    const run = await runBundle({
      bundle,
      node,
      cwd: await workspace(),
      event: pullRequest(number, false),
      env: { ...fake.env(), GITHUB_SERVER_URL: 'https://github.com' },
      inputs: { token: fake.token },
    });
    expectNoStackTrace(run);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'fail', posted: 'summary,comment,check-run' });
    expect(run.commands.filter((c) => c.command === 'error')).toEqual([]);
    const [comment] = fake.state.comments.filter((c) => c.issueNumber === number);
    expect(comment!.body).toMatch(/^## ❌ mlci: fail — /);
    expectSafeGfm(comment!.body);
    expectSafeGfm(run.summary);
    expect(run.masks).toContain(fake.token);
  });

  test('a fork PR uploads the report artifact and posts nothing', async () => {
    const number = node === 'node20' ? 120 : 124;
    const run = await runBundle({
      bundle,
      node,
      cwd: await workspace(),
      event: pullRequest(number, true),
      // Both runtimes upload into the fake's one workflow run: as two jobs, since names are unique per run.
      env: { ...fake.env(), GITHUB_SERVER_URL: 'https://github.com', GITHUB_JOB: `report-${node}` },
      inputs: { token: fake.token },
    });
    expectNoStackTrace(run);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.posted).toBe('summary,artifact');
    expect(run.annotations.filter((a) => a.level === 'notice').map((a) => a.message)).toContainEqual(
      expect.stringMatching(/fork pull request/),
    );
    expect(fake.state.comments.filter((c) => c.issueNumber === number)).toEqual([]);
  });
});
