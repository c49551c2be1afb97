import { UsageError } from '../errors.js';
import { cell, escapeMarkdown, inlineCode, mermaidText } from '../text/markdown.js';
import type { ReleaseRecord } from './record.js';

/**
 * Production history, newest first: every record is one production change (a release or a
 * rollback) at `releasedAt`. Records of other models are left out when `model` is given. Two records
 * with the same time keep their listing order (the newer GitHub release first).
 */
export function productionHistory(records: readonly ReleaseRecord[], model?: string): ReleaseRecord[] {
  return records
    .map((record, index) => ({ record, index, at: Date.parse(record.releasedAt) }))
    .filter(({ record }) => model === undefined || record.model === model)
    .sort((a, b) => b.at - a.at || a.index - b.index)
    .map(({ record }) => record);
}

/**
 * What was in production at `at` (ms since the epoch): the newest change at or before it, or
 * undefined before the first release.
 *
 *   history = [v1.4.0 @ 03-05, rollback to v1.3.0 @ 03-02, v1.3.0 @ 02-01]   (newest first)
 *   productionAt(history, 03-01) = v1.3.0;  productionAt(history, 03-03) = the rollback;  productionAt(history, 01-01) = undefined
 */
export function productionAt(history: readonly ReleaseRecord[], at: number): ReleaseRecord | undefined {
  return history.find((record) => Date.parse(record.releasedAt) <= at);
}

// 2027-03-01, 2027-03-01T12:00Z, 2027-03-01T12:00:30.5+02:00: a zone is required with a time, so
// "12:00" cannot silently mean the runner's local time.
const INSTANT = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** `--at` as ms since the epoch; a date alone means the end of that day (UTC). */
export function parseInstant(text: string): number {
  const trimmed = text.trim();
  const ms = INSTANT.test(trimmed)
    ? Date.parse(trimmed.length === 10 ? `${trimmed}T23:59:59.999Z` : trimmed)
    : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new UsageError(`\`at\` must be an ISO 8601 date or time with a zone, got "${text}"`, {
      hint: 'e.g. 2027-03-01T12:00Z or 2027-03-01 (end of that day, UTC)',
    });
  }
  return ms;
}

/** One history row as the table, JSON and markdown views show it. */
export interface HistoryRow {
  readonly version: string;
  readonly tag: string;
  readonly model: string | null;
  readonly releasedAt: string;
  readonly who: string;
  readonly why: string;
  readonly digest: string;
  readonly metrics: Readonly<Record<string, number>>;
  readonly rollback: string | null;
  readonly verdict: string;
}

/** The row of a record: who is the actor (tagger when there is no actor). */
export function historyRow(record: ReleaseRecord): HistoryRow {
  return {
    version: record.release,
    tag: record.tag,
    model: record.model ?? null,
    releasedAt: record.releasedAt,
    who: record.who?.actor ?? record.who?.tagger ?? 'unknown',
    why: record.why?.text ?? '',
    digest: record.image.digest,
    metrics: record.metrics,
    rollback: record.rollback ? record.rollback.to.tag : null,
    verdict: record.evaluation?.verdict ?? 'unknown',
  };
}

/** Stored text made printable for a terminal: control characters (ANSI escapes, bidi overrides) become visible. */
const printable = (text: string) =>
  text.replace(
    /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
const short = (digest: string) => digest.replace(/^sha256:/, '').slice(0, 12);
const firstLine = (text: string) => text.split(/\r?\n/, 1)[0] ?? '';
const metricsText = (metrics: Readonly<Record<string, number>>, max = 3) =>
  Object.entries(metrics)
    .slice(0, max)
    .map(([name, value]) => `${name}=${Number(value.toPrecision(4))}`)
    .join(' ');

/** Plain text columns for a terminal (untrusted text made printable by the logger that prints it). */
export function renderHistoryText(rows: readonly HistoryRow[]): string {
  const table = [
    ['VERSION', 'RELEASED', 'WHO', 'DIGEST', 'ROLLBACK', 'METRICS', 'WHY'],
    ...rows.map((r) =>
      [
        r.version,
        r.releasedAt,
        r.who,
        short(r.digest),
        r.rollback ? `to ${r.rollback}` : '',
        metricsText(r.metrics),
        firstLine(r.why).slice(0, 60),
      ].map(printable),
    ),
  ];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  return `${table
    .map((row) =>
      row
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')}\n`;
}

/** A markdown table, then a mermaid timeline (oldest first); every stored string escaped. */
export function renderHistoryMarkdown(rows: readonly HistoryRow[], title = 'Production history'): string {
  const lines = [
    `## ${escapeMarkdown(title)}`,
    '',
    '| version | released | who | why | metrics | digest | rollback |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${cell(r.version)} | ${cell(r.releasedAt)} | ${cell(r.who)} | ${cell(firstLine(r.why), 80)} | ${cell(metricsText(r.metrics))} | ${inlineCode(short(r.digest))} | ${r.rollback ? `to ${cell(r.rollback)}` : ''} |`,
    ),
  ];
  if (rows.length === 0) return `${lines.join('\n')}\n\nNo production release recorded.\n`;
  lines.push('', '```mermaid', 'timeline', `    title ${mermaidText(title)}`);
  for (const r of [...rows].reverse()) {
    const day = r.releasedAt.slice(0, 10);
    const what = r.rollback ? `rollback to ${r.rollback}` : r.version;
    lines.push(`    ${mermaidText(day)} : ${mermaidText(`${what} by ${r.who}`)}`);
  }
  lines.push('```', '');
  return lines.join('\n');
}
