// Each workflow of examples/workflows played step by step through the runner emulation
// (test/harness/workflow-player.ts) against the fake GitHub: the event payload from
// @octokit/webhooks-examples, one GITHUB_WORKSPACE per job (a copy of the example project), step
// outputs through `${{ steps.x.outputs.y }}`, artifacts through the fake's artifact service; then the
// final state is checked (check run, reply, incident issue, artifacts, merged profile).
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { pullRequestComment, schedulePayload, webhookExample } from '../../harness/events.js';
import { type FakeGitHub, startFakeGitHub } from '../../harness/fake-github.js';
import { playJob } from '../../harness/workflow-player.js';
import { bundle } from '../../support/bundles.js';

const root = join(import.meta.dirname, '../../..');
const run = promisify(execFile);
let fake: FakeGitHub;
const dirs: string[] = [];

/** A checkout of the example project (what actions/checkout leaves), with a reference profile. */
async function checkout(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'mlci-wf-'));
  dirs.push(dir);
  await cp(join(root, 'examples/iris'), dir, {
    recursive: true,
    filter: (source) => !/[\\/](\.mlci|prepared|model|eval)$/.test(source),
  });
  await run(
    process.execPath,
    [
      await bundle('cli'),
      'validate',
      '--data',
      'data/iris.csv',
      '--schema',
      'data/schema.yaml',
      '--profile',
      'data/reference-profile.json',
      '--report',
      join(dir, '.mlci/reference-report.json'),
    ],
    { cwd: dir },
  );
  return dir;
}

beforeAll(async () => {
  fake = await startFakeGitHub();
}, 120_000);
afterAll(async () => {
  await fake?.stop();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  for (const list of [
    fake.state.comments,
    fake.state.checkRuns,
    fake.state.reactions,
    fake.state.pulls,
    fake.state.issues,
  ])
    list.splice(0);
  fake.state.artifacts.splice(0);
});

describe('examples/workflows/commands.yml on issue_comment', () => {
  test("a maintainer's /mlci accept: the job runs, the acceptance check run and one reply are written", async () => {
    const HEAD = 'a1'.repeat(20);
    fake.addUser('maint', { permission: 'maintain' });
    fake.state.pulls.push({
      repo: 'acme/widgets',
      number: 7,
      headSha: HEAD,
      headRef: 'feature',
      headRepo: 'acme/widgets',
      baseRef: 'main',
      state: 'open',
      user: 'contributor',
      title: 'x',
    });
    const ci = fake.seedRun({
      headSha: HEAD,
      event: 'pull_request',
      conclusion: 'failure',
      path: '.github/workflows/pull-request.yml',
    });
    fake.seedArtifact(ci, 'mlci-comparison', {
      'mlci-comparison-report.json': JSON.stringify({
        kind: 'mlci/comparison-report',
        failedMetrics: ['accuracy'],
        metrics: [{ name: 'accuracy', verdict: 'fail' }],
      }),
    });
    const body = '/mlci accept accuracy -- the new split is harder';
    const id = fake.nextId();
    const now = new Date().toISOString();
    fake.state.comments.push({
      id,
      repo: 'acme/widgets',
      issueNumber: 7,
      body,
      user: 'maint',
      createdAt: now,
      updatedAt: now,
    });
    const payload = pullRequestComment({ body, login: 'maint', number: 7 });
    Object.assign(payload.comment as object, { id, created_at: now });

    const empty = await mkdtemp(join(tmpdir(), 'mlci-wf-empty-'));
    dirs.push(empty);
    const job = await playJob({
      workflow: 'commands.yml',
      job: 'command',
      event: { name: 'issue_comment', payload },
      workspace: empty, // no checkout: the handler needs none
      github: fake,
    });
    expect(job.steps.map((s) => s.outcome)).toEqual(['success']);
    expect(job.steps[0]!.outputs).toMatchObject({ command: 'accept', outcome: 'done' });
    expect(
      fake.state.checkRuns.filter((c) => c.name === 'mlci/acceptance' && c.headSha === HEAD),
    ).toHaveLength(1);
    expect(fake.state.comments.filter((c) => c.user === 'github-actions[bot]')).toHaveLength(1);
  });

  test('the job-level if: filters a comment that is not a command (nothing runs)', async () => {
    const { condition } = await import('../../harness/expressions.js');
    const payload = pullRequestComment({ body: 'looks good', login: 'maint', number: 7 });
    const ok = condition(
      "github.event.issue.pull_request && startsWith(github.event.comment.body, '/mlci')",
      { github: { event: payload } },
      { failed: false },
    );
    expect(ok).toBe(false);
  });
});

describe('examples/workflows/monitor.yml on schedule', () => {
  test('a production sample in the wrong unit opens one incident issue', async () => {
    const ws = await checkout();
    // the user's fetch script: here, the training data with the petals measured in millimetres
    await mkdir(join(ws, 'scripts'));
    await writeFile(
      join(ws, 'scripts/fetch_production_sample.py'),
      `import csv, os
os.makedirs("prod", exist_ok=True)
rows = list(csv.DictReader(open("data/iris.csv")))
with open("prod/sample.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=rows[0].keys(), lineterminator="\\n")
    w.writeheader()
    for r in rows:
        r["petal_length"] = str(round(float(r["petal_length"]) * 10, 1))
        w.writerow(r)
`,
    );
    const job = await playJob({
      workflow: 'monitor.yml',
      job: 'monitor',
      event: { name: 'schedule', payload: schedulePayload('17 6 * * *') },
      workspace: ws,
      github: fake,
    });
    expect(job.steps.map((s) => `${s.label}: ${s.outcome}`)).toEqual([
      'actions/checkout@v4: success',
      'Fetch a production sample: success',
      'OWNER/mlci/actions/monitor@v1: success',
    ]);
    const open = fake.state.issues.filter((i) => i.state === 'open');
    expect(open).toHaveLength(1);
    expect(open[0]!.title).toMatch(/incident on iris/);
    // petal_length in millimetres breaks the schema's 1..7 on every row: a data-quality incident
    expect(open[0]!.body).toContain('150 constraint-error error');
    expect(job.steps[2]!.outputs).toMatchObject({ status: 'fail', 'open-incidents': '1' });
  });
});

describe('examples/workflows/data-shards.yml: a matrix of shards, then merge-profiles', () => {
  test('four shard jobs upload partial profiles; the merge job merges all 150 rows and finds no drift', async () => {
    const source = (await readFile(join(root, 'examples/iris/data/iris.csv'), 'utf8')).trim().split('\n');
    const [header, ...rows] = source;
    const event = { name: 'pull_request', payload: webhookExample('pull_request', { action: 'opened' }) };
    for (const shard of [0, 1, 2, 3]) {
      const ws = await checkout();
      // a shard is not the table: its schema has no table-level row count (the merge job has 150 rows)
      const schema = await readFile(join(ws, 'data/schema.yaml'), 'utf8');
      await writeFile(join(ws, 'data/schema.yaml'), schema.replace(/^checks:\n {2}rowCount:.*\n/m, ''));
      await mkdir(join(ws, 'data/shards'), { recursive: true });
      for (const n of [0, 1, 2, 3])
        await writeFile(
          join(ws, `data/shards/part-${n}.csv`),
          `${[header, ...rows.filter((_, i) => i % 4 === n)].join('\n')}\n`,
        );
      const job = await playJob({
        workflow: 'data-shards.yml',
        job: 'shard',
        matrix: { shard },
        event,
        workspace: ws,
        github: fake,
      });
      expect(job.steps.map((s) => s.outcome)).toEqual(['success', 'success', 'success']);
      expect(job.step('validate').outputs.valid).toBe('true');
    }
    expect(fake.state.artifacts.map((a) => a.name).sort()).toEqual([
      'partial-0',
      'partial-1',
      'partial-2',
      'partial-3',
    ]);

    const ws = await checkout();
    const merge = await playJob({
      workflow: 'data-shards.yml',
      job: 'merge',
      event,
      workspace: ws,
      github: fake,
    });
    expect(merge.steps.map((s) => `${s.label}: ${s.outcome}`)).toEqual([
      'actions/checkout@v4: success',
      'actions/setup-node@v4: success',
      'actions/download-artifact@v4: success',
      "Merge the shards' profiles and check drift against the reference: success",
      'actions/upload-artifact@v4: success',
    ]);
    const merged = JSON.parse(await readFile(join(ws, 'merged.profile.json'), 'utf8'));
    expect(merged.kind).toBe('mlci/data-profile');
    expect(merged.rows).toBe(150);
    expect(fake.state.artifacts.map((a) => a.name)).toContain('merged-profile');
  });
});
