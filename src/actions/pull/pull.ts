import { DataError, messageOf } from '../../core/errors.js';
import type { CacheArtifact } from '../../core/train/cache-artifact.js';
import { workspacePath } from '../../core/train/paths.js';
import { buildGraph, planTraining } from '../../core/train/plan.js';
import { cacheKey, stageFingerprint } from '../../core/train/reproduce.js';
import { type Stage, stageOutputs } from '../../core/train/stage.js';
import { withinOutputs } from '../../platform/cache/outputs.js';
import type { ActionIO } from '../../platform/io.js';
import { effectsContext } from '../../platform/train/context.js';
import { remoteStore } from '../../platform/train/stores.js';
import { stageEffects } from '../../platform/train/stage-effects.js';
import { withCacheConfig } from '../train/cache-config.js';
import { getTrainInputs } from '../train/inputs.js';
import { loadStages } from '../train/load-stages.js';

const outputsOf = (stage: Stage) => stageOutputs(stage).map((out) => workspacePath(stage.wdir, out));

/**
 * `mlci pull [stage…]`: for each stage in plan order, its inputs in this checkout are fingerprinted and
 * the registry entry of those inputs is looked up, first by the machine-independent key (what CI saved
 * for the same commands, deps, params and env on its own OS), then by this machine's fingerprint. Found
 * outputs are verified blob by blob and moved into place; the next stage's deps then include them. A stage
 * that is not in the registry fails the command (exit 1) after the others are pulled.
 */
export async function pull(io: ActionIO): Promise<void> {
  const inputs = getTrainInputs(await withCacheConfig(io.inputs, io.cwd));
  const root = io.cwd;
  const { stages } = await loadStages(root, inputs, (line) => io.log.warning(line));
  const graph = buildGraph(stages);
  const plan = planTraining(graph, inputs.targets);
  const store = await remoteStore(io, inputs['cache-registry'], root, inputs);
  const ctx = await effectsContext(io, { ...inputs, cache: 'none' }, root);
  const effects = stageEffects(ctx);
  const fingerprints: Record<string, string> = {};
  const pulled: string[] = [];
  const failed: string[] = [];
  for (const name of plan) {
    const stage = graph.stages.get(name)!;
    const upstream = Object.fromEntries(
      (graph.upstream.get(name) ?? []).map((up) => [up, fingerprints[up] ?? 'unknown']),
    );
    try {
      const { fingerprint, inputs: made } = await stageFingerprint(stage, upstream, effects);
      fingerprints[name] = fingerprint;
      const entry: CacheArtifact | undefined =
        (await store.lookupPortable(name, made)) ?? (await store.lookup(cacheKey(stage, fingerprint)));
      if (!entry) {
        failed.push(`${name}: the registry has no outputs for its inputs in this checkout`);
        continue;
      }
      const outputs = outputsOf(stage);
      for (const file of entry.files)
        if (!withinOutputs(file.path, outputs))
          throw new DataError(`the entry holds "${file.path}", outside the stage's outputs`);
      const started = Date.now();
      await store.fetchFiles(entry.files, outputs);
      const bytes = entry.files.reduce((sum, file) => sum + file.size, 0);
      io.log.info(
        `pulled ${name}: ${entry.files.length} file(s), ${bytes} bytes in ${((Date.now() - started) / 1000).toFixed(1)} s (entry of ${entry.created || 'unknown time'})`,
      );
      pulled.push(name);
    } catch (error) {
      failed.push(`${name}: ${messageOf(error)}`);
    }
  }
  await ctx.state.save().catch(() => undefined);
  io.output('pulled', pulled.join(','));
  await io.summary(
    `${[`pulled ${pulled.length} of ${plan.length} stage(s)`, ...failed.map((line) => `  not pulled: ${line}`)].join('\n')}\n`,
  );
  if (failed.length)
    throw new DataError(`could not pull ${failed.length} stage(s):\n  ${failed.join('\n  ')}`, {
      hint: 'run `mlci train` (with cache: registry) where the outputs are missing, or `mlci push` from where they were made',
    });
}
