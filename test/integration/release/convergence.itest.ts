// A release that fails after any one of its side effects, then runs again, ends as if it had run
// once: the same tags, one deployment with statuses in_progress then success, one release with each
// asset once, one record. Faults: the fake GitHub's `after: true` (the side effect happens, then the
// reply fails) and a fault proxy in front of the real registry.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import type { ReleaseRecord } from '../../../src/core/release/record.js';
import type { FaultRule } from '../../harness/fake-github.js';
import { type HttpFaultProxy, startHttpFaultProxy } from '../../harness/http-fault-proxy.js';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';
import { type Built, startWorld, type World } from '../../support/release-world.js';

let registry: TestRegistry;
let proxy: HttpFaultProxy;
beforeAll(async () => {
  registry = await startRegistry({ auth: 'none' });
  proxy = await startHttpFaultProxy(registry.url);
}, 60_000);
afterAll(async () => {
  await proxy?.stop();
  await registry?.stop();
});

const REST = '/repos/{owner}/{repo}';

/** What one clean run leaves behind, checked after the crashed runs and the rerun. */
async function expectReleasedOnce(world: World, built: Built): Promise<ReleaseRecord> {
  const { state } = world.fake;
  for (const tag of ['1.0.0', '1.0', '1']) expect(await world.tagged(tag)).toBe(built.digest);
  expect(state.releases.map((r) => r.tagName)).toEqual(['v1.0.0']);
  const assets = state.assets.filter((a) => a.releaseId === state.releases[0]!.id);
  expect(assets.map((a) => a.name).sort()).toEqual([
    'mlci-model-card.md',
    'mlci-predictions.jsonl',
    'mlci-release-record.json',
  ]);
  expect(state.deployments).toHaveLength(1);
  expect(state.deploymentStatuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
  const record = JSON.parse(assets.find((a) => a.name === 'mlci-release-record.json')!.data.toString('utf8'));
  expect(record).toMatchObject({
    tag: 'v1.0.0',
    first: true,
    previous: null,
    image: { digest: built.digest },
  });
  expect(world.fake.violations.filter((v) => v.where === 'response')).toEqual([]);
  return record;
}

interface Crash {
  readonly faults: readonly FaultRule[];
  /** What must already be true when this attempt has failed (proof of where it crashed). */
  readonly after?: (world: World, built: Built) => Promise<void>;
}

const tagsMoved = async (world: World, built: Built) => expect(await world.tagged('1')).toBe(built.digest);
const nothingTagged = async (world: World) => expect(await world.tagged('1.0.0')).toBeUndefined();

test.each<[string, readonly Crash[]]>([
  [
    'the deployment is created',
    [
      {
        faults: [{ method: 'POST', path: `${REST}/deployments`, status: 403, after: true, times: 1 }],
        after: nothingTagged,
      },
    ],
  ],
  [
    'the in_progress status is set',
    [
      {
        faults: [
          { method: 'POST', path: `${REST}/deployments/{id}/statuses`, status: 403, after: true, times: 1 },
        ],
        after: nothingTagged,
      },
    ],
  ],
  [
    'the tags moved (between tagging and the deployment status)',
    [
      {
        faults: [{ method: 'GET', path: `${REST}/releases/tags/{tag}`, status: 403, times: 1 }],
        after: tagsMoved,
      },
    ],
  ],
  [
    'the release is created',
    [
      {
        faults: [{ method: 'POST', path: `${REST}/releases`, status: 403, after: true, times: 1 }],
        after: tagsMoved,
      },
    ],
  ],
  [
    'the first asset is uploaded',
    [
      {
        faults: [
          { method: 'POST', path: `${REST}/releases/{id}/assets`, status: 403, after: true, times: 1 },
        ],
        after: tagsMoved,
      },
    ],
  ],
  [
    'the success status is set (a second crash, after the first one between tagging and status)',
    [
      {
        faults: [{ method: 'GET', path: `${REST}/releases/tags/{tag}`, status: 403, times: 1 }],
        after: tagsMoved,
      },
      {
        faults: [
          { method: 'POST', path: `${REST}/deployments/{id}/statuses`, status: 403, after: true, times: 1 },
        ],
      },
    ],
  ],
])(
  'a crash after %s: the rerun converges',
  async (_name, crashes) => {
    const world = await startWorld(registry, `conv-${Math.random().toString(36).slice(2, 8)}`);
    try {
      const built = await world.candidate('v1.0.0', 240, 'First model.');
      for (const crash of crashes) {
        for (const rule of crash.faults) world.fake.fault(rule);
        const { error } = await world.release('v1.0.0');
        expect(error).toBeDefined();
        world.fake.clearFaults();
        await crash.after?.(world, built);
      }
      const { error, io } = await world.release('v1.0.0');
      expect(error).toBeUndefined();
      expect(io.outputs.outcome).toBe('released');
      await expectReleasedOnce(world, built);
    } finally {
      await world.stop();
    }
  },
  90_000,
);

test('a registry failure after the second tag: the rerun moves every tag and releases once', async () => {
  const repo = `conv-reg-${Math.random().toString(36).slice(2, 8)}`;
  const world = await startWorld(registry, repo);
  try {
    const built = await world.candidate('v1.0.0', 240, 'First model.');
    const image = `${proxy.host}/ml/${repo}`;
    proxy.fault({ method: 'PUT', path: `/v2/ml/${repo}/manifests/1.0`, status: 403, after: true, times: 1 });
    const crashed = await world.release('v1.0.0', { image });
    expect(crashed.error).toBeDefined();
    proxy.clearFaults();
    // The registry did tag 1.0.0 and 1.0, but nothing on GitHub says "released" yet.
    expect(await world.tagged('1.0')).toBe(built.digest);
    expect(await world.tagged('1')).toBeUndefined();
    expect(world.fake.state.releases).toEqual([]);
    expect(world.fake.state.deploymentStatuses.map((s) => s.state)).toEqual(['in_progress']);
    const { error } = await world.release('v1.0.0', { image });
    expect(error).toBeUndefined();
    const record = await expectReleasedOnce(world, built);
    expect(record.image.reference).toBe(`${image}@${built.digest}`);
  } finally {
    await world.stop();
  }
}, 90_000);

test('a draft release of the tag (which GitHub does not find by tag) is named, not duplicated', async () => {
  const world = await startWorld(registry, `conv-draft-${Math.random().toString(36).slice(2, 8)}`);
  try {
    await world.candidate('v1.0.0', 240, 'First model.');
    const res = await fetch(`${world.fake.url}/repos/acme/widgets/releases`, {
      method: 'POST',
      headers: { authorization: `token ${world.fake.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tag_name: 'v1.0.0', draft: true, body: 'draft notes' }),
    });
    expect(res.status).toBe(201);
    const { error } = await world.release('v1.0.0');
    expect(error?.exitCode).toBe(2);
    expect(error?.message).toMatch(
      /^a draft release of v1\.0\.0 exists \(\S+\); mlci attaches the record to a published release$/,
    );
    expect(world.fake.state.releases).toHaveLength(1);
    // Found before anything moved: no tag, no deployment.
    expect(await world.tagged('1.0.0')).toBeUndefined();
    expect(world.fake.state.deployments).toEqual([]);
  } finally {
    await world.stop();
  }
}, 90_000);
