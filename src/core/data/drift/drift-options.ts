import { UsageError, type Where } from '../../errors.js';
import type { DriftOptions, DriftThresholds } from './drift.js';

const METRICS = ['psi', 'jensenShannon', 'wasserstein', 'linf', 'chiSquareP'] as const;

/**
 * Drift thresholds from a parsed mlci.yml section or thresholds file:
 *
 *   defaults: { psi: 0.2 }              # over the documented defaults, for every column
 *   columns:
 *     amount: { wasserstein: 0.05 }     # one column
 *     note: { jensenShannon: null }     # null: reported, never a reason for drift
 *
 * A misspelt metric or a negative number is a usage error, not a silently ignored key.
 */
export function readDriftOptions(value: unknown, where: Where): DriftOptions {
  if (value === undefined || value === null) return {};
  const fail = (message: string): never => {
    throw new UsageError(`drift thresholds: ${message}`, {
      where,
      hint: `metrics are ${METRICS.join(', ')}; each a number ≥ 0 or null`,
    });
  };
  if (!isObject(value)) return fail('expected a mapping with `defaults` and/or `columns`');
  for (const key of Object.keys(value))
    if (key !== 'defaults' && key !== 'columns') fail(`unknown key \`${key}\``);
  const defaults =
    value.defaults === undefined ? undefined : readThresholds(value.defaults, 'defaults', fail);
  const columns: Record<string, DriftThresholds> = Object.create(null);
  if (value.columns !== undefined) {
    if (!isObject(value.columns)) fail('`columns` must map column names to thresholds');
    for (const [name, thresholds] of Object.entries(value.columns as object)) {
      columns[name] = readThresholds(thresholds, `columns.${name}`, fail);
    }
  }
  return { ...(defaults ? { defaults } : {}), columns };
}

function readThresholds(value: unknown, at: string, fail: (message: string) => never): DriftThresholds {
  if (!isObject(value)) return fail(`\`${at}\` must map metric names to thresholds`);
  const out: Record<string, number | null> = {};
  for (const [key, threshold] of Object.entries(value)) {
    if (!(METRICS as readonly string[]).includes(key)) fail(`unknown metric \`${key}\` in \`${at}\``);
    if (
      threshold !== null &&
      (typeof threshold !== 'number' || !Number.isFinite(threshold) || threshold < 0)
    ) {
      fail(`\`${at}.${key}\` must be a number ≥ 0 or null, got ${JSON.stringify(threshold)}`);
    }
    out[key] = threshold as number | null;
  }
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
