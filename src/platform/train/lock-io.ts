import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { LockFile, LockInputs } from '../../core/train/lock.js';
import { parseLock, renderLock } from '../../core/train/lock.js';
import { resolveParams } from '../../core/train/params.js';
import { workspacePath } from '../../core/train/paths.js';
import { type Stage, stageOutputs } from '../../core/train/stage.js';
import { contentIds, MissingPathError } from '../process/content-ids.js';
import type { HashState } from '../process/hash-state.js';
import { writeFileAtomic } from '../fs/atomic-write.js';

/** Where mlci.lock lives: next to mlci.yml (the `config` input), as dvc.lock sits next to dvc.yaml. */
export const lockPath = (root: string, config: string): string => resolve(root, dirname(config), 'mlci.lock');

/** The lock at `path`, or undefined when there is none. */
export async function readLock(path: string, shown: string): Promise<LockFile | undefined> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  return text === undefined ? undefined : parseLock(text, shown);
}

/** Writes the lock whole or not at all (the shared atomic writer: a reader never sees half a file). */
export async function writeLock(path: string, lock: LockFile): Promise<void> {
  await writeFileAtomic(path, renderLock(lock));
}

/** True when `path` (workspace-relative) is one of the outputs of a stage in `stages`, or inside one. */
export function producedBy(stages: readonly Stage[]): (path: string) => boolean {
  const outs = stages.flatMap((stage) => stageOutputs(stage).map((out) => workspacePath(stage.wdir, out)));
  return (path) => outs.some((out) => path === out || path.startsWith(`${out}/`));
}

/**
 * A stage's inputs as the lock records them: the command, every dep's id from its bytes (no git ids), and
 * the params values. A dep that is missing is left out; `unknown` lists those an upstream stage produces
 * (not there yet before a run), which a check must not call deleted.
 */
export async function lockInputs(
  root: string,
  stage: Stage,
  state: HashState,
  produced: (path: string) => boolean,
): Promise<{ inputs: LockInputs; unknown: Set<string> }> {
  const wdir = resolve(root, stage.wdir);
  const deps: Record<string, string> = {};
  const unknown = new Set<string>();
  for (const dep of stage.deps) {
    const path = workspacePath(stage.wdir, dep);
    try {
      const ids = await contentIds(wdir, [dep], { state });
      for (const [name, id] of Object.entries(ids)) deps[workspacePath(stage.wdir, name)] = id;
    } catch (error) {
      if (!(error instanceof MissingPathError)) throw error;
      if (produced(path)) unknown.add(path);
    }
  }
  const params = resolveParams(stage, (file) => {
    const abs = resolve(wdir, file);
    return existsSync(abs) ? readFileSync(abs, 'utf8') : undefined;
  });
  return { inputs: { cmd: stage.cmd, deps, params }, unknown };
}
