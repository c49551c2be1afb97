// The release bundle under the runner emulation on Node 20 and Node 24: a tag push releases the
// candidate the build run uploaded (fake GitHub, real registry), and a tag that is not a release is
// skipped with a notice.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { runBundle } from '../../harness/runner.js';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';
import { bundle as bundlePath } from '../../support/bundles.js';
import { expectNoStackTrace } from '../../support/no-stack-trace.js';
import { startWorld, type World } from '../../support/release-world.js';

let registry: TestRegistry;
let bundle: string;
beforeAll(async () => {
  registry = await startRegistry({ auth: 'none' });
  bundle = await bundlePath('release');
}, 300_000);
afterAll(async () => {
  await registry?.stop();
});

const tagPush = (world: World, tag: string, commit: string) => ({
  name: 'push',
  payload: {
    ref: `refs/tags/${tag}`,
    after: commit,
    before: '0'.repeat(40),
    repository: { full_name: world.fake.repository },
  },
});

describe.each(['node20', 'node24'] as const)('dist/release on %s', (node) => {
  let world: World;
  beforeAll(async () => {
    world = await startWorld(registry, `e2e-${node}`);
  }, 60_000);
  afterAll(async () => {
    await world?.stop();
  });

  test('a tag push releases the reviewed digest, with outputs, a summary and the record attached', async () => {
    const built = await world.candidate('v2.0.0', 250, 'Release from the bundle.');
    const run = await runBundle({
      bundle,
      node,
      cwd: world.repoDir,
      event: tagPush(world, 'v2.0.0', built.commit),
      env: { ...world.fake.env(), GITHUB_ACTOR: 'alice' },
      inputs: { image: world.image, rules: 'accuracy: higher, margin 0.01', latest: true },
    });
    expectNoStackTrace(run);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      outcome: 'released',
      version: '2.0.0',
      digest: built.digest,
      tags: '2.0.0\n2.0\n2\nlatest',
    });
    expect(run.masks).toContain(world.fake.token);
    expect(run.summary).toContain('## Released 2.0.0 (v2.0.0)');
    expect(await world.tagged('latest')).toBe(built.digest);
    const release = world.fake.state.releases.find((r) => r.tagName === 'v2.0.0');
    const names = world.fake.state.assets.filter((a) => a.releaseId === release?.id).map((a) => a.name);
    expect(names).toContain('mlci-release-record.json');
    expect(run.unexpectedInputs).toEqual([]);
  }, 120_000);

  test('a tag that is not a release exits 0 with a notice', async () => {
    const run = await runBundle({
      bundle,
      node,
      cwd: world.repoDir,
      event: tagPush(world, 'nightly', 'a'.repeat(40)),
      env: world.fake.env(),
      inputs: { image: world.image },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.outcome).toBe('skipped');
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        level: 'notice',
        message: expect.stringContaining('tag nightly is not v<semantic version>'),
      }),
    );
  }, 60_000);
});
