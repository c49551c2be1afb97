import { historyChart } from '../charts.js';
import type { SectionContext } from '../context.js';
import { cells, type Node, type Section } from '../document.js';
import type { LoadedReport } from '../load.js';
import { num, plural } from '../format.js';
import { byCodeUnits } from '../../text/order.js';

/** Releases shown at most (the last ones), and metrics charted at most. */
export const MAX_RELEASES = 10;
export const MAX_HISTORY_METRICS = 3;

interface Release {
  readonly tag: string;
  readonly at: string;
  readonly metrics: ReadonlyMap<string, number>;
  readonly verdict: string;
}

/** A release record read defensively (kind mlci/release-record: tag, releasedAt, flat metrics). */
function readRelease(value: Readonly<Record<string, unknown>>): Release {
  const metrics = new Map<string, number>();
  const raw = value.metrics;
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [k, v] of Object.entries(raw))
      if (typeof v === 'number' && Number.isFinite(v)) metrics.set(k, v);
  }
  const evaluation = value.evaluation as { verdict?: unknown } | undefined;
  return {
    tag: typeof value.tag === 'string' ? value.tag : '?',
    at: typeof value.releasedAt === 'string' ? value.releasedAt : '',
    metrics,
    verdict: typeof evaluation?.verdict === 'string' ? evaluation.verdict : '–',
  };
}

/** The production history from release records: a table of the last releases' metrics, and a chart per metric. */
export function historySection(records: readonly LoadedReport[], ctx: SectionContext): Section {
  const releases = records
    .map((r) => readRelease(r.value))
    .sort((a, b) => byCodeUnits(a.at, b.at))
    .slice(-MAX_RELEASES);
  const names = [...new Set(releases.flatMap((r) => [...r.metrics.keys()]))];
  const shared = names.filter((n) => releases.every((r) => r.metrics.has(n)));
  const columns = (shared.length ? shared : names).slice(0, 8);
  const latest = releases[releases.length - 1];
  const body: Node[] = [
    {
      type: 'table',
      head: ['release', 'released at', 'evaluation', ...columns],
      align: ['l', 'l', 'l', ...columns.map(() => 'r' as const)],
      rows: releases.map((r) =>
        cells([{ code: r.tag }], r.at || '–', r.verdict, ...columns.map((c) => num(r.metrics.get(c)))),
      ),
    },
  ];
  if (ctx.charts && releases.length >= 2) {
    const charted = shared.slice(0, MAX_HISTORY_METRICS);
    if (charted.length) {
      body.push({
        type: 'details',
        summary: `Chart: ${charted.join(', ')} over the last ${releases.length} releases`,
        drop: 1,
        body: charted.map((m) => ({
          type: 'chart' as const,
          kind: 'history',
          drop: 1 as const,
          mermaid: historyChart(
            releases.map((r) => r.tag),
            m,
            releases.map((r) => r.metrics.get(m)!),
          ),
        })),
      });
    }
  }
  return {
    kind: 'mlci/release-record',
    file: records.length === 1 ? records[0]!.file : `${records[0]!.file} (+${records.length - 1})`,
    title: 'Production history',
    verdict: 'info',
    headline: [`${plural(releases.length, 'release')}${latest ? `; in production: ${latest.tag}` : ''}`],
    body,
  };
}
