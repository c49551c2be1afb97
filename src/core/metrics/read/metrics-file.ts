import { extname } from 'node:path';
import { isMap } from 'yaml';
import { DataError, messageOf, UsageError } from '../../errors.js';
import { DOC_LIMITS, parseYamlBudgeted, yamlValue } from '../../text/yaml-doc.js';
import { flattenMetrics } from './flatten.js';
import { parseCsv } from './csv.js';
import { parseJsonLenient } from './json.js';

/** What a metrics file held: flattened metric values, and what it says about the test set. */
export interface MetricsDocument {
  readonly file: string;
  /** json | yaml | csv, or the mlci report kind it was (run record, release record, comparison report). */
  readonly format: string;
  readonly values: ReadonlyMap<string, number>;
  /** Test-set fingerprint recorded beside the metrics, when the producer wrote one. */
  readonly fingerprint?: string;
  /** Name of a per-example predictions file the document points to (release records). */
  readonly predictions?: string;
}

/** Largest metrics file read into memory (reliability ART-01: fork artifacts can be huge). */
export const MAX_METRICS_BYTES = DOC_LIMITS.maxBytes;

/** Most metrics one file may hold (after flattening): more is not a metrics file but a data dump. */
export const MAX_METRICS = 10_000;

// Over a budget is a usage error (exit 2) at load, as for every other document mlci reads.
const overBudget = (message: string, details: ConstructorParameters<typeof UsageError>[1]) =>
  new UsageError(message, details);

/** Parses a metrics file by its extension (.json, .yaml/.yml, .csv/.tsv; anything else tried as JSON then YAML). */
export function parseMetricsFile(text: string, file: string): MetricsDocument {
  if (text.length > MAX_METRICS_BYTES) {
    throw new UsageError(`${file} is larger than ${MAX_METRICS_BYTES / 1024 / 1024} MiB: too large`, {
      where: { file },
    });
  }
  const ext = extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.tsv') return fromCsv(text, file, ext === '.tsv' ? '\t' : ',');
  if (ext === '.yaml' || ext === '.yml') return fromStructured(parseYaml(text, file), file, 'yaml');
  if (ext === '.json') return fromStructured(parseJsonLenient(text, file), file, 'json');
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    return fromStructured(parseJsonLenient(text, file), file, 'json');
  }
  return fromStructured(parseYaml(text, file), file, 'yaml');
}

function parseYaml(text: string, file: string): unknown {
  const parsed = parseYamlBudgeted(text, file, overBudget);
  const { doc } = parsed;
  const [error] = doc.errors;
  if (error) {
    throw new DataError(`invalid YAML: ${error.message.split('\n')[0]}`, {
      where: { file, ...parsed.at(error.pos[0]) },
    });
  }
  if (!isMap(doc.contents)) {
    throw new DataError('a YAML metrics file must be a mapping of metric names to numbers', {
      where: { file, line: 1, column: 1 },
    });
  }
  return yamlValue(parsed, file, overBudget);
}

function fromStructured(value: unknown, file: string, format: string): MetricsDocument {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DataError('a metrics file must hold an object of metric names to numbers', { where: { file } });
  }
  const record = value as Record<string, unknown>;
  const kind = typeof record.kind === 'string' ? record.kind : undefined;
  if (kind === 'mlci/run-record' || kind === 'mlci/release-record') {
    return fromRecord(record, file, kind);
  }
  if (kind === 'mlci/comparison-report') {
    throw new DataError('this is a comparison report, not a metrics file', {
      where: { file },
      hint: 'pass the metrics file or run record that was compared, not the report',
    });
  }
  return { file, format, values: capped(flatten(value, file), file), fingerprint: fingerprintOf(record) };
}

function capped(values: Map<string, number>, file: string): Map<string, number> {
  if (values.size > MAX_METRICS)
    throw new UsageError(`metrics file holds ${values.size} metrics, more than ${MAX_METRICS}`, {
      where: { file },
      hint: 'write the summary metrics to the metrics file, and per-example values to a predictions file',
    });
  return values;
}

/**
 * A train run record or a release record, read defensively. Metrics are taken from a top-level
 * `metrics` field, or from each of `stages[].metrics` (the train action's shape). Each is either a flat
 * or nested map of numbers, or `{ [metricsFile]: { … } }` one level per file. Names shared by two
 * files or stages keep their source as a prefix (`eval/metrics.json:accuracy`); others are used as is.
 */
function fromRecord(record: Record<string, unknown>, file: string, kind: string): MetricsDocument {
  const groups: (readonly [string, Map<string, number>])[] = [];
  const addTree = (tree: unknown, source: string) => {
    if (!isObject(tree)) return;
    const entries = Object.entries(tree as Record<string, unknown>);
    const perFile = entries.length > 0 && entries.every(([key, v]) => isFileKey(key) && isObject(v));
    if (perFile) for (const [key, v] of entries) groups.push([key, flatten(v, file)]);
    else groups.push([source, flatten(tree, file)]);
  };
  if (isObject(record.metrics)) addTree(record.metrics, kind);
  else if (Array.isArray(record.stages)) {
    for (const stage of record.stages as unknown[]) {
      if (isObject(stage))
        addTree(
          (stage as Record<string, unknown>).metrics,
          String((stage as Record<string, unknown>).stage ?? 'stage'),
        );
    }
  }
  if (groups.length === 0) {
    throw new DataError(`${kind} has no \`metrics\` object`, {
      where: { file },
      hint: 'the record must carry the evaluation metrics (top-level `metrics`, or `stages[].metrics`)',
    });
  }
  const seen = new Map<string, number>();
  for (const [, map] of groups) for (const name of map.keys()) seen.set(name, (seen.get(name) ?? 0) + 1);
  const values = new Map<string, number>();
  for (const [source, map] of groups) {
    for (const [name, v] of map) values.set((seen.get(name) ?? 0) > 1 ? `${source}:${name}` : name, v);
  }
  const predictions = record.predictions;
  const predictionsName =
    typeof predictions === 'string'
      ? predictions
      : isObject(predictions) && typeof (predictions as Record<string, unknown>).asset === 'string'
        ? String((predictions as Record<string, unknown>).asset)
        : isObject(predictions) && typeof (predictions as Record<string, unknown>).path === 'string'
          ? String((predictions as Record<string, unknown>).path)
          : undefined;
  return { file, format: kind, values, fingerprint: fingerprintOf(record), predictions: predictionsName };
}

function isFileKey(key: string): boolean {
  return /\.(json|ya?ml|csv|tsv)$/i.test(key);
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `fingerprint` / `test_set_fingerprint` at the top, or `evaluation.fingerprint` / `data.eval.fingerprint`. */
function fingerprintOf(record: Record<string, unknown>): string | undefined {
  const candidates = [
    record.fingerprint,
    record.test_set_fingerprint,
    (record.evaluation as Record<string, unknown> | undefined)?.fingerprint,
    ((record.data as Record<string, unknown> | undefined)?.eval as Record<string, unknown> | undefined)
      ?.fingerprint,
  ];
  const found = candidates.find((value) => typeof value === 'string');
  return found as string | undefined;
}

function flatten(value: unknown, file: string): Map<string, number> {
  try {
    const values = flattenMetrics(value);
    values.delete('version');
    return values;
  } catch (cause) {
    throw new DataError(`metrics file ${messageOf(cause)}`, { where: { file }, cause });
  }
}

/**
 * CSV metrics in either shape DVC users write: a header of metric names over one row of values, or
 * two columns `name,value` (`metric,value`) with one metric per row.
 */
function fromCsv(text: string, file: string, delimiter: string): MetricsDocument {
  const source = delimiter === ',' ? text : text.replace(/\t/g, ',');
  const rows = parseCsv(source, file);
  if (rows.length < 2) {
    throw new DataError('a CSV metrics file needs a header row and at least one data row', {
      where: { file },
    });
  }
  const header = rows[0]!.cells.map((cell) => cell.trim());
  const values = new Map<string, number>();
  const nameValue = header.length === 2 && /^(name|metric)$/i.test(header[0]!) && /^value$/i.test(header[1]!);
  if (nameValue) {
    for (const { cells, line } of rows.slice(1))
      values.set(cells[0]!.trim(), numberCell(cells[1], file, line, 2));
  } else {
    if (rows.length > 2) {
      throw new DataError(
        `a wide CSV metrics file must have exactly one data row, found ${rows.length - 1}`,
        {
          where: { file, line: rows[2]!.line },
          hint: 'use one row of values under a header of metric names, or two columns `name,value`',
        },
      );
    }
    const { cells, line } = rows[1]!;
    header.forEach((name, column) => {
      const cell = cells[column]?.trim() ?? '';
      if (cell !== '' && !Number.isNaN(Number(cell))) values.set(name, Number(cell));
      else if (/^(nan|inf|-inf|infinity|-infinity)$/i.test(cell))
        values.set(name, numberCell(cell, file, line, column + 1));
    });
  }
  return { file, format: 'csv', values };
}

function numberCell(cell: string | undefined, file: string, line: number, column: number): number {
  const text = (cell ?? '').trim();
  if (/^nan$/i.test(text)) return Number.NaN;
  if (/^(inf|infinity)$/i.test(text)) return Infinity;
  if (/^-(inf|infinity)$/i.test(text)) return -Infinity;
  const value = Number(text);
  if (text === '' || Number.isNaN(value)) {
    throw new DataError(`"${text}" is not a number`, { where: { file, line, column } });
  }
  return value;
}
