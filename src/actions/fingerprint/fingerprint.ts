import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { MlciError } from '../../core/errors.js';
import {
  diffInputs,
  explainInputs,
  type FingerprintInputs,
  fingerprintOf,
} from '../../core/train/fingerprint.js';
import { kindOnlyChanges, mayHoldGitIds } from '../../core/train/id-kinds.js';
import { buildGraph, planTraining, type StageGraph } from '../../core/train/plan.js';
import { stageFingerprint } from '../../core/train/reproduce.js';
import { previousStages } from '../../core/train/run-record.js';
import type { ActionIO } from '../../platform/io.js';
import { readBoolean } from '../inputs.js';
import { startHashWorkers, stopHashWorkers } from '../../platform/process/hash-workers.js';
import { effectsContext } from '../../platform/train/context.js';
import { type EffectsContext, stageEffects } from '../../platform/train/stage-effects.js';
import { getTrainInputs, type TrainInputs } from '../train/inputs.js';
import { loadStages } from '../train/load-stages.js';

async function readPrevious(path: string) {
  try {
    return previousStages(JSON.parse(await readFile(path, 'utf8')));
  } catch {
    return new Map();
  }
}

function explain(
  name: string,
  fingerprint: string,
  inputs: FingerprintInputs,
  before?: FingerprintInputs,
  was?: string,
  bytes?: FingerprintInputs,
) {
  const lines = [`stage ${name}  ${fingerprint}`];
  const rows = explainInputs(inputs);
  const width = Math.min(48, Math.max(...rows.map((row) => row.name.length)));
  for (const { name: input, value } of rows) lines.push(`  ${input.padEnd(width)}  ${value}`);
  if (!before) lines.push('  (no previous run of this stage in the run record)');
  else if (was === fingerprint)
    lines.push('  unchanged since the run record: the stage would be restored from the cache');
  else {
    lines.push(`  changed since the run record (was ${was?.slice(0, 12)}):`);
    const kindOnly = new Set(bytes ? kindOnlyChanges(before, inputs, bytes) : []);
    for (const change of diffInputs(before, inputs)) {
      const note = kindOnly.has(change.name) ? ' (now tracked by git, content unchanged)' : '';
      lines.push(
        `    ${change.name}: ${change.before ?? '(absent)'} -> ${change.after ?? '(absent)'}${note}`,
      );
    }
    if (bytes && fingerprintOf(bytes) === was) {
      lines.push('  only id kinds changed: the stage would be restored from the cache, not run');
    }
  }
  return lines.join('\n');
}

/** `mlci fingerprint [--explain] [stage…]`: what each stage's fingerprint is made of, without running it. */
export async function fingerprint(io: ActionIO): Promise<void> {
  const inputs = getTrainInputs(io.inputs);
  const explainAll = readBoolean(io.inputs, 'explain', false);
  const root = io.cwd;
  const { stages } = await loadStages(root, inputs, (line) => io.log.warning(line));
  const graph = buildGraph(stages);
  const plan = planTraining(graph, inputs.targets);
  const ctx = await effectsContext(io, { ...inputs, cache: 'none' }, root);
  // With deps and an empty hash state (a first run, a new checkout), every file will be read: the workers
  // start now (the CLI's entry may have started one already), and their start-up (~20-40 ms each) overlaps
  // reading the run record and listing the files.
  // Otherwise none start before the listing asks for them: a worker still starting holds up the exit
  // (+25 ms to an unchanged re-run, +40 ms to a stage without deps).
  if (ctx.state.size === 0 && plan.some((name) => graph.stages.get(name)!.deps.length > 0))
    startHashWorkers();
  try {
    await fingerprintPlan(io, ctx, inputs, explainAll, graph, plan);
  } finally {
    await stopHashWorkers();
  }
}

async function fingerprintPlan(
  io: ActionIO,
  ctx: EffectsContext,
  inputs: TrainInputs,
  explainAll: boolean,
  graph: StageGraph,
  plan: readonly string[],
): Promise<void> {
  const root = io.cwd;
  const effects = stageEffects(ctx);
  const previous = await readPrevious(resolve(root, inputs.record));
  const fingerprints: Record<string, string> = {};
  const out: string[] = [];
  for (const name of plan) {
    const stage = graph.stages.get(name)!;
    const upstream = Object.fromEntries(
      (graph.upstream.get(name) ?? []).map((up) => [up, fingerprints[up] ?? 'unknown']),
    );
    try {
      const { fingerprint: value, inputs: made } = await stageFingerprint(stage, upstream, effects);
      fingerprints[name] = value;
      const before = previous.get(name);
      const changed = explainAll && before?.inputs && before.fingerprint !== value;
      const bytes = changed && mayHoldGitIds(made) ? await effects.bytesIds?.(stage, made) : undefined;
      out.push(
        explainAll
          ? explain(name, value, made, before?.inputs ?? undefined, before?.fingerprint ?? undefined, bytes)
          : `${name}  ${value}`,
      );
    } catch (error) {
      // A dep an upstream stage has not produced yet: its fingerprint is known only after that stage runs.
      if (!(error instanceof MlciError) || (graph.upstream.get(name) ?? []).length === 0) throw error;
      out.push(`${name}  unknown until its upstream stages run (${error.message})`);
    }
  }
  // The workers end, the state is written and the summary printed at once: each mostly waits.
  const ended = stopHashWorkers();
  const saved = ctx.state.save().catch(() => undefined);
  io.output('fingerprint', fingerprints[plan[plan.length - 1]!] ?? '');
  await io.summary(out.join('\n\n'));
  await Promise.all([ended, saved]);
}
