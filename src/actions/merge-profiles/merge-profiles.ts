import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { type DriftResult, compareProfiles } from '../../core/data/drift/drift.js';
import { readDriftOptions } from '../../core/data/drift/drift-options.js';
import { figure } from '../../core/data/drift/drift.js';
import type { DataProfile } from '../../core/data/profile/profile.js';
import { formatProfile, parseProfile } from '../../core/data/profile/profile-json.js';
import { mergeProfiles } from '../../core/data/profile/profiler.js';
import { DataError, UsageError } from '../../core/errors.js';
import { resolveDataFiles } from '../../platform/data/files.js';
import type { ActionIO } from '../../platform/io.js';
import { readBoolean, readList, readString } from '../inputs.js';
import { cell } from './markdown-cell.js';

// Profiles come from other jobs' artifacts (possibly a fork's): read as data, under a size cap
// (reference/reliability-and-security.md ART-01). A real profile is tens of KB per column.
const MAX_PROFILE_BYTES = 64 * 2 ** 20;

/** Reads and checks one profile file. */
export function readProfileFile(path: string, shown = path): DataProfile {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (thrown) {
    throw new UsageError(
      `cannot read profile ${shown}: ${(thrown as NodeJS.ErrnoException).code ?? String(thrown)}`,
    );
  }
  if (size > MAX_PROFILE_BYTES) {
    throw new DataError(`${size} bytes, over the ${MAX_PROFILE_BYTES / 2 ** 20} MiB profile limit`, {
      where: { file: shown },
      hint: 'a profile is tens of KB per column; this file is not one',
    });
  }
  return parseProfile(readFileSync(path, 'utf8'), shown);
}

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
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, formatProfile(merged));
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
  let value: unknown;
  try {
    value = parseYaml(text, { maxAliasCount: 100, uniqueKeys: true });
  } catch (thrown) {
    throw new UsageError(
      `cannot parse thresholds ${path}: ${thrown instanceof Error ? thrown.message : String(thrown)}`,
      {
        where: { file: path },
      },
    );
  }
  // The `drift:` section of a validate-data checks file works as is: the same thresholds in both places.
  const section = isObject(value) && 'drift' in value ? value.drift : value;
  return readDriftOptions(section, { file: path });
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
