import { type Acceptance, acceptanceFor } from '../../metrics/acceptance.js';
import type { MetricResult } from '../../metrics/gate.js';
import type { ComparisonReport } from '../../metrics/report.js';
import { deltaChart } from '../charts.js';
import type { SectionContext } from '../context.js';
import { type Cell, cells, type Inline, type Node, type Section, type Verdict } from '../document.js';
import { num, plural, signed } from '../format.js';

/** Rows of a metrics table at most; the JSON report keeps them all. */
export const MAX_METRIC_ROWS = 100;
/** Bars in the delta chart at most (the gated metrics, first). */
export const MAX_CHART_BARS = 12;

const ICON: Record<MetricResult['verdict'], string> = {
  pass: '✅ pass',
  fail: '❌ fail',
  inconclusive: '⚠️ inconclusive',
  info: 'ℹ️ info',
};

/** Δ, and for a gated metric whether that is better or worse by its rule's direction: `+0.13 (better)`. */
function deltaText(m: MetricResult): string {
  if (m.delta === null) return '–';
  if (m.delta === 0) return '0';
  // An informational metric without a rule has no known direction: no better/worse claimed for it.
  if (m.role !== 'gated') return signed(m.delta);
  const better = m.direction === 'higher' ? m.delta > 0 : m.delta < 0;
  return `${signed(m.delta)} (${better ? 'better' : 'worse'})`;
}

function verdictCell(m: MetricResult, accepted: Acceptance | undefined): Cell {
  if (m.verdict === 'fail' && accepted) return `☑️ accepted by @${accepted.by}: ${accepted.reason}`;
  return ICON[m.verdict];
}

function metricRow(m: MetricResult, accepted: Acceptance | undefined): Cell[] {
  const interval = m.interval ? `[${signed(m.interval.lower)}, ${signed(m.interval.upper)}]` : '–';
  const p =
    m.pValue === null
      ? '–'
      : m.pAdjusted !== null && m.pAdjusted !== m.pValue
        ? `${num(m.pValue)} (adj. ${num(m.pAdjusted)})`
        : num(m.pValue);
  return cells(
    [{ code: m.name }],
    num(m.baseline),
    num(m.candidate),
    deltaText(m),
    interval,
    p,
    verdictCell(m, accepted),
  );
}

const HEAD = ['metric', 'baseline', 'candidate', 'Δ', 'interval', 'p', 'verdict'];
const ALIGN = ['l', 'r', 'r', 'r', 'l', 'r', 'l'] as const;

/** The comparison report: verdict (acceptances honoured), metrics table and chart, confusion matrix. */
export function comparisonSection(file: string, report: ComparisonReport, ctx: SectionContext): Section {
  const metrics = report.metrics ?? [];
  const acceptedOf = (m: MetricResult) =>
    m.verdict === 'fail' && m.role === 'gated' && ctx.headSha
      ? acceptanceFor(ctx.acceptances, ctx.headSha, m.name)
      : undefined;
  const gated = metrics.filter((m) => m.role === 'gated');
  const info = metrics.filter((m) => m.role !== 'gated');
  const failed = gated.filter((m) => m.verdict === 'fail');
  const unaccepted = failed.filter((m) => !acceptedOf(m));
  const inconclusive = gated.filter((m) => m.verdict === 'inconclusive');
  // Reasons not tied to a metric (a test-set mismatch, no baseline with on-no-baseline fail) cannot be accepted.
  const otherReasons = (report.reasons ?? []).filter(
    (r) => !metrics.some((m) => r.startsWith(`${m.name}: `)),
  );
  const verdict: Verdict =
    report.verdict === 'fail' && (unaccepted.length > 0 || otherReasons.length > 0 || failed.length === 0)
      ? 'fail'
      : inconclusive.length > 0
        ? 'inconclusive'
        : 'pass';
  const headline: Inline[] = [];
  if (verdict === 'fail') {
    headline.push(
      unaccepted.length
        ? `${plural(unaccepted.length, 'gated metric')} failed: ${unaccepted.map((m) => m.name).join(', ')}`
        : (otherReasons[0] ?? 'the gate failed'),
    );
  } else {
    headline.push(
      `${gated.length - failed.length - inconclusive.length} of ${plural(gated.length, 'gated metric')} passed`,
    );
    if (failed.length) headline.push(`; ${failed.length} failed and accepted for this commit`);
    if (inconclusive.length) headline.push(`; inconclusive: ${inconclusive.map((m) => m.name).join(', ')}`);
  }
  const source = report.baseline?.source ?? 'none';
  headline.push(`; baseline: ${source === 'none' ? 'none found' : source}`);
  const body: Node[] = [];
  const reasons = [...(report.reasons ?? [])].filter(
    (r) => !failed.some((m) => acceptedOf(m) && r.startsWith(`${m.name}: `)),
  );
  if (reasons.length) body.push({ type: 'list', items: reasons.slice(0, 20).map((r) => [r]) });
  const shownGated = gated.slice(0, MAX_METRIC_ROWS);
  body.push({
    type: 'table',
    head: HEAD,
    align: ALIGN,
    rows: shownGated.map((m) => metricRow(m, acceptedOf(m))),
  });
  const accepted = failed.map((m) => [m, acceptedOf(m)] as const).filter(([, a]) => a);
  if (accepted.length) {
    body.push({
      type: 'list',
      items: accepted.map(([m, a]) => [
        { code: m.name },
        ` accepted by @${a!.by} (${a!.permission}) at ${a!.at}: ${a!.reason}`,
      ]),
    });
  }
  const chartRows = gated
    .filter((m) => m.delta !== null && Number.isFinite(m.delta))
    .slice(0, MAX_CHART_BARS)
    .map((m) => ({ name: m.name, delta: m.delta!, lower: m.interval?.lower, upper: m.interval?.upper }));
  if (ctx.charts && chartRows.length) {
    body.push({
      type: 'details',
      summary: 'Chart: Δ per gated metric with its interval',
      drop: 1,
      body: [{ type: 'chart', kind: 'metric-deltas', mermaid: deltaChart(chartRows), drop: 1 }],
    });
  }
  if (info.length) {
    const shown = info.slice(0, Math.max(0, MAX_METRIC_ROWS - shownGated.length));
    const more = info.length - shown.length;
    body.push({
      type: 'details',
      summary: `Informational metrics (${info.length})`,
      drop: 2,
      body: [
        { type: 'table', head: HEAD, align: ALIGN, rows: shown.map((m) => metricRow(m, undefined)) },
        ...(more > 0 ? [{ type: 'paragraph' as const, parts: [`${more} more in ${file}.`] }] : []),
      ],
    });
  }
  if (report.confusion && report.confusion.labels.length <= 30) body.push(confusionDetails(report.confusion));
  body.push({
    type: 'details',
    summary: 'How this was decided',
    body: [
      {
        type: 'list',
        items: [
          [
            `Mode ${report.gate?.mode ?? '–'} (${report.gate?.correction === 'holm' ? 'Holm correction' : 'no correction'}), α = ${report.gate?.alpha ?? '–'}.`,
          ],
          [
            `Baseline: ${source}${Object.entries(report.baseline?.detail ?? {})
              .map(([k, v]) => `, ${k} ${v}`)
              .join('')}.`,
          ],
          [
            `Test set: ${report.testSet?.match ?? '–'}${report.testSet?.n ? `, n = ${report.testSet.n}` : ''}; paired: ${report.pairing?.paired ? `yes (${report.pairing.examples} examples)` : `no (${report.pairing?.why ?? '–'})`}.`,
          ],
          [
            `Intervals: ${report.statistics?.interval ?? '–'}; ${report.statistics?.resamples ?? '–'} resamples; seed ${report.statistics?.rng?.seed ?? '–'}.`,
          ],
          ...(report.warnings ?? []).map((w) => [`⚠️ ${w}`]),
        ],
      },
    ],
  });
  return { kind: report.kind, file, title: 'Model metrics', verdict, headline, body };
}

/** The confusion matrix as a table: rows are the true class, columns the prediction (candidate, Δ vs baseline). */
function confusionDetails(confusion: NonNullable<ComparisonReport['confusion']>): Node {
  const { labels, candidate, baseline } = confusion;
  const rows = labels.map((label, i) =>
    cells(
      [{ code: label }],
      ...labels.map((_, j) => {
        const c = candidate[i]?.[j] ?? 0;
        const b = baseline?.[i]?.[j];
        return b === undefined || b === c ? String(c) : `${c} (${signed(c - b)})`;
      }),
    ),
  );
  return {
    type: 'details',
    summary: `Confusion matrix (${labels.length} classes)`,
    drop: 2,
    body: [
      {
        type: 'paragraph',
        parts: ['Rows: true class; columns: predicted. In brackets: change against the baseline.'],
      },
      {
        type: 'table',
        head: ['true ↓ predicted →', ...labels],
        align: ['l', ...labels.map(() => 'r' as const)],
        rows,
      },
    ],
  };
}
