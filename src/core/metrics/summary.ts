import { fmt } from './gate.js';
import { escapeMarkdown as esc } from '../text/markdown.js';
import type { ComparisonReport } from './report.js';

/** Rows of the summary table at most (the JSON report has them all). */
export const MAX_ROWS = 200;

const ICON = { pass: '✅ pass', fail: '❌ fail', inconclusive: '⚠️ inconclusive', info: 'ℹ️ info' } as const;

function num(value: number | null): string {
  return value === null ? '–' : fmt(value);
}

function signed(value: number | null): string {
  if (value === null) return '–';
  return value > 0 ? `+${fmt(value)}` : fmt(value);
}

/** The job summary: verdict first, the table, then where the baseline came from and the statistics used. */
export function renderSummary(report: ComparisonReport): string {
  const lines: string[] = [];
  const headline =
    report.verdict === 'pass' ? '✅ pass' : report.impossible.length ? '⛔ comparison impossible' : '❌ fail';
  lines.push(`## mlci compare-metrics: ${headline}`, '');
  for (const reason of report.reasons) lines.push(`- ${esc(reason)}`);
  if (report.reasons.length) lines.push('');
  for (const a of report.acceptances ?? [])
    lines.push(`- ✅ ${esc(a.metric)}: ${esc(`accepted by @${a.by}: ${a.reason}`)}`);
  if (report.acceptances?.length) lines.push('');
  const source =
    report.baseline.source === 'none'
      ? 'no baseline found'
      : `baseline from **${report.baseline.source}**${
          Object.keys(report.baseline.detail).length
            ? ` (${esc(
                Object.entries(report.baseline.detail)
                  .map(([k, v]) => `${k} ${v}`)
                  .join(', '),
              )})`
            : ''
        }`;
  lines.push(
    `Mode **${report.gate.mode}** (${report.gate.correction === 'holm' ? 'Holm correction' : 'no correction: each metric must pass on its own'}), α = ${report.gate.alpha}; ${source}.`,
    '',
  );
  lines.push('| metric | baseline | candidate | Δ | rel. Δ | interval | p | test | MDE | rule | verdict |');
  lines.push('|---|---:|---:|---:|---:|---|---:|---|---:|---|---|');
  // Gated metrics first; informational ones up to a cap, so a metrics file with thousands of keys
  // (per-class scores) cannot push the summary past GitHub's size limits.
  const gated = report.metrics.filter((m) => m.role === 'gated');
  const info = report.metrics.filter((m) => m.role !== 'gated');
  const shown = [...gated, ...info.slice(0, Math.max(0, MAX_ROWS - gated.length))];
  for (const m of shown) {
    const interval = m.interval ? `[${signed(m.interval.lower)}, ${signed(m.interval.upper)}]` : '–';
    const p =
      m.pValue === null
        ? '–'
        : m.pAdjusted !== null && m.pAdjusted !== m.pValue
          ? `${fmt(m.pValue)} (adj. ${fmt(m.pAdjusted)})`
          : fmt(m.pValue);
    const rel = m.relativeDelta === null ? '–' : `${signed(m.relativeDelta * 100)}%`;
    lines.push(
      `| ${esc(m.name)} | ${num(m.baseline)} | ${m.candidate === null && m.baseline !== null ? 'missing' : num(m.candidate)} | ${signed(m.delta)} | ${rel} | ${interval} | ${p} | ${m.test} | ${num(m.mde)} | ${esc(m.rule)} | ${ICON[m.verdict]} |`,
    );
  }
  if (shown.length < report.metrics.length) {
    lines.push(
      '',
      `${report.metrics.length - shown.length} more informational metric(s) are in the JSON report.`,
    );
  }
  lines.push('');
  for (const warning of report.warnings) lines.push(`> ⚠️ ${esc(warning)}`, '');
  for (const notice of report.notices) lines.push(`> ℹ️ ${esc(notice)}`, '');
  lines.push(
    `<details><summary>How this was decided</summary>`,
    '',
    `- Test set: ${report.testSet.match}${report.testSet.n !== null ? `, n = ${report.testSet.n}` : ''}; paired: ${report.pairing.paired ? `yes (${report.pairing.examples} examples)` : `no (${esc(report.pairing.why)})`}.`,
    `- Intervals: ${esc(report.statistics.interval)}; ${report.statistics.resamples} resamples${report.statistics.stratified ? ', stratified by class' : ''}; RNG ${report.statistics.rng.algorithm} seed ${report.statistics.rng.seed}.`,
    `- McNemar: ${esc(report.statistics.mcnemar)}.`,
    `- Baseline search: ${esc(report.baseline.searched.map((s) => `${s.source} ${s.outcome} (${s.reason})`).join('; ') || 'none')}.`,
    '',
    '</details>',
    '',
  );
  return lines.join('\n');
}
