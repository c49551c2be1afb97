import type { ReleaseRecord } from '../../core/release/record.js';
import { cell, escapeMarkdown, inlineCode } from '../../core/text/markdown.js';

const fmt = (v: number | null) => (v === null ? '—' : String(Number(v.toPrecision(6))));

/** The job summary of a release, a rollback or a refusal. */
export function renderReleaseSummary(
  record: Pick<
    ReleaseRecord,
    'tag' | 'release' | 'image' | 'evaluation' | 'acceptances' | 'previous' | 'rollback'
  >,
  outcome: 'released' | 'rolled-back' | 'refused',
  reasons: readonly string[] = [],
): string {
  const title =
    outcome === 'refused'
      ? `Release ${escapeMarkdown(record.tag)} refused`
      : outcome === 'rolled-back'
        ? `Production rolled back to ${escapeMarkdown(record.rollback?.to.tag ?? record.release)}`
        : `Released ${escapeMarkdown(record.release)} (${escapeMarkdown(record.tag)})`;
  const lines = [
    `## ${title}`,
    '',
    `Image ${inlineCode(record.image.reference)}${record.image.tags.length ? `, tags ${record.image.tags.map((t) => inlineCode(t)).join(' ')}` : ''}.`,
    `Previous production: ${record.previous ? escapeMarkdown(record.previous.tag) : 'none (first release)'}. Gate: **${escapeMarkdown(record.evaluation.verdict)}**.`,
    '',
  ];
  for (const reason of reasons) lines.push(`- ${escapeMarkdown(reason, 300)}`);
  if (reasons.length) lines.push('');
  if (record.evaluation.metrics.length) {
    lines.push(
      '| metric | candidate | production | delta | interval | verdict |',
      '|---|---|---|---|---|---|',
    );
    for (const m of record.evaluation.metrics) {
      const interval = m.interval ? `[${fmt(m.interval.lower)}, ${fmt(m.interval.upper)}]` : '—';
      lines.push(
        `| ${cell(m.name)} | ${fmt(m.value)} | ${fmt(m.baseline)} | ${fmt(m.delta)} | ${interval} | ${cell(m.verdict)} |`,
      );
    }
    lines.push('');
  }
  for (const a of record.acceptances)
    lines.push(
      `Accepted ${a.metrics.map((m) => cell(m)).join(', ') || 'the failed gate'} by ${cell(a.by)}: ${escapeMarkdown(a.reason, 300)}`,
    );
  return `${lines.join('\n')}\n`;
}
