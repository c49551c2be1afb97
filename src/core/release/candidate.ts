import { DataError } from '../errors.js';
import { sha256 } from '../image/digest.js';
import { modelLineage } from '../image/lineage.js';
import type { LayerReport } from '../image/report.js';
import type { NamedText } from '../metrics/baseline.js';
import { byCodeUnits } from '../text/order.js';

/** The image a build produced, as its mlci/image-report says. */
export interface CandidateImage {
  readonly reference: string;
  readonly digest: string;
  readonly layers: readonly Pick<LayerReport, 'name' | 'role' | 'digest'>[];
  /** The commit the image says it was built from (`lineage.revision`), when it says. */
  readonly revision?: string;
}

/** What was reviewed for a commit: its image, and the inputs of its comparison. */
export interface Candidate {
  readonly image?: CandidateImage;
  /** The candidate's metrics document (a run record, or a metrics file) for the re-run gate. */
  readonly metrics?: NamedText;
  readonly predictions?: NamedText;
  readonly fingerprints: {
    readonly run: string | null;
    readonly model: string | null;
    readonly data: string | null;
  };
}

const PREDICTIONS = /(^|\/)predictions\.(jsonl|csv)$/i;
const METRICS = /(^|\/)metrics\.(json|ya?ml|csv)$/i;

function kindOf(text: string): string | undefined {
  if (!text.trimStart().startsWith('{')) return undefined;
  try {
    const kind = (JSON.parse(text) as { kind?: unknown }).kind;
    return typeof kind === 'string' ? kind : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads the candidate artifact's files (untrusted: any name, any bytes): the mlci/image-report gives
 * the image, the mlci/run-record the metrics and lineage (a `metrics.*` file when there is no run
 * record), `predictions.jsonl|csv` the per-example predictions. Two files of one kind are ambiguous.
 */
export function readCandidate(files: ReadonlyMap<string, Uint8Array>): Candidate {
  const byKind = new Map<string, NamedText[]>();
  let predictions: NamedText | undefined;
  let metricsFile: NamedText | undefined;
  for (const [name, bytes] of [...files].sort(([a], [b]) => byCodeUnits(a, b))) {
    const text = Buffer.from(bytes).toString('utf8');
    if (PREDICTIONS.test(name)) predictions ??= { name, text };
    const kind = name.endsWith('.json') ? kindOf(text) : undefined;
    if (kind) byKind.set(kind, [...(byKind.get(kind) ?? []), { name, text }]);
    else if (METRICS.test(name)) metricsFile ??= { name, text };
  }
  const one = (kind: string) => {
    const found = byKind.get(kind) ?? [];
    if (found.length > 1)
      throw new DataError(
        `the candidate artifact holds ${found.length} ${kind} files (${found.map((f) => f.name).join(', ')})`,
        {
          hint: 'upload one per release candidate',
        },
      );
    return found[0];
  };
  const imageReport = one('mlci/image-report');
  const runRecord = one('mlci/run-record');
  const image = imageReport ? imageOf(imageReport) : undefined;
  const lineage = runRecord ? modelLineage(JSON.parse(runRecord.text)) : {};
  return {
    image,
    metrics: runRecord ?? metricsFile,
    predictions,
    fingerprints: {
      run: runRecord ? sha256(runRecord.text) : null,
      model: lineage.runFingerprint ?? null,
      data: lineage.dataFingerprint ?? null,
    },
  };
}

function imageOf(file: NamedText): CandidateImage {
  const report = JSON.parse(file.text) as {
    digest?: unknown;
    image?: unknown;
    layers?: unknown;
    pushed?: unknown;
    lineage?: { revision?: unknown } | null;
  };
  if (typeof report.digest !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(report.digest))
    throw new DataError(`${file.name}: the image report has no sha256 digest`);
  if (report.pushed === false || typeof report.image !== 'string')
    throw new DataError(
      `${file.name}: the image was not pushed to a registry, so there is nothing to promote`,
      {
        hint: 'push the candidate image in the build run (build-image with `image`)',
      },
    );
  const layers = Array.isArray(report.layers)
    ? (report.layers as Record<string, unknown>[])
        .filter((l) => typeof l?.digest === 'string')
        .map((l) => ({
          name: String(l.name ?? ''),
          role: String(l.role ?? ''),
          digest: l.digest as LayerReport['digest'],
        }))
    : [];
  const revision = typeof report.lineage?.revision === 'string' ? report.lineage.revision : undefined;
  return {
    reference: `${report.image}@${report.digest}`,
    digest: report.digest,
    layers,
    ...(revision ? { revision } : {}),
  };
}

/**
 * Whether a rebuild gave the candidate's image: the same digest, or the first layer (by position) whose
 * digest differs, named as the rebuild report names it; when every layer matches, the config or
 * manifest differs (created time, labels).
 */
export function compareRebuild(candidate: CandidateImage, rebuilt: CandidateImage): string | undefined {
  if (candidate.digest === rebuilt.digest) return undefined;
  const n = Math.max(candidate.layers.length, rebuilt.layers.length);
  for (let i = 0; i < n; i++) {
    const a = candidate.layers[i];
    const b = rebuilt.layers[i];
    if (a?.digest === b?.digest) continue;
    const label = b ? `layer ${i + 1} "${b.name}"${b.role ? ` (${b.role})` : ''}` : `layer ${i + 1}`;
    if (!a) return `${label} is new in the rebuild (${b!.digest})`;
    if (!b) return `${label} "${a.name}" is missing from the rebuild`;
    return `${label} differs: reviewed ${a.digest}, rebuilt ${b.digest}`;
  }
  return `every layer matches; the image config or manifest differs (reviewed ${candidate.digest}, rebuilt ${rebuilt.digest}): check source-date-epoch and labels`;
}

/** An mlci/image-report given as the rebuild (`rebuild-report`), as a CandidateImage. */
export function readImageReport(file: NamedText): CandidateImage {
  if (kindOf(file.text) !== 'mlci/image-report')
    throw new DataError(`${file.name} is not an mlci/image-report`);
  const report = JSON.parse(file.text) as { digest?: unknown; layers?: unknown };
  return imageOf({ ...file, text: JSON.stringify({ ...report, pushed: true, image: 'rebuild' }) });
}
