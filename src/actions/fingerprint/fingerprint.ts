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
import { buildGraph, planTraining } from '../../core/train/plan.js';
import { stageFingerprint } from '../../core/train/reproduce.js';
import { previousStages } from '../../core/train/run-record.js';
import type { ActionIO } from '../../platform/io.js';
import { readBoolean } from '../inputs.js';
import { effectsContext } from '../../platform/train/context.js';
import { stageEffects } from '../../platform/train/stage-effects.js';
import { getTrainInputs } from '../train/inputs.js';
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
  await ctx.state.save().catch(() => undefined);
  io.output('fingerprint', fingerprints[plan[plan.length - 1]!] ?? '');
  await io.summary(out.join('\n\n'));
}
