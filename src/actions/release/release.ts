import { DataError, UsageError } from '../../core/errors.js';
import { parseReference, repositoryName } from '../../core/image/reference.js';
import { productionBefore } from '../../core/release/promotion.js';
import { buildReleaseRecord, type ReleaseRecord, refOf } from '../../core/release/record.js';
import { imageTags, parseReleaseTag } from '../../core/release/tag-pattern.js';
import { runApprovals } from '../../platform/github/approvals.js';
import { releaseByTag } from '../../platform/github/release-publish.js';
import { tagInfo } from '../../platform/git/tag.js';
import type { ActionIO } from '../../platform/io.js';
import { promoteImage } from '../../platform/registry/promote.js';
import { checkRebuild, findCandidate } from './candidate.js';
import { releaseContext } from './context.js';
import { startDeployment } from './deploy.js';
import { recheckGate } from './gate.js';
import { getReleaseInputs, type ReleaseInputs } from './inputs.js';
import { notesOf, predictionsAsset, publishRelease } from './publish.js';
import { loadHistory } from './records.js';
import { rollback } from './rollback.js';
import { finish } from './finish.js';
import { renderReleaseSummary } from './summary.js';

/**
 * `mlci release`: on a tag, find what was reviewed for its commit, re-check the gate against
 * production, then (only when everything passed) promote the digest, publish the record and model card,
 * and mark the deployment. Each side effect is idempotent, so a rerun after a failure converges.
 */
export async function release(io: ActionIO): Promise<void> {
  const inputs = getReleaseInputs(io.inputs);
  const ctx = releaseContext(io, inputs);
  if (inputs['rollback-to']) return rollback(io, ctx, inputs);
  const tag = releaseTag(inputs, io.env);
  const version = tag === undefined ? undefined : parseReleaseTag(tag, inputs['tag-prefix']);
  if (tag === undefined || !version) {
    io.log.notice(
      tag === undefined
        ? `${io.env.GITHUB_REF} is not a tag: nothing to release, skipped`
        : `tag ${tag} is not ${inputs['tag-prefix']}<semantic version>: not a release, skipped`,
    );
    io.output('outcome', 'skipped');
    return;
  }
  const git = await tagInfo(io.cwd, tag);
  const commit = git?.commit ?? (io.env.GITHUB_REF === `refs/tags/${tag}` ? io.env.GITHUB_SHA : undefined);
  if (!commit)
    throw new UsageError(`cannot tell which commit tag ${tag} points at`, {
      hint: 'check out the tag (actions/checkout does on a tag push)',
    });

  const history = await loadHistory(ctx.github, ctx.repo, inputs['record-asset'], inputs.model, io.log, tag);
  const earlier = history.find((r) => r.record.tag === tag);
  const before = productionBefore(
    history.map((r) => r.record),
    tag,
  );
  const production = history.find((r) => r.record === before);
  const candidate = await findCandidate(io, ctx, inputs, commit);
  const rebuild = await checkRebuild(io, inputs, candidate.image);
  const target = inputs.image
    ? parseReference(inputs.image, 'image')
    : parseReference(candidate.image.reference, 'candidate');
  const tags = imageTags(version, tag, { templates: inputs['image-tags'], latest: inputs.latest });

  const deployment = await startDeployment(ctx, inputs, {
    sha: commit,
    tag,
    digest: candidate.image.digest,
    image: repositoryName(target),
    description: `mlci release ${tag}`,
  });
  await deployment.status('in_progress', `releasing ${tag}`);
  io.output('deployment-id', String(deployment.id));

  const { report, decision } = await recheckGate(io, ctx, inputs, candidate, production, commit);
  const facts = {
    tag,
    release: version.version,
    image: {
      reference: `${repositoryName(target)}@${candidate.image.digest}`,
      digest: candidate.image.digest,
      tags,
      rebuild,
    },
    evaluation: {
      verdict: decision.outcome,
      against: production ? refOf(production.record) : null,
      metrics: decision.metrics,
      reasons: decision.reasons,
    },
    acceptances: decision.acceptances,
    previous: production ? refOf(production.record) : null,
    rollback: null,
  };
  if (decision.outcome === 'refused') {
    await deployment.status('failure', `refused: ${decision.reasons[0]}`);
    await io.summary(renderReleaseSummary(facts, 'refused', decision.reasons));
    io.output('outcome', 'refused');
    throw new DataError(`release ${tag} refused: ${decision.reasons[0]}`, {
      hint: 'nothing was tagged; record an acceptance for this commit (/mlci accept) or re-run with `accept: <reason>`',
    });
  }

  await io.log.group(`Promoting ${candidate.image.reference} as ${tags.join(', ')}`, async () => {
    const source = parseReference(candidate.image.reference, 'candidate');
    await promoteImage(
      { client: await ctx.registry(source.registry), ref: source },
      { client: await ctx.registry(target.registry), repository: target.repository },
      tags,
      { warn: (m) => io.log.warning(m) },
    );
  });
  const record = buildReleaseRecord({
    ...facts,
    model: inputs.model ?? null,
    repository: `${ctx.repo.owner}/${ctx.repo.repo}`,
    commit,
    metrics: Object.fromEntries(
      report.metrics
        .filter((m) => m.candidate !== null && Number.isFinite(m.candidate))
        .map((m) => [m.name, m.candidate!]),
    ),
    fingerprint: report.testSet.candidate,
    predictions: candidate.predictions ? { asset: predictionsAsset(candidate.predictions) } : null,
    fingerprints: candidate.fingerprints,
    who: { actor: ctx.actor, triggeringActor: ctx.triggeringActor, tagger: git?.tagger ?? null },
    // A rerun keeps the time of the run that first recorded this release.
    releasedAt: earlier?.record.releasedAt ?? ctx.now(),
    why: whyOf(
      git?.message,
      notesOf(earlier?.release ?? (await releaseByTag(ctx.github, ctx.repo, tag))),
      inputs.reason,
    ),
    approvals: ctx.run.id ? await runApprovals(ctx.github, ctx.repo, ctx.run.id) : [],
    first: production === undefined,
    deployment: { environment: inputs.environment, id: deployment.id },
    run: ctx.run,
  });
  const published = await publishRelease(io, ctx, inputs, record, candidate.predictions);
  await deployment.status('success', `${tag} in production: ${record.image.digest.slice(7, 19)}`);
  await finish(io, inputs, record, published.html_url, 'released');
}

/**
 * The tag to release: the input, else the pushed tag; undefined on a branch push (the umbrella action
 * runs every section of mlci.yml on every push: a release section must not fail the other pushes).
 */
function releaseTag(inputs: ReleaseInputs, env: ActionIO['env']): string | undefined {
  if (inputs.tag) return inputs.tag;
  const ref = env.GITHUB_REF;
  if (ref?.startsWith('refs/tags/')) return ref.slice('refs/tags/'.length);
  if (ref) return undefined;
  throw new UsageError('release needs a tag: run it on a tag push, or pass `tag`', {
    hint: 'trigger the workflow with `on: push: tags: [v*]`, or: mlci release --tag v1.4.0',
  });
}

/** Why: the annotated tag's message, else release notes a person wrote, else the `reason` input. */
export function whyOf(
  message: string | undefined,
  notes: string | undefined,
  reason: string | undefined,
): ReleaseRecord['why'] {
  if (message) return { source: 'tag-message', text: message };
  if (notes) return { source: 'release-notes', text: notes };
  if (reason) return { source: 'input', text: reason };
  return { source: 'none', text: '' };
}
