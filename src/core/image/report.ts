import type { ReportHeader } from '../report-envelope.js';
import { MLCI_VERSION } from '../version.js';
import type { Digest } from './digest.js';
import { type Artifact, imagesOf } from './image.js';
import type { FileLayer } from './layer.js';
import type { Lineage } from './lineage.js';
import { formatPlatform } from './platform.js';

/** One layer of the image report; `action` and timings are absent when nothing was pushed. */
export interface LayerReport {
  readonly name: string;
  readonly role: string;
  readonly origin: 'base' | 'built';
  readonly digest: Digest;
  readonly diffId?: Digest;
  readonly size: number;
  readonly mediaType: string;
  readonly compression?: string;
  readonly files?: number;
  readonly action?: 'uploaded' | 'skipped' | 'mounted';
  readonly bytesSent?: number;
  readonly seconds?: number;
}

/** The `mlci/image-report` JSON: what was built, where it went, and where the model came from. */
export interface ImageReport extends ReportHeader<'mlci/image-report'> {
  /** `registry/repository`, or undefined for an offline build. */
  readonly image?: string;
  /** What the tags point at: the index for several platforms, else the manifest. */
  readonly digest: Digest;
  readonly mediaType: string;
  readonly reference?: string;
  readonly tags: readonly string[];
  readonly platforms: readonly {
    readonly platform: string;
    readonly manifest: Digest;
    readonly config: Digest;
    readonly base?: Digest;
  }[];
  readonly base?: { readonly name: string; readonly digest?: Digest };
  readonly layers: readonly LayerReport[];
  /** Absent for a promotion: the promoted image keeps the labels it was built with. */
  readonly lineage?: Lineage;
  readonly annotations: Readonly<Record<string, string>>;
  readonly outputs: { readonly ociLayout?: string; readonly dockerTar?: string };
  /** Set by a promotion: where the image came from and how it got here. */
  readonly promotedFrom?: { readonly reference: string; readonly how: string };
  readonly pushed: boolean;
}

/** Builds the report in one step from its parts. */
export function imageReport(fields: Omit<ImageReport, 'kind' | 'version' | 'tool'>): ImageReport {
  return { kind: 'mlci/image-report', version: 1, tool: { name: 'mlci', version: MLCI_VERSION }, ...fields };
}

/** What the registry did with one blob of a push (platform/registry's BlobResult has these fields). */
export interface PushedBlob {
  readonly digest: Digest;
  readonly action: 'uploaded' | 'skipped' | 'mounted';
  readonly bytesSent: number;
  readonly seconds: number;
}

/** The report of a build: the artifact, the layers mlci built, and the push if there was one. */
export interface BuildReportParts {
  /** `registry/repository`, or undefined for an offline build. */
  readonly image?: string;
  readonly artifact: Artifact;
  readonly built: readonly FileLayer[];
  readonly lineage: Lineage;
  readonly annotations: Readonly<Record<string, string>>;
  /** The tags asked for; a push reports the tags it set instead. */
  readonly tags: readonly string[];
  readonly outputs: ImageReport['outputs'];
  readonly pushed?: {
    readonly digest: Digest;
    readonly tags: readonly string[];
    readonly blobs: readonly PushedBlob[];
  };
}

/** The `mlci/image-report` of a build, in one step from what was built and pushed. */
export async function buildImageReport(parts: BuildReportParts): Promise<ImageReport> {
  const { image, artifact, lineage, pushed } = parts;
  return imageReport({
    ...(image ? { image, reference: pushed ? `${image}@${pushed.digest}` : undefined } : {}),
    digest: artifact.manifest.descriptor.digest,
    mediaType: artifact.manifest.descriptor.mediaType,
    tags: pushed ? pushed.tags : parts.tags,
    platforms: platformsOf(artifact),
    ...(lineage.baseName
      ? { base: { name: lineage.baseName, digest: lineage.baseDigest as Digest | undefined } }
      : {}),
    layers: await layerReports(artifact, parts.built, pushed?.blobs ?? []),
    lineage,
    annotations: parts.annotations,
    outputs: parts.outputs,
    pushed: pushed !== undefined,
  });
}

/** One entry per platform image: its manifest, config and the base manifest it was built on. */
export function platformsOf(artifact: Artifact): ImageReport['platforms'] {
  return imagesOf(artifact).map((image) => ({
    platform: formatPlatform(image.platform),
    manifest: image.manifest.descriptor.digest,
    config: image.config.descriptor.digest,
    ...(image.base.manifestDigest ? { base: image.base.manifestDigest } : {}),
  }));
}

/**
 * One entry per distinct layer across the platforms, in manifest order: a layer mlci built adds its
 * diff_id, compression and file count, a pushed one what the registry did with it.
 */
export async function layerReports(
  artifact: Artifact,
  built: readonly FileLayer[],
  blobs: readonly PushedBlob[],
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
