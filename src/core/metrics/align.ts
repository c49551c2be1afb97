import { ImpossibleComparisonError } from './errors.js';
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

/**
 * Refuses duplicate ids, naming the first (`duplicate example id "d5" at line 301`): a repeated row
 * would count twice in every metric, and paired statistics need one row per example. Exit 2: the
 * comparison cannot be made.
 */
export function checkUniqueIds(rows: readonly PredictionRow[], file: string): Map<string, PredictionRow> {
  const byId = new Map<string, PredictionRow>();
  const duplicates: PredictionRow[] = [];
  for (const row of rows) {
    if (byId.has(row.id)) duplicates.push(row);
    else byId.set(row.id, row);
  }
  if (duplicates.length > 0) {
    const first = duplicates[0]!;
    const more =
      duplicates.length > 1
        ? ` and ${duplicates.length - 1} more (${duplicates
            .slice(1, 5)
            .map((row) => `"${row.id}" at line ${row.line}`)
            .join(', ')}${duplicates.length > 5 ? ', …' : ''})`
        : '';
    throw new ImpossibleComparisonError(
      `duplicate example id "${first.id}" at line ${first.line} (first at line ${byId.get(first.id)!.line})${more}`,
      {
        where: { file, line: first.line },
        hint: 'every example needs a unique, stable id: a repeated row would count twice in every metric',
      },
    );
  }
  return byId;
}

/** Pairs rows by id in the candidate's order. */
export function alignById(
  baseline: readonly PredictionRow[],
  baselineFile: string,
  candidate: readonly PredictionRow[],
  candidateFile: string,
  /** The rows by id when the caller has already checked them (checkUniqueIds). */
  known: {
    baseline?: ReadonlyMap<string, PredictionRow>;
    candidate?: ReadonlyMap<string, PredictionRow>;
  } = {},
): Alignment {
  const baseById = known.baseline ?? checkUniqueIds(baseline, baselineFile);
  const candById = known.candidate ?? checkUniqueIds(candidate, candidateFile);
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

/** How two test sets differ, for the refusal message: counts and the first few ids of each kind. */
export function describeIdDifference(
  candidate: readonly PredictionRow[],
  baseline: readonly PredictionRow[],
  shown = 3,
): string {
  const baseLabel = new Map(baseline.map((row) => [row.id, row.label]));
  const candIds = new Set(candidate.map((row) => row.id));
  const onlyCandidate: string[] = [];
  const relabelled: string[] = [];
  for (const row of candidate) {
    const label = baseLabel.get(row.id);
    if (label === undefined) onlyCandidate.push(row.id);
    else if (label !== row.label) relabelled.push(row.id);
  }
  const onlyBaseline = baseline.filter((row) => !candIds.has(row.id)).map((row) => row.id);
  const list = (ids: string[]) =>
    `${ids
      .slice(0, shown)
      .map((id) => JSON.stringify(id))
      .join(', ')}${ids.length > shown ? ', …' : ''}`;
  const parts: string[] = [];
  if (onlyCandidate.length)
    parts.push(`${onlyCandidate.length} only in the candidate (${list(onlyCandidate)})`);
  if (onlyBaseline.length) parts.push(`${onlyBaseline.length} only in the baseline (${list(onlyBaseline)})`);
  if (relabelled.length) parts.push(`${relabelled.length} with another label (${list(relabelled)})`);
  return parts.length
    ? `${parts.join(', ')} of ${candidate.length} vs ${baseline.length} examples`
    : 'no id differs';
}
