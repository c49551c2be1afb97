import { UsageError } from '../../errors.js';
import type { DriftOptions } from '../drift/drift.js';
import { readDriftOptions } from '../drift/drift-options.js';
import type { SourceDoc } from '../table-schema/source-doc.js';

/** Checks beyond the schema, from the `checks:` section of the schema file or the `checks` input. */
export interface TableChecks {
  readonly rowCount?: { readonly min?: number; readonly max?: number };
  /** Highest share of missing cells per column; `*` for every column without its own entry. */
  readonly nullRate?: Readonly<Record<string, number>>;
  /** Great Expectations' `mostly`: a column passes if at least this share of its rows pass. */
  readonly mostly?: Readonly<Record<string, number>>;
  readonly duplicateRows?: boolean;
  /** Bounds on each class's share of the label column. */
  readonly labelBalance?: {
    readonly field: string;
    readonly min?: number;
    readonly max?: number;
    /** Classes that must appear (each is bounded too). */
    readonly classes?: readonly string[];
  };
  /** Drift thresholds for compareProfiles, read and checked by readDriftOptions. */
  readonly drift?: DriftOptions;
}

const KEYS = ['rowCount', 'nullRate', 'mostly', 'duplicateRows', 'labelBalance', 'drift'];

/** Reads and checks a `checks` object; `path` is where it sits in its document (for error lines). */
export function readTableChecks(doc: SourceDoc, path: (string | number)[]): TableChecks {
  const value = path.reduce<unknown>(
    (node, key) => (node as Record<string | number, unknown>)?.[key],
    doc.value,
  );
  if (value === undefined || value === null) return {};
  const fail = (at: (string | number)[], message: string): never => {
    throw new UsageError(`invalid checks: ${message}`, { where: doc.where([...path, ...at]) });
  };
  if (typeof value !== 'object' || Array.isArray(value)) return fail([], 'checks must be an object');
  const checks = value as Record<string, unknown>;
  for (const key of Object.keys(checks))
    if (!KEYS.includes(key)) fail([key], `unknown check "${key}" (known: ${KEYS.join(', ')})`);
  const share = (at: (string | number)[], v: unknown) => {
    if (typeof v !== 'number' || !(v >= 0 && v <= 1)) fail(at, 'must be a share between 0 and 1');
  };
  const bound = (at: (string | number)[], v: unknown) => {
    if (v !== undefined && (typeof v !== 'number' || !(v >= 0))) fail(at, 'must be a number >= 0');
  };
  const rowCount = checks.rowCount as Record<string, unknown> | undefined;
  if (rowCount !== undefined) {
    if (typeof rowCount !== 'object' || rowCount === null) fail(['rowCount'], 'rowCount takes {min, max}');
    bound(['rowCount', 'min'], rowCount.min);
    bound(['rowCount', 'max'], rowCount.max);
  }
  for (const key of ['nullRate', 'mostly'] as const) {
    const map = checks[key];
    if (map === undefined) continue;
    if (typeof map !== 'object' || map === null || Array.isArray(map))
      fail([key], `${key} maps column names to shares`);
    for (const [column, v] of Object.entries(map as object)) share([key, column], v);
  }
  if (checks.duplicateRows !== undefined && typeof checks.duplicateRows !== 'boolean')
    fail(['duplicateRows'], 'duplicateRows must be true or false');
  const balance = checks.labelBalance as Record<string, unknown> | undefined;
  if (balance !== undefined) {
    if (typeof balance !== 'object' || balance === null || typeof balance.field !== 'string')
      fail(['labelBalance'], 'labelBalance takes {field, min, max, classes}');
    if (balance.min !== undefined) share(['labelBalance', 'min'], balance.min);
    if (balance.max !== undefined) share(['labelBalance', 'max'], balance.max);
  }
  // The same reader as merge-profiles' thresholds file: misspelt metrics and negative numbers fail here,
  // at their line, instead of being ignored by compareProfiles.
  const drift =
    checks.drift === undefined
      ? undefined
      : readDriftOptions(checks.drift, (at) => doc.where([...path, 'drift', ...at]));
  return { ...(checks as TableChecks), ...(drift ? { drift } : {}) };
}

/** Merges two checks objects; entries of `over` win, maps are merged key by key. */
export function mergeChecks(base: TableChecks, over: TableChecks): TableChecks {
  return {
    ...base,
    ...over,
    nullRate: base.nullRate || over.nullRate ? { ...base.nullRate, ...over.nullRate } : undefined,
    mostly: base.mostly || over.mostly ? { ...base.mostly, ...over.mostly } : undefined,
  };
}

/** The outcome of one table check, for the report. */
export interface CheckResult {
  readonly check: string;
  readonly passed: boolean;
  readonly message: string;
  readonly field?: string;
  readonly observed?: number;
}

/** What the table checks read after a pass over all rows. */
export interface TableTotals {
  readonly rows: number;
  readonly fields: readonly string[];
  readonly nulls: ArrayLike<number>;
  readonly typeErrors: ArrayLike<number>;
  readonly constraintErrors: ArrayLike<number>;
  readonly labelCounts: ReadonlyMap<string, number>;
}

const pct = (share: number) => `${(share * 100).toFixed(2)}%`;

/** Evaluates the row-count, null-rate, mostly and label-balance checks over the totals. */
export function evaluateTableChecks(checks: TableChecks, totals: TableTotals): CheckResult[] {
  const results: CheckResult[] = [];
  const { rows, fields } = totals;
  if (checks.rowCount) {
    const { min = 0, max = Number.POSITIVE_INFINITY } = checks.rowCount;
    const passed = rows >= min && rows <= max;
    results.push({
      check: 'row-count',
      passed,
      observed: rows,
      message: `${rows} rows${passed ? ' within' : ' outside'} [${min}, ${Number.isFinite(max) ? max : '∞'}]`,
    });
  }
  if (checks.nullRate) {
    fields.forEach((field, i) => {
      const ceiling = checks.nullRate![field] ?? checks.nullRate!['*'];
      if (ceiling === undefined) return;
      const rate = rows === 0 ? 0 : totals.nulls[i]! / rows;
      const passed = rate <= ceiling;
      results.push({
        check: 'null-rate',
        passed,
        field,
        observed: rate,
        message: `${field}: ${pct(rate)} missing, ceiling ${pct(ceiling)}`,
      });
    });
  }
  if (checks.mostly) {
    for (const [field, share] of Object.entries(checks.mostly)) {
      const i = fields.indexOf(field);
      if (i < 0) {
        results.push({ check: 'mostly', passed: false, field, message: `${field}: no such column` });
        continue;
      }
      const failed = totals.typeErrors[i]! + totals.constraintErrors[i]!;
      const passing = rows === 0 ? 1 : 1 - failed / rows;
      results.push({
        check: 'mostly',
        passed: passing >= share,
        field,
        observed: passing,
        message: `${field}: ${pct(passing)} of rows pass, mostly ${pct(share)}`,
      });
    }
  }
  if (checks.labelBalance) results.push(...labelBalance(checks.labelBalance, totals));
  return results;
}

function labelBalance(balance: NonNullable<TableChecks['labelBalance']>, totals: TableTotals): CheckResult[] {
  const { min = 0, max = 1, classes = [] } = balance;
  let labelled = 0;
  for (const count of totals.labelCounts.values()) labelled += count;
  const names = [...new Set([...classes, ...totals.labelCounts.keys()])].sort();
  return names.map((name) => {
    const share = labelled === 0 ? 0 : (totals.labelCounts.get(name) ?? 0) / labelled;
    const passed = share >= min && share <= max;
    return {
      check: 'label-balance',
      passed,
      field: balance.field,
      observed: share,
      message: `${balance.field} = ${name}: ${pct(share)} of labelled rows, bounds [${pct(min)}, ${pct(max)}]`,
    };
  });
}
