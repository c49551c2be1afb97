import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Digest } from '../../core/image/digest.js';
import { type Artifact, imagesOf } from '../../core/image/image.js';
import type { FileLayer } from '../../core/image/layer.js';
import { checkTag, parseReference, type Reference, repositoryName } from '../../core/image/reference.js';
import { type ImageReport, imageReport, type LayerReport } from '../../core/image/report.js';
import { writeDockerArchive, writeOciLayout } from '../../core/image/sinks.js';
import { formatPlatform } from '../../core/image/platform.js';
import { UsageError } from '../../core/errors.js';
import type { ActionIO } from '../../platform/io.js';
import { type BlobResult, type PushResult, pushImage } from '../../platform/registry/push.js';
import { build } from './build.js';
import { clientFor } from './clients.js';
import { getBuildImageInputs } from './inputs.js';
import { applyPreset } from './preset.js';
import { finish } from './finish.js';
import { promote } from './promote.js';

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
  if (inputs['promote-from']) return promote(io, inputs, ref, tags);
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
        onProgress: progress(io),
        onBlob: (b) =>
          io.log.info(
            `${b.action} ${b.name} ${b.digest} (${b.bytesSent} bytes sent, ${b.seconds.toFixed(2)} s)`,
          ),
      }),
    );
  }
  const report = imageReport({
    ...(ref
      ? {
          image: repositoryName(ref),
          reference: pushed ? `${repositoryName(ref)}@${pushed.digest}` : undefined,
        }
      : {}),
    digest: artifact.manifest.descriptor.digest,
    mediaType: artifact.manifest.descriptor.mediaType,
    tags: pushed ? pushed.tags : tags,
    platforms: platformsOf(artifact),
    ...(built.lineage.baseName
      ? { base: { name: built.lineage.baseName, digest: built.lineage.baseDigest as Digest | undefined } }
      : {}),
    layers: await layerReports(artifact, built.layers, pushed?.blobs ?? []),
    lineage: built.lineage,
    annotations: built.annotations,
    outputs,
    pushed: pushed !== undefined,
  });
  await finish(io, inputs, report);
}

/** A progress line per blob every 5 s at most: MiB sent, rate, ETA (DESIGN.md: long work shows progress). */
function progress(io: ActionIO): (name: string, sent: number, size: number) => void {
  const started = new Map<string, number>();
  const last = new Map<string, number>();
  return (name, sent, size) => {
    const now = performance.now();
    if (!started.has(name)) started.set(name, now);
    if (now - (last.get(name) ?? started.get(name)!) < 5000) return;
    last.set(name, now);
    const rate = sent / ((now - started.get(name)!) / 1000);
    const mib = (n: number) => (n / 1024 / 1024).toFixed(0);
    io.log.info(
      `${name}: ${mib(sent)}/${mib(size)} MiB sent (${mib(rate)} MiB/s, ETA ${Math.max(0, (size - sent) / rate).toFixed(0)} s)`,
    );
  };
}

/** The offline sinks: an OCI layout directory and/or a `docker load` tarball (first platform). */
async function writeLocal(
  io: ActionIO,
  inputs: Inputs,
  artifact: Artifact,
  ref: Reference | undefined,
  tags: readonly string[],
): Promise<ImageReport['outputs']> {
  const outputs: { ociLayout?: string; dockerTar?: string } = {};
  if (inputs['oci-layout']) {
    const dir = resolve(io.cwd, inputs['oci-layout']);
    await io.log.group(`Writing OCI layout ${dir}`, () =>
      writeOciLayout(dir, artifact, tags.length ? tags : ['latest']),
    );
    outputs.ociLayout = inputs['oci-layout'];
  }
  if (inputs['docker-tar']) {
    const file = resolve(io.cwd, inputs['docker-tar']);
    await mkdir(dirname(file), { recursive: true });
    const name = ref ? repositoryName(ref) : 'mlci/image';
    const image = imagesOf(artifact)[0]!;
    if (imagesOf(artifact).length > 1)
      io.log.warning(
        `docker-tar holds one platform (${formatPlatform(image.platform)}); docker load takes one`,
      );
    await io.log.group(`Writing docker load tar ${file}`, () =>
      writeDockerArchive(
        createWriteStream(file),
        image,
        (tags.length ? tags : ['latest']).map((t) => `${name}:${t}`),
      ),
    );
    outputs.dockerTar = inputs['docker-tar'];
  }
  return outputs;
}

function platformsOf(artifact: Artifact): ImageReport['platforms'] {
  return imagesOf(artifact).map((image) => ({
    platform: formatPlatform(image.platform),
    manifest: image.manifest.descriptor.digest,
    config: image.config.descriptor.digest,
    ...(image.base.manifestDigest ? { base: image.base.manifestDigest } : {}),
  }));
}

async function layerReports(
  artifact: Artifact,
  built: readonly FileLayer[],
  blobs: readonly BlobResult[],
): Promise<LayerReport[]> {
  const seen = new Set<string>();
  const out: LayerReport[] = [];
  for (const image of imagesOf(artifact)) {
    for (const layer of image.layers) {
      const d = layer.descriptor.digest;
      if (seen.has(d)) continue;
      seen.add(d);
      const file = built.find((f) => f === layer.layer);
      const blob = blobs.find((b) => b.digest === d);
      out.push({
        name: layer.name,
        role: file?.role ?? 'base',
        origin: layer.origin,
        digest: d,
        ...(file
          ? { diffId: await file.diffId(), compression: await file.compression(), files: file.files }
          : {}),
        size: layer.descriptor.size,
        mediaType: layer.descriptor.mediaType,
        ...(blob
          ? { action: blob.action, bytesSent: blob.bytesSent, seconds: Number(blob.seconds.toFixed(3)) }
          : {}),
      });
    }
  }
  return out;
}
