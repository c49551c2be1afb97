import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type LoadedReport, parseReport } from '../../src/core/report/load.js';

/** Reports written by the real commands on the iris example (a passing run and a failing one). */
export const REPORT_FIXTURES = join(import.meta.dirname, 'fixtures', 'report');

/** One fixture report, as the user would name it (`.mlci/<name>.json`). */
export function fixture(name: string): LoadedReport {
  return parseReport(readFileSync(join(REPORT_FIXTURES, `${name}.json`), 'utf8'), `.mlci/${name}.json`);
}

/** A fixture's value with changes, as a new report (hostile text, more rows, other versions). */
export function variant(
  name: string,
  change: (value: Record<string, unknown>) => void,
  file = `.mlci/${name}.json`,
): LoadedReport {
  const value = JSON.parse(readFileSync(join(REPORT_FIXTURES, `${name}.json`), 'utf8')) as Record<
    string,
    unknown
  >;
  change(value);
  return parseReport(JSON.stringify(value), file);
}
