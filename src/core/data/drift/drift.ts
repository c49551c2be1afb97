import type { DataProfile } from '../profile/profile.js';

/** Figures for one column; a metric is absent when it does not apply to the column's kind. */
export interface DriftMetrics {
  readonly psi?: number;
  readonly jensenShannon?: number;
  readonly wasserstein?: number;
  readonly linf?: number;
  readonly chiSquareP?: number;
}

/** A threshold per metric; null turns the metric off as a reason for drift. */
export interface DriftThresholds {
  readonly psi?: number | null;
  readonly jensenShannon?: number | null;
  readonly wasserstein?: number | null;
  readonly linf?: number | null;
  readonly chiSquareP?: number | null;
}

export interface DriftOptions {
  /** Thresholds for every column (merged over the documented defaults). */
  readonly defaults?: DriftThresholds;
  /** Per-column thresholds, by column name (merged over `defaults`). */
  readonly columns?: Readonly<Record<string, DriftThresholds>>;
}

export interface ColumnDrift {
  readonly name: string;
  readonly kind: 'numeric' | 'categorical';
  readonly metrics: DriftMetrics;
  readonly drifted: boolean;
  /** One sentence per exceeded threshold, naming the column and the figure. */
  readonly reasons: readonly string[];
}

export interface DriftResult {
  readonly columns: readonly ColumnDrift[];
  readonly drifted: boolean;
}

/** Compares a current profile with a stored reference profile, column by column. */
export function compareProfiles(
  _reference: DataProfile,
  _current: DataProfile,
  _thresholds: DriftOptions = {},
): DriftResult {
  throw new Error('compareProfiles: being implemented (issue #3)');
}
