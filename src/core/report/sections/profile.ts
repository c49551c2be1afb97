import type { DataProfile } from '../../data/profile/profile.js';
import { cells, type Section } from '../document.js';
import { num, plural } from '../format.js';

/** Columns listed at most. */
export const MAX_PROFILE_COLUMNS = 100;

/** A data profile: rows and one line per column (nulls, distinct, range or most frequent values). */
export function profileSection(file: string, profile: DataProfile): Section {
  const columns = profile.columns ?? [];
  const rows = columns.slice(0, MAX_PROFILE_COLUMNS).map((c) => {
    const summary = c.numeric
      ? `min ${num(c.numeric.min)}, mean ${num(c.numeric.mean)}, max ${num(c.numeric.max)}`
      : c.categorical
        ? c.categorical.values
            .slice(0, 3)
            .map((v) => `${v.value} (${v.count})`)
            .join(', ')
        : '–';
    return cells([{ code: c.name }], c.type, String(c.nulls), `≈${num(c.distinct?.estimate)}`, summary);
  });
  return {
    kind: profile.kind,
    file,
    title: 'Data profile',
    verdict: 'info',
    headline: [
      `${plural(profile.rows, 'row')}, ${plural(columns.length, 'column')}${profile.parts > 1 ? `, merged from ${profile.parts} parts` : ''}`,
    ],
    body: [
      {
        type: 'details',
        summary: `Columns (${columns.length})`,
        drop: 2,
        body: [
          {
            type: 'table',
            head: ['column', 'type', 'nulls', 'distinct', 'summary'],
            align: ['l', 'l', 'r', 'r', 'l'],
            rows,
          },
        ],
      },
    ],
  };
}
