import type { ReportHeader } from '../../report-envelope.js';

/** Version of the profile JSON; bumped when a field changes meaning or disappears. */
export const PROFILE_VERSION = 1;

/** How a column is summarised: numbers (and dates as epoch ms) get moments and a quantile sketch. */
export type ColumnKind = 'numeric' | 'categorical' | 'other';

/** A KLL quantile sketch in canonical form: each level's items sorted, level i weighs 2^i. */
export interface KllState {
  readonly k: number;
  readonly n: number;
  readonly levels: readonly (readonly number[])[];
}

/** Counts over bins [edges[i], edges[i+1]), with two open outer bins: below edges[0] and at/above the last. */
export interface Histogram {
  readonly edges: readonly number[];
  /** edges.length + 1 counts: (-inf, e0), [e0, e1), …, [e_last, +inf). */
  readonly counts: readonly number[];
  /** True when counted value by value in the pass; false when derived from the sketch. */
  readonly exact: boolean;
  /** Equal-frequency bins asked for when the edges came from this data's own sketch (before deduplication). */
  readonly bins?: number;
}

/** What a numeric (or date) column keeps. */
export interface NumericSummary {
  /** Finite values only; NaN and infinities are counted apart. */
  readonly min: number | null;
  readonly max: number | null;
  readonly mean: number | null;
  /** Sum of squared deviations from the mean (Welford's M2): the mergeable form of the variance. */
  readonly m2: number;
  /** Population standard deviation (ddof 0, as numpy.std and Evidently's Wasserstein norm). */
  readonly std: number | null;
  readonly nan: number;
  readonly infinite: number;
  /** Present for date/datetime columns: the numbers are milliseconds since the Unix epoch. */
  readonly unit?: 'epoch-ms';
  /** p01 … p99 read from the sketch, for people; drift reads the sketch itself. */
  readonly quantiles: Readonly<Record<string, number>>;
  readonly sketch: KllState;
  readonly histogram: Histogram;
}

/** One value and how often it was seen. */
export interface CategoryCount {
  readonly value: string;
  readonly count: number;
}

/** What a categorical column keeps. */
export interface CategoricalSummary {
  /** True while every distinct value is counted exactly; false once the Misra–Gries summary took over. */
  readonly exact: boolean;
  /** Sorted by count (descending), then value. */
  readonly values: readonly CategoryCount[];
  /** Non-null cells not in `values` (the "other" bucket). */
  readonly other: number;
  /** Each listed count may be too low by at most this much (0 when exact). */
  readonly maxUndercount: number;
  /** Misra–Gries counters kept once inexact; more than are worth showing, fewer than distinct values. */
  readonly capacity: number;
  /** Shortest and longest value in UTF-16 code units. */
  readonly length: { readonly min: number | null; readonly max: number | null };
}

/** The distinct-count sketch of a column. */
export interface DistinctSummary {
  /** HyperLogLog estimate (standard error 1.04/sqrt(2^precision)). */
  readonly estimate: number;
  readonly precision: number;
  /** The HLL registers, base64: merged by element-wise max. */
  readonly registers: string;
}

/** One column of a profile. */
export interface ColumnProfile {
  readonly name: string;
  /** Table Schema type the column was profiled as. */
  readonly type: string;
  readonly kind: ColumnKind;
  /** Non-null cells. */
  readonly count: number;
  readonly nulls: number;
  readonly distinct: DistinctSummary;
  readonly numeric?: NumericSummary;
  readonly categorical?: CategoricalSummary;
}

/** The versioned profile JSON (kind `mlci/data-profile`): deterministic bytes for the same data. */
export interface DataProfile extends ReportHeader<'mlci/data-profile'> {
  readonly rows: number;
  /** Number of partial profiles merged into this one (1 for a single pass). */
  readonly parts: number;
  readonly columns: readonly ColumnProfile[];
}
