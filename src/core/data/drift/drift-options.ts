import { UsageError, type Where } from '../../errors.js';
import type { DriftOptions, DriftThresholds } from './drift.js';

const METRICS = ['psi', 'jensenShannon', 'wasserstein', 'linf', 'chiSquareP', 'newCategoryShare'] as const;

/** Where a key of the drift section sits: one place for a whole file, or a line per key path. */
export type DriftWhere = Where | ((path: readonly string[]) => Where);

/**
 * Drift thresholds from a parsed mlci.yml section or thresholds file:
 *
 *   defaults: { psi: 0.2 }              # over the documented defaults, for every column
 *   columns:
 *     amount: { wasserstein: 0.05 }     # one column
 *     note: { jensenShannon: null }     # null: reported, never a reason for drift
 *
 * A misspelt metric or a negative number is a usage error at the offending key, not a silently
 * ignored key. `where` maps a key path inside the section to its file position (SourceDoc.where).
 */
export function readDriftOptions(value: unknown, where: DriftWhere): DriftOptions {
  if (value === undefined || value === null) return {};
  const fail = (path: readonly string[], message: string): never => {
    throw new UsageError(`drift thresholds: ${message}`, {
      where: typeof where === 'function' ? where(path) : where,
      hint: `metrics are ${METRICS.join(', ')}; each a number ≥ 0 or null`,
    });
  };
  if (!isObject(value)) return fail([], 'expected a mapping with `defaults` and/or `columns`');
  for (const key of Object.keys(value))
    if (key !== 'defaults' && key !== 'columns') fail([key], `unknown key \`${key}\``);
  const defaults =
    value.defaults === undefined ? undefined : readThresholds(value.defaults, ['defaults'], fail);
  const columns: Record<string, DriftThresholds> = Object.create(null);
  if (value.columns !== undefined) {
    if (!isObject(value.columns)) fail(['columns'], '`columns` must map column names to thresholds');
    for (const [name, thresholds] of Object.entries(value.columns as object)) {
      columns[name] = readThresholds(thresholds, ['columns', name], fail);
    }
  }
  return { ...(defaults ? { defaults } : {}), columns };
}

function readThresholds(
  value: unknown,
  path: readonly string[],
  fail: (path: readonly string[], message: string) => never,
): DriftThresholds {
  const at = path.join('.');
  if (!isObject(value)) return fail(path, `\`${at}\` must map metric names to thresholds`);
  const out: Record<string, number | null> = {};
  for (const [key, threshold] of Object.entries(value)) {
    if (!(METRICS as readonly string[]).includes(key))
      fail([...path, key], `unknown metric \`${key}\` in \`${at}\``);
    if (
      threshold !== null &&
      (typeof threshold !== 'number' || !Number.isFinite(threshold) || threshold < 0)
    ) {
      fail([...path, key], `\`${at}.${key}\` must be a number ≥ 0 or null, got ${JSON.stringify(threshold)}`);
    }
    out[key] = threshold as number | null;
  }
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
