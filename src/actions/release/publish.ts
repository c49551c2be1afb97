import { resolve } from 'node:path';
import type { NamedText } from '../../core/metrics/baseline.js';
import { type CardText, renderModelCard } from '../../core/release/model-card.js';
import { type ReleaseRecord, serializeRecord } from '../../core/release/record.js';
import { marker } from '../../core/report/marker.js';
import { escapeMarkdown, inlineCode } from '../../core/text/markdown.js';
import { ensureRelease, putAsset } from '../../platform/github/release-publish.js';
import type { GitHubRelease } from '../../platform/github/release-records.js';
import { readProfileFile } from '../../platform/data/profile-file.js';
import type { ActionIO } from '../../platform/io.js';
import type { ReleaseContext } from './context.js';
import type { ReleaseInputs } from './inputs.js';

/** Names of the assets release attaches beside the record. */
export const CARD_ASSET = 'mlci-model-card.md';
export const predictionsAsset = (file: NamedText) =>
  file.name.toLowerCase().endsWith('.csv') ? 'mlci-predictions.csv' : 'mlci-predictions.jsonl';

/** The body of a release mlci creates; its marker tells it apart from notes a person wrote. */
export const RELEASE_BODY_MARK = marker('release-body');

/** Release notes a person wrote (the "why"), or undefined for none or mlci's own body. */
export function notesOf(release: GitHubRelease | undefined): string | undefined {
  const body = release?.body?.trim();
  return body && !body.includes(RELEASE_BODY_MARK) ? body : undefined;
}

/**
 * The GitHub release of the record's tag, created if missing, with the predictions, the model card and
 * the record attached, the record last: it is what history and compare-metrics read, so it appears
 * only once everything it points to is there. Every step is idempotent, so a rerun converges.
 */
export async function publishRelease(
  io: ActionIO,
  ctx: ReleaseContext,
  inputs: ReleaseInputs,
  record: ReleaseRecord,
  predictions: NamedText | undefined,
): Promise<GitHubRelease> {
  const release = await ensureRelease(ctx.github, ctx.repo, {
    tag: record.tag,
    commit: record.commit,
    name: `${record.model ? `${record.model} ` : ''}${record.release}${record.rollback ? ` (rollback to ${record.rollback.to.tag})` : ''}`,
    body: releaseBody(record),
    makeLatest: true,
  });
  const put = async (name: string, bytes: Buffer, type: string) => {
    const done = await putAsset(ctx.github, ctx.repo, release, name, bytes, type);
    io.log.info(`release ${record.tag}: ${name} ${done}`);
  };
  if (predictions && record.predictions)
    await put(record.predictions.asset, Buffer.from(predictions.text), 'application/octet-stream');
  await put(CARD_ASSET, Buffer.from(renderModelCard(record, await cardText(io, inputs))), 'text/markdown');
  await put(inputs['record-asset'], Buffer.from(serializeRecord(record)), 'application/json');
  return release;
}

function releaseBody(record: ReleaseRecord): string {
  const what = record.rollback
    ? `Rollback of production to ${escapeMarkdown(record.rollback.to.tag)}.`
    : `Model ${escapeMarkdown(record.release)} released by mlci.`;
  return [
    what,
    '',
    `Image ${inlineCode(record.image.reference)}`,
    '',
    `The release record (\`mlci-release-record.json\`) and the model card are attached.`,
    '',
    RELEASE_BODY_MARK,
  ].join('\n');
}

/** The model card's own words, and the training data profile's summary when one is given. */
async function cardText(io: ActionIO, inputs: ReleaseInputs): Promise<CardText> {
  const path = inputs['data-profile'];
  // The same size-capped, checked reader as validate-data's reference profiles.
  const profile = path ? readProfileFile(resolve(io.cwd, path), path) : undefined;
  return {
    intendedUse: inputs['intended-use'],
    limitations: inputs.limitations,
    license: inputs.license,
    profile: profile && {
      rows: profile.rows,
      columns: profile.columns.map((c) => ({ name: c.name, kind: c.type })),
    },
  };
}
