// The real @actions/cache and @actions/artifact libraries, end to end through the fake's twirp services
// and blob store (reference/actions-runtime.md §7).
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { type FakeGitHub, startFakeGitHub } from '../../harness/fake-github.js';

let fake: FakeGitHub;
let work: string;
let cache: typeof import('@actions/cache');
let artifact: typeof import('@actions/artifact');

beforeAll(async () => {
  fake = await startFakeGitHub();
  work = await mkdtemp(join(tmpdir(), 'mlci-harness-'));
  await mkdir(join(work, 'temp'));
  // The libraries read these at call time, and @actions/github at import time: set them first.
  Object.assign(process.env, fake.env(), { RUNNER_TEMP: join(work, 'temp'), GITHUB_WORKSPACE: work });
  cache = await import('@actions/cache');
  artifact = await import('@actions/artifact');
});
afterAll(async () => {
  await fake.stop();
  await rm(work, { recursive: true, force: true });
});

describe('@actions/cache through the fake', () => {
  test('saves, restores by restore-key prefix, and misses on another version', async () => {
    const models = join(work, 'models');
    await mkdir(models);
    await writeFile(join(models, 'weights.bin'), 'w'.repeat(1000));
    expect(cache.isFeatureAvailable()).toBe(true);
    const id = await cache.saveCache([models], 'model-deps-abc123');
    expect(id).toBeGreaterThan(0);
    expect(fake.state.caches).toMatchObject([{ key: 'model-deps-abc123', finalized: true }]);
    // ≤ 128 MiB: one Put Blob (no comp=), reference/actions-runtime.md §7.2.
    expect(fake.requests.filter((r) => r.method === 'PUT').map((r) => r.query.comp)).toEqual([undefined]);

    await rm(models, { recursive: true });
    const matched = await cache.restoreCache([models], 'model-deps-zzz', ['model-deps-']);
    expect(matched).toBe('model-deps-abc123');
    expect(await readFile(join(models, 'weights.bin'), 'utf8')).toBe('w'.repeat(1000));

    // Other paths = another version: a miss even with the same key.
    expect(await cache.restoreCache([join(work, 'elsewhere')], 'model-deps-abc123')).toBeUndefined();
    // A second save of the same key is refused (ok:false), which the library reports as -1, not a throw.
    expect(await cache.saveCache([models], 'model-deps-abc123')).toBe(-1);
  });

  test('a 429 from the cache service is a warning and a miss, not a failure', async () => {
    const fault = fake.fault({
      method: 'POST',
      path: '/twirp/*/GetCacheEntryDownloadURL',
      status: 429,
      times: 1,
    });
    expect(await cache.restoreCache([join(work, 'models')], 'model-deps-abc123')).toBeUndefined();
    expect(fault.hits).toBe(1);
  });
});

describe('@actions/artifact through the fake', () => {
  test('uploads, lists, downloads (twirp and REST 302), and deletes', async () => {
    const client = new artifact.DefaultArtifactClient();
    const root = join(work, 'report');
    await mkdir(root);
    await writeFile(join(root, 'eval.json'), '{"accuracy":0.97}');
    const { id, size, digest } = await client.uploadArtifact('eval-report', [join(root, 'eval.json')], root);
    expect(id).toBeGreaterThan(0);
    expect(size).toBeGreaterThan(0);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    // The upload went through Put Block + Put Block List, as the Azure SDK always does for artifacts.
    const puts = fake.requests
      .filter((r) => r.method === 'PUT' && r.path.includes('/actions-results/'))
      .map((r) => r.query.comp);
    expect(puts).toEqual(['block', 'blocklist']);

    const { artifacts } = await client.listArtifacts();
    expect(artifacts.map((a) => a.name)).toEqual(['eval-report']);
    expect((await client.getArtifact('eval-report')).artifact.id).toBe(id);

    const into = join(work, 'download');
    await client.downloadArtifact(id!, { path: into });
    expect(await readFile(join(into, 'eval.json'), 'utf8')).toBe('{"accuracy":0.97}');

    const findBy = {
      token: fake.token,
      workflowRunId: fake.run.id,
      repositoryOwner: 'acme',
      repositoryName: 'widgets',
    };
    const viaRest = join(work, 'download-rest');
    await client.downloadArtifact(id!, { path: viaRest, findBy });
    expect(await readFile(join(viaRest, 'eval.json'), 'utf8')).toBe('{"accuracy":0.97}');
    expect(fake.requests.some((r) => r.route?.endsWith('/{archive_format}') && r.status === 302)).toBe(true);

    await expect(client.uploadArtifact('eval-report', [join(root, 'eval.json')], root)).rejects.toThrow();
    await client.deleteArtifact('eval-report');
    expect((await client.listArtifacts()).artifacts).toEqual([]);
  });
});
