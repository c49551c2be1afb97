import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describeChanges, inputChanges, type LockChange, outputChanges } from '../../core/train/lock.js';
import type { ParamValues } from '../../core/train/params.js';
import { workspacePath } from '../../core/train/paths.js';
import { buildGraph, planTraining } from '../../core/train/plan.js';
import { type Stage, stageOutputs } from '../../core/train/stage.js';
import { hashOutputs } from '../../platform/cache/outputs.js';
import type { ActionIO } from '../../platform/io.js';
import { HashState } from '../../platform/process/hash-state.js';
import { lockInputs, lockPath, producedBy, readLock } from '../../platform/train/lock-io.js';
import { getTrainInputs } from '../train/inputs.js';
import { loadStages } from '../train/load-stages.js';

const outputsOf = (stage: Stage) => stageOutputs(stage).map((out) => workspacePath(stage.wdir, out));

/** A dvc.lock's stages, for a project migrating from DVC: only `cmd` and params compare (DVC hashes are md5). */
async function dvcLockStages(path: string): Promise<Map<string, { cmd: string; params: ParamValues }>> {
  const value = parseYaml(await readFile(path, 'utf8'), { maxAliasCount: 100 }) as {
    stages?: Record<string, { cmd?: unknown; params?: ParamValues }>;
  } | null;
  const out = new Map<string, { cmd: string; params: ParamValues }>();
  for (const [name, stage] of Object.entries(value?.stages ?? {})) {
    const cmd = Array.isArray(stage.cmd) ? stage.cmd.join('\n') : String(stage.cmd ?? '');
    out.set(name, { cmd, params: stage.params ?? {} });
  }
  return out;
}

/** `mlci status [stage…]`: what changed since mlci.lock, per stage, as `dvc status` prints it. */
export async function status(io: ActionIO): Promise<void> {
  const inputs = getTrainInputs(io.inputs);
  const root = io.cwd;
  const { stages } = await loadStages(root, inputs, (line) => io.log.warning(line));
  const graph = buildGraph(stages);
  const plan = planTraining(graph, inputs.targets);
  const state = await HashState.load(resolve(root, inputs['cache-dir'], 'hash-state.json'));
  const path = lockPath(root, inputs.config);
  const shown = relative(root, path).split('\\').join('/');
  const lock = await readLock(path, shown);
  const produced = producedBy(stages);
  const lines: string[] = [];
  const changed: string[] = [];
  const report = (name: string, what: readonly string[]) => {
    if (!what.length) return;
    changed.push(name);
    lines.push(`${name}:`, ...what.map((line) => `  ${line}`));
  };
  const dvcLock = resolve(root, 'dvc.lock');
  if (!lock && existsSync(dvcLock)) {
    const dvc = await dvcLockStages(dvcLock);
    lines.push(`(no ${shown}: comparing commands and params with dvc.lock; deps and outs need mlci.lock)`);
    for (const name of plan) {
      const entry = dvc.get(name);
      if (!entry) {
        report(name, ['not in dvc.lock (never run)']);
        continue;
      }
      const { inputs: now } = await lockInputs(root, graph.stages.get(name)!, state, produced);
      const locked = {
        fingerprint: '',
        cmd: entry.cmd,
        deps: {},
        params: entry.params,
        outs: [],
        metrics: {},
      };
      report(name, describeChanges(inputChanges(locked, { ...now, deps: {} })));
    }
  } else {
    for (const name of plan) {
      const entry = lock?.stages[name];
      if (!entry) {
        report(name, [`not in ${shown} (never run)`]);
        continue;
      }
      const stage = graph.stages.get(name)!;
      const { inputs: now } = await lockInputs(root, stage, state, produced);
      const { files } = await hashOutputs(root, outputsOf(stage));
      const changes: LockChange[] = [...inputChanges(entry, now), ...outputChanges(entry, files)];
      report(name, describeChanges(changes));
    }
    for (const name of Object.keys(lock?.stages ?? {}).sort())
      if (!graph.stages.has(name) && !inputs.targets.length) report(name, ['removed from the pipeline']);
  }
  await state.save().catch(() => undefined);
  if (!changed.length) lines.push('Data and pipelines are up to date.');
  io.output('changed', changed.join(','));
  await io.summary(`${lines.join('\n')}\n`);
}
