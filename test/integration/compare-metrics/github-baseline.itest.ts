// Baseline resolution through the harness's fake GitHub: the release record asset, the default-branch
// run's artifact uploaded with the real @actions/artifact, and faults (5xx, 429, 404) on the REST calls.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { getOctokit } from '@actions/github';
import { resolveBaseline } from '../../../src/core/metrics/baseline.js';
import { artifactSource } from '../../../src/platform/github/baseline-artifact.js';
import { releaseSource } from '../../../src/platform/github/baseline-release.js';
import { createGitHubClient, type GitHubClient } from '../../../src/platform/github/client.js';
import { type FakeGitHub, type FaultRule, startFakeGitHub } from '../../harness/fake-github.js';

const MERGE_BASE = 'a'.repeat(40);
const RECORD = {
  kind: 'mlci/release-record',
  version: 1,
  metrics: { accuracy: 0.91, f1: 0.88 },
  predictions: { asset: 'predictions.jsonl' },
  fingerprint: 'mlci-fp-v1:sha256:abc',
};
const PREDICTIONS = '{"id":"a","label":1,"score":0.9}\n{"id":"b","label":0,"score":0.2}\n';

let fake: FakeGitHub;
let work: string;
let waits: number[];
let client: GitHubClient;

beforeAll(async () => {
  fake = await startFakeGitHub();
  work = await mkdtemp(join(tmpdir(), 'mlci-compare-gh-'));
  await mkdir(join(work, 'temp'));
  Object.assign(process.env, fake.env(), { RUNNER_TEMP: join(work, 'temp'), GITHUB_WORKSPACE: work });
  waits = [];
  client = createGitHubClient({
    token: fake.token,
    baseUrl: fake.url,
    retry: { sleep: async (ms) => void waits.push(ms) },
  });

  // A published release carrying the record and its predictions, plus a newer draft and prerelease
  // that must be skipped.
  const octokit = getOctokit(fake.token, { baseUrl: fake.url });
  const [owner, repo] = fake.repository.split('/') as [string, string];
  const release = await octokit.request('POST /repos/{owner}/{repo}/releases', {
    owner,
    repo,
    tag_name: 'v1.2.0',
  });
  for (const [name, data] of [
    ['mlci-release-record.json', JSON.stringify(RECORD)],
    ['predictions.jsonl', PREDICTIONS],
  ] as const) {
    await octokit.request('POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}', {
      owner,
      repo,
      release_id: release.data.id,
      name,
      data,
      headers: { 'content-type': 'application/octet-stream' },
    });
  }
  await octokit.request('POST /repos/{owner}/{repo}/releases', {
    owner,
    repo,
    tag_name: 'v1.3.0-rc1',
    prerelease: true,
  });
  await octokit.request('POST /repos/{owner}/{repo}/releases', {
    owner,
    repo,
    tag_name: 'v1.3.0',
    draft: true,
  });

  // The artifact of a successful default-branch run at the merge-base, uploaded by the real library.
  const artifact = await import('@actions/artifact');
  const root = join(work, 'baseline');
  await mkdir(root);
  await writeFile(join(root, 'metrics.json'), '{"accuracy": 0.9}');
  await writeFile(join(root, 'predictions.jsonl'), PREDICTIONS);
  await new artifact.DefaultArtifactClient().uploadArtifact(
    'mlci-baseline',
    [join(root, 'metrics.json'), join(root, 'predictions.jsonl')],
    root,
  );
  Object.assign(fake.run, { headSha: MERGE_BASE, status: 'completed', conclusion: 'success' });
});

afterAll(async () => {
  await fake.stop();
  await rm(work, { recursive: true, force: true });
});

const [owner, repo] = ['acme', 'widgets'];
const release = () => releaseSource(client, { owner, repo, asset: 'mlci-release-record.json' });
const artifactOf = (sha = MERGE_BASE) =>
  artifactSource(client, {
    owner,
    repo,
    branch: 'main',
    sha: async () => sha,
    artifact: 'mlci-baseline',
    metricsNames: ['metrics.json'],
    predictionsNames: ['predictions.jsonl'],
  });

describe('baseline from the fake GitHub', () => {
  test('the newest published release carrying the record, with its predictions asset', async () => {
    const found = await release().find();
    expect(typeof found).toBe('object');
    if (typeof found === 'string') return;
    expect(found.detail).toEqual({ release: 'v1.2.0', asset: 'mlci-release-record.json' });
    expect(JSON.parse(found.metrics!.text)).toEqual(RECORD);
    expect(found.predictions).toEqual({ name: 'predictions.jsonl', text: PREDICTIONS });
    // The asset bytes came through the 302, fetched without the token.
    const storage = fake.requests.filter((r) => r.path.startsWith('/_fake/assets/'));
    expect(storage.length).toBeGreaterThan(0);
    expect(storage.every((r) => r.headers.authorization === undefined)).toBe(true);
  });

  test('the artifact of the successful main run at the merge-base, through the REST 302 to its zip', async () => {
    const found = await artifactOf().find();
    if (typeof found === 'string') throw new Error(found);
    expect(found.metrics).toEqual({ name: 'metrics.json', text: '{"accuracy": 0.9}' });
    expect(found.predictions?.text).toBe(PREDICTIONS);
    expect(found.detail).toMatchObject({ run: fake.run.id, sha: MERGE_BASE, artifact: 'mlci-baseline' });
    const runsCall = fake.requests.find((r) => r.route === '/repos/{owner}/{repo}/actions/runs');
    expect(runsCall?.query).toMatchObject({ branch: 'main', status: 'success', head_sha: MERGE_BASE });
  });

  test('no run at the merge-base: the nearest ancestor with one is used, and the report says so', async () => {
    const source = artifactSource(client, {
      owner,
      repo,
      branch: 'main',
      sha: async () => 'c'.repeat(40),
      ancestors: async () => ['d'.repeat(40), MERGE_BASE],
      artifact: 'mlci-baseline',
      metricsNames: ['metrics.json'],
      predictionsNames: ['predictions.jsonl'],
    });
    const found = await source.find();
    if (typeof found === 'string') throw new Error(found);
    expect(found.detail).toMatchObject({ sha: MERGE_BASE, mergeBase: 'c'.repeat(40) });
  });

  test('no run at another merge-base: a reason, not an error', async () => {
    expect(await artifactOf('b'.repeat(40)).find()).toMatch(/no successful main run at bbbbbbbbbbbb/);
  });

  test.each<[string, () => { find(): Promise<unknown> }, FaultRule, number, number[]]>([
    [
      '5xx twice then success: retried with the backoff',
      () => artifactOf(),
      { method: 'GET', path: '/repos/{owner}/{repo}/actions/runs', status: 503, times: 2 },
      2,
      [1000, 3000],
    ],
    [
      '429 honours retry-after',
      () => release(),
      { method: 'GET', path: '/repos/{owner}/{repo}/releases', status: 429, retryAfter: 7, times: 1 },
      1,
      [7000],
    ],
    [
      '403 secondary rate limit waits retry-after',
      () => release(),
      {
        method: 'GET',
        path: '/repos/{owner}/{repo}/releases',
        status: 403,
        retryAfter: 2,
        body: { message: 'You have exceeded a secondary rate limit. Please wait.' },
        times: 1,
      },
      1,
      [2000],
    ],
  ])('%s', async (_name, source, rule, hits, expectedWaits) => {
    waits.length = 0;
    const fault = fake.fault(rule);
    expect(typeof (await source().find())).toBe('object');
    expect(fault.hits).toBe(hits);
    expect(waits).toEqual(expectedWaits);
  });

  test('a retry-after beyond the cap fails now, naming the limit', async () => {
    waits.length = 0;
    const long = fake.fault({
      method: 'GET',
      path: '/repos/{owner}/{repo}/releases',
      status: 429,
      retryAfter: 3600,
    });
    await expect(release().find()).rejects.toMatchObject({
      status: 429,
      details: { hint: expect.stringMatching(/rate limited/) },
    });
    long.remove();
    expect(waits).toEqual([]);
  });

  test('a persistent 5xx and a 404 fail over to the next source, and the report says why', async () => {
    const down = fake.fault({ method: 'GET', path: '/repos/{owner}/{repo}/releases', status: 502 });
    const gone = fake.fault({ method: 'GET', path: /\/actions\/artifacts\/\d+\/zip$/, status: 404 });
    const resolved = await resolveBaseline(
      ['release', 'artifact', 'file'],
      new Map([
        ['release', release()],
        ['artifact', artifactOf()],
        [
          'file',
          {
            name: 'file',
            find: async () => ({ metrics: { name: 'm.json', text: '{}' }, detail: { file: 'm.json' } }),
          },
        ],
      ] as const),
    );
    down.remove();
    gone.remove();
    expect(resolved.source).toBe('file');
    expect(resolved.searched.map((s) => [s.source, s.outcome])).toEqual([
      ['release', 'error'],
      ['artifact', 'error'],
      ['file', 'found'],
    ]);
    expect(resolved.searched[0]!.reason).toMatch(/502/);
    expect(resolved.searched[1]!.reason).toMatch(/404/);
  });

  test('403 "not accessible by integration" names the permission and is not retried', async () => {
    waits.length = 0;
    const denied = fake.fault({ method: 'GET', path: '/repos/{owner}/{repo}/actions/runs', status: 403 });
    await expect(artifactOf().find()).rejects.toMatchObject({
      details: { hint: expect.stringMatching(/actions: read/) },
    });
    denied.remove();
    expect(denied.hits).toBe(1);
    expect(waits).toEqual([]);
  });

  test('the whole command: baseline from the release, report written, outputs set', async () => {
    const { compareMetrics } = await import('../../../src/actions/compare-metrics/compare-metrics.js');
    const { cliIO } = await import('../../../src/platform/cli-io.js');
    await writeFile(join(work, 'cand.jsonl'), PREDICTIONS);
    const outputs = join(work, 'outputs.txt');
    const io = cliIO({
      inputs: new Map([
        ['predictions', 'cand.jsonl'],
        ['baseline-order', 'release,git'],
        ['rules', 'accuracy: higher'],
        ['token', fake.token],
        ['report', 'report.json'],
      ]),
      env: { ...fake.env() },
      cwd: work,
      outputsFile: outputs,
      quiet: true,
      write: () => {},
    });
    await compareMetrics(io);
    const report = JSON.parse(await readFile(join(work, 'report.json'), 'utf8'));
    expect(report.kind).toBe('mlci/comparison-report');
    expect(report.baseline).toMatchObject({ source: 'release', detail: { release: 'v1.2.0' } });
    expect(report.pairing.paired).toBe(true);
    expect(await readFile(outputs, 'utf8')).toContain('baseline-source=release');
    fake.assertResponsesValid();
  });
});
