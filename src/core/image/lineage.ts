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
 * The model lineage in a `mlci/run-record` report, read defensively (unknown shapes give empty fields,
 * never an error: the record belongs to another capability and may grow).
 *
 * - run fingerprint: `fingerprint`; else the stages' fingerprints (one stage: its own; several: the
 *   sha256 of the canonical `{stage: fingerprint}` map)
 * - data fingerprint: `data.fingerprint` / `dataFingerprint`; else the sha256 of the canonical map of
 *   every stage's dependency hashes (`stages[].inputs.deps`: path -> content hash)
 * - metrics digest: `metrics.digest` / `metricsDigest`; else the sha256 of the canonical JSON of the
 *   metrics (`metrics`, or `{stage: metrics}` over `stages[]`)
 */
export function modelLineage(record: unknown): ModelLineage {
  const r = obj(record) ?? {};
  const stages = (Array.isArray(r.stages) ? r.stages : [])
    .map(obj)
    .filter((s): s is Record<string, unknown> => s !== undefined);
  const named = (pick: (stage: Record<string, unknown>) => unknown) => {
    const out: Record<string, unknown> = {};
    for (const [i, stage] of stages.entries()) {
      const value = pick(stage);
      if (value !== undefined && value !== null) out[str(stage.stage) ?? String(i)] = value;
    }
    return out;
  };
  const hashOf = (map: Record<string, unknown>) =>
    Object.keys(map).length ? sha256(canonicalJson(map)) : undefined;

  const fingerprints = named((s) => str(s.fingerprint));
  const values = Object.values(fingerprints) as string[];
  const run = str(r.fingerprint) ?? (values.length === 1 ? values[0] : hashOf(fingerprints));

  const data = obj(r.data);
  const deps: Record<string, unknown> = {};
  for (const stage of stages) Object.assign(deps, obj(obj(stage.inputs)?.deps) ?? {});
  const dataFp = str(data?.fingerprint) ?? str(r.dataFingerprint) ?? hashOf(deps);

  const metrics = r.metrics;
  const stageMetrics = named((s) =>
    obj(s.metrics) && Object.keys(obj(s.metrics)!).length ? s.metrics : undefined,
  );
  const metricsDigest =
    str(obj(metrics)?.digest) ??
    str(r.metricsDigest) ??
    (metrics !== undefined && metrics !== null ? sha256(canonicalJson(metrics)) : hashOf(stageMetrics));

  const out: { runFingerprint?: string; dataFingerprint?: string; metricsDigest?: string } = {};
  if (run) out.runFingerprint = run;
  if (dataFp) out.dataFingerprint = dataFp;
  if (metricsDigest) out.metricsDigest = metricsDigest;
  return out;
}

/** A file with its sha256 (hex, or `sha256:hex`), its path relative to the workspace. */
export interface HashedFile {
  readonly path: string;
  readonly sha256: string;
}

/** What build-image checks in a run record before naming it in labels: its status and its output files. */
export function runRecordFacts(record: unknown): { status?: string; outputs: HashedFile[] } {
  const r = obj(record) ?? {};
  const outputs: HashedFile[] = [];
  for (const stage of Array.isArray(r.stages) ? r.stages : []) {
    const files = obj(stage)?.outputs;
    for (const file of Array.isArray(files) ? files : []) {
      const path = str(obj(file)?.path);
      const sha256 = str(obj(file)?.sha256);
      if (path && sha256) outputs.push({ path, sha256 });
    }
  }
  return { status: str(r.status), outputs };
}

const hex = (sha: string) => sha.replace(/^sha256:/, '').toLowerCase();

/**
 * Why each weights file was not produced by the run, one line per file (empty: all were). A file is the
 * run's when an output has its path and sha256, or, when it was copied or renamed after training, when
 * any output has its sha256. A file at an output's path with other bytes is the clearest mismatch.
 */
export function unproducedWeights(weights: readonly HashedFile[], outputs: readonly HashedFile[]): string[] {
  const byPath = new Map(outputs.map((out) => [out.path, hex(out.sha256)]));
  const shas = new Set(outputs.map((out) => hex(out.sha256)));
  const problems: string[] = [];
  for (const file of weights) {
    const sha = hex(file.sha256);
    if (shas.has(sha)) continue;
    const recorded = byPath.get(file.path);
    problems.push(
      recorded
        ? `${file.path}: sha256 ${sha.slice(0, 12)}… differs from the run record's output (${recorded.slice(0, 12)}…)`
        : `${file.path} (sha256 ${sha.slice(0, 12)}…) is not among the run record's outputs`,
    );
  }
  return problems;
}
