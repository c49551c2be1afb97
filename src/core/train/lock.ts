import { parse as parseYaml, stringify } from 'yaml';
import { UsageError } from '../errors.js';
import { canonicalJson } from './canonical.js';
import type { MetricValue } from './metrics.js';
import type { ParamValues } from './params.js';
import type { OutputFile } from './verify.js';

/** Bumped when the lock file's shape changes meaning. */
export const LOCK_SCHEMA = 1;

/**
 * What a stage was run from and what it produced, as committed in mlci.lock (DVC's dvc.lock): the
 * reviewable part of the fingerprint. Dep ids are always the bytes' sha256 (`sha256:`, `tree-sha256:`),
 * never git's blob ids, so a file that becomes tracked keeps its id. The fingerprint is recorded for
 * lookups but not compared: it holds the runtime (OS, tool versions), which a laptop and CI do not share.
 */
export interface LockedStage {
  readonly fingerprint: string;
  readonly cmd: string;
  readonly deps: Readonly<Record<string, string>>;
  readonly params: ParamValues;
  readonly outs: readonly OutputFile[];
  readonly metrics: Readonly<Record<string, Readonly<Record<string, MetricValue>>>>;
}

/** The whole lock file: one entry per stage, by name. */
export interface LockFile {
  readonly schema: number;
  readonly stages: Readonly<Record<string, LockedStage>>;
}

/** The inputs of a stage as the lock compares them. */
export interface LockInputs {
  readonly cmd: string;
  readonly deps: Readonly<Record<string, string>>;
  readonly params: ParamValues;
}

const sortKeys = <T>(record: Readonly<Record<string, T>>): Record<string, T> =>
  Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, record[key]!]),
  );

/**
 * The lock file's text: stages by name, every mapping's keys sorted, outs by path, so the same run writes
 * the same bytes and a diff shows only what changed.
 */
export function renderLock(lock: LockFile): string {
  const stages = Object.fromEntries(
    Object.keys(lock.stages)
      .sort()
      .map((name) => {
        const stage = lock.stages[name]!;
        return [
          name,
          {
            fingerprint: stage.fingerprint,
            cmd: stage.cmd,
            deps: sortKeys(stage.deps),
            params: JSON.parse(canonicalJson(stage.params)) as unknown,
            outs: [...stage.outs]
              .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
              .map(({ path, sha256, size }) => ({ path, sha256, size })),
            metrics: JSON.parse(canonicalJson(stage.metrics)) as unknown,
          },
        ];
      }),
  );
  const body = stringify({ schema: lock.schema, stages }, { sortMapEntries: false, lineWidth: 0 });
  return `# mlci.lock: written by \`mlci train\`; commit it. \`mlci status\` compares the workspace with it.\n${body}`;
}

/** Reads mlci.lock; a file that is not one is a usage error naming it. */
export function parseLock(text: string, file: string): LockFile {
  let value: unknown;
  try {
    value = parseYaml(text, { maxAliasCount: 100 });
  } catch (cause) {
    throw new UsageError(`${file} is not valid YAML`, { cause, where: { file } });
  }
  const lock = value as Partial<LockFile> | null;
  if (!lock || typeof lock !== 'object' || typeof lock.stages !== 'object' || lock.stages === null)
    throw new UsageError(`${file} is not an mlci lock file (no \`stages:\`)`, { where: { file } });
  if (lock.schema !== LOCK_SCHEMA)
    throw new UsageError(`${file} has schema ${String(lock.schema)}; this mlci reads ${LOCK_SCHEMA}`, {
      where: { file },
      hint: 'run `mlci train` to rewrite it',
    });
  const stages: Record<string, LockedStage> = {};
  for (const [name, raw] of Object.entries(lock.stages as Record<string, Partial<LockedStage>>)) {
    stages[name] = {
      fingerprint: String(raw?.fingerprint ?? ''),
      cmd: String(raw?.cmd ?? ''),
      deps: { ...(raw?.deps ?? {}) },
      params: { ...(raw?.params ?? {}) },
      outs: Array.isArray(raw?.outs) ? raw.outs : [],
      metrics: { ...(raw?.metrics ?? {}) },
    };
  }
  return { schema: LOCK_SCHEMA, stages };
}

/** One difference between the lock and the workspace, named the way `dvc status` does. */
export interface LockChange {
  readonly what: 'cmd' | 'dep' | 'param' | 'out';
  /** The dep or out path, or the params key (`params.yaml:train.lr`). */
  readonly name: string;
  readonly change: 'modified' | 'new' | 'deleted';
}

/** Params flattened to `file:key` → canonical value. */
function flatParams(params: ParamValues): Map<string, string> {
  const out = new Map<string, string>();
  for (const [file, values] of Object.entries(params))
    for (const [key, value] of Object.entries(values)) out.set(`${file}:${key}`, canonicalJson(value));
  return out;
}

function diffMaps(
  what: LockChange['what'],
  locked: ReadonlyMap<string, string>,
  now: ReadonlyMap<string, string>,
  skip: (name: string) => boolean = () => false,
): LockChange[] {
  const names = [...new Set([...locked.keys(), ...now.keys()])].sort();
  return names.flatMap((name): LockChange[] => {
    if (skip(name)) return [];
    const before = locked.get(name);
    const after = now.get(name);
    if (before === after) return [];
    return [
      { what, name, change: before === undefined ? 'new' : after === undefined ? 'deleted' : 'modified' },
    ];
  });
}

/**
 * What differs between a locked stage and its inputs now. `unknown(dep)` is true for a dep that cannot
 * be hashed yet (an upstream stage's output not produced): it is left out, not reported as deleted.
 */
export function inputChanges(
  locked: LockedStage,
  now: LockInputs,
  unknown: (dep: string) => boolean = () => false,
): LockChange[] {
  return [
    ...(locked.cmd === now.cmd ? [] : [{ what: 'cmd' as const, name: 'cmd', change: 'modified' as const }]),
    ...diffMaps('dep', new Map(Object.entries(locked.deps)), new Map(Object.entries(now.deps)), unknown),
    ...diffMaps('param', flatParams(locked.params), flatParams(now.params)),
  ];
}

/** What differs between a locked stage's outs and the files in the workspace now. */
export function outputChanges(locked: LockedStage, now: readonly OutputFile[]): LockChange[] {
  const map = (files: readonly OutputFile[]) => new Map(files.map((f) => [f.path, `${f.sha256}:${f.size}`]));
  return diffMaps('out', map(locked.outs), map(now));
}

/** One line per change: `changed deps: data/train.csv (modified)`. */
export function describeChanges(changes: readonly LockChange[]): string[] {
  const label = { cmd: 'changed command', dep: 'changed deps', param: 'changed params', out: 'changed outs' };
  return changes.map((c) => (c.what === 'cmd' ? label.cmd : `${label[c.what]}: ${c.name} (${c.change})`));
}
