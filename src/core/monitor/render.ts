import { cell, escapeMarkdown, inlineCode, mermaidLabel } from '../text/markdown.js';
import type { Figure, Finding, FindingKind, MonitorReport } from './report.js';
import type { RunPoint } from './state.js';

export const KIND_TITLES: Readonly<Record<FindingKind, string>> = {
  'data-quality': 'data quality',
  drift: 'drift',
  'live-metric': 'live model quality',
};

/** "2 d 3 h", "45 min": how long an incident has lasted. */
export function duration(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

export function number(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return String(Number(value.toPrecision(4)));
}

/** The figures of a finding as a table, failing ones first. */
export function figuresTable(figures: readonly Figure[]): string {
  if (figures.length === 0) return '_No figures._';
  const rows = [...figures].sort((a, b) => Number(b.failing) - Number(a.failing));
  const lines = ['| | figure | value | limit | |', '|---|---|---:|---:|---|'];
  for (const f of rows) {
    const interval = f.interval ? ` (${number(f.interval[0])} to ${number(f.interval[1])})` : '';
    lines.push(
      `| ${f.failing ? '❌' : '✅'} | ${cell(f.label)} | ${number(f.value)}${interval} | ${f.limit === null ? '—' : number(f.limit)} | ${f.reason ? cell(f.reason, 300) : ''} |`,
    );
  }
  return lines.join('\n');
}

/**
 * A mermaid line chart of one figure over the last runs, with the table it draws beside it (every
 * chart has its table: not every reader sees the picture).
 */
export function trendChart(key: string, label: string, history: readonly RunPoint[]): string {
  const points = history.filter((p) => p.figures[key] !== undefined && Number.isFinite(p.figures[key]));
  if (points.length < 2) return '';
  const xs = points.map((_, i) => `r${i + 1}`);
  const ys = points.map((p) => number(p.figures[key]!));
  const chart = [
    '```mermaid',
    'xychart-beta',
    `  title "${mermaidLabel(label, 60)}"`,
    `  x-axis [${xs.join(', ')}]`,
    `  line [${ys.join(', ')}]`,
    '```',
  ].join('\n');
  const table = [
    '| run | when | value | status |',
    '|---|---|---:|---|',
    ...points.map((p, i) => `| r${i + 1} | ${cell(p.at)} | ${ys[i]} | ${p.status} |`),
  ].join('\n');
  return `${chart}\n\n<details><summary>${cell(label)} over the last ${points.length} runs</summary>\n\n${table}\n\n</details>`;
}

/** Trend charts of the failing figures (at most `max`), from the incident's history. */
export function trends(finding: Finding, history: readonly RunPoint[], max = 3): string {
  return finding.figures
    .filter((f) => f.failing)
    .slice(0, max)
    .map((f) => trendChart(f.key, f.label, history))
    .filter(Boolean)
    .join('\n\n');
}

/** The monitor's job summary / `--out` document: every finding, its figures, what happened to incidents. */
export function renderMonitorReport(
  report: MonitorReport,
  histories: ReadonlyMap<FindingKind, readonly RunPoint[]> = new Map(),
): string {
  const head = report.status === 'pass' ? '✅' : '❌';
  const out = [
    `## ${head} mlci monitor — ${escapeMarkdown(report.model)}`,
    '',
    `${report.sample.rows} row(s) from ${report.sample.files.map((f) => inlineCode(f)).join(', ') || 'no data file'} checked at ${escapeMarkdown(report.at)}.`,
    '',
    '| check | status | summary | incident |',
    '|---|---|---|---|',
  ];
  for (const finding of report.findings) {
    const incident = report.incidents.find((i) => i.kind === finding.kind);
    const issue = incident?.issue ? ` #${incident.issue.number}` : '';
    out.push(
      `| ${KIND_TITLES[finding.kind]} | ${finding.status === 'fail' ? '❌ fail' : finding.status === 'pass' ? '✅ pass' : '— skipped'} | ${cell(finding.summary, 300)} | ${incident ? `${incident.action}${issue}` : '—'} |`,
    );
  }
  for (const finding of report.findings.filter((f) => f.status !== 'skipped')) {
    out.push('', `### ${KIND_TITLES[finding.kind]}`, '', figuresTable(finding.figures));
    const chart = trends(finding, histories.get(finding.kind) ?? []);
    if (chart) out.push('', chart);
  }
  return `${out.join('\n')}\n`;
}
