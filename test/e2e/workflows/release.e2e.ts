// examples/workflows/release.yml played against the fake GitHub and a real registry: a tag push
// releases the candidate its build run uploaded (the version tags on the same digest, a deployment, a
// GitHub release with the record); then a workflow_dispatch with rollback-to and a reason rolls
// production back to the earlier release's digest.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';
import { playJob } from '../../harness/workflow-player.js';
import { startWorld, type World } from '../../support/release-world.js';

let registry: TestRegistry;
let world: World;
beforeAll(async () => {
  registry = await startRegistry({ auth: 'none' });
  world = await startWorld(registry, 'wf-release');
}, 120_000);
afterAll(async () => {
  await world?.stop();
  await registry?.stop();
});

const tagPush = (tag: string, commit: string) => ({
  name: 'push',
  payload: {
    ref: `refs/tags/${tag}`,
    after: commit,
    before: '0'.repeat(40),
    repository: { full_name: world.fake.repository },
  },
});

/** The candidate's build run is pull-request.yml's, as release.yml's `workflow:` says. */
async function candidate(tag: string, correct: number) {
  const built = await world.candidate(tag, correct, `Release ${tag}.`);
  const run = world.fake.state.workflowRuns.find((r) => r.headSha === built.commit)!;
  (run as { path: string }).path = '.github/workflows/pull-request.yml';
  return built;
}

describe('examples/workflows/release.yml', () => {
  test('a tag releases the reviewed digest; workflow_dispatch rolls back to the earlier one', async () => {
    const vars = { MODEL_IMAGE: world.image };
    const v1 = await candidate('v1.0.0', 250);
    const first = await playJob({
      workflow: 'release.yml',
      job: 'release',
      event: tagPush('v1.0.0', v1.commit),
      workspace: world.repoDir,
      github: world.fake,
      vars,
    });
    expect(first.step('release').run?.annotations.filter((a) => a.level !== 'notice')).toEqual([]);
    expect(first.steps.map((s) => `${s.id ?? s.label}: ${s.outcome}`)).toEqual([
      'actions/checkout@v4: success',
      'release: success',
      'rollback: skipped',
    ]);
    expect(first.step('release').outputs).toMatchObject({
      outcome: 'released',
      version: '1.0.0',
      digest: v1.digest,
    });
    expect(await world.tagged('1.0.0')).toBe(v1.digest);

    const v2 = await candidate('v1.1.0', 260);
    const second = await playJob({
      workflow: 'release.yml',
      job: 'release',
      event: tagPush('v1.1.0', v2.commit),
      workspace: world.repoDir,
      github: world.fake,
      vars,
    });
    expect(second.step('release').outputs).toMatchObject({ outcome: 'released', digest: v2.digest });
    expect(await world.tagged('latest')).toBe(v2.digest);
    expect(world.fake.state.releases.map((r) => r.tagName)).toEqual(
      expect.arrayContaining(['v1.0.0', 'v1.1.0']),
    );

    const rollback = await playJob({
      workflow: 'release.yml',
      job: 'release',
      event: {
        name: 'workflow_dispatch',
        payload: {
          ref: 'refs/heads/main',
          inputs: { 'rollback-to': 'v1.0.0', reason: 'p99 latency doubled' },
          repository: { full_name: world.fake.repository },
        },
      },
      inputs: { 'rollback-to': 'v1.0.0', reason: 'p99 latency doubled' },
      workspace: world.repoDir,
      github: world.fake,
      vars,
    });
    expect(rollback.steps.map((s) => `${s.id ?? s.label}: ${s.outcome}`)).toEqual([
      'actions/checkout@v4: success',
      'release: skipped',
      'rollback: success',
    ]);
    expect(rollback.step('rollback').outputs.digest).toBe(v1.digest);
    expect(await world.tagged('latest')).toBe(v1.digest);
    // three production changes, each deployment in_progress then success
    const { deployments, deploymentStatuses } = world.fake.state;
    expect(deployments).toHaveLength(3);
    for (const d of deployments)
      expect(deploymentStatuses.filter((s) => s.deploymentId === d.id).map((s) => s.state)).toEqual([
        'in_progress',
        'success',
      ]);
    expect(rollback.step('rollback').outputs['deployment-id']).toBe(String(deployments.at(-1)!.id));
  }, 240_000);
});
