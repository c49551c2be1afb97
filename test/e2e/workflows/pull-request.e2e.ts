// examples/workflows/pull-request.yml played step by step on the example project against the fake
// GitHub and a real registry: validate -> train -> compare -> upload the comparison -> build-image
// (pushed, deployed by digest) -> report (sticky comment, check run). The same PR again: training
// restored from the cache, the same image digest, the same comment updated. A fork's PR: nothing
// pushed, the report uploaded as an artifact, then pull-request-report.yml (workflow_run) posts it.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { webhookExample } from '../../harness/events.js';
import { type FakeGitHub, startFakeGitHub } from '../../harness/fake-github.js';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';
import { playJob } from '../../harness/workflow-player.js';
import { pushDebianPythonBase } from '../../support/debian-python-base.js';

const root = join(import.meta.dirname, '../../..');
const git = (cwd: string, ...args: string[]) =>
  promisify(execFile)('git', ['-c', 'user.name=ci', '-c', 'user.email=ci@example.com', ...args], { cwd });
let fake: FakeGitHub;
let registry: TestRegistry;
const dirs: string[] = [];
const HEAD = 'c0ffee'.padEnd(40, '0');

let origin: string | undefined;

/** A fresh clone of one commit of the example project, as actions/checkout gives every run. */
async function checkout(): Promise<string> {
  origin ??= await commitExample();
  const dir = await mkdtemp(join(tmpdir(), 'mlci-wf-pr-'));
  dirs.push(dir);
  await git(dir, 'clone', '-q', origin, '.');
  return dir;
}

async function commitExample(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'mlci-wf-origin-'));
  dirs.push(dir);
  await cp(join(root, 'examples/iris'), dir, {
    recursive: true,
    filter: (source) => !/[\\/](\.mlci|prepared|model|eval)$/.test(source),
  });
  await git(dir, 'init', '-q', '-b', 'main');
  await git(dir, 'add', '.');
  await git(dir, 'commit', '-qm', 'example');
  return dir;
}

function pullRequest(number: number, headRepo: string) {
  const payload = webhookExample('pull_request', { action: 'opened' });
  const pr = payload.pull_request as { number: number; head: { sha: string; repo: Record<string, unknown> } };
  payload.number = number;
  pr.number = number;
  pr.head.sha = HEAD;
  pr.head.repo = { ...pr.head.repo, full_name: headRepo };
  return { name: 'pull_request', payload };
}

beforeAll(async () => {
  fake = await startFakeGitHub();
  registry = await startRegistry({ auth: 'none' });
}, 120_000);
afterAll(async () => {
  await fake?.stop();
  await registry?.stop();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

const outcomes = (job: Awaited<ReturnType<typeof playJob>>) =>
  job.steps.map((s) => `${s.id ?? s.label}: ${s.outcome}`);

describe('examples/workflows/pull-request.yml', () => {
  test('a PR from the repository: every step, the image by digest, one comment and check run; again from the cache', async () => {
    // offline: the base is this machine's Debian python3 in the loopback registry, not Docker Hub's
    const base = await pushDebianPythonBase(`${registry.host}/base/python:3-debian`);
    const vars = { MODEL_IMAGE: `${registry.host}/acme/widgets-model`, BASE_IMAGE: base.ref };
    const event = pullRequest(31, fake.repository);
    const first = await playJob({
      workflow: 'pull-request.yml',
      job: 'model',
      event,
      workspace: await checkout(),
      github: fake,
      vars,
    });
    expect(first.step('image').run?.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(outcomes(first)).toEqual([
      'actions/checkout@v4: success',
      'validate: success',
      'train: success',
      'compare: success',
      "Keep the comparison (the next runs' baseline, and /mlci accept): success",
      'image: success',
      'Deploy by digest, never by tag: success',
      'The release candidate (release.yml promotes exactly this): skipped',
      'actions/upload-artifact@v4: skipped',
      "Report (sticky comment, check run, review; an artifact on a fork's PR): success",
    ]);
    expect(first.step('validate').outputs.valid).toBe('true');
    expect(first.step('compare').outputs.verdict).toBe('pass');
    const image = first.step('image').outputs.image;
    expect(image).toMatch(new RegExp(`^${registry.host}/acme/widgets-model@sha256:[0-9a-f]{64}$`));
    // the deploy step got the digest reference through ${{ steps.image.outputs.image }}
    expect(first.steps[6]!.log).toContain(`built ${image}`);
    // the registry serves exactly that digest (an index or a manifest): its bytes hash to it
    const raw = await promisify(execFile)(
      'skopeo',
      ['inspect', '--raw', '--tls-verify=false', `docker://${image}`],
      {
        encoding: 'buffer',
      },
    );
    expect(`sha256:${createHash('sha256').update(raw.stdout).digest('hex')}`).toBe(
      first.step('image').outputs.digest,
    );
    expect(fake.state.artifacts.map((a) => a.name)).toContain('mlci-comparison');
    const comments = () => fake.state.comments.filter((c) => c.issueNumber === 31);
    expect(comments()).toHaveLength(1);
    expect(comments()[0]!.body).toMatch(/mlci: pass/);
    const checks = () => fake.state.checkRuns.filter((c) => c.headSha === HEAD);
    expect(checks().map((c) => c.conclusion)).toEqual(['success']);

    // the same PR again, in a fresh checkout: training from the cache, same image, same comment
    // (a new run: the fake has one current run, so its artifacts go first)
    fake.state.artifacts.splice(0);
    const second = await playJob({
      workflow: 'pull-request.yml',
      job: 'model',
      event,
      workspace: await checkout(),
      github: fake,
      vars,
    });
    expect(second.failed).toBe(false);
    expect(second.step('train').outputs['cache-hit']).toBe('true');
    expect(second.step('image').outputs.digest).toBe(first.step('image').outputs.digest);
    expect(comments()).toHaveLength(1);
  });

  test('a fork PR: nothing pushed, the report an artifact; pull-request-report.yml posts it', async () => {
    const event = pullRequest(32, 'mallory/widgets');
    fake.state.artifacts.splice(0);
    fake.state.pulls.push({
      repo: fake.repository,
      number: 32,
      headSha: HEAD,
      headRef: 'patch-1',
      headRepo: 'mallory/widgets',
      baseRef: 'main',
      state: 'open',
      user: 'mallory',
      title: 'better model',
    });
    const before = fake.state.comments.length;
    const stage1 = await playJob({
      workflow: 'pull-request.yml',
      job: 'model',
      event,
      workspace: await checkout(),
      github: fake,
    });
    expect(stage1.failed).toBe(false);
    expect(stage1.step('image').outcome).toBe('skipped');
    expect(stage1.steps.at(-1)!.outputs.posted).toBe('summary,artifact');
    expect(fake.state.comments.length).toBe(before);

    const payload = webhookExample('workflow_run', { action: 'completed' });
    Object.assign(payload.workflow_run as object, {
      id: fake.run.id,
      event: 'pull_request',
      head_sha: HEAD,
      name: 'CI',
      pull_requests: [],
    });
    const stage2 = await playJob({
      workflow: 'pull-request-report.yml',
      job: 'post',
      event: { name: 'workflow_run', payload },
      workspace: await mkdtemp(join(tmpdir(), 'mlci-wf-post-')).then((d) => {
        dirs.push(d);
        return d;
      }),
      github: fake,
    });
    expect(outcomes(stage2)).toEqual(['OWNER/mlci/actions/report@v1: success']);
    const posted = fake.state.comments.filter((c) => c.issueNumber === 32);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.body).toMatch(/not verified/i);
  });
});
