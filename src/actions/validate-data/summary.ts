import type { ValidationReport } from '../../core/data/validate/report.js';
import type { DataErrorRecord } from '../../core/data/validate/error-collector.js';
import { cell as escapeCell } from '../../core/text/markdown.js';
import type { SchemaDiffSection } from '../../core/data/validate/report.js';

const SUMMARY_ROWS = 50;

function where(error: DataErrorRecord): string {
  const parts = [error.file, error.line ?? error.row].filter((part) => part !== undefined && part !== '');
  const place = parts.join(':');
  // In a data package the resource name says which table, beside the file that holds the row.
  const text = error.resource ? `${error.resource}${place ? ` (${place})` : ''}` : place;
  return text ? escapeCell(text) : '';
}

/**
 * The job summary: verdict, counts per error type, table checks, drift, then the first errors. The
 * headline is the step's verdict: valid data under `fail-on-schema-change` with a changed schema fails
 * the step, so it is not headed "✅ valid".
 */
export function renderSummary(
  report: ValidationReport,
  reportPath: string,
  options: { readonly failOnSchemaChange?: boolean } = {},
): string {
  const lines: string[] = [];
  const mib = (report.stats.bytes / 2 ** 20).toFixed(1);
  const schemaFails = options.failOnSchemaChange === true && report.schemaDiff?.changed === true;
  const headline = !report.valid
    ? `❌ validate-data: ${report.errorCount} errors`
    : schemaFails
      ? '❌ validate-data: the data is valid, but the schema changed (fail-on-schema-change)'
      : '✅ validate-data: valid';
  lines.push(`### ${headline}`);
  lines.push('');
  lines.push(
    `${report.stats.files} file(s), ${report.stats.rows} rows, ${mib} MiB in ${(report.stats.durationMs / 1000).toFixed(2)} s. Report: \`${escapeCell(reportPath)}\`${report.profile ? `, profile: \`${escapeCell(report.profile)}\`` : ''}.`,
  );
  const counts = Object.entries(report.errorCounts);
  if (counts.length) {
    lines.push('', '| error type | count |', '|---|---:|');
    for (const [type, count] of counts) lines.push(`| ${type} | ${count} |`);
    if (report.truncated)
      lines.push(
        '',
        `Samples are capped at ${report.samplesPerType} per type; the counts above are complete.`,
      );
  }
  if (report.checks.length) {
    lines.push('', '| check | result | detail |', '|---|---|---|');
    for (const check of report.checks)
      lines.push(`| ${check.check} | ${check.passed ? 'pass' : '**fail**'} | ${escapeCell(check.message)} |`);
  }
  if (report.drift) {
    lines.push(
      '',
      `Drift against \`${escapeCell(report.drift.reference)}\`: ${report.drift.drifted ? '**drifted**' : 'no drift'}`,
    );
    const drifted = report.drift.columns.filter((c) => c.drifted);
    if (drifted.length) {
      lines.push('', '| column | reason |', '|---|---|');
      for (const column of drifted)
        lines.push(`| ${escapeCell(column.column)} | ${escapeCell(column.reasons.join('; '), 300)} |`);
    }
  }
  if (report.schemaDiff) lines.push('', ...schemaDiffLines(report.schemaDiff));
  const shown = report.errors.slice(0, SUMMARY_ROWS);
  if (shown.length) {
    lines.push('', '| type | where | field | value | message |', '|---|---|---|---|---|');
    for (const e of shown)
      lines.push(
        `| ${e.type} | ${where(e)} | ${escapeCell(e.field ?? '')} | ${escapeCell(e.value ?? '', 40)} | ${escapeCell(e.message)} |`,
      );
    const more = report.errorCount - shown.length;
    if (more > 0) lines.push('', `…and ${more} more (see the JSON report).`);
  }
  if (report.warningCount)
    lines.push('', `${report.warningCount} cell errors tolerated by passing \`mostly\` checks.`);
  return `${lines.join('\n')}\n`;
}

const SCHEMA_CHANGE_ROWS = 50;

// Column names and constraint values come from the PR's files: every line is escaped.
function schemaDiffLines(section: SchemaDiffSection): string[] {
  const against = `\`${escapeCell(section.file)}\` against \`${escapeCell(section.base)}\``;
  if (section.status !== 'compared')
    return [
      `Schema ${against}: ${section.status}${section.message ? ` (${escapeCell(section.message, 300)})` : ''}.`,
    ];
  if (!section.changed) return [`Schema ${against}: unchanged.`];
  const shown = section.changes.slice(0, SCHEMA_CHANGE_ROWS).map((line) => `- ${escapeCell(line, 300)}`);
  const more = section.changes.length - shown.length;
  return [
    `Schema ${against}: ${section.changes.length} change(s).`,
    '',
    ...shown,
    ...(more > 0 ? [`- …and ${more} more (see the JSON report).`] : []),
  ];
}
