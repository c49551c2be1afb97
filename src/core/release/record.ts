import type { ReportHeader } from '../report-envelope.js';
import { MLCI_VERSION } from '../version.js';

/** Version of the release record's shape (docs/release.md); adding fields does not bump it. */
export const RELEASE_RECORD_VERSION = 1;

/** Asset name compare-metrics' `release` source reads by default (docs/compare-metrics.md). */
export const RECORD_ASSET = 'mlci-release-record.json';

/** One metric as released: its value, and against the previous production, the delta and its interval. */
export interface ReleasedMetric {
  readonly name: string;
  readonly value: number | null;
  readonly baseline: number | null;
  readonly delta: number | null;
  readonly interval: {
    readonly lower: number;
    readonly upper: number;
    readonly level: number;
    readonly method: string;
  } | null;
  readonly verdict: string;
}

/** A regression a maintainer accepted: from an mlci/acceptance check run, or the release's `accept` input. */
export interface RecordedAcceptance {
  readonly metrics: readonly string[];
  readonly reason: string;
  readonly by: string;
  readonly source: 'check-run' | 'input';
  readonly at: string;
  readonly url: string | null;
}

/** An environment approval read back from the run (GET /actions/runs/{id}/approvals). */
export interface Approval {
  readonly user: string;
  readonly state: string;
  readonly comment: string;
  readonly environments: readonly string[];
}

/** What another record is called in this one (previous production, rollback target). */
export interface RecordRef {
  readonly tag: string;
  readonly version: string;
  readonly digest: string;
}

/**
 * The `mlci/release-record`: one per production change (a release or a rollback), attached to its
 * GitHub release. compare-metrics reads `metrics`, `fingerprint` and `predictions` of the newest one
 * as the production baseline, so `metrics` stays a flat map of numbers; everything else is the audit
 * trail: who, when, why, what (image digest, fingerprints), with what evidence.
 */
export interface ReleaseRecord extends ReportHeader<'mlci/release-record'> {
  /** Model name when a repository releases several (`--model` of history); null for one. */
  readonly model: string | null;
  readonly repository: string;
  /** The release this record is about: for a rollback, the rollback's own tag. */
  readonly tag: string;
  /** Semantic version of the model in production after this change. */
  readonly release: string;
  readonly commit: string;
  readonly image: {
    readonly reference: string;
    readonly digest: string;
    readonly tags: readonly string[];
    /** A rebuild at release time gave the same digest (reproducibility proof); null when not rebuilt. */
    readonly rebuild: { readonly digest: string; readonly identical: boolean } | null;
  };
  /** Flat metric name → value of the released model (read by compare-metrics as the baseline). */
  readonly metrics: Readonly<Record<string, number>>;
  /** Test-set fingerprint of those metrics (compare-metrics refuses a different test set). */
  readonly fingerprint: string | null;
  /** Per-example predictions, another asset of the same release (makes the next comparison paired). */
  readonly predictions: { readonly asset: string } | null;
  readonly fingerprints: {
    /** sha256 of the run record the model came from. */
    readonly run: string | null;
    /** Fingerprint of the last training stage (what makes two trainings the same). */
    readonly model: string | null;
    /** Training data: the fingerprint inputs of the stages' dependencies, or a profile digest. */
    readonly data: string | null;
  };
  readonly evaluation: {
    /**
     * first: no production to compare with; pass; accepted: a regression released under an acceptance;
     * rollback. (refused appears only in the summary of a refused release: no record is attached then.)
     */
    readonly verdict: 'first' | 'pass' | 'accepted' | 'rollback' | 'refused';
    readonly against: RecordRef | null;
    readonly metrics: readonly ReleasedMetric[];
    readonly reasons: readonly string[];
  };
  readonly who: {
    readonly actor: string | null;
    readonly triggeringActor: string | null;
    /** Tagger of the annotated tag (name <email>), null for a lightweight tag. */
    readonly tagger: string | null;
  };
  /** ISO 8601: when this change reached production (the promotion). */
  readonly releasedAt: string;
  readonly why: {
    readonly source: 'tag-message' | 'release-notes' | 'input' | 'none';
    readonly text: string;
  };
  readonly approvals: readonly Approval[];
  readonly acceptances: readonly RecordedAcceptance[];
  /** Production before this change; null for the first release. */
  readonly previous: RecordRef | null;
  readonly first: boolean;
  /** Set on a rollback: the release whose digest production returned to. */
  readonly rollback: { readonly to: RecordRef } | null;
  readonly deployment: { readonly environment: string; readonly id: number | null } | null;
  readonly run: { readonly id: string | null; readonly url: string | null };
}

export type ReleaseRecordFields = Omit<ReleaseRecord, 'kind' | 'version' | 'tool'>;

/** Builds the record in one step. */
export function buildReleaseRecord(fields: ReleaseRecordFields): ReleaseRecord {
  return {
    kind: 'mlci/release-record',
    version: RELEASE_RECORD_VERSION,
    tool: { name: 'mlci', version: MLCI_VERSION },
    ...fields,
  };
}

/** The record as attached: two-space JSON with a final newline. */
export function serializeRecord(record: ReleaseRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** How another record is named in this one. */
export function refOf(record: Pick<ReleaseRecord, 'tag' | 'release' | 'image'>): RecordRef {
  return { tag: record.tag, version: record.release, digest: record.image.digest };
}

const str = (v: unknown): v is string => typeof v === 'string';

/**
 * A stored record read back, or the reason it is not one. Never throws: release assets are untrusted
 * text (anyone with write access can upload one). Only the fields history and release rely on are
 * checked; the rest is kept as stored.
 */
export function parseReleaseRecord(text: string): ReleaseRecord | string {
  if (text.length > 4 * 1024 * 1024) return 'larger than 4 MiB';
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'not JSON';
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'not a JSON object';
  const r = value as Record<string, unknown>;
  if (r.kind !== 'mlci/release-record') return 'not an mlci/release-record';
  if (r.version !== RELEASE_RECORD_VERSION)
    return `version ${String(r.version)} is not ${RELEASE_RECORD_VERSION}`;
  for (const key of ['tag', 'release', 'commit', 'releasedAt'] as const)
    if (!str(r[key])) return `field \`${key}\` is missing`;
  if (Number.isNaN(Date.parse(r.releasedAt as string))) return '`releasedAt` is not a time';
  const image = r.image as Record<string, unknown> | undefined;
  if (!image || !str(image.digest) || !/^sha256:[0-9a-f]{64}$/.test(image.digest))
    return '`image.digest` is not a sha256 digest';
  if (!r.metrics || typeof r.metrics !== 'object') return 'field `metrics` is missing';
  return value as ReleaseRecord;
}
