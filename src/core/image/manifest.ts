import { type Digest, sha256 } from './digest.js';
import { type Family, familyTypes } from './media-types.js';
import type { Platform } from './platform.js';

/** A content descriptor (image-spec descriptor.md). */
export interface Descriptor {
  readonly mediaType: string;
  readonly digest: Digest;
  readonly size: number;
  readonly platform?: Platform;
  readonly annotations?: Readonly<Record<string, string>>;
}

/** Bytes with their digest: what a manifest or config is once serialised (registries store bytes verbatim). */
export interface Blob {
  readonly bytes: Buffer;
  readonly descriptor: Descriptor;
}

/** Serialises a JSON value once and hashes exactly those bytes. */
export function jsonBlob(value: unknown, mediaType: string): Blob {
  const bytes = Buffer.from(JSON.stringify(value));
  return { bytes, descriptor: { mediaType, digest: sha256(bytes), size: bytes.length } };
}

function annotated(annotations: Readonly<Record<string, string>> | undefined) {
  return annotations && Object.keys(annotations).length ? { annotations } : {};
}

/** An image manifest of the family; Docker schema 2 has no annotations, so they are left out there. */
export function imageManifest(
  family: Family,
  config: Descriptor,
  layers: readonly Descriptor[],
  annotations?: Readonly<Record<string, string>>,
): Blob {
  const types = familyTypes(family, true);
  const strip = ({ mediaType, digest, size }: Descriptor) => ({ mediaType, digest, size });
  return jsonBlob(
    {
      schemaVersion: 2,
      mediaType: types.manifest,
      config: strip(config),
      layers: layers.map(strip),
      ...(family === 'oci' ? annotated(annotations) : {}),
    },
    types.manifest,
  );
}

/** An image index (or Docker manifest list) over per-platform manifests. */
export function imageIndex(
  family: Family,
  manifests: readonly Descriptor[],
  annotations?: Readonly<Record<string, string>>,
): Blob {
  const types = familyTypes(family, true);
  return jsonBlob(
    {
      schemaVersion: 2,
      mediaType: types.index,
      manifests: manifests.map(({ mediaType, digest, size, platform }) => ({
        mediaType,
        digest,
        size,
        ...(platform ? { platform } : {}),
      })),
      ...(family === 'oci' ? annotated(annotations) : {}),
    },
    types.index,
  );
}
