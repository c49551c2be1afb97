import { createHash } from 'node:crypto';
import type { PredictionRow } from './read/predictions-file.js';

/** A test set's identity: ids alone and ids with labels, so a relabelled set is told from a different one. */
export interface TestSetFingerprint {
  /** "mlci-fp-v1:sha256:<hex>" of the sorted (id, label) pairs, or "file:sha256:<hex>" of an eval data file. */
  readonly value: string;
  readonly ids?: string;
  readonly n?: number;
}

/** How two fingerprints relate. */
export type FingerprintMatch = 'identical' | 'relabelled' | 'different' | 'unknown';

/**
 * Fingerprint of predictions: SHA-256 over the examples sorted by id, one `JSON(id)\tJSON(label)\n` line
 * each, so file order and extra columns (predictions, scores) do not matter but every label does.
 */
export function fingerprintRows(rows: readonly Pick<PredictionRow, 'id' | 'label'>[]): TestSetFingerprint {
  const sorted = [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const all = createHash('sha256');
  const ids = createHash('sha256');
  // The same bytes as one update per line, handed over in batches (an update per line is slow).
  const BATCH = 4096;
  for (let from = 0; from < sorted.length; from += BATCH) {
    let allText = '';
    let idText = '';
    for (let i = from; i < Math.min(from + BATCH, sorted.length); i++) {
      const id = JSON.stringify(sorted[i]!.id);
      allText += `${id}\t${JSON.stringify(sorted[i]!.label)}\n`;
      idText += `${id}\n`;
    }
    all.update(allText);
    ids.update(idText);
  }
  return {
    value: `mlci-fp-v1:sha256:${all.digest('hex')}`,
    ids: `sha256:${ids.digest('hex')}`,
    n: rows.length,
  };
}

/** Fingerprint of an evaluation data file: SHA-256 of its full content. */
export function fingerprintBytes(bytes: Uint8Array): TestSetFingerprint {
  return { value: `file:sha256:${createHash('sha256').update(bytes).digest('hex')}` };
}

/** Compares fingerprints: identical, same ids with other labels, different, or unknown (one side missing). */
export function compareFingerprints(a?: TestSetFingerprint, b?: TestSetFingerprint): FingerprintMatch {
  if (!a || !b) return 'unknown';
  if (a.value === b.value) return 'identical';
  if (a.ids && b.ids && a.ids === b.ids) return 'relabelled';
  return 'different';
}
