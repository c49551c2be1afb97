import { UsageError, type Where } from '../errors.js';
import { didYouMean } from '../text/suggest.js';

/** Which way a metric improves. */
export type Direction = 'higher' | 'lower';

/** What one metric must satisfy; every field is optional except the metric and its direction. */
export interface MetricRule {
  readonly metric: string;
  readonly direction: Direction;
  /** Shown, never gating. */
  readonly informational: boolean;
  /** Hard floor and ceiling on the candidate's value. */
  readonly floor?: number;
  readonly ceiling?: number;
  /** Non-inferiority: the candidate may be worse than the baseline by at most this much (absolute). */
  readonly margin?: number;
  /** Non-inferiority margin as a fraction of |baseline| (MLflow divides by the signed baseline; we do not). */
  readonly relativeMargin?: number;
  /** Superiority: the candidate must be better by at least this much (absolute). */
  readonly minImprovement?: number;
  readonly relativeMinImprovement?: number;
  /** True when the rule compares with the baseline (a margin, an improvement, or a bare direction). */
  readonly comparative: boolean;
}

const LOWER_IS_BETTER =
  /(loss|error|^mae$|^mse$|^rmse$|^mape$|brier|latency|_time$|duration|size|perplexity)/i;

/** Direction of a metric by its name: losses and errors go down, everything else up. */
export function defaultDirection(metric: string): Direction {
  return LOWER_IS_BETTER.test(metric.split('.').pop() ?? metric) ? 'lower' : 'higher';
}

const KEYS = [
  'direction',
  'floor',
  'min',
  'ceiling',
  'max',
  'margin',
  'relative-margin',
  'min-improvement',
  'relative-min-improvement',
  'informational',
] as const;

/**
 * Parses rules from mlci.yml (`gate:`) or the `rules` input: a mapping of metric name to either an
 * object (`{ direction: higher, floor: 0.8, margin: 0.01 }`) or a compact string
 * (`higher, floor 0.8, margin 0.01`, `lower, relative-margin 5%`, `info`).
 */
export function parseRules(value: unknown, where: Where): MetricRule[] {
  if (value === undefined || value === null || value === '') return [];
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError('rules must be a mapping of metric name to rule', {
      where,
      hint: 'e.g. `accuracy: higher, floor 0.8, margin 0.01` — one metric per line',
    });
  }
  return Object.entries(value as Record<string, unknown>).map(([metric, rule]) =>
    parseRule(metric, rule, where),
  );
}

function parseRule(metric: string, raw: unknown, where: Where): MetricRule {
  const fields = typeof raw === 'string' ? compact(metric, raw, where) : raw === null ? {} : raw;
  if (typeof fields !== 'object' || Array.isArray(fields)) {
    throw new UsageError(`rule of \`${metric}\` must be a mapping or a string`, { where });
  }
  const record = fields as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      throw new UsageError(`rule of \`${metric}\`: unknown key \`${key}\`${didYouMean(key, [...KEYS])}`, {
        where,
        hint: `allowed: ${KEYS.join(', ')}`,
      });
    }
  }
  const number = (key: string, options: { percent?: boolean; positive?: boolean } = {}) =>
    readNumber(metric, key, record[key], where, options);
  const direction = record.direction ?? defaultDirection(metric);
  if (direction !== 'higher' && direction !== 'lower') {
    throw new UsageError(
      `rule of \`${metric}\`: direction must be higher or lower, got "${String(direction)}"`,
      {
        where,
      },
    );
  }
  const rule = {
    metric,
    direction: direction as Direction,
    informational: record.informational === true || record.informational === 'true',
    floor: number('floor') ?? number('min'),
    ceiling: number('ceiling') ?? number('max'),
    margin: number('margin', { positive: true }),
    relativeMargin: number('relative-margin', { percent: true, positive: true }),
    minImprovement: number('min-improvement'),
    relativeMinImprovement: number('relative-min-improvement', { percent: true }),
  };
  const nonInferiority = rule.margin !== undefined || rule.relativeMargin !== undefined;
  const superiority = rule.minImprovement !== undefined || rule.relativeMinImprovement !== undefined;
  if (nonInferiority && superiority) {
    throw new UsageError(
      `rule of \`${metric}\`: a margin (non-inferiority) and a min-improvement (superiority) cannot both be set`,
      { where, hint: 'keep `margin` to allow a small regression, or `min-improvement` to require a gain' },
    );
  }
  if (rule.margin !== undefined && rule.relativeMargin !== undefined) {
    throw new UsageError(`rule of \`${metric}\`: set \`margin\` or \`relative-margin\`, not both`, { where });
  }
  if (rule.minImprovement !== undefined && rule.relativeMinImprovement !== undefined) {
    throw new UsageError(
      `rule of \`${metric}\`: set \`min-improvement\` or \`relative-min-improvement\`, not both`,
      {
        where,
      },
    );
  }
  const bare = rule.floor === undefined && rule.ceiling === undefined;
  return { ...rule, comparative: !rule.informational && (nonInferiority || superiority || bare) };
}

/** `higher, floor 0.8, margin 1%` → { direction: 'higher', floor: '0.8', margin: '1%' }. */
function compact(metric: string, text: string, where: Where): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [key, ...rest] = part.split(/\s+|=|:\s*/).filter(Boolean);
    if (key === 'higher' || key === 'lower') out.direction = key;
    else if (key === 'info' || key === 'informational') out.informational = true;
    else if (key && rest.length === 1) out[key] = rest[0];
    else {
      throw new UsageError(`rule of \`${metric}\`: cannot read "${part}"`, {
        where,
        hint: 'write comma-separated parts such as `higher, floor 0.8, margin 0.01` or `info`',
      });
    }
  }
  return out;
}

function readNumber(
  metric: string,
  key: string,
  value: unknown,
  where: Where,
  options: { percent?: boolean; positive?: boolean },
): number | undefined {
  if (value === undefined) return undefined;
  let number: number;
  if (typeof value === 'number') number = value;
  else if (typeof value === 'string' && options.percent && value.trim().endsWith('%')) {
    number = Number(value.trim().slice(0, -1)) / 100;
  } else number = typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  if (!Number.isFinite(number)) {
    throw new UsageError(`rule of \`${metric}\`: \`${key}\` must be a number, got "${String(value)}"`, {
      where,
    });
  }
  if (options.positive && number < 0) {
    throw new UsageError(`rule of \`${metric}\`: \`${key}\` must be ≥ 0 (it is how much worse is allowed)`, {
      where,
    });
  }
  return number;
}
