// `mlci release` against the fake GitHub and Debian's docker-registry: a first release, a second that
// beats production, a regression refused then accepted, a rollback, a rebuild check, and the release
// record read back by compare-metrics' `release` baseline source.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { compareMetrics } from '../../../src/actions/compare-metrics/compare-metrics.js';
import { inferSchema } from '../../../src/actions/infer-schema/infer-schema.js';
import type { ReleaseRecord } from '../../../src/core/release/record.js';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';
import { recordingIO } from '../../support/image-io.js';
import { type Built, predictions, startWorld, type World } from '../../support/release-world.js';

let registry: TestRegistry;
let world: World;
const built: Record<string, Built> = {};

beforeAll(async () => {
  registry = await startRegistry({ auth: 'none' });
  world = await startWorld(registry, 'churn');
}, 60_000);
afterAll(async () => {
  await world?.stop();
  await registry?.stop();
});

const releases = () => world.fake.state.releases;
const assetsOf = (tag: string) => {
  const release = releases().find((r) => r.tagName === tag);
  return world.fake.state.assets.filter((a) => a.releaseId === release?.id);
};
const recordOf = (tag: string): ReleaseRecord =>
  JSON.parse(
    assetsOf(tag)
      .find((a) => a.name === 'mlci-release-record.json')!
      .data.toString('utf8'),
  );
const deploymentOf = (tag: string) => {
  const d = world.fake.state.deployments.find(
    (x) => (x.payload as { mlci?: { tag?: string } }).mlci?.tag === tag,
  );
  const statuses = world.fake.state.deploymentStatuses.filter((s) => s.deploymentId === d?.id);
  return { deployment: d, states: statuses.map((s) => s.state), statuses };
};

describe('release from tags', () => {
  test('a tag that is not a release is skipped with a notice, touching nothing', async () => {
    const before = world.fake.requests.length;
    const { io, error } = await world.release('nightly-3');
    expect(error).toBeUndefined();
    expect(io.outputs.outcome).toBe('skipped');
    expect(io.logs).toContain('notice: tag nightly-3 is not v<semantic version>: not a release, skipped');
    const branch = await world.release(undefined, {}, { GITHUB_REF: 'refs/heads/main' });
    expect(branch.error).toBeUndefined();
    expect(branch.io.logs).toContain('notice: refs/heads/main is not a tag: nothing to release, skipped');
    expect(world.fake.requests.length).toBe(before);
    const none = await world.release(undefined, {}, { GITHUB_REF: '' });
    expect(none.error?.exitCode).toBe(2);
  });

  test('first release: promoted by digest, recorded as first, deployment and release with card and record', async () => {
    built.v1 = await world.candidate('v1.0.0', 240, 'First churn model.\n\nTrained on the Q1 data.');
    // The release run (4242) waited for the production environment's reviewer.
    world.fake.state.approvals.push({
      runId: 4242,
      user: 'bob',
      state: 'approved',
      comment: 'Ship it',
      environments: ['production'],
    });
    const { io, error } = await world.release('v1.0.0');
    expect(error).toBeUndefined();
    expect(io.outputs.outcome).toBe('released');
    for (const tag of ['1.0.0', '1.0', '1']) expect(await world.tagged(tag)).toBe(built.v1.digest);
    expect(await world.tagged('latest')).toBeUndefined();
    expect(JSON.parse(built.v1.reportText).lineage.revision).toBe(built.v1.commit);
    const record = recordOf('v1.0.0');
    expect(record).toMatchObject({
      kind: 'mlci/release-record',
      version: 1,
      tag: 'v1.0.0',
      release: '1.0.0',
      commit: built.v1.commit,
      first: true,
      previous: null,
      image: {
        digest: built.v1.digest,
        reference: `${world.image}@${built.v1.digest}`,
        tags: ['1.0.0', '1.0', '1'],
      },
      evaluation: { verdict: 'first', against: null },
      who: { actor: 'alice', tagger: 't <t@e>' },
      why: { source: 'tag-message', text: 'First churn model.\n\nTrained on the Q1 data.' },
      predictions: { asset: 'mlci-predictions.jsonl' },
      deployment: { environment: 'production' },
      approvals: [{ user: 'bob', state: 'approved', comment: 'Ship it', environments: ['production'] }],
    });
    expect(record.metrics.accuracy).toBeCloseTo(0.8, 12);
    expect(record.fingerprint).toMatch(/^mlci-fp-v1:/);
    expect(
      assetsOf('v1.0.0')
        .map((a) => a.name)
        .sort(),
    ).toEqual(['mlci-model-card.md', 'mlci-predictions.jsonl', 'mlci-release-record.json']);
    expect(
      assetsOf('v1.0.0')
        .find((a) => a.name === 'mlci-predictions.jsonl')!
        .data.toString(),
    ).toBe(predictions(240));
    const card = assetsOf('v1.0.0')
      .find((a) => a.name === 'mlci-model-card.md')!
      .data.toString();
    expect(card).toMatch(/^---\n[\s\S]*model-index:[\s\S]*revision: mlci-fp-v1:[\s\S]*\n---\n/);
    const { deployment, states, statuses } = deploymentOf('v1.0.0');
    expect(deployment).toMatchObject({
      sha: built.v1.commit,
      ref: built.v1.commit,
      environment: 'production',
    });
    expect((deployment!.payload as { mlci: { digest: string } }).mlci.digest).toBe(built.v1.digest);
    expect(states).toEqual(['in_progress', 'success']);
    expect(statuses[1]!.logUrl).toMatch(/\/acme\/widgets\/actions\/runs\/4242$/);
    const post = world.fake.requests.find(
      (r) => r.method === 'POST' && r.route === '/repos/{owner}/{repo}/deployments',
    );
    expect(post?.body).toMatchObject({ auto_merge: false, required_contexts: [] });
    expect(world.fake.violations).toEqual([]);
  }, 60_000);

  test('compare-metrics reads the record as the production baseline, paired through the predictions asset', async () => {
    const dir = world.repoDir;
    const io = recordingIO(
      {
        predictions: 'cand.jsonl',
        'baseline-order': 'release',
        rules: 'accuracy: higher, margin 0.01',
        report: 'cmp.json',
      },
      dir,
      { ...world.fake.env() },
    );
    writeFileSync(join(dir, 'cand.jsonl'), predictions(255));
    await compareMetrics(io);
    expect(io.outputs['baseline-source']).toBe('release');
    const report = JSON.parse(readFileSync(join(dir, 'cmp.json'), 'utf8'));
    expect(report.baseline.detail).toEqual({ release: 'v1.0.0', asset: 'mlci-release-record.json' });
    expect(report.pairing.paired).toBe(true);
    expect(report.testSet.match).toBe('identical');
    expect(report.metrics.find((m: { name: string }) => m.name === 'accuracy').baseline).toBeCloseTo(0.8, 12);
  }, 30_000);

  test('a second release that beats production names it as previous, with intervals', async () => {
    built.v2 = await world.candidate('v1.1.0', 270, 'Better recall.');
    const { io, error } = await world.release('v1.1.0');
    expect(error).toBeUndefined();
    expect(io.outputs.outcome).toBe('released');
    const record = recordOf('v1.1.0');
    expect(record.first).toBe(false);
    expect(record.previous).toEqual({ tag: 'v1.0.0', version: '1.0.0', digest: built.v1.digest });
    expect(record.evaluation.verdict).toBe('pass');
    const accuracy = record.evaluation.metrics.find((m) => m.name === 'accuracy')!;
    expect(accuracy.baseline).toBeCloseTo(0.8, 12);
    expect(accuracy.value).toBeCloseTo(0.9, 12);
    expect(accuracy.interval!.lower).toBeGreaterThan(0);
    for (const tag of ['1.1.0', '1.1', '1']) expect(await world.tagged(tag)).toBe(built.v2.digest);
    expect(await world.tagged('1.0')).toBe(built.v1.digest);
  }, 60_000);

  test('a regression is refused: exit 1, nothing tagged, the deployment failed with the reason, no record', async () => {
    built.v3 = await world.candidate('v1.2.0', 180, 'Smaller model.');
    const { io, error } = await world.release('v1.2.0');
    expect(error?.exitCode).toBe(1);
    expect(error?.message).toMatch(
      /^release v1\.2\.0 refused: regression in accuracy, and no acceptance for commit [0-9a-f]{12}$/,
    );
    expect(io.outputs.outcome).toBe('refused');
    expect(await world.tagged('1.2.0')).toBeUndefined();
    expect(await world.tagged('1')).toBe(built.v2.digest);
    const { states, statuses } = deploymentOf('v1.2.0');
    expect(states).toEqual(['in_progress', 'failure']);
    expect(statuses[1]!.description).toMatch(/^refused: regression in accuracy/);
    expect(releases().some((r) => r.tagName === 'v1.2.0')).toBe(false);
    expect(io.summaries.join('')).toContain('Release v1.2.0 refused');
  }, 60_000);

  test('an acceptance check run is honoured only for this exact commit, and only when the workflow app wrote it', async () => {
    // What the PR commands write: a check run named mlci/acceptance with the record as output.text. The
    // honoured case is decision.test.ts's; here the ones that must not release the regression.
    const acceptance = {
      kind: 'mlci/acceptance',
      version: 1,
      sha: built.v2!.commit, // accepted for another commit (before a new push)
      metrics: ['accuracy'],
      reason: 'latency halves; accuracy loss agreed with the risk team',
      by: 'maint',
      permission: 'write',
      commentUrl: 'https://github.com/acme/widgets/pull/9#issuecomment-1',
      commentId: 1,
      pullRequest: 9,
      at: '2027-01-01T00:00:00Z',
    };
    const post = (token: string, sha: string, text: unknown) =>
      fetch(`${world.fake.url}/repos/acme/widgets/check-runs`, {
        method: 'POST',
        headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          name: 'mlci/acceptance',
          head_sha: sha,
          status: 'completed',
          conclusion: 'neutral',
          output: { title: 'accepted', summary: 'accepted', text: JSON.stringify(text) },
        }),
      });
    const stale = await post(world.fake.token, built.v3!.commit, acceptance);
    expect(((await stale.json()) as { app: { slug?: string } | null }).app?.slug).toBe('github-actions');
    // A person's token cannot write a check run at all (GitHub: only apps can).
    const forged = await post(world.fake.addUser('mallory'), built.v3!.commit, {
      ...acceptance,
      sha: built.v3!.commit,
    });
    expect(forged.status).toBe(403);
    const { error } = await world.release('v1.2.0');
    expect(error?.message).toMatch(/refused/);
    expect(await world.tagged('1.2.0')).toBeUndefined();
  }, 60_000);

  test('the `accept` input releases the regression and records the reason and who', async () => {
    const { io, error } = await world.release('v1.2.0', { accept: 'rollout to 5% only; see RISK-12' });
    expect(error).toBeUndefined();
    expect(io.outputs.outcome).toBe('released');
    const record = recordOf('v1.2.0');
    expect(record.evaluation.verdict).toBe('accepted');
    expect(record.acceptances.at(-1)).toMatchObject({
      source: 'input',
      reason: 'rollout to 5% only; see RISK-12',
      by: 'alice',
      metrics: ['accuracy'],
    });
    expect(record.previous?.tag).toBe('v1.1.0');
    expect(await world.tagged('1')).toBe(built.v3!.digest);
    // One deployment: each refused attempt ended in failure, this one in success.
    const { states } = deploymentOf('v1.2.0');
    expect(states.slice(0, 2)).toEqual(['in_progress', 'failure']);
    expect(states.slice(-2)).toEqual(['in_progress', 'success']);
    expect(states.filter((s) => s === 'success')).toHaveLength(1);
    expect(world.fake.state.deployments.filter((d) => d.sha === built.v3!.commit)).toHaveLength(1);
  }, 60_000);

  test('rollback re-points the production tags to the earlier digest and records why and by whom', async () => {
    const { io, error } = await world.release(undefined, {
      'rollback-to': 'v1.1.0',
      reason: 'v1.2.0 misses churners in EU (INC-7)',
    });
    expect(error).toBeUndefined();
    expect(io.outputs.outcome).toBe('rolled-back');
    expect(await world.tagged('1')).toBe(built.v2!.digest);
    expect(await world.tagged('1.2')).toBe(built.v2!.digest);
    expect(await world.tagged('1.2.0')).toBe(built.v3!.digest);
    const record = recordOf('rollback-1-v1.1.0');
    expect(record).toMatchObject({
      release: '1.1.0',
      commit: built.v2!.commit,
      rollback: { to: { tag: 'v1.1.0', digest: built.v2!.digest } },
      previous: { tag: 'v1.2.0' },
      why: { source: 'input', text: 'v1.2.0 misses churners in EU (INC-7)' },
      who: { actor: 'alice' },
      image: { digest: built.v2!.digest, tags: ['1.2', '1'] },
      evaluation: { verdict: 'rollback' },
    });
    expect(record.metrics.accuracy).toBeCloseTo(0.9, 12);
    expect(deploymentOf('rollback-1-v1.1.0').states).toEqual(['in_progress', 'success']);
    // Rerunning the same rollback converges: no second rollback release.
    const again = await world.release(undefined, {
      'rollback-to': 'v1.1.0',
      reason: 'v1.2.0 misses churners in EU (INC-7)',
    });
    expect(again.error).toBeUndefined();
    expect(releases().filter((r) => r.tagName.startsWith('rollback-'))).toHaveLength(1);
    expect(recordOf('rollback-1-v1.1.0').releasedAt).toBe(record.releasedAt);
  }, 60_000);

  test('after the rollback compare-metrics takes the rolled-back-to model as production', async () => {
    const io = recordingIO(
      { predictions: 'cand.jsonl', 'baseline-order': 'release', report: 'cmp2.json' },
      world.repoDir,
      { ...world.fake.env() },
    );
    await compareMetrics(io);
    const report = JSON.parse(readFileSync(join(world.repoDir, 'cmp2.json'), 'utf8'));
    expect(report.baseline.detail.release).toBe('rollback-1-v1.1.0');
    expect(report.pairing.paired).toBe(true);
    expect(report.metrics.find((m: { name: string }) => m.name === 'accuracy').baseline).toBeCloseTo(0.9, 12);
  }, 30_000);

  test('a rebuild with the same inputs proves the digest; with other weights it is refused naming the layer', async () => {
    built.v4 = await world.candidate('v1.3.0', 285, 'Reproducible.', { seed: 40 });
    const other = await world.rebuild(41);
    const refused = await world.release('v1.3.0', { 'rebuild-report': other });
    expect(refused.error?.exitCode).toBe(1);
    expect(refused.error?.message).toMatch(
      /^the rebuild is not the reviewed image: layer 1 "weights" \(weights\) differs: reviewed sha256:[0-9a-f]{64}, rebuilt sha256:[0-9a-f]{64}$/,
    );
    expect(await world.tagged('1.3.0')).toBeUndefined();
    const same = await world.rebuild(40);
    const { error } = await world.release('v1.3.0', { 'rebuild-report': same });
    expect(error).toBeUndefined();
    expect(recordOf('v1.3.0').image.rebuild).toEqual({ digest: built.v4.digest, identical: true });
  }, 90_000);

  test('a commit without a candidate fails naming what was searched', async () => {
    await world.candidate('v1.4.0', 285, 'Not built.', { upload: false });
    const { error } = await world.release('v1.4.0');
    expect(error?.exitCode).toBe(1);
    expect(error?.message).toMatch(
      /^no release candidate for commit [0-9a-f]{12} \(searched: artifact mlci-release-candidate: no successful runs at [0-9a-f]{12}; input candidate-image: not given\)$/,
    );
  }, 60_000);

  test('a lightweight tag: the why comes from the notes a person wrote on the release, kept as written', async () => {
    const built5 = await world.candidate('v1.5.0', 290, '', { lightweight: true });
    const res = await fetch(`${world.fake.url}/repos/acme/widgets/releases`, {
      method: 'POST',
      headers: { authorization: `token ${world.fake.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        tag_name: 'v1.5.0',
        name: 'Spring model',
        body: 'Retrained on March data (DATA-88).',
      }),
    });
    expect(res.status).toBe(201);
    // The training data's profile, as `mlci infer-schema --profile-out` writes it, summarised in the card.
    writeFileSync(join(world.repoDir, 'train.csv'), 'age,plan\n31,pro\n45,free\n27,pro\n');
    await inferSchema(
      recordingIO(
        { data: 'train.csv', out: 'schema.yaml', 'profile-out': 'train-profile.json' },
        world.repoDir,
      ),
    );
    const { error } = await world.release('v1.5.0', {
      reason: 'not used: the notes win',
      'data-profile': 'train-profile.json',
      'intended-use': 'Weekly churn scores.',
    });
    expect(error).toBeUndefined();
    const record = recordOf('v1.5.0');
    expect(record.why).toEqual({ source: 'release-notes', text: 'Retrained on March data (DATA-88).' });
    expect(record.who.tagger).toBeNull();
    expect(record.image.digest).toBe(built5.digest);
    const release = releases().find((r) => r.tagName === 'v1.5.0')!;
    expect([release.name, release.body]).toEqual(['Spring model', 'Retrained on March data (DATA-88).']);
    const card = world.fake.state.assets.find(
      (a) => a.releaseId === release.id && a.name === 'mlci-model-card.md',
    )!;
    expect(card.data.toString()).toMatch(/- Profile: 3 rows, 2 columns \(age: integer, plan: string\)/);
    expect(card.data.toString()).toMatch(/## Intended use\n\nWeekly churn scores\./);
  }, 60_000);

  test("an image report built from another commit is not this tag's candidate", async () => {
    await world.candidate('v1.6.0', 290, 'Mixed up.', { revision: 'f'.repeat(40) });
    const { error } = await world.release('v1.6.0');
    expect(error?.exitCode).toBe(1);
    expect(error?.message).toMatch(
      /^the candidate image \S+ was built from ffffffffffff, not the tagged commit [0-9a-f]{12}$/,
    );
    expect(await world.tagged('1.6.0')).toBeUndefined();
  }, 60_000);

  test('an artifact without an image report: `candidate-image` names the reviewed image, resolved to its digest', async () => {
    const built7 = await world.candidate('v1.7.0', 292, 'From the registry.', { imageReport: false });
    const missing = await world.release('v1.7.0');
    expect(missing.error?.message).toMatch(
      /\(searched: artifact mlci-release-candidate: run \d+; the artifact has no mlci\/image-report\)$/,
    );
    const candidateImage = `${world.image}:sha-${built7.commit.slice(0, 7)}`;
    const { error } = await world.release('v1.7.0', { 'candidate-image': candidateImage });
    expect(error).toBeUndefined();
    expect(recordOf('v1.7.0').image).toMatchObject({
      digest: built7.digest,
      reference: `${world.image}@${built7.digest}`,
    });
    expect(await world.tagged('1.7.0')).toBe(built7.digest);
  }, 60_000);
});
