import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type DriftResult, compareProfiles } from '../../core/data/drift/drift.js';
import { readDriftOptions } from '../../core/data/drift/drift-options.js';
import { figure } from '../../core/data/drift/drift.js';
import { formatProfile } from '../../core/data/profile/profile-json.js';
import { mergeProfiles } from '../../core/data/profile/profiler.js';
import { parseSourceDoc } from '../../core/data/table-schema/source-doc.js';
import { DataError, UsageError } from '../../core/errors.js';
import { resolveDataFiles } from '../../platform/data/files.js';
import { readProfileFile } from '../../platform/data/profile-file.js';
import { writeFileAtomic } from '../../platform/fs/atomic-write.js';
import { checkRunPaths } from '../../platform/fs/output-paths.js';
import type { ActionIO } from '../../platform/io.js';
import { readBoolean, readList, readString } from '../inputs.js';
import { cell } from '../../core/text/markdown.js';

/** `mlci merge-profiles`: shards' partial profiles into one; drift against a reference when given. */
export async function mergeProfilesCommand(io: ActionIO): Promise<void> {
  const patterns = readList(io.inputs, 'profiles');
  if (patterns.length === 0) {
    throw new UsageError('give the partial profiles to merge', {
      hint: 'mlci merge-profiles partials/*.json --out profile.json',
    });
  }
  const files = resolveDataFiles(patterns, io.cwd);
  const merged = files.map((file) => readProfileFile(file.absolute, file.path)).reduce(mergeProfiles);
  const out = resolve(io.cwd, readString(io.inputs, 'out', 'profile.json'));
  await checkRunPaths(
    io,
    { out },
    { profiles: files.map((file) => file.absolute), reference: readString(io.inputs, 'reference') },
  );
  await writeFileAtomic(out, formatProfile(merged));
  io.log.info(`merged ${files.length} profiles (${merged.rows} rows) into ${out}`);
  io.output('profile', out);
  io.output('rows', String(merged.rows));

  const referencePath = readString(io.inputs, 'reference');
  if (!referencePath) {
    await io.summary(
      `### Merged ${files.length} partial profiles: ${merged.rows} rows, ${merged.columns.length} columns`,
    );
    return;
  }
  const reference = readProfileFile(resolve(io.cwd, referencePath), referencePath);
  const drift = compareProfiles(reference, merged, readThresholdsFile(io));
  const drifted = drift.columns.filter((column) => column.drifted);
  io.output('drifted', String(drift.drifted));
  io.output('drifted-columns', drifted.map((column) => column.name).join(','));
  await io.summary(driftSummary(drift, merged.rows));
  for (const column of drifted)
    for (const reason of column.reasons) io.log.warning(reason, { title: 'drift' });
  if (drift.drifted && readBoolean(io.inputs, 'fail-on-drift', true)) {
    throw new DataError(
      `drift from ${referencePath}: ${drifted.flatMap((column) => column.reasons).join('; ')}`,
      {
        hint: 'if the change is expected, refresh the reference profile or raise the column threshold',
      },
    );
  }
}

function readThresholdsFile(io: ActionIO) {
  const path = readString(io.inputs, 'thresholds');
  if (!path) return {};
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, path), 'utf8');
  } catch (thrown) {
    throw new UsageError(
      `cannot read thresholds ${path}: ${(thrown as NodeJS.ErrnoException).code ?? String(thrown)}`,
    );
  }
  const doc = parseSourceDoc(path, text);
  // The `drift:` section of a validate-data checks file works as is: the same thresholds in both places.
  const prefix = isObject(doc.value) && 'drift' in doc.value ? ['drift'] : [];
  const section = prefix.length ? (doc.value as Record<string, unknown>).drift : doc.value;
  return readDriftOptions(section, (at) => doc.where([...prefix, ...at]));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function driftSummary(drift: DriftResult, rows: number): string {
  const show = (value: number | undefined) => (value === undefined ? '' : figure(value));
  return [
    `### Drift: ${drift.columns.filter((c) => c.drifted).length} of ${drift.columns.length} columns drifted (${rows} rows)`,
    '',
    '| column | kind | PSI | JS | Wasserstein | L∞ | χ² p | drifted |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...drift.columns.map(
      ({ name, kind, metrics: m, drifted }) =>
        `| ${cell(name)} | ${kind} | ${show(m.psi)} | ${show(m.jensenShannon)} | ${show(m.wasserstein)} | ${show(m.linf)} | ${show(m.chiSquareP)} | ${drifted ? '**yes**' : 'no'} |`,
    ),
  ].join('\n');
}
