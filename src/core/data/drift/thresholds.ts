import type { DriftThresholds } from './drift.js';

/** A threshold for every metric; null means the metric is reported but never a reason for drift. */
export type ResolvedThresholds = { readonly [K in keyof DriftThresholds]-?: number | null };

/**
 * Defaults, each with its source (reference/data-validation.md §2 and §5.3). A column drifts when any
 * figure reaches its threshold (≥, as Evidently compares).
 */
export const DEFAULT_THRESHOLDS: ResolvedThresholds = {
  psi: 0.1, // Evidently's psi stattest default threshold
  jensenShannon: 0.1, // Evidently's jensenshannon default (a distance: sqrt of the divergence, ln)
  wasserstein: 0.1, // Evidently's wasserstein (normed by the reference std) default for > 1000 rows
  // TFDV's infinity_norm has no default (set per feature; its tutorial uses 0.01 on a key column).
  // 0.1 = one category's share moving by 10 points, about as strict as JS 0.1 on a binary column.
  linf: 0.1,
  // Evidently's chisquare default is 0.05; 0.01 here because the distances decide beside it, and 0.05
  // alone would fail one unchanged batch in twenty (the false-alarm test allows 5 % for everything).
  // Applied only while the reference has at most P_VALUE_MAX_REFERENCE rows.
  chiSquareP: 0.01,
  // Deepchecks' NewCategoryTrainTest reports this share; a quarter of the values never seen in the
  // reference is drift by any reading (an id column whose values were all replaced reaches 1).
  newCategoryShare: 0.25,
};

/** Evidently switches from p-value tests to distances above 1000 reference rows (_get_default_stattest). */
export const P_VALUE_MAX_REFERENCE = 1000;

/** The thresholds of one column: documented defaults, then the options' defaults, then its own. */
export function thresholdsFor(
  column: string,
  defaults: DriftThresholds = {},
  perColumn: Readonly<Record<string, DriftThresholds>> = {},
): ResolvedThresholds {
  const own = Object.hasOwn(perColumn, column) ? perColumn[column] : undefined;
  return { ...DEFAULT_THRESHOLDS, ...defined(defaults), ...defined(own ?? {}) };
}

function defined(thresholds: DriftThresholds): DriftThresholds {
  return Object.fromEntries(Object.entries(thresholds).filter(([, value]) => value !== undefined));
}
