import { relative } from 'node:path';
import { DataError } from '../../core/errors.js';
import { describeChanges, inputChanges, type LockedStage } from '../../core/train/lock.js';
import { LOCK_SCHEMA } from '../../core/train/lock.js';
import type { StageGraph } from '../../core/train/plan.js';
import type { StageRecord } from '../../core/train/run-record.js';
import type { ActionIO } from '../../platform/io.js';
import type { HashState } from '../../platform/process/hash-state.js';
import { lockInputs, lockPath, producedBy, readLock, writeLock } from '../../platform/train/lock-io.js';

const shown = (root: string, path: string) => relative(root, path).split('\\').join('/');

/**
 * `--frozen-lock` / `lock: check`: before anything runs, every planned stage's command, deps and params
 * must be what mlci.lock says (exit 1 otherwise, naming the stage and the input), so a PR that changed data
 * without re-training is caught. A dep an upstream stage produces is checked through that stage's entry.
 */
export async function checkLock(
  root: string,
  config: string,
  graph: StageGraph,
  plan: readonly string[],
  state: HashState,
): Promise<void> {
  const path = lockPath(root, config);
  const lock = await readLock(path, shown(root, path));
  if (!lock)
    throw new DataError(`${shown(root, path)} does not exist, and the lock is checked (frozen-lock)`, {
      hint: 'run `mlci train` and commit mlci.lock',
    });
  const produced = producedBy([...graph.stages.values()]);
  const problems: string[] = [];
  for (const name of plan) {
    const entry = lock.stages[name];
    if (!entry) {
      problems.push(`stage '${name}' is not in ${shown(root, path)}`);
      continue;
    }
    const { inputs, unknown } = await lockInputs(root, graph.stages.get(name)!, state, produced);
    const changes = inputChanges(entry, inputs, (dep) => unknown.has(dep));
    for (const line of describeChanges(changes)) problems.push(`stage '${name}': ${line}`);
  }
  if (problems.length)
    throw new DataError(`the workspace does not match ${shown(root, path)}:\n  ${problems.join('\n  ')}`, {
      where: { file: shown(root, path) },
      hint: 'run `mlci train` where the change was made and commit the updated mlci.lock',
    });
}

/**
 * Writes mlci.lock after a run: an entry for every stage that ran, was restored or is frozen; entries of
 * stages not in this plan are kept, those of stages no longer declared are dropped. Failed stages keep
 * their previous entry (their outputs were not produced).
 */
export async function updateLock(
  io: ActionIO,
  config: string,
  graph: StageGraph,
  records: readonly StageRecord[],
  state: HashState,
): Promise<void> {
  const root = io.cwd;
  const path = lockPath(root, config);
  const previous = await readLock(path, shown(root, path)).catch(() => undefined);
  const stages: Record<string, LockedStage> = {};
  for (const [name, entry] of Object.entries(previous?.stages ?? {}))
    if (graph.stages.has(name)) stages[name] = entry;
  const produced = producedBy([...graph.stages.values()]);
  for (const record of records) {
    if (!['ran', 'cached', 'frozen'].includes(record.status)) continue;
    const stage = graph.stages.get(record.stage)!;
    const { inputs } = await lockInputs(root, stage, state, produced);
    stages[record.stage] = {
      fingerprint: record.fingerprint ?? '',
      ...inputs,
      outs: record.outputs,
      metrics: record.metrics,
    };
  }
  await writeLock(path, { schema: LOCK_SCHEMA, stages });
  io.log.info(`wrote ${shown(root, path)} (${Object.keys(stages).length} stage(s)): commit it`);
}
