import type { LoadedReport } from '../load.js';
import { cells, type Section, type Verdict } from '../document.js';

const TITLES: Record<string, string> = {
  'mlci/release-record': 'Release',
  'mlci/monitor-report': 'Monitoring',
};

/** The verdict a report states of itself: `verdict`, `valid`, or `status` (passed / failed / …). */
export function statedVerdict(value: Readonly<Record<string, unknown>>): Verdict {
  const v = value.verdict ?? value.status;
  if (v === 'pass' || v === 'passed' || v === 'ok' || value.valid === true) return 'pass';
  if (v === 'fail' || v === 'failed' || v === 'error' || value.valid === false) return 'fail';
  if (v === 'inconclusive') return 'inconclusive';
  return 'info';
}

/**
 * A report kind without a dedicated section yet (release records, monitor reports): its stated
 * verdict and its top-level scalar fields, so nothing the user passed is silently left out.
 */
export function genericSection(report: LoadedReport): Section {
  const scalars = Object.entries(report.value).filter(
    ([key, v]) =>
      !['kind', 'version', 'tool'].includes(key) &&
      (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'),
  );
  return {
    kind: report.kind,
    file: report.file,
    title: TITLES[report.kind] ?? report.kind,
    verdict: statedVerdict(report.value),
    headline: [`${report.kind} version ${report.version}`],
    body: scalars.length
      ? [
          {
            type: 'details',
            summary: 'Fields',
            drop: 2,
            body: [
              {
                type: 'table',
                head: ['field', 'value'],
                rows: scalars.slice(0, 50).map(([k, v]) => cells([{ code: k }], String(v))),
              },
            ],
          },
        ]
      : [],
  };
}
