import { sha256 } from './digest.js';

/** Where an image and its model came from, as OCI annotation keys (image-spec annotations.md) and mlci's. */
export interface Lineage {
  readonly source?: string;
  readonly revision?: string;
  readonly created: string;
  readonly version?: string;
  readonly baseName?: string;
  readonly baseDigest?: string;
  readonly model?: ModelLineage;
}

/** What a train run record says about the model, read defensively (any field may be missing). */
export interface ModelLineage {
  readonly runFingerprint?: string;
  readonly dataFingerprint?: string;
  readonly metricsDigest?: string;
}

/** mlci's own annotation/label keys, in reverse-DNS form as the spec asks. */
export const MODEL_KEYS = {
  runFingerprint: 'dev.mlci.model.run-fingerprint',
  dataFingerprint: 'dev.mlci.model.data-fingerprint',
  metricsDigest: 'dev.mlci.model.metrics-digest',
} as const;

/** The annotations (and labels: the same keys) that carry the lineage; absent facts are left out. */
export function lineageAnnotations(lineage: Lineage): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (key: string, value: string | undefined) => {
    if (value) out[key] = value;
  };
  put('org.opencontainers.image.created', lineage.created);
  put('org.opencontainers.image.source', lineage.source);
  put('org.opencontainers.image.revision', lineage.revision);
  put('org.opencontainers.image.version', lineage.version);
  put('org.opencontainers.image.base.name', lineage.baseName);
  put('org.opencontainers.image.base.digest', lineage.baseDigest);
  put(MODEL_KEYS.runFingerprint, lineage.model?.runFingerprint);
  put(MODEL_KEYS.dataFingerprint, lineage.model?.dataFingerprint);
  put(MODEL_KEYS.metricsDigest, lineage.model?.metricsDigest);
  return out;
}

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;
const obj = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;

/** JSON with object keys sorted, so the same metrics always hash the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const o = obj(value);
  if (o) {
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The model lineage in a `mlci/run-record` report: `fingerprint`; the data fingerprint from
 * `data.fingerprint`, `dataFingerprint` or `inputs.data.fingerprint`; the metrics digest from
 * `metrics.digest`, `metricsDigest`, or the sha256 of the canonical JSON of `metrics`. Unknown shapes
 * give empty fields, never an error: the record belongs to another capability and may grow.
 */
export function modelLineage(record: unknown): ModelLineage {
  const r = obj(record) ?? {};
  const data = obj(r.data);
  const inputs = obj(r.inputs);
  const metrics = r.metrics;
  const metricsDigest =
    str(obj(metrics)?.digest) ??
    str(r.metricsDigest) ??
    (metrics !== undefined && metrics !== null ? sha256(canonicalJson(metrics)) : undefined);
  const out: { runFingerprint?: string; dataFingerprint?: string; metricsDigest?: string } = {};
  const run = str(r.fingerprint) ?? str(obj(r.run)?.fingerprint);
  const dataFp =
    str(data?.fingerprint) ??
    str(r.dataFingerprint) ??
    str(obj(inputs?.data)?.fingerprint) ??
    str(inputs?.data);
  if (run) out.runFingerprint = run;
  if (dataFp) out.dataFingerprint = dataFp;
  if (metricsDigest) out.metricsDigest = metricsDigest;
  return out;
}
