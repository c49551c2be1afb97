import {
  type ConfigChanges,
  type ImageConfig,
  appendLayers,
  scratchConfig,
  withConfig,
  withCreated,
} from './config.js';
import type { Digest } from './digest.js';
import type { FileLayer, Layer } from './layer.js';
import { type Blob, type Descriptor, imageIndex, imageManifest, jsonBlob } from './manifest.js';
import { type Family, familyTypes } from './media-types.js';
import type { Platform } from './platform.js';

/** Where a blob already lives, so a push to the same registry can mount it instead of uploading. */
export interface BlobSource {
  readonly registry: string;
  readonly repository: string;
}

/** One layer of an image with its descriptor, and where it came from. */
export interface ImageLayer {
  readonly descriptor: Descriptor;
  readonly layer: Layer;
  readonly name: string;
  readonly origin: 'base' | 'built';
  readonly source?: BlobSource;
}

/** A base resolved to one platform's manifest: its config and layers (the layers are not downloaded). */
export interface BaseImage {
  /** `docker.io/library/python:3.12-slim` as the user wrote it, normalised; undefined for scratch. */
  readonly name?: string;
  /** The digest the base's tag resolved to (an index or a manifest). */
  readonly digest?: Digest;
  /** The digest of this platform's manifest. */
  readonly manifestDigest?: Digest;
  readonly platform: Platform;
  readonly family: Family;
  readonly config: ImageConfig;
  readonly layers: readonly ImageLayer[];
}

/** A single-platform image, serialised: the bytes here are exactly what is pushed or written. */
export interface Image {
  readonly kind: 'image';
  readonly platform: Platform;
  readonly base: BaseImage;
  readonly config: Blob;
  /** Where the config blob already lives (an image pulled for promotion), so a push can mount it. */
  readonly configSource?: BlobSource;
  readonly manifest: Blob;
  readonly layers: readonly ImageLayer[];
}

/** A multi-platform image: an index over per-platform images that share the built layers. */
export interface ImageIndex {
  readonly kind: 'index';
  readonly manifest: Blob;
  readonly images: readonly Image[];
}

/** What a build produces and a sink writes: one image, or an index over several. */
export type Artifact = Image | ImageIndex;

/** The empty base (`scratch`) for a platform. */
export function scratch(platform: Platform): BaseImage {
  return { platform, family: 'oci', config: scratchConfig(platform), layers: [] };
}

/** How assembleImage sets the config and annotations. */
export interface AssembleOptions {
  readonly changes: ConfigChanges;
  /** RFC 3339 time from SOURCE_DATE_EPOCH: the config's `created` and every history entry. */
  readonly created: string;
  readonly annotations?: Readonly<Record<string, string>>;
}

/**
 * The image of `layers` on top of `base` (ggcr's mutate.Append + mutate.Config + mutate.Time in one
 * step). Measures each built layer (its digest and diff_id) once; returns a new value.
 */
export async function assembleImage(
  base: BaseImage,
  layers: readonly FileLayer[],
  options: AssembleOptions,
): Promise<Image> {
  const built: ImageLayer[] = [];
  for (const layer of layers) {
    built.push({
      descriptor: { mediaType: layer.mediaType(), digest: await layer.digest(), size: await layer.size() },
      layer,
      name: layer.name,
      origin: 'built',
    });
  }
  const appended = appendLayers(
    base.config,
    await Promise.all(
      layers.map(async (layer) => ({
        diffId: await layer.diffId(),
        createdBy: `mlci build-image: ${layer.role} layer "${layer.name}" (${layer.files} files)`,
      })),
    ),
    options.created,
  );
  const config = withCreated(
    {
      ...withConfig(appended, options.changes),
      architecture: base.platform.architecture,
      os: base.platform.os,
    },
    options.created,
  );
  const types = familyTypes(base.family, true);
  const configBlob = jsonBlob(config, types.config);
  const all = [...base.layers, ...built];
  const manifest = imageManifest(
    base.family,
    configBlob.descriptor,
    all.map((l) => l.descriptor),
    options.annotations,
  );
  return { kind: 'image', platform: base.platform, base, config: configBlob, manifest, layers: all };
}

/** An index over per-platform images, in the order given (the order of the `platforms` input). */
export function assembleIndex(
  images: readonly Image[],
  annotations?: Readonly<Record<string, string>>,
): ImageIndex {
  const family = images[0]?.base.family ?? 'oci';
  const manifests = images.map((image) => ({ ...image.manifest.descriptor, platform: image.platform }));
  return { kind: 'index', manifest: imageIndex(family, manifests, annotations), images };
}

/** The images of an artifact. */
export const imagesOf = (artifact: Artifact): readonly Image[] =>
  artifact.kind === 'index' ? artifact.images : [artifact];
