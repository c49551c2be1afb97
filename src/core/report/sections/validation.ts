import type { ValidationReport } from '../../data/validate/report.js';
import type { DataErrorRecord } from '../../data/validate/error-collector.js';
import { driftChart } from '../charts.js';
import { fileUrl, type SectionContext } from '../context.js';
import { type Cell, cells, type Inline, type Node, type Section } from '../document.js';
import { bytes, num, plural } from '../format.js';

/** Errors shown in the first table; the next ones only while the budget allows (drop level 2). */
export const FIRST_ERRORS = 10;
export const MORE_ERRORS = 90;
/** Columns in the drift chart at most. */
export const MAX_DRIFT_BARS = 20;

/** `file:line` linked to the file at the head commit when the repository is known. */
export function whereCell(e: DataErrorRecord, ctx: SectionContext): Cell {
  if (!e.file) return e.resource ?? '–';
  const line = e.line ?? e.row;
  const text = line !== undefined ? `${e.file}:${line}` : e.file;
  const url = fileUrl(ctx, e.file, line);
  return url ? [{ link: url, text }] : [{ code: text }];
}

function errorRows(errors: readonly DataErrorRecord[], ctx: SectionContext): Cell[][] {
  return errors.map((e) =>
    cells(
      whereCell(e, ctx),
      e.type,
      e.field ?? '–',
      e.value === undefined ? '–' : [{ code: e.value }],
      e.message,
    ),
  );
}

const ERROR_HEAD = ['where', 'type', 'field', 'value', 'message'];

/** The validation report: error counts by type, the first errors linked to their line, drift, schema changes. */
export function validationSection(file: string, report: ValidationReport, ctx: SectionContext): Section {
  const stats = report.stats ?? { rows: 0, bytes: 0, files: 0, durationMs: 0 };
  const files = report.files ?? [];
  const scope = `${plural(stats.rows, 'row')} in ${plural(files.length, 'file')} (${bytes(stats.bytes)})`;
  const headline: Inline[] = report.valid
    ? [`${scope} valid`]
    : [`${plural(report.errorCount, 'error')} in ${scope}`];
  if (report.warningCount) headline.push(`; ${plural(report.warningCount, 'tolerated error')}`);
  if (report.drift)
    headline.push(
      report.drift.drifted
        ? `; drift in ${plural(report.drift.columns.filter((c) => c.drifted).length, 'column')}`
        : '; no drift',
    );
  if (report.schemaDiff?.changed) headline.push('; schema changed');
  const body: Node[] = [];
  const counts = Object.entries(report.errorCounts ?? {}).sort(([, a], [, b]) => b - a);
  if (counts.length) {
    body.push({
      type: 'table',
      head: ['error type', 'count'],
      align: ['l', 'r'],
      rows: counts.map(([type, n]) => cells(type, String(n))),
    });
  }
  const errors = report.errors ?? [];
  if (errors.length) {
    body.push({
      type: 'details',
      summary: `First ${Math.min(errors.length, FIRST_ERRORS)} of ${plural(report.errorCount, 'error')}`,
      body: [{ type: 'table', head: ERROR_HEAD, rows: errorRows(errors.slice(0, FIRST_ERRORS), ctx) }],
    });
  }
  if (errors.length > FIRST_ERRORS) {
    const more = errors.slice(FIRST_ERRORS, FIRST_ERRORS + MORE_ERRORS);
    body.push({
      type: 'details',
      summary: `${more.length} more error samples`,
      drop: 2,
      body: [
        { type: 'table', head: ERROR_HEAD, rows: errorRows(more, ctx) },
        ...(errors.length > FIRST_ERRORS + MORE_ERRORS || report.truncated
          ? [{ type: 'paragraph' as const, parts: [`The rest are counted above; samples are in ${file}.`] }]
          : []),
      ],
    });
  }
  const failedChecks = (report.checks ?? []).filter((c) => !c.passed);
  if (failedChecks.length) {
    body.push({
      type: 'list',
      items: failedChecks.map((c) => [
        { strong: c.check },
        `${c.field ? ` (${c.field})` : ''}: ${c.message}`,
      ]),
    });
  }
  if (report.drift) body.push(...driftNodes(report.drift, ctx));
  if (report.schemaDiff && (report.schemaDiff.changed || report.schemaDiff.status !== 'compared')) {
    const diff = report.schemaDiff;
    body.push({
      type: 'details',
      summary: `Schema ${diff.changed ? 'changed' : diff.status} against ${diff.base}`,
      body: [
        {
          type: 'paragraph',
          parts: [{ code: diff.file }, `: ${diff.status}${diff.message ? ` — ${diff.message}` : ''}`],
        },
        ...(diff.changes.length
          ? [{ type: 'list' as const, items: diff.changes.slice(0, 50).map((c) => [c]) }]
          : []),
      ],
    });
  }
  if (files.length) {
    body.push({
      type: 'details',
      summary: `Files (${files.length})`,
      drop: 2,
      body: [
        {
          type: 'table',
          head: ['file', 'format', 'rows', 'size'],
          align: ['l', 'l', 'r', 'r'],
          rows: files
            .slice(0, 100)
            .map((f) => cells([{ code: f.path }], f.format, String(f.rows), bytes(f.bytes))),
        },
      ],
    });
  }
  return {
    kind: report.kind,
    file,
    title: 'Data validation',
    verdict: report.valid ? 'pass' : 'fail',
    headline,
    body,
  };
}

/** Drift per column: drifted columns first, a table with every score and a chart of Jensen–Shannon distance. */
function driftNodes(drift: NonNullable<ValidationReport['drift']>, ctx: SectionContext): Node[] {
  const columns = [...drift.columns].sort((a, b) => Number(b.drifted) - Number(a.drifted));
  const scores = [...new Set(columns.flatMap((c) => Object.keys(c.metrics)))];
  const rows = columns
    .slice(0, 100)
    .map((c) =>
      cells(
        [{ code: c.column }],
        c.drifted ? '❌ drifted' : '✅ stable',
        ...scores.map((s) => num(c.metrics[s] ?? null)),
      ),
    );
  const nodes: Node[] = [];
  const table: Node = {
    type: 'table',
    head: ['column', 'drift', ...scores],
    align: ['l', 'l', ...scores.map(() => 'r' as const)],
    rows,
  };
  const drifted = columns.filter((c) => c.drifted);
  if (drifted.length)
    nodes.push({
      type: 'list',
      items: drifted.slice(0, 20).flatMap((c) => c.reasons.slice(0, 3).map((r) => [r])),
    });
  const charted = columns.filter((c) => Number.isFinite(c.metrics.jensenShannon)).slice(0, MAX_DRIFT_BARS);
  nodes.push({
    type: 'details',
    summary: `Drift against ${drift.reference} (${columns.length} columns)`,
    body: [
      table,
      ...(ctx.charts && charted.length
        ? [
            {
              type: 'chart' as const,
              kind: 'drift',
              drop: 1 as const,
              mermaid: driftChart(
                charted.map((c) => ({ column: c.column, score: c.metrics.jensenShannon! })),
                'Jensen-Shannon',
              ),
            },
          ]
        : []),
    ],
  });
  return nodes;
}
