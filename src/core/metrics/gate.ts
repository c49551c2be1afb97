import { fmt, ruleText, signed, suggestion } from './gate-text.js';
import type { PairedStatistic } from './paired.js';
import type { Direction, MetricRule } from './rules.js';
import { bootstrapPValue } from './stats/bootstrap.js';
import { mdeFromStandardError, unpairedProportionMde } from './stats/mde.js';
import { adjust, type Correction } from './stats/multiple.js';
import { normalTwoSided } from './stats/special.js';

/** "all-must-pass": promotion, an intersection–union test, no correction. "block-on-regression": Holm. */
export type GateMode = 'all-must-pass' | 'block-on-regression';

/** The verdict of one metric. */
export type Verdict = 'pass' | 'fail' | 'inconclusive' | 'info';

/** One row of the report. Deltas are candidate − baseline; intervals are of that raw delta. */
export interface MetricResult {
  readonly name: string;
  readonly role: 'gated' | 'info';
  readonly direction: Direction;
  readonly baseline: number | null;
  readonly candidate: number | null;
  readonly delta: number | null;
  /** delta / |baseline|, null when the baseline is 0 or missing. */
  readonly relativeDelta: number | null;
  readonly interval: {
    readonly lower: number;
    readonly upper: number;
    readonly level: number;
    readonly method: string;
  } | null;
  readonly pValue: number | null;
  readonly pAdjusted: number | null;
  readonly test: string;
  /** The oriented delta the decision compares with: −margin, +min-improvement, or 0. */
  readonly boundary: number | null;
  readonly mde: number | null;
  /** McNemar's discordant pairs (b: only the baseline right, c: only the candidate right), for accuracy. */
  readonly discordant: { readonly b: number; readonly c: number } | null;
  readonly rule: string;
  readonly verdict: Verdict;
  readonly reasons: readonly string[];
}

export interface GateInput {
  readonly candidate: ReadonlyMap<string, number>;
  /** Undefined when no baseline was found (first run). */
  readonly baseline?: ReadonlyMap<string, number>;
  readonly rules: readonly MetricRule[];
  readonly paired: ReadonlyMap<string, PairedStatistic>;
  readonly mode: GateMode;
  readonly alpha: number;
  readonly power: number;
  readonly onInconclusive: 'pass' | 'fail';
  /** Test-set size, for the unpaired MDE of proportion metrics. */
  readonly n?: number;
  /** Why the candidate's predictions could not give a metric (named when a rule asks for it). */
  readonly whyUndefined?: Readonly<Record<string, string>>;
}

export interface GateResult {
  readonly metrics: readonly MetricResult[];
  readonly correction: Correction;
  readonly verdict: 'pass' | 'fail';
  readonly reasons: readonly string[];
  /** Why the comparison cannot be made (a gated metric missing from one side): exit 2. */
  readonly impossible: readonly string[];
  readonly warnings: readonly string[];
}

const PROPORTIONS = /^(accuracy|precision|recall|f1)(_|$)/;

interface Draft {
  name: string;
  rule?: MetricRule;
  direction: Direction;
  base?: number;
  cand?: number;
  stat?: PairedStatistic;
  boundary?: number;
  pValue?: number;
  test: string;
  reasons: string[];
  hardFail: boolean;
  compared: boolean;
  uncomparable?: boolean;
  /** The comparison cannot be made for this metric (missing from one side): exit 2. */
  impossible?: string;
}

/** Decides every metric and the gate (reference statistics-and-baselines.md §2.3 decision rules, §2.8 modes). */
export function decide(input: GateInput): GateResult {
  const ruleOf = new Map(input.rules.map((rule) => [rule.metric, rule]));
  // Baseline metrics too: one the candidate lost is shown as missing, even without a rule.
  const names = [
    ...new Set([
      ...input.rules.map((rule) => rule.metric),
      ...input.candidate.keys(),
      ...(input.baseline?.keys() ?? []),
    ]),
  ];
  const warnings: string[] = [];
  const drafts = names.map((name) => draft(name, ruleOf.get(name), input));
  const correction: Correction = input.mode === 'block-on-regression' ? 'holm' : 'none';
  const tested = drafts.filter(
    (d) => d.compared && d.pValue !== undefined && d.rule && !d.rule.informational,
  );
  const adjusted = adjust(
    tested.map((d) => d.pValue!),
    correction,
  );
  const adjustedOf = new Map(tested.map((d, i) => [d.name, adjusted[i]!]));
  const metrics = drafts.map((d) => finish(d, adjustedOf.get(d.name), input, warnings));
  const gated = metrics.filter((m) => m.role === 'gated');
  const reasons: string[] = [];
  const impossible = drafts.flatMap((d) => (d.impossible ? [d.impossible] : []));
  for (const m of gated) {
    if (drafts.find((d) => d.name === m.name)?.impossible) continue;
    if (m.verdict === 'fail') reasons.push(...m.reasons);
    if (m.verdict === 'inconclusive' && input.onInconclusive === 'fail') {
      reasons.push(`${m.name} is inconclusive (${m.reasons.join('; ')}), and on-inconclusive is fail`);
    }
  }
  if (gated.length === 0)
    warnings.push('no rules configured: every metric is informational and nothing gates');
  const verdict = reasons.length || impossible.length ? 'fail' : 'pass';
  return { metrics, correction, verdict, reasons, impossible, warnings };
}

function draft(name: string, rule: MetricRule | undefined, input: GateInput): Draft {
  const d: Draft = {
    name,
    rule,
    direction: rule?.direction ?? 'higher',
    base: input.baseline?.get(name),
    cand: input.candidate.get(name),
    stat: input.paired.get(name),
    test: 'none',
    reasons: [],
    hardFail: false,
    compared: false,
  };
  if (d.cand === undefined && d.base !== undefined && (!rule || rule.informational)) {
    d.reasons.push('missing from the candidate');
    return d;
  }
  if (!rule || rule.informational) {
    // Shown with its test against "no difference", never gating and never in the correction.
    if (d.cand !== undefined && d.base !== undefined && Number.isFinite(d.cand) && Number.isFinite(d.base))
      test(d, 0);
    return d;
  }
  if (d.cand === undefined) {
    d.hardFail = true;
    const why = input.whyUndefined?.[name];
    d.impossible = why
      ? `${name} has a rule but is missing from the candidate: ${why}`
      : `${name} has a rule but is missing from the candidate${suggestion(name, input.candidate)}`;
    d.reasons.push(d.impossible);
    return d;
  }
  if (!Number.isFinite(d.cand)) {
    d.hardFail = true;
    d.reasons.push(`${name} is ${d.cand} in the candidate`);
    return d;
  }
  if (rule.floor !== undefined && d.cand < rule.floor) {
    d.hardFail = true;
    d.reasons.push(`${name} is ${fmt(d.cand)}, below the floor ${rule.floor}`);
  }
  if (rule.ceiling !== undefined && d.cand > rule.ceiling) {
    d.hardFail = true;
    d.reasons.push(`${name} is ${fmt(d.cand)}, above the ceiling ${rule.ceiling}`);
  }
  if (!rule.comparative) return d;
  if (!input.baseline) {
    d.reasons.push('no baseline: compared with thresholds only');
    return d;
  }
  if (d.base === undefined) {
    // The rule asks for a comparison the baseline cannot give: not a regression, a broken comparison.
    d.uncomparable = true;
    d.impossible = `${name} has a comparative rule but is missing from the baseline${suggestion(name, input.baseline)}`;
    d.reasons.push(d.impossible);
    return d;
  }
  if (!Number.isFinite(d.base)) {
    // Not a failure of the candidate (MLflow fails it), but not a pass either: the policy decides.
    d.uncomparable = true;
    d.reasons.push(`the baseline value is ${d.base}`);
    return d;
  }
  d.compared = true;
  const scale = Math.abs(d.base);
  d.boundary =
    rule.minImprovement ??
    (rule.relativeMinImprovement !== undefined ? rule.relativeMinImprovement * scale : undefined) ??
    -(rule.margin ?? (rule.relativeMargin !== undefined ? rule.relativeMargin * scale : 0));
  test(d, d.boundary);
  return d;
}

/** The p-value of H0 "oriented delta = boundary" and the test that gave it. */
function test(d: Draft, boundary: number): void {
  const sign = d.direction === 'higher' ? 1 : -1;
  if (!d.stat) {
    d.test = 'point';
    return;
  }
  if (d.stat.delong) {
    const se = Math.sqrt(d.stat.delong.variance);
    const shifted = sign * d.stat.delong.delta - boundary;
    d.pValue = se === 0 ? (shifted === 0 ? 1 : 0) : normalTwoSided(shifted / se);
    d.test = 'delong';
  } else if (d.stat.mcnemar && boundary === 0) {
    d.pValue = d.stat.mcnemar.pValue;
    d.test = d.stat.mcnemar.variant;
  } else if (d.stat.deltas) {
    const deltas = sign === 1 ? d.stat.deltas : Float64Array.from(d.stat.deltas, (v) => -v).reverse();
    d.pValue = bootstrapPValue(deltas, boundary);
    d.test = 'bootstrap-percentile';
  }
}

function finish(d: Draft, pAdjusted: number | undefined, input: GateInput, warnings: string[]): MetricResult {
  const gated = d.rule !== undefined && !d.rule.informational;
  const sign = d.direction === 'higher' ? 1 : -1;
  const delta = d.cand !== undefined && d.base !== undefined ? d.cand - d.base : undefined;
  const reasons = [...d.reasons];
  let verdict: Verdict = gated ? 'pass' : 'info';
  if (d.hardFail) verdict = 'fail';
  else if (d.uncomparable) verdict = 'inconclusive';
  const mde = mdeOf(d, input);
  if (gated && d.compared && delta !== undefined && d.boundary !== undefined) {
    const oriented = sign * delta;
    const what =
      d.boundary > 0
        ? `improvement of at least ${fmt(d.boundary)}`
        : d.boundary < 0
          ? `no worse than the baseline by more than ${fmt(-d.boundary)}`
          : 'no worse than the baseline';
    // The failure as a sentence: "accuracy is significantly worse than the baseline: Δ −0.04, …".
    const failing =
      d.boundary > 0
        ? `falls short of the required improvement of ${fmt(d.boundary)}`
        : d.boundary < 0
          ? `worse than the baseline by more than the margin ${fmt(-d.boundary)}`
          : 'worse than the baseline';
    const is = d.boundary > 0 ? `${d.name}` : `${d.name} is`;
    const change = `Δ ${signed(delta)}`;
    let comparison: Verdict;
    if (!d.stat) {
      comparison = oriented >= d.boundary ? 'pass' : 'fail';
      reasons.push(
        comparison === 'pass'
          ? `meets ${what} on point estimates (no paired predictions)`
          : `${is} ${failing} on point estimates: ${change} (no paired predictions, so no interval)`,
      );
    } else {
      const [lo, hi] = sign === 1 ? [d.stat.lower, d.stat.upper] : [-d.stat.upper, -d.stat.lower];
      const level = `${fmt((1 - input.alpha) * 100)}% interval [${signed(d.stat.lower)}, ${signed(d.stat.upper)}]`;
      if (lo > d.boundary) {
        comparison = 'pass';
        reasons.push(`${what}: shown by the interval`);
      } else if (
        input.mode === 'all-must-pass'
          ? hi < d.boundary
          : (pAdjusted ?? 1) <= input.alpha && oriented < d.boundary
      ) {
        comparison = 'fail';
        reasons.push(
          input.mode === 'all-must-pass'
            ? `${is} ${failing}: ${change}, ${level} excludes ${signed(sign * d.boundary)}`
            : `${is} significantly ${failing}: ${change}, Holm-adjusted p = ${fmt(pAdjusted!)}`,
        );
      } else {
        comparison = 'inconclusive';
        reasons.push(`the ${level} cannot tell whether it is ${what}`);
      }
    }
    if (verdict !== 'fail') verdict = comparison;
    const target = Math.abs(d.boundary);
    if (mde !== undefined && target > 0 && target < mde) {
      warnings.push(
        `${d.name}: the rule's ${d.boundary > 0 ? 'min-improvement' : 'margin'} ${fmt(target)} is below the minimum detectable effect ${fmt(mde)} for this test set: the decision mostly reflects noise`,
      );
    }
  }
  return {
    name: d.name,
    role: gated ? 'gated' : 'info',
    direction: d.direction,
    baseline: d.base ?? null,
    candidate: d.cand ?? null,
    delta: delta ?? null,
    relativeDelta: delta !== undefined && d.base ? delta / Math.abs(d.base) : null,
    interval: d.stat
      ? { lower: d.stat.lower, upper: d.stat.upper, level: 1 - input.alpha, method: d.stat.method }
      : null,
    pValue: d.pValue ?? null,
    pAdjusted: pAdjusted ?? null,
    test: d.test,
    boundary: d.boundary ?? null,
    mde: mde ?? null,
    discordant: d.stat?.mcnemar ? { b: d.stat.mcnemar.b, c: d.stat.mcnemar.c } : null,
    rule: ruleText(d.rule),
    verdict,
    reasons,
  };
}

function mdeOf(d: Draft, input: GateInput): number | undefined {
  if (d.stat) return mdeFromStandardError(d.stat.standardError, input.alpha, input.power);
  if (input.n && d.base !== undefined && PROPORTIONS.test(d.name) && d.base >= 0 && d.base <= 1) {
    return unpairedProportionMde(d.base, input.n, input.alpha, input.power);
  }
  return undefined;
}

export { fmt, ruleText, signed } from './gate-text.js';
