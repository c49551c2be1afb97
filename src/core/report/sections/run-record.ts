import type { RunRecord } from '../../train/run-record.js';
import { cells, type Section } from '../document.js';
import { bytes, duration, plural, short } from '../format.js';

/** A training run: stages ran / cached / failed, fingerprints, time and peak memory. */
export function runRecordSection(file: string, record: RunRecord): Section {
  const stages = record.stages ?? [];
  const count = (status: string) => stages.filter((s) => s.status === status).length;
  const peaks = stages
    .map((s) => s.resources?.peakRssBytes)
    .filter((n): n is number => typeof n === 'number');
  const parts = [`${count('ran')} ran`, `${count('cached')} cached`];
  if (count('failed')) parts.push(`${count('failed')} failed`);
  if (count('skipped')) parts.push(`${count('skipped')} skipped`);
  if (count('frozen')) parts.push(`${count('frozen')} frozen`);
  const headline = `${plural(stages.length, 'stage')}: ${parts.join(', ')}; ${duration(record.durationMs)}${peaks.length ? `, peak memory ${bytes(Math.max(...peaks))}` : ''}`;
  const icon = {
    ran: '▶️ ran',
    cached: '♻️ cached',
    failed: '❌ failed',
    skipped: '⏭️ skipped',
    frozen: '🧊 frozen',
  } as const;
  const rows = stages
    .slice(0, 100)
    .map((s) =>
      cells(
        [{ code: s.stage }],
        icon[s.status] ?? s.status,
        s.fingerprint ? [{ code: short(s.fingerprint) }] : '–',
        s.cache
          ? `${s.cache.hit ? `hit (${s.cache.source ?? '?'})` : 'miss'}${s.cache.save ? `, ${s.cache.save}` : ''}`
          : '–',
        duration(s.durationMs),
        bytes(s.resources?.peakRssBytes),
        s.verify ? String((s.verify as { status?: unknown }).status ?? 'checked') : '–',
      ),
    );
  const failed = stages.filter((s) => s.status === 'failed' && s.error);
  return {
    kind: record.kind,
    file,
    title: 'Training',
    verdict: record.status === 'failed' ? 'fail' : 'pass',
    headline: [headline],
    body: [
      ...(failed.length
        ? [{ type: 'list' as const, items: failed.map((s) => [{ code: s.stage }, `: ${s.error}`]) }]
        : []),
      {
        type: 'table',
        head: ['stage', 'status', 'fingerprint', 'cache', 'time', 'peak memory', 'reproducible'],
        align: ['l', 'l', 'l', 'l', 'r', 'r', 'l'],
        rows,
      },
      {
        type: 'details',
        summary: 'Run',
        drop: 2,
        body: [
          {
            type: 'list',
            items: [
              ['Commit ', { code: record.git?.commit ?? '–' }, ` on ${record.git?.ref ?? '–'}`],
              [
                `Trigger: ${record.trigger?.event ?? '–'} by ${record.trigger?.actor ?? '–'}, run ${record.trigger?.runId ?? '–'}`,
              ],
              [`${record.startedAt} → ${record.endedAt}`],
            ],
          },
        ],
      },
    ],
  };
}
