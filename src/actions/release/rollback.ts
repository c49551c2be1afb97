import { UsageError } from '../../core/errors.js';
import { parseReference } from '../../core/image/reference.js';
import { planRollback } from '../../core/release/promotion.js';
import { buildReleaseRecord, refOf } from '../../core/release/record.js';
import { runApprovals } from '../../platform/github/approvals.js';
import { downloadAsset } from '../../platform/github/release-records.js';
import type { ActionIO } from '../../platform/io.js';
import { promoteImage } from '../../platform/registry/promote.js';
import type { ReleaseContext } from './context.js';
import { startDeployment } from './deploy.js';
import type { ReleaseInputs } from './inputs.js';
import { publishRelease } from './publish.js';
import { loadHistory } from './records.js';
import { finish } from './finish.js';

/**
 * `--rollback-to v1.3.0`: the production tags (the moving ones of what is in production now: `1.4`,
 * `1`, `latest`, not the immutable `1.4.0`) go back to v1.3.0's digest, and a new record, marked as a
 * rollback with why and by whom, is published on its own release (`rollback-<n>-v1.3.0`, at v1.3.0's
 * commit), so that it is the newest production record for history and for compare-metrics. A rerun
 * after a crash finds its own rollback as production and converges instead of rolling back twice.
 */
export async function rollback(io: ActionIO, ctx: ReleaseContext, inputs: ReleaseInputs): Promise<void> {
  const to = inputs['rollback-to']!;
  const history = await loadHistory(ctx.github, ctx.repo, inputs['record-asset'], inputs.model, io.log);
  const plan = planRollback(
    history.map((r) => r.record),
    to,
  );
  if (typeof plan === 'string') throw new UsageError(plan);
  const { tags, tag, converging } = plan;
  const target = history.find((r) => r.record === plan.target)!;
  const image = parseReference(target.record.image.reference, 'rollback-to image');
  const repository = inputs.image ? parseReference(inputs.image, 'image') : image;

  const deployment = await startDeployment(ctx, inputs, {
    sha: target.record.commit,
    tag,
    digest: target.record.image.digest,
    image: `${repository.registry}/${repository.repository}`,
    description: `mlci rollback to ${to}`,
  });
  await deployment.status('in_progress', `rolling back to ${to}`);
  io.output('deployment-id', String(deployment.id));
  await io.log.group(`Re-pointing ${tags.join(', ')} to ${target.record.image.digest}`, async () =>
    promoteImage(
      { client: await ctx.registry(image.registry), ref: image },
      { client: await ctx.registry(repository.registry), repository: repository.repository },
      tags,
      { warn: (m) => io.log.warning(m) },
    ),
  );
  const t = target.record;
  const record = buildReleaseRecord({
    model: t.model,
    repository: t.repository,
    tag,
    release: t.release,
    commit: t.commit,
    image: { reference: t.image.reference, digest: t.image.digest, tags, rebuild: null },
    metrics: t.metrics,
    fingerprint: t.fingerprint,
    predictions: t.predictions,
    fingerprints: t.fingerprints,
    evaluation: { verdict: 'rollback', against: refOf(plan.from), metrics: [], reasons: [] },
    who: { actor: ctx.actor, triggeringActor: ctx.triggeringActor, tagger: null },
    releasedAt: converging ? converging.releasedAt : ctx.now(),
    why: { source: 'input', text: inputs.reason! },
    approvals: ctx.run.id ? await runApprovals(ctx.github, ctx.repo, ctx.run.id) : [],
    acceptances: [],
    previous: refOf(plan.from),
    first: false,
    rollback: { to: refOf(t) },
    deployment: { environment: inputs.environment, id: deployment.id },
    run: ctx.run,
  });
  // The predictions travel with the record, so compare-metrics' next comparison stays paired.
  const asset = t.predictions
    ? target.release.assets.find((a) => a.name === t.predictions!.asset)
    : undefined;
  const predictions = asset
    ? { name: asset.name, text: (await downloadAsset(ctx.github, ctx.repo, asset.id)).toString('utf8') }
    : undefined;
  const published = await publishRelease(io, ctx, inputs, record, predictions);
  await deployment.status('success', `rolled back to ${to}: ${t.image.digest.slice(7, 19)}`);
  await finish(io, inputs, record, published.html_url, 'rolled-back');
}
