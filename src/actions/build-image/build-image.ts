import { pushProgress } from '../../core/image/push-progress.js';
import { blobProgress } from '../../platform/terminal/progress.js';
import { checkTag, parseReference, type Reference, repositoryName } from '../../core/image/reference.js';
import { buildImageReport } from '../../core/image/report.js';
import { UsageError } from '../../core/errors.js';
import { resolve } from 'node:path';
import { checkRunPaths } from '../../platform/fs/output-paths.js';
import { keepReportCurrent } from '../../platform/fs/report-file.js';
import type { ActionIO } from '../../platform/io.js';
import { type PushResult, pushImage } from '../../platform/registry/push.js';
import { build } from './build.js';
import { clientFor } from './clients.js';
import { getBuildImageInputs } from './inputs.js';
import { applyPreset } from './preset.js';
import { finish } from './finish.js';
import { promote } from './promote.js';
import { writeLocal } from './write-local.js';

type Inputs = ReturnType<typeof applyPreset>;

/** The target reference and tags: a `:tag` in `image` joins `tags`; default sha-<short> on a runner, else latest. */
function target(io: ActionIO, inputs: Inputs): { ref?: Reference; tags: string[] } {
  if (!inputs.image) return { tags: inputs.tags.map(checkTag) };
  const ref = parseReference(inputs.image, 'image');
  if (ref.digest)
    throw new UsageError(`image "${inputs.image}" names a digest; give a name (and tags) to push to`);
  const tags = [...(ref.tag ? [ref.tag] : []), ...inputs.tags].map(checkTag);
  if (!tags.length) tags.push(io.env.GITHUB_SHA ? `sha-${io.env.GITHUB_SHA.slice(0, 7)}` : 'latest');
  return { ref: { registry: ref.registry, repository: ref.repository }, tags: [...new Set(tags)] };
}

/** `mlci build-image`: build a model image without an engine, write it offline and/or push it. */
export async function buildImage(io: ActionIO): Promise<void> {
  const inputs = applyPreset(getBuildImageInputs(io.inputs));
  if (inputs['registry-password']) io.setSecret(inputs['registry-password']);
  const { ref, tags } = target(io, inputs);
  await checkRunPaths(
    io,
    { report: inputs.report, 'oci-layout': inputs['oci-layout'], 'docker-tar': inputs['docker-tar'] },
    {
      weights: inputs.weights,
      metadata: inputs.metadata,
      code: inputs.code,
      layers: inputs.layers.map((layer) => layer.source),
      'run-record': inputs['run-record'],
    },
  );
  await keepReportCurrent(resolve(io.cwd, inputs.report), { kind: 'mlci/image-report', version: 1 }, () =>
    inputs['promote-from'] ? promote(io, inputs, ref, tags) : buildAndWrite(io, inputs, ref, tags),
  );
}

async function buildAndWrite(
  io: ActionIO,
  inputs: Inputs,
  ref: Reference | undefined,
  tags: string[],
): Promise<void> {
  const push = inputs.push ?? ref !== undefined;
  if (push && !ref)
    throw new UsageError('input `push` is true but `image` is empty', {
      hint: 'set `image: ghcr.io/OWNER/NAME`, or push: false',
    });
  if (!push && !inputs['oci-layout'] && !inputs['docker-tar']) {
    throw new UsageError('nothing to do: no `image` to push, no `oci-layout` and no `docker-tar`', {
      hint: 'set `image` to push, or oci-layout / docker-tar to write the image locally',
    });
  }
  const built = await build(io, inputs);
  const { artifact } = built;
  const outputs = await writeLocal(io, inputs, artifact, ref, tags);
  let pushed: PushResult | undefined;
  if (push && ref) {
    const client = await clientFor(ref.registry, io, inputs, true);
    pushed = await io.log.group(`Pushing ${repositoryName(ref)}`, () =>
      pushImage(client, ref.repository, artifact, tags, {
        jobs: inputs.jobs,
        upload: inputs['upload-mode'],
        chunkSize: Math.round(inputs['chunk-size'] * 1024 * 1024),
        warn: (message) => io.log.warning(message),
        onProgress: io.progress ? blobProgress(io.progress) : pushProgress((line) => io.log.info(line)),
        onBlob: (b) =>
          io.log.info(
            `${b.action} ${b.name} ${b.digest} (${b.bytesSent} bytes sent, ${b.seconds.toFixed(2)} s)`,
          ),
      }),
    );
  }
  const report = await buildImageReport({
    ...(ref ? { image: repositoryName(ref) } : {}),
    artifact,
    built: built.layers,
    lineage: built.lineage,
    annotations: built.annotations,
    tags,
    outputs,
    pushed,
  });
  await finish(io, inputs, report);
}
