import type { DataProfile } from './profile.js';

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

/** A profiler for a table with these columns. */
export function createProfiler(_fields: readonly FieldInfo[], _options: ProfilerOptions = {}): TableProfiler {
  throw new Error('createProfiler: being implemented (issue #3)');
}

/** Combines two partial profiles of shards of one table into the profile of the whole. */
export function mergeProfiles(_a: DataProfile, _b: DataProfile): DataProfile {
  throw new Error('mergeProfiles: being implemented (issue #3)');
}
