import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { type LoadedReport, parseReport } from '../../core/report/load.js';
import { resolveDataFiles } from '../../platform/data/files.js';

/** The reports the `reports` input names (paths and globs), parsed, in the order given. */
export async function loadReports(
  patterns: readonly string[],
  cwd: string,
): Promise<{ reports: LoadedReport[]; paths: string[] }> {
  const files = resolveDataFiles(patterns, cwd);
  if (files.length === 0) {
    throw new UsageError(`no report matches ${patterns.join(', ')}`, {
      hint: 'give the JSON reports the other mlci steps wrote',
    });
  }
  const reports: LoadedReport[] = [];
  for (const file of files) {
    // A report outside the workspace is named by its absolute path rather than a `../../` chain.
    const name = file.path.startsWith('../') ? file.absolute.split(sep).join('/') : file.path;
    reports.push(parseReport(await readFile(file.absolute, 'utf8'), name));
  }
  return { reports, paths: files.map((f) => f.absolute) };
}

/** An output path that is also one of the inputs is a usage error (DESIGN.md "files"). */
export function checkOut(out: string, cwd: string, inputs: readonly string[]): string {
  const path = resolve(cwd, out);
  if (inputs.includes(path))
    throw new UsageError(`--out ${out} is also one of the reports read`, {
      hint: 'write the markdown elsewhere',
    });
  return path;
}
