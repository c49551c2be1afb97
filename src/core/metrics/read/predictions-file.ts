import { extname } from 'node:path';
import { DataError } from '../../errors.js';
import { parseCsv } from './csv.js';
import { parseJsonLenient } from './json.js';

/** One example's row of a predictions file, as read (labels kept as text, scores as numbers). */
export interface PredictionRow {
  readonly id: string;
  readonly label: string;
  readonly prediction?: string;
  /** Score or probability of the positive class (binary). */
  readonly score?: number;
  /** Probability per class label. */
  readonly probabilities?: Readonly<Record<string, number>>;
  readonly line: number;
}

/** Column names accepted for each field, first match wins (documented in docs/compare-metrics.md). */
export const COLUMNS = {
  id: ['id', 'example_id', 'sample_id'],
  label: ['label', 'y_true', 'target', 'y'],
  prediction: ['prediction', 'pred', 'y_pred'],
  score: ['score', 'y_score', 'proba', 'probability'],
  probabilities: ['probabilities', 'probas'],
} as const;

/** Largest predictions file read into memory. */
export const MAX_PREDICTIONS_BYTES = 512 * 1024 * 1024;

/** Reads JSONL (.jsonl/.ndjson) or CSV (.csv) predictions; errors name the file, line and column. */
export function parsePredictions(text: string, file: string): PredictionRow[] {
  if (text.length > MAX_PREDICTIONS_BYTES) {
    throw new DataError(`predictions file is larger than ${MAX_PREDICTIONS_BYTES} bytes`, {
      where: { file },
    });
  }
  const rows = extname(file).toLowerCase() === '.csv' ? fromCsv(text, file) : fromJsonl(text, file);
  if (rows.length === 0) {
    throw new DataError('the predictions file has no examples', {
      where: { file },
      hint: 'metrics are undefined on an empty test set: check the evaluation step wrote its predictions',
    });
  }
  return rows;
}

function fromJsonl(text: string, file: string): PredictionRow[] {
  const rows: PredictionRow[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const value = parseJsonLenient(raw, file, index);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new DataError('each line must be a JSON object', { where: { file, line } });
    }
    rows.push(fromRecord(value as Record<string, unknown>, file, line));
  });
  return rows;
}

function pick(record: Record<string, unknown>, names: readonly string[]): unknown {
  for (const name of names) if (Object.hasOwn(record, name)) return record[name];
  return undefined;
}

function fromRecord(record: Record<string, unknown>, file: string, line: number): PredictionRow {
  const id = pick(record, COLUMNS.id);
  const label = pick(record, COLUMNS.label);
  if (id === undefined || id === null || id === '') {
    throw new DataError(`example has no id (one of ${COLUMNS.id.join(', ')})`, {
      where: { file, line },
      hint: 'predictions are paired by id: write a stable example id on every row',
    });
  }
  if (label === undefined || label === null || label === '') {
    throw new DataError(`example ${String(id)} has no label (one of ${COLUMNS.label.join(', ')})`, {
      where: { file, line },
    });
  }
  if (typeof id === 'number' && Number.isInteger(id) && !Number.isSafeInteger(id)) {
    // JSON.parse has already rounded it: two ids may now be equal (reliability DATA-11).
    throw new DataError(`example id ${id} is above 2^53 and lost digits when read as a number`, {
      where: { file, line },
      hint: 'write ids as strings ("id": "9007199254740993")',
    });
  }
  const prediction = pick(record, COLUMNS.prediction);
  const score = pick(record, COLUMNS.score);
  const probabilities = pick(record, COLUMNS.probabilities);
  return {
    id: String(id),
    label: labelText(label),
    prediction: prediction === undefined || prediction === null ? undefined : labelText(prediction),
    score: score === undefined || score === null ? undefined : numberOf(score, file, line, 'score'),
    probabilities: probabilities === undefined ? undefined : probabilityMap(probabilities, file, line),
    line,
  };
}

function labelText(value: unknown): string {
  return typeof value === 'string' ? value : String(value);
}

function numberOf(value: unknown, file: string, line: number, what: string): number {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  if (!Number.isFinite(number)) {
    throw new DataError(`${what} ${JSON.stringify(value)} is not a finite number`, { where: { file, line } });
  }
  return number;
}

function probabilityMap(value: unknown, file: string, line: number): Record<string, number> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DataError('`probabilities` must be an object of class label → probability', {
      where: { file, line },
      hint: 'write {"cat": 0.7, "dog": 0.3}, so the classes are named and not implied by order',
    });
  }
  const out: Record<string, number> = Object.create(null);
  for (const [key, p] of Object.entries(value)) out[key] = numberOf(p, file, line, `probability of ${key}`);
  return out;
}

/** CSV with a header; probabilities as `proba_<label>` or `prob_<label>` columns. */
function fromCsv(text: string, file: string): PredictionRow[] {
  const rows = parseCsv(text, file);
  if (rows.length === 0) return [];
  const header = rows[0]!.cells.map((cell) => cell.trim());
  const probaColumns = header
    .map((name, column) => ({ match: /^probas?_(.+)$|^prob_(.+)$/.exec(name), column }))
    .filter(({ match }) => match)
    .map(({ match, column }) => ({ label: (match![1] ?? match![2])!, column }));
  return rows.slice(1).map(({ cells, line }) => {
    if (cells.length !== header.length) {
      throw new DataError(`row has ${cells.length} fields, the header has ${header.length}`, {
        where: { file, line },
      });
    }
    const record: Record<string, unknown> = Object.create(null);
    header.forEach((name, column) => {
      if (cells[column] !== '') record[name] = cells[column];
    });
    if (probaColumns.length > 0) {
      const probabilities: Record<string, unknown> = Object.create(null);
      for (const { label, column } of probaColumns) probabilities[label] = cells[column];
      record.probabilities = probabilities;
    }
    return fromRecord(record, file, line);
  });
}
