import { closestMetric } from './metric-names.js';
import type { MetricRule } from './rules.js';

/** Renders a rule as the one-line text the report and the summary show. */
export function ruleText(rule: MetricRule | undefined): string {
  if (!rule) return 'none (informational)';
  if (rule.informational) return 'informational';
  const parts: string[] = [rule.direction === 'higher' ? 'higher is better' : 'lower is better'];
  if (rule.floor !== undefined) parts.push(`floor ${rule.floor}`);
  if (rule.ceiling !== undefined) parts.push(`ceiling ${rule.ceiling}`);
  if (rule.margin !== undefined) parts.push(`non-inferiority margin ${rule.margin}`);
  if (rule.relativeMargin !== undefined)
    parts.push(`non-inferiority margin ${rule.relativeMargin * 100}% of |baseline|`);
  if (rule.minImprovement !== undefined) parts.push(`min improvement ${rule.minImprovement}`);
  if (rule.relativeMinImprovement !== undefined) {
    parts.push(`min improvement ${rule.relativeMinImprovement * 100}% of |baseline|`);
  }
  if (rule.comparative && parts.length === 1) parts.push('no worse than baseline');
  return parts.join(', ');
}

/** A signed number for messages, with a true minus sign: "+0.02", "−0.04". */
export function signed(value: number): string {
  const text = fmt(value).replace('-', '−');
  return value > 0 ? `+${text}` : text;
}

/** The closest metric name, as " — did you mean `metrics.f1`?", or nothing. */
export function suggestion(name: string, available: ReadonlyMap<string, number> | undefined): string {
  const match = available ? closestMetric(name, [...available.keys()]) : undefined;
  return match === undefined ? '' : ` — did you mean \`${match}\`?`;
}

/** Numbers in messages: 4 significant digits. */
export function fmt(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(4))) : String(value);
}
