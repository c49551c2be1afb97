import { MLCI_VERSION } from '../../version.js';
import { CategoricalColumn } from './categorical-column.js';
import { isTemporal, kindOf } from './column-kind.js';
import { type ColumnSettings, NumericColumn } from './numeric-column.js';
import { type DataProfile, PROFILE_VERSION } from './profile.js';

/** Re-exported: the agreed interface names profiler.ts as its home. */
export { mergeProfiles } from './merge.js';
export type { DataProfile } from './profile.js';

/** A column as the readers see it: its name and Table Schema type. */
export interface FieldInfo {
  readonly name: string;
  /** Table Schema type: string, number, integer, boolean, date, datetime, … */
  readonly type: string;
}

/** One streaming pass over a table that ends in a profile. */
export interface TableProfiler {
  /** One typed cell of column `index` (null for a missing value); called in row order. */
  add(index: number, value: number | string | boolean | null): void;
  /** Call once per data row after its cells. */
  endRow(): void;
  result(): DataProfile;
}

/** Sketch sizes and an optional reference; the defaults are in DEFAULTS below. */
export interface ProfilerOptions {
  /**
   * A reference profile: numeric columns of the same name are counted exactly on its histogram edges,
   * so drift compares the same bins without going through the sketches.
   */
  readonly reference?: DataProfile;
  /** KLL k (default 200: normalised rank error ≈ 1.65 %). */
  readonly quantileK?: number;
  /** HyperLogLog precision (default 12: 4096 registers, standard error 1.6 %). */
  readonly hllPrecision?: number;
  /** Distinct values of a categorical column counted exactly before Misra–Gries takes over (default 1000). */
  readonly exactCategories?: number;
  /** Misra–Gries counters once inexact (default 256). */
  readonly topKCapacity?: number;
  /** Equal-frequency bins of a histogram that has no reference (default 20). */
  readonly bins?: number;
}

// Defaults, each with its reason.
const DEFAULTS: ColumnSettings = {
  quantileK: 200, // DataSketches' default: ≈1.65 % normalised rank error at 99 % confidence
  hllPrecision: 12, // 4096 one-byte registers per column, 1.6 % standard error
  exactCategories: 1000, // label and category columns stay exact; free text falls to Misra–Gries
  topKCapacity: 256, // undercount ≤ n/257 per value once inexact
  bins: 20, // Sturges gives ≈24 bins at 10 M rows (Evidently); 20 quantile bins of 5 % each
};

/** A profiler for a table with these columns. */
export function createProfiler(fields: readonly FieldInfo[], options: ProfilerOptions = {}): TableProfiler {
  const settings: ColumnSettings = {
    quantileK: options.quantileK ?? DEFAULTS.quantileK,
    hllPrecision: options.hllPrecision ?? DEFAULTS.hllPrecision,
    exactCategories: options.exactCategories ?? DEFAULTS.exactCategories,
    topKCapacity: options.topKCapacity ?? DEFAULTS.topKCapacity,
    bins: options.bins ?? DEFAULTS.bins,
  };
  const referenceEdges = new Map<string, readonly number[]>();
  for (const column of options.reference?.columns ?? []) {
    if (column.numeric) referenceEdges.set(column.name, column.numeric.histogram.edges);
  }
  const columns = fields.map((field) => {
    const kind = kindOf(field.type);
    return kind === 'numeric'
      ? new NumericColumn(
          field.name,
          field.type,
          isTemporal(field.type),
          settings,
          referenceEdges.get(field.name),
        )
      : new CategoricalColumn(field.name, field.type, kind, settings);
  });
  let rows = 0;
  return {
    add: (index, value) => columns[index]!.add(value),
    endRow: () => {
      rows++;
    },
    result: () => ({
      kind: 'mlci/data-profile',
      version: PROFILE_VERSION,
      tool: { name: 'mlci', version: MLCI_VERSION },
      rows,
      parts: 1,
      columns: columns.map((column) => column.result()),
    }),
  };
}
