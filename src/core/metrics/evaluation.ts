import { DataError, UsageError } from '../errors.js';
import type { PredictionRow } from './read/predictions-file.js';
import { byCodeUnits } from '../text/order.js';

/** Per-example classification data, classes coded 0..K−1 in sorted label order (as numpy's unique sorts). */
export interface ClassificationEvaluation {
  readonly task: 'classification';
  readonly ids: readonly string[];
  /** Sorted union of true and predicted labels: the classes of the confusion matrix and the averages. */
  readonly classes: readonly string[];
  readonly y: Int32Array;
  readonly predicted: Int32Array;
  /** Index of the positive class in `classes` for binary metrics; -1 when it does not occur. */
  readonly positive?: { readonly label: string; readonly index: number };
  /** Score of the positive class (binary), from `score` or from the positive class's probability. */
  readonly score?: Float64Array;
  /** Probabilities n × probaClasses.length, for log loss. */
  readonly probabilities?: { readonly classes: readonly string[]; readonly values: Float64Array };
}

/** Per-example regression data. */
export interface RegressionEvaluation {
  readonly task: 'regression';
  readonly ids: readonly string[];
  readonly y: Float64Array;
  readonly predicted: Float64Array;
}

export type Evaluation = ClassificationEvaluation | RegressionEvaluation;

export interface EvaluationOptions {
  readonly task: 'auto' | 'classification' | 'regression';
  /** Positive class of binary metrics; default 1, true or the greater of two labels. */
  readonly positiveLabel?: string;
  /** Score at or above which an example without a prediction is predicted positive. */
  readonly threshold: number;
  /** Fixes the class list when both models must share it (the baseline's labels may differ). */
  readonly classes?: readonly string[];
}

/** Sorts labels as numpy does: numerically when every label is a number, else by code point. */
export function sortLabels(labels: Iterable<string>): string[] {
  const unique = [...new Set(labels)];
  const numbers = unique.map((label) => (label.trim() === '' ? Number.NaN : Number(label)));
  if (!numbers.every((value) => Number.isFinite(value))) {
    return unique.sort(byCodeUnits);
  }
  // Parsed once, not in the comparator: a regression file's labels can be 100,000 distinct numbers.
  const order = Array.from(unique.keys()).sort((i, j) => {
    const a = unique[i]!;
    const b = unique[j]!;
    return numbers[i]! - numbers[j]! || byCodeUnits(a, b);
  });
  return order.map((i) => unique[i]!);
}

/** Chooses the task: regression when labels are numbers that are not all small integers. */
export function detectTask(rows: readonly PredictionRow[]): 'classification' | 'regression' {
  let integers = true;
  for (const row of rows) {
    if (row.score !== undefined || row.probabilities !== undefined) return 'classification';
    const value = Number(row.label);
    if (!Number.isFinite(value)) return 'classification';
    if (!Number.isInteger(value)) integers = false;
  }
  if (!integers) return 'regression';
  const distinct = new Set<number>();
  for (const row of rows) {
    distinct.add(Number(row.label));
    if (distinct.size > 20) return 'regression';
  }
  return 'classification';
}

/** Builds the typed per-example arrays the metrics and the statistics work on. */
export function buildEvaluation(
  rows: readonly PredictionRow[],
  file: string,
  options: EvaluationOptions,
): Evaluation {
  if (rows.length === 0) throw new DataError('no examples to evaluate', { where: { file } });
  const task = options.task === 'auto' ? detectTask(rows) : options.task;
  return task === 'regression' ? regression(rows, file) : classification(rows, file, options);
}

function regression(rows: readonly PredictionRow[], file: string): RegressionEvaluation {
  const y = new Float64Array(rows.length);
  const predicted = new Float64Array(rows.length);
  rows.forEach((row, i) => {
    y[i] = finite(row.label, file, row.line, 'label');
    const value = row.prediction ?? (row.score === undefined ? undefined : String(row.score));
    if (value === undefined) {
      throw new DataError(`example ${row.id} has no prediction`, { where: { file, line: row.line } });
    }
    predicted[i] = finite(value, file, row.line, 'prediction');
  });
  return { task: 'regression', ids: rows.map((row) => row.id), y, predicted };
}

function finite(text: string, file: string, line: number, what: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) {
    throw new DataError(`${what} "${text}" is not a finite number (regression)`, { where: { file, line } });
  }
  return value;
}

function classification(
  rows: readonly PredictionRow[],
  file: string,
  options: EvaluationOptions,
): ClassificationEvaluation {
  const probaClasses = rows[0]!.probabilities ? sortLabels(Object.keys(rows[0]!.probabilities)) : undefined;
  const trueLabels = new Set(rows.map((row) => row.label));
  const known = sortLabels([...trueLabels, ...(probaClasses ?? []), ...(options.classes ?? [])]);
  const positiveLabel = choosePositive(options.positiveLabel, known);
  const negativeLabel = negativeOf(positiveLabel, known);
  const predictedLabels = rows.map((row) =>
    predictedLabel(row, file, options.threshold, positiveLabel, negativeLabel),
  );
  const classes = sortLabels([...trueLabels, ...predictedLabels, ...(options.classes ?? [])]);
  const code = new Map(classes.map((label, index) => [label, index]));
  const y = Int32Array.from(rows, (row) => code.get(row.label)!);
  const predicted = Int32Array.from(predictedLabels, (label) => code.get(label)!);
  const probabilities = probaClasses ? probabilityMatrix(rows, probaClasses, file) : undefined;
  let score: Float64Array | undefined;
  if (rows.every((row) => row.score !== undefined)) {
    score = Float64Array.from(rows, (row) => row.score!);
  } else if (probabilities && positiveLabel && probaClasses!.includes(positiveLabel)) {
    const column = probaClasses!.indexOf(positiveLabel);
    const k = probaClasses!.length;
    score = Float64Array.from(rows, (_row, i) => probabilities.values[i * k + column]!);
  } else if (rows.some((row) => row.score !== undefined)) {
    const missing = rows.find((row) => row.score === undefined)!;
    throw new DataError(`example ${missing.id} has no score while others do`, {
      where: { file, line: missing.line },
    });
  }
  const binary = classes.length <= 2 && positiveLabel !== undefined;
  return {
    task: 'classification',
    ids: rows.map((row) => row.id),
    classes,
    y,
    predicted,
    positive: binary ? { label: positiveLabel!, index: classes.indexOf(positiveLabel!) } : undefined,
    score: binary ? score : undefined,
    probabilities,
  };
}

function choosePositive(given: string | undefined, labels: readonly string[]): string | undefined {
  if (given !== undefined) return given;
  for (const label of ['1', 'true', 'True']) if (labels.includes(label)) return label;
  return labels.length === 2 ? labels[1] : undefined;
}

/** The other class of a binary task: the one other known label, or 0/false when only the positive occurs. */
function negativeOf(positive: string | undefined, known: readonly string[]): string | undefined {
  if (positive === undefined) return undefined;
  const others = known.filter((label) => label !== positive);
  if (others.length === 1) return others[0];
  if (others.length > 1) return undefined;
  return ({ '1': '0', true: 'false', True: 'False' } as Record<string, string>)[positive];
}

function predictedLabel(
  row: PredictionRow,
  file: string,
  threshold: number,
  positive: string | undefined,
  negative: string | undefined,
): string {
  if (row.prediction !== undefined) return row.prediction;
  if (row.probabilities) {
    // numpy's argmax: the first of equal maxima, in sorted class order.
    let best: string | undefined;
    for (const label of sortLabels(Object.keys(row.probabilities))) {
      if (best === undefined || row.probabilities[label]! > row.probabilities[best]!) best = label;
    }
    if (best !== undefined) return best;
  }
  if (row.score !== undefined && positive !== undefined && negative !== undefined) {
    return row.score >= threshold ? positive : negative;
  }
  throw new DataError(`example ${row.id} has no prediction`, {
    where: { file, line: row.line },
    hint: 'write `prediction`, or `score` for a binary task with two known labels, or `probabilities`',
  });
}

function probabilityMatrix(rows: readonly PredictionRow[], classes: readonly string[], file: string) {
  const k = classes.length;
  const values = new Float64Array(rows.length * k);
  rows.forEach((row, i) => {
    const p = row.probabilities;
    if (!p)
      throw new DataError(`example ${row.id} has no probabilities while others do`, {
        where: { file, line: row.line },
      });
    classes.forEach((label, j) => {
      const value = p[label];
      if (value === undefined) {
        throw new DataError(`example ${row.id} has no probability for class "${label}"`, {
          where: { file, line: row.line },
        });
      }
      values[i * k + j] = value;
    });
  });
  return { classes, values };
}

/** Refuses a task option that is not one of the three. */
export function parseTask(text: string): EvaluationOptions['task'] {
  if (text === 'auto' || text === 'classification' || text === 'regression') return text;
  throw new UsageError(`input \`task\` must be auto, classification or regression, got "${text}"`);
}
