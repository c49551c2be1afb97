import { extname } from 'node:path';
import { DataError, UsageError } from '../errors.js';
import { parseCsv } from '../metrics/read/csv.js';
import { parseJsonLenient } from '../metrics/read/json.js';
import { COLUMNS, MAX_PREDICTIONS_BYTES } from '../metrics/read/predictions-file.js';

/** One record of a predictions or labels file, with its line. */
export interface LooseRecord {
  readonly fields: Readonly<Record<string, unknown>>;
  readonly line: number;
}

/** Records of a JSONL or CSV file (by extension), before any field is required. */
export function readRecords(text: string, file: string): LooseRecord[] {
  if (text.length > MAX_PREDICTIONS_BYTES)
    throw new DataError(`larger than ${MAX_PREDICTIONS_BYTES} bytes`, { where: { file } });
  if (extname(file).toLowerCase() === '.csv') {
    const [header, ...rows] = parseCsv(text, file);
    if (!header) return [];
    return rows.map((row) => ({
      fields: Object.fromEntries(header.cells.map((name, i) => [name, row.cells[i] ?? ''])),
      line: row.line,
    }));
  }
  const out: LooseRecord[] = [];
  text.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return;
    const value = parseJsonLenient(raw, file, index);
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new DataError('each line must be a JSON object', { where: { file, line: index + 1 } });
    out.push({ fields: value as Record<string, unknown>, line: index + 1 });
  });
  return out;
}

export function pick(record: LooseRecord, names: readonly string[]): unknown {
  for (const name of names) if (Object.hasOwn(record.fields, name)) return record.fields[name];
  return undefined;
}

const idOf = (record: LooseRecord): string | undefined => {
  const id = pick(record, COLUMNS.id);
  return id === undefined || id === null || id === '' ? undefined : String(id);
};

/** What joining labels to predictions by id found. */
export interface LabelJoin {
  /** Predictions with their label, as JSONL lines the predictions reader takes. */
  readonly labelled: string;
  readonly count: number;
  /** Predictions whose label has not arrived (yet): left out of the live metrics. */
  readonly unlabelled: number;
}

/**
 * Joins late-arriving labels to predictions by example id. A label whose id no prediction has means
 * the files do not belong together (exit 2, naming the ids); predictions still waiting for their
 * label are left out and counted.
 */
export function joinLabels(
  predictions: readonly LooseRecord[],
  predictionsFile: string,
  labels: readonly LooseRecord[],
  labelsFile: string,
): LabelJoin {
  const byId = new Map<string, unknown>();
  for (const record of labels) {
    const id = idOf(record);
    if (id === undefined)
      throw new UsageError(`a label without an id (one of ${COLUMNS.id.join(', ')})`, {
        where: { file: labelsFile, line: record.line },
      });
    if (byId.has(id))
      throw new UsageError(`duplicate example id "${id}"`, {
        where: { file: labelsFile, line: record.line },
      });
    byId.set(id, pick(record, COLUMNS.label));
  }
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const record of predictions) {
    const id = idOf(record);
    if (id === undefined)
      throw new UsageError(`a prediction without an id (one of ${COLUMNS.id.join(', ')})`, {
        where: { file: predictionsFile, line: record.line },
      });
    seen.add(id);
    const label = byId.get(id);
    if (label === undefined || label === null || label === '') continue;
    lines.push(JSON.stringify({ ...record.fields, label }));
  }
  const strangers = [...byId.keys()].filter((id) => !seen.has(id));
  if (strangers.length > 0)
    throw new UsageError(
      `${strangers.length} label(s) name examples the predictions do not have: ${strangers
        .slice(0, 5)
        .map((id) => JSON.stringify(id))
        .join(', ')}`,
      {
        where: { file: labelsFile },
        hint: `labels are joined to ${predictionsFile} by id: check both files come from the same period and model`,
      },
    );
  if (lines.length === 0 && labels.length > 0)
    throw new UsageError('no prediction has a label', { where: { file: labelsFile } });
  return { labelled: lines.join('\n'), count: lines.length, unlabelled: predictions.length - lines.length };
}
