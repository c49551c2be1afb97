import { createHash } from 'node:crypto';
import type { Digest } from '../../core/image/digest.js';
import type { Artifact, Image, ImageLayer } from '../../core/image/image.js';
import type { Blob, Descriptor } from '../../core/image/manifest.js';
import { familyOf, isIndexType } from '../../core/image/media-types.js';
import type { Platform } from '../../core/image/platform.js';
import { formatReference, type Reference } from '../../core/image/reference.js';
import { DataError, MlciError } from '../../core/errors.js';
import type { RegistryClient } from './client.js';
import { readBody } from './http.js';
import { registryBlob } from './pull.js';
import { type PushOptions, type PushResult, pushImage } from './push.js';

interface RawManifest {
  readonly config?: Descriptor;
  readonly layers?: readonly Descriptor[];
  readonly manifests?: readonly (Descriptor & { platform?: Platform })[];
}

/**
 * An image or index already in a registry, with its exact manifest bytes, so that pushing it elsewhere
 * gives the same digest (promotion never rebuilds). Layers are described, not downloaded.
 */
export async function pullArtifact(client: RegistryClient, ref: Reference): Promise<Artifact> {
  client.prepare(ref.repository, 'pull');
  const top = await client.getManifest(ref.repository, ref.digest ?? ref.tag ?? 'latest');
  const blob = (bytes: Buffer, mediaType: string, digest: Digest): Blob => ({
    bytes,
    descriptor: { mediaType, digest, size: bytes.length },
  });
  if (isIndexType(top.mediaType)) {
    const raw = JSON.parse(top.bytes.toString('utf8')) as RawManifest;
    const images = await Promise.all(
      (raw.manifests ?? []).map(async (entry) => {
        const child = await client.getManifest(ref.repository, entry.digest);
        return pulledImage(client, ref, blob(child.bytes, child.mediaType, child.digest), entry.platform);
      }),
    );
    return { kind: 'index', manifest: blob(top.bytes, top.mediaType, top.digest), images };
  }
  return pulledImage(client, ref, blob(top.bytes, top.mediaType, top.digest), undefined);
}

async function pulledImage(
  client: RegistryClient,
  ref: Reference,
  manifest: Blob,
  platform: Platform | undefined,
): Promise<Image> {
  const raw = JSON.parse(manifest.bytes.toString('utf8')) as RawManifest;
  if (!raw.config)
    throw new DataError(`${formatReference(ref)}: manifest ${manifest.descriptor.digest} has no config`);
  const bytes = await readBody(
    { status: 200, headers: {}, url: '', body: await client.openBlob(ref.repository, raw.config.digest) },
    64 * 1024 * 1024,
    'error',
  );
  const got = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  if (got !== raw.config.digest)
    throw new DataError(`${formatReference(ref)}: config ${raw.config.digest} read back as ${got}`);
  const config = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
  const diffIds = ((config.rootfs as { diff_ids?: Digest[] } | undefined)?.diff_ids ?? []) as Digest[];
  const layers: ImageLayer[] = (raw.layers ?? []).map((d, i) => ({
    descriptor: { mediaType: d.mediaType, digest: d.digest, size: d.size },
    layer: registryBlob(client, ref.repository, d, diffIds[i] ?? d.digest),
    name: `layer ${i + 1}`,
    origin: 'base',
    source: { registry: ref.registry, repository: ref.repository },
  }));
  const resolved: Platform = platform ?? {
    os: String(config.os ?? 'linux'),
    architecture: String(config.architecture ?? 'amd64'),
  };
  return {
    kind: 'image',
    platform: resolved,
    base: { platform: resolved, family: familyOf(manifest.descriptor.mediaType), config, layers: [] },
    config: {
      bytes,
      descriptor: { mediaType: raw.config.mediaType, digest: raw.config.digest, size: bytes.length },
    },
    configSource: { registry: ref.registry, repository: ref.repository },
    manifest,
    layers,
  };
}

/** A push result plus how the blobs got to the target. */
export interface PromoteResult extends PushResult {
  /** same-repository: tags only; mount: blobs mounted on one registry; copy: blobs streamed across registries. */
  readonly how: 'same-repository' | 'mount' | 'copy';
}

/**
 * Points `tags` of `to` at the image `from` names, without rebuilding: the digest stays the same, so
 * what was tested is what ships. Same repository: manifest PUTs only. Another repository of the same
 * registry: blobs are mounted. Another registry: blobs are streamed across. Used by `release`.
 */
export async function promoteImage(
  source: { client: RegistryClient; ref: Reference },
  target: { client: RegistryClient; repository: string },
  tags: readonly string[],
  options: PushOptions = {},
): Promise<PromoteResult> {
  const artifact = await pullArtifact(source.client, source.ref);
  if (source.ref.digest && artifact.manifest.descriptor.digest !== source.ref.digest) {
    throw new MlciError(
      `${formatReference(source.ref)} resolved to ${artifact.manifest.descriptor.digest}`,
      1,
    );
  }
  const sameRegistry = source.client.registry === target.client.registry;
  const how = !sameRegistry
    ? 'copy'
    : source.ref.repository === target.repository
      ? 'same-repository'
      : 'mount';
  const result = await pushImage(target.client, target.repository, artifact, tags, options);
  return { ...result, how };
}
