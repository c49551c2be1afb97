import { DataError } from '../errors.js';
import type { PredictionRow } from './read/predictions-file.js';

/** The two models' rows paired by example id, and what did not pair. */
export interface Alignment {
  readonly baseline: readonly PredictionRow[];
  readonly candidate: readonly PredictionRow[];
  readonly onlyBaseline: number;
  readonly onlyCandidate: number;
  /** Up to 5 ids of each kind, for the message. */
  readonly examplesOnlyBaseline: readonly string[];
  readonly examplesOnlyCandidate: readonly string[];
  /** Paired examples whose labels differ between the files. */
  readonly labelMismatches: number;
}

/** Refuses duplicate ids (paired statistics need one row per example), naming the first few. */
export function checkUniqueIds(rows: readonly PredictionRow[], file: string): Map<string, PredictionRow> {
  const byId = new Map<string, PredictionRow>();
  const duplicates: PredictionRow[] = [];
  for (const row of rows) {
    if (byId.has(row.id)) duplicates.push(row);
    else byId.set(row.id, row);
  }
  if (duplicates.length > 0) {
    const first = duplicates[0]!;
    const shown = duplicates.slice(0, 5).map((row) => `"${row.id}" (line ${row.line})`);
    throw new DataError(`${duplicates.length} duplicate example id(s): ${shown.join(', ')}`, {
      where: { file, line: first.line },
      hint: 'paired statistics align the models by id: every example needs a unique, stable id',
    });
  }
  return byId;
}

/** Pairs rows by id in the candidate's order. */
export function alignById(
  baseline: readonly PredictionRow[],
  baselineFile: string,
  candidate: readonly PredictionRow[],
  candidateFile: string,
): Alignment {
  const baseById = checkUniqueIds(baseline, baselineFile);
  const candById = checkUniqueIds(candidate, candidateFile);
  const pairedBase: PredictionRow[] = [];
  const pairedCand: PredictionRow[] = [];
  const onlyCandidate: string[] = [];
  let labelMismatches = 0;
  for (const row of candidate) {
    const other = baseById.get(row.id);
    if (!other) {
      onlyCandidate.push(row.id);
      continue;
    }
    pairedBase.push(other);
    pairedCand.push(row);
    if (other.label !== row.label) labelMismatches++;
  }
  const onlyBaseline = baseline.filter((row) => !candById.has(row.id)).map((row) => row.id);
  return {
    baseline: pairedBase,
    candidate: pairedCand,
    onlyBaseline: onlyBaseline.length,
    onlyCandidate: onlyCandidate.length,
    examplesOnlyBaseline: onlyBaseline.slice(0, 5),
    examplesOnlyCandidate: onlyCandidate.slice(0, 5),
    labelMismatches,
  };
}
