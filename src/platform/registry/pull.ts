import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { type Digest, isDigest } from '../../core/image/digest.js';
import type { BaseImage, ImageLayer } from '../../core/image/image.js';
import type { Layer } from '../../core/image/layer.js';
import type { Descriptor } from '../../core/image/manifest.js';
import { familyOf, isIndexType, isManifestType } from '../../core/image/media-types.js';
import { formatPlatform, type Platform, platformMatches } from '../../core/image/platform.js';
import { formatReference, type Reference } from '../../core/image/reference.js';
import { DataError, MlciError } from '../../core/errors.js';
import type { RegistryClient } from './client.js';
import { readBody } from './http.js';

interface RawManifest {
  readonly mediaType?: string;
  readonly config?: Descriptor;
  readonly layers?: readonly Descriptor[];
  readonly manifests?: readonly (Descriptor & { annotations?: Record<string, string> })[];
}

/** A blob in a repository, read lazily: base layers are mounted or streamed across, never unpacked. */
export function registryBlob(
  client: RegistryClient,
  repository: string,
  descriptor: Descriptor,
  diffId: Digest,
): Layer {
  return {
    digest: async () => descriptor.digest,
    diffId: async () => diffId,
    size: async () => descriptor.size,
    mediaType: () => descriptor.mediaType,
    compressed: () => client.openBlob(repository, descriptor.digest),
  } satisfies Layer;
}

/**
 * Resolves a base image once: the tag to a digest, then one manifest per requested platform, and each
 * one's config. Layers are described, not downloaded. A platform the base lacks is a usage error that
 * lists what it has.
 */
export async function resolveBase(
  client: RegistryClient,
  ref: Reference,
  platforms: readonly Platform[],
): Promise<BaseImage[]> {
  client.prepare(ref.repository, 'pull');
  const top = await client.getManifest(ref.repository, ref.digest ?? ref.tag ?? 'latest');
  const name = formatReference({ ...ref, digest: undefined });
  const parsed = JSON.parse(top.bytes.toString('utf8')) as RawManifest;
  if (isIndexType(top.mediaType)) {
    const entries = (parsed.manifests ?? []).filter(
      (m) => m.platform && m.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest',
    );
    return Promise.all(
      platforms.map(async (platform) => {
        const entry = entries.find((m) => platformMatches(m.platform!, platform));
        if (!entry) {
          const have = entries.map((m) => formatPlatform(m.platform!)).join(', ') || 'none';
          throw new MlciError(
            `base image ${name} has no ${formatPlatform(platform)} manifest (it has ${have})`,
            2,
            {
              hint: 'pick platforms the base provides, or another base image',
            },
          );
        }
        const manifest = await client.getManifest(ref.repository, entry.digest);
        return base(client, ref, name, top.digest, manifest, platform);
      }),
    );
  }
  if (!isManifestType(top.mediaType)) {
    throw new MlciError(`base image ${name} has media type "${top.mediaType}", not an image or index`, 2);
  }
  // A single-platform base: its config says which platform it is.
  const image = await base(client, ref, name, top.digest, top, platforms[0]!);
  const actual: Platform = image.platform;
  const missing = platforms.filter((p) => !platformMatches(actual, p));
  if (missing.length) {
    throw new MlciError(
      `base image ${name} has no ${formatPlatform(missing[0]!)} manifest (it is ${formatPlatform(actual)} only)`,
      2,
      {
        hint: 'pick platforms the base provides, or a multi-platform base image',
      },
    );
  }
  return [image];
}

async function base(
  client: RegistryClient,
  ref: Reference,
  name: string,
  topDigest: Digest,
  manifest: { bytes: Buffer; mediaType: string; digest: Digest },
  wanted: Platform,
): Promise<BaseImage> {
  const raw = JSON.parse(manifest.bytes.toString('utf8')) as RawManifest;
  if (!raw.config || !isDigest(raw.config.digest))
    throw new DataError(`base image ${name}: manifest ${manifest.digest} has no config`);
  const configBytes = await readVerified(
    await client.openBlob(ref.repository, raw.config.digest),
    raw.config,
  );
  const config = JSON.parse(configBytes.toString('utf8')) as Record<string, unknown>;
  const diffIds = ((config.rootfs as { diff_ids?: unknown[] } | undefined)?.diff_ids ?? []) as Digest[];
  const descriptors = raw.layers ?? [];
  if (diffIds.length !== descriptors.length) {
    throw new DataError(
      `base image ${name}: ${descriptors.length} layers but ${diffIds.length} diff_ids in its config`,
    );
  }
  const layers: ImageLayer[] = descriptors.map((descriptor, i) => ({
    descriptor: { mediaType: descriptor.mediaType, digest: descriptor.digest, size: descriptor.size },
    layer: registryBlob(client, ref.repository, descriptor, diffIds[i]!),
    name: `base layer ${i + 1}`,
    origin: 'base',
    source: { registry: ref.registry, repository: ref.repository },
  }));
  const platform: Platform = {
    os: typeof config.os === 'string' ? config.os : wanted.os,
    architecture: typeof config.architecture === 'string' ? config.architecture : wanted.architecture,
    ...(typeof config.variant === 'string'
      ? { variant: config.variant }
      : wanted.variant
        ? { variant: wanted.variant }
        : {}),
  };
  return {
    name,
    digest: topDigest,
    manifestDigest: manifest.digest,
    platform,
    family: familyOf(manifest.mediaType),
    config,
    layers,
  };
}

/** Reads a small blob (a config) and checks digest and size before anyone trusts it. */
async function readVerified(stream: Readable, want: Descriptor): Promise<Buffer> {
  const bytes = await readBody(
    { status: 200, headers: {}, url: '', body: stream },
    64 * 1024 * 1024,
    'error',
  );
  const got = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  if (got !== want.digest || bytes.length !== want.size) {
    throw new DataError(
      `blob ${want.digest} read back as ${got} (${bytes.length} bytes, expected ${want.size})`,
    );
  }
  return bytes;
}
