import { HyperLogLog } from '../profile/hll.js';
import { weightedItems } from '../profile/kll.js';
import type { ColumnProfile, DataProfile } from '../profile/profile.js';
import { chiSquareP, jensenShannon, linf, psi, wasserstein } from './metrics.js';
import { binnedFloors, wassersteinFloor } from './noise.js';
import { categoricalBins, numericBins } from './shared-bins.js';
import { P_VALUE_MAX_REFERENCE, type ResolvedThresholds, thresholdsFor } from './thresholds.js';

/** Figures for one column; a metric is absent when it does not apply to the column's kind. */
export interface DriftMetrics {
  readonly psi?: number;
  readonly jensenShannon?: number;
  readonly wasserstein?: number;
  readonly linf?: number;
  readonly chiSquareP?: number;
  /**
   * Share of the current values never seen in the reference (categorical): exact when both sides
   * counted every value, else estimated from the two HyperLogLog sketches as new distinct values over
   * the current distinct values (|R ∪ C| − |R|) / |C|.
   */
  readonly newCategoryShare?: number;
}

/** A threshold per metric; null turns the metric off as a reason for drift. */
export interface DriftThresholds {
  readonly psi?: number | null;
  readonly jensenShannon?: number | null;
  readonly wasserstein?: number | null;
  readonly linf?: number | null;
  readonly chiSquareP?: number | null;
  readonly newCategoryShare?: number | null;
}

/** The distances' sampling-noise floors at this comparison's sizes (noise.ts): a threshold below is raised. */
export type NoiseFloors = Partial<Record<'psi' | 'jensenShannon' | 'wasserstein' | 'linf', number>>;

/** Thresholds for one comparison: documented defaults, overridden for all columns, then per column. */
export interface DriftOptions {
  /** Thresholds for every column (merged over the documented defaults). */
  readonly defaults?: DriftThresholds;
  /** Per-column thresholds, by column name (merged over `defaults`). */
  readonly columns?: Readonly<Record<string, DriftThresholds>>;
}

/** The verdict for one column. */
export interface ColumnDrift {
  readonly name: string;
  readonly kind: 'numeric' | 'categorical';
  readonly metrics: DriftMetrics;
  /** What the distances reach by chance at these sample sizes; thresholds below them are raised. */
  readonly noise?: NoiseFloors;
  readonly drifted: boolean;
  /** One sentence per exceeded threshold, naming the column and the figure. */
  readonly reasons: readonly string[];
}

/** The verdict for a profile: `drifted` when any column drifted. */
export interface DriftResult {
  readonly columns: readonly ColumnDrift[];
  readonly drifted: boolean;
}

/**
 * Compares a current profile with a stored reference profile, column by column (TFDV's model:
 * statistics against statistics, never re-reading the reference data). Columns present on one side
 * only, or profiled as different kinds, are left to the schema diff.
 */
export function compareProfiles(
  reference: DataProfile,
  current: DataProfile,
  thresholds: DriftOptions = {},
): DriftResult {
  const byName = new Map(current.columns.map((column) => [column.name, column]));
  const columns: ColumnDrift[] = [];
  for (const ref of reference.columns) {
    const cur = byName.get(ref.name);
    if (!cur || cur.kind !== ref.kind || ref.kind === 'other') continue;
    const limits = thresholdsFor(ref.name, thresholds.defaults, thresholds.columns);
    const figures = ref.kind === 'numeric' ? numericMetrics(ref, cur) : categoricalMetrics(ref, cur);
    if (!figures) continue;
    const { metrics, noise } = figures;
    const reasons = reasonsFor(ref.name, metrics, limits, ref.count, noise);
    columns.push({ name: ref.name, kind: ref.kind, metrics, noise, drifted: reasons.length > 0, reasons });
  }
  return { columns, drifted: columns.some((column) => column.drifted) };
}

interface Figures {
  readonly metrics: DriftMetrics;
  readonly noise: NoiseFloors;
}

function numericMetrics(ref: ColumnProfile, cur: ColumnProfile): Figures | undefined {
  if (!ref.numeric || !cur.numeric || ref.numeric.sketch.n === 0 || cur.numeric.sketch.n === 0)
    return undefined;
  const bins = numericBins(ref.numeric, cur.numeric);
  // Normalised as Evidently's wasserstein_distance_norm: divided by the reference std, floored at 0.001.
  const norm = Math.max(ref.numeric.std ?? 0, 0.001);
  const floors = binnedFloors(bins.reference, bins.current);
  return {
    metrics: {
      psi: psi(bins.reference, bins.current),
      jensenShannon: jensenShannon(bins.reference, bins.current),
      wasserstein: wasserstein(weightedItems(ref.numeric.sketch), weightedItems(cur.numeric.sketch)) / norm,
    },
    noise: {
      psi: floors.psi,
      jensenShannon: floors.jensenShannon,
      wasserstein: wassersteinFloor(ref.numeric.sketch, norm, ref.numeric.sketch.n, cur.numeric.sketch.n),
    },
  };
}

function categoricalMetrics(ref: ColumnProfile, cur: ColumnProfile): Figures | undefined {
  if (!ref.categorical || !cur.categorical || ref.count === 0 || cur.count === 0) return undefined;
  const bins = categoricalBins(ref.categorical, cur.categorical);
  const floors = binnedFloors(bins.reference, bins.current);
  return {
    metrics: {
      jensenShannon: jensenShannon(bins.reference, bins.current),
      linf: linf(bins.reference, bins.current),
      chiSquareP: chiSquareP(bins.reference, bins.current),
      newCategoryShare: newCategoryShare(ref, cur),
    },
    noise: { jensenShannon: floors.jensenShannon, linf: floors.linf },
  };
}

/**
 * The share of current values unseen in the reference. Past the tracked categories both sides collapse
 * into "(other)", so 5,000 ids all swapped for new ones move no category count; the distinct sketches
 * still tell the two sets apart.
 */
function newCategoryShare(ref: ColumnProfile, cur: ColumnProfile): number {
  const r = ref.categorical!;
  const c = cur.categorical!;
  if (r.exact && c.exact) {
    const seen = new Set(r.values.map((v) => v.value));
    const unseen = c.values.reduce((sum, v) => sum + (seen.has(v.value) ? 0 : v.count), 0);
    return cur.count > 0 ? unseen / cur.count : 0;
  }
  if (ref.distinct.precision !== cur.distinct.precision) return 0;
  const reference = HyperLogLog.decode(ref.distinct.precision, ref.distinct.registers, ref.name);
  const current = HyperLogLog.decode(cur.distinct.precision, cur.distinct.registers, cur.name);
  const union = HyperLogLog.decode(ref.distinct.precision, ref.distinct.registers, ref.name);
  union.mergeRegisters(current.registers);
  const distinct = current.estimate();
  if (distinct === 0) return 0;
  return Math.min(1, Math.max(0, union.estimate() - reference.estimate()) / distinct);
}

const NAMES: Readonly<Record<keyof DriftMetrics, string>> = {
  psi: 'PSI',
  jensenShannon: 'Jensen–Shannon distance',
  wasserstein: 'normalised Wasserstein distance',
  linf: 'L∞ distance',
  chiSquareP: 'χ² p-value',
  newCategoryShare: 'share of values unseen in the reference',
};

/** One sentence per exceeded threshold: the column, the metric, the figure and the threshold. */
function reasonsFor(
  column: string,
  metrics: DriftMetrics,
  limits: ResolvedThresholds,
  referenceRows: number,
  noise: NoiseFloors = {},
): string[] {
  const reasons: string[] = [];
  for (const key of ['psi', 'jensenShannon', 'wasserstein', 'linf', 'newCategoryShare'] as const) {
    const value = metrics[key];
    const limit = limits[key];
    if (value === undefined || limit === null) continue;
    // A threshold below what unchanged data reaches at these sizes is raised to that floor.
    const floor = key === 'newCategoryShare' ? 0 : (noise[key] ?? 0);
    const effective = Math.max(limit, floor);
    // NaN must not pass silently (reference/reliability-and-security.md rule 9).
    if (Number.isNaN(value) || value >= effective) {
      const raised = effective > limit ? ` (${limit}, raised to the sampling noise at these sizes)` : '';
      reasons.push(
        `column "${column}": ${NAMES[key]} ${figure(value)} ≥ threshold ${figure(effective)}${raised}`,
      );
    }
  }
  const p = metrics.chiSquareP;
  const alpha = limits.chiSquareP;
  if (p !== undefined && alpha !== null && referenceRows <= P_VALUE_MAX_REFERENCE && !(p >= alpha)) {
    reasons.push(`column "${column}": ${NAMES.chiSquareP} ${figure(p)} < ${alpha}`);
  }
  return reasons;
}

/** Four significant digits: enough to act on, stable in a report. */
export function figure(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(4))) : String(value);
}
