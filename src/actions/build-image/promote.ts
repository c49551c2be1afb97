import { UsageError } from '../../core/errors.js';
import {
  formatReference,
  parseReference,
  type Reference,
  repositoryName,
} from '../../core/image/reference.js';
import { imageReport } from '../../core/image/report.js';
import type { ActionIO } from '../../platform/io.js';
import { promoteImage } from '../../platform/registry/promote.js';
import { clientFor } from './clients.js';
import { finish } from './finish.js';
import type { applyPreset } from './preset.js';

type Inputs = ReturnType<typeof applyPreset>;

/** `promote-from`: point `image`:`tags` at an existing image without rebuilding (same digest). */
export async function promote(
  io: ActionIO,
  inputs: Inputs,
  ref: Reference | undefined,
  tags: readonly string[],
): Promise<void> {
  // Promotion never builds: inputs that describe a build are a mistake, not something to ignore.
  const building = (['weights', 'metadata', 'code', 'layers', 'oci-layout', 'docker-tar'] as const).filter(
    (name) => {
      const value = inputs[name];
      return Array.isArray(value) ? value.length > 0 : value !== undefined;
    },
  );
  if (building.length) {
    throw new UsageError(
      `input \`promote-from\` re-tags an existing image; it cannot be combined with \`${building[0]}\``,
      {
        hint: 'use one step to build and another to promote its digest',
      },
    );
  }
  if (!ref)
    throw new UsageError('promote-from needs `image`, the name to promote to', {
      hint: 'e.g. image: ghcr.io/acme/model, tags: prod',
    });
  const from = parseReference(inputs['promote-from']!, 'promote-from');
  if (!from.digest && !from.tag)
    throw new UsageError(`promote-from "${inputs['promote-from']}" needs a tag or a digest`);
  const sourceClient = await clientFor(from.registry, io, inputs, from.registry === ref.registry);
  const targetClient =
    from.registry === ref.registry ? sourceClient : await clientFor(ref.registry, io, inputs, true);
  const result = await io.log.group(`Promoting ${formatReference(from)} to ${repositoryName(ref)}`, () =>
    promoteImage(
      { client: sourceClient, ref: from },
      { client: targetClient, repository: ref.repository },
      tags,
      {
        jobs: inputs.jobs,
        warn: (message) => io.log.warning(message),
      },
    ),
  );
  const report = imageReport({
    image: repositoryName(ref),
    reference: `${repositoryName(ref)}@${result.digest}`,
    digest: result.digest,
    mediaType: result.mediaType,
    tags: result.tags,
    platforms: [],
    layers: result.blobs
      .filter((b) => b.kind === 'layer')
      .map((b) => ({
        name: b.name,
        role: 'promoted',
        origin: 'base',
        digest: b.digest,
        size: b.size,
        mediaType: b.mediaType,
        action: b.action,
        bytesSent: b.bytesSent,
        seconds: Number(b.seconds.toFixed(3)),
      })),
    annotations: {},
    outputs: {},
    promotedFrom: { reference: formatReference(from), how: result.how },
    pushed: true,
  });
  await finish(io, inputs, report);
}
