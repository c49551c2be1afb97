import type { ImageReport } from '../../image/report.js';
import { cells, type Inline, type Section } from '../document.js';
import { bytes, plural, short } from '../format.js';

/** A model image: its reference by digest, size, layers reused vs pushed. */
export function imageSection(file: string, report: ImageReport): Section {
  const layers = report.layers ?? [];
  const size = layers.reduce((sum, l) => sum + (l.size ?? 0), 0);
  const pushed = layers.filter((l) => l.action === 'uploaded');
  const reused = layers.filter((l) => l.action === 'skipped' || l.action === 'mounted');
  const reference = report.reference ?? (report.image ? `${report.image}@${report.digest}` : report.digest);
  const headline: Inline[] = [{ code: reference }, `; ${bytes(size)} in ${plural(layers.length, 'layer')}`];
  if (report.pushed) headline.push(`; pushed ${pushed.length}, reused ${reused.length}`);
  else headline.push('; not pushed');
  if (report.promotedFrom) headline.push(`; promoted from ${report.promotedFrom.reference}`);
  const model = report.lineage?.model as Record<string, unknown> | undefined;
  return {
    kind: report.kind,
    file,
    title: 'Model image',
    verdict: 'info',
    headline,
    body: [
      ...(report.tags?.length
        ? [
            {
              type: 'paragraph' as const,
              parts: ['Tags: ', ...report.tags.slice(0, 20).flatMap((t, i) => [i ? ', ' : '', { code: t }])],
            },
          ]
        : []),
      {
        type: 'details',
        summary: `Layers (${layers.length})`,
        drop: 2,
        body: [
          {
            type: 'table',
            head: ['layer', 'origin', 'digest', 'size', 'push'],
            align: ['l', 'l', 'l', 'r', 'l'],
            rows: layers
              .slice(0, 100)
              .map((l) =>
                cells(
                  [{ code: l.name }],
                  l.origin,
                  [{ code: short(l.digest) }],
                  bytes(l.size),
                  l.action ?? '–',
                ),
              ),
          },
          ...(model
            ? [
                {
                  type: 'list' as const,
                  items: Object.entries(model)
                    .filter(([, v]) => typeof v === 'string')
                    .map(([k, v]) => [`${k}: `, { code: String(v) }]),
                },
              ]
            : []),
        ],
      },
    ],
  };
}
