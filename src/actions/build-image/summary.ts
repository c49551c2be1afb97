import type { ImageReport } from '../../core/image/report.js';

// Names come from file names and user labels: escape what markdown or HTML would act on.
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|@&#]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\r?\n/g, ' ');
}

function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = n / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 2 : 1)} ${units[unit]}`;
}

/** The job summary: image by digest, tags, and one row per layer (what happened, bytes, seconds). */
export function renderSummary(report: ImageReport): string {
  const lines = [`### mlci build-image${report.promotedFrom ? ' (promotion)' : ''}`, ''];
  lines.push(
    report.reference ? `**Image:** \`${report.reference}\`` : `**Digest:** \`${report.digest}\` (not pushed)`,
  );
  if (report.tags.length) lines.push('', `**Tags:** ${report.tags.map((t) => `\`${t}\``).join(', ')}`);
  if (report.promotedFrom)
    lines.push(
      '',
      `Promoted from \`${report.promotedFrom.reference}\` by ${report.promotedFrom.how}; the digest is unchanged.`,
    );
  if (report.base)
    lines.push(
      '',
      `**Base:** \`${report.base.name}\`${report.base.digest ? ` @ \`${report.base.digest}\`` : ''}`,
    );
  if (report.platforms.length > 1)
    lines.push(
      '',
      `**Platforms:** ${report.platforms.map((p) => p.platform).join(', ')} (one index, model layers shared)`,
    );
  lines.push(
    '',
    '| Layer | Digest | Size | Compression | Push | Sent | Seconds |',
    '|---|---|---:|---|---|---:|---:|',
  );
  for (const layer of report.layers) {
    lines.push(
      `| ${md(layer.name)} | \`${layer.digest.slice(7, 19)}\` | ${bytes(layer.size)} | ${layer.compression ?? '—'} | ${layer.action ?? '—'} | ${
        layer.bytesSent === undefined ? '—' : bytes(layer.bytesSent)
      } | ${layer.seconds === undefined ? '—' : layer.seconds.toFixed(2)} |`,
    );
  }
  const lineage = Object.entries(report.annotations);
  if (lineage.length) {
    lines.push('', '<details><summary>Labels and annotations</summary>', '', '| Key | Value |', '|---|---|');
    for (const [key, value] of lineage) lines.push(`| ${md(key)} | ${md(value)} |`);
    lines.push('', '</details>');
  }
  return `${lines.join('\n')}\n`;
}
