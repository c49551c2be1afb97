import type { ReportHeader } from '../report-envelope.js';
import { MLCI_VERSION } from '../version.js';
import type { Digest } from './digest.js';
import type { Lineage } from './lineage.js';

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
