import { join, resolve } from 'node:path';
import { buildGraph, planTraining } from '../../core/train/plan.js';
import { reproduceStage } from '../../core/train/reproduce.js';
import { buildRunRecord } from '../../core/train/run-record.js';
import { runTraining, stageRecordsOf, trainOutputs } from '../../core/train/training-run.js';
import { RUN_RECORD_VERSION } from '../../core/train/run-record.js';
import type { Stage } from '../../core/train/stage.js';
import { writeFileAtomic } from '../../platform/fs/atomic-write.js';
import { checkRunPaths } from '../../platform/fs/output-paths.js';
import { keepReportCurrent } from '../../platform/fs/report-file.js';
import type { ActionIO } from '../../platform/io.js';
import { headCommit, headRef } from '../../platform/git/commit.js';
import { effectsContext } from '../../platform/train/context.js';
import { checkTrustedCheckout } from './context.js';
import { stageEffects } from '../../platform/train/stage-effects.js';
import { withCacheConfig } from './cache-config.js';
import { getTrainInputs } from './inputs.js';
import { checkLock, updateLock } from './lock-step.js';
import { messageOf } from '../../core/errors.js';
import { loadStages } from './load-stages.js';
import { trainSummary } from './summary.js';

/** `mlci train`: plan the stages, restore or run each, write the run record, outputs and summary. */
export async function train(io: ActionIO): Promise<void> {
  const inputs = getTrainInputs(await withCacheConfig(io.inputs, io.cwd));
  const root = io.cwd;
  const { stages, source } = await loadStages(root, inputs, (line) => io.log.warning(line));
  await checkRunPaths(
    io,
    { record: inputs.record },
    { config: source === 'action inputs' ? [] : source, ...stagePaths(stages) },
  );
  await keepReportCurrent(
    resolve(root, inputs.record),
    { kind: 'mlci/run-record', version: RUN_RECORD_VERSION },
    () => trainStages(io, inputs, stages, source),
  );
}

/** Every literal path the stages read or write, by the stage field that names it (globs left out). */
function stagePaths(stages: readonly Stage[]): Record<string, string[]> {
  const paths: Record<string, string[]> = { deps: [], outs: [], metrics: [], plots: [], params: [] };
  const add = (field: string, stage: Stage, list: readonly string[]) =>
    paths[field]!.push(...list.filter((p) => !/[*?[{]/.test(p)).map((p) => join(stage.wdir, p)));
  for (const stage of stages) {
    add('deps', stage, stage.deps);
    add('outs', stage, stage.outs);
    add('metrics', stage, stage.metrics);
    add('plots', stage, stage.plots);
    add(
      'params',
      stage,
      stage.params.flatMap((p) => (p.kind === 'file' ? [p.file] : [])),
    );
  }
  return paths;
}

async function trainStages(
  io: ActionIO,
  inputs: ReturnType<typeof getTrainInputs>,
  stages: Stage[],
  source: string,
): Promise<void> {
  const root = io.cwd;
  const graph = buildGraph(stages);
  const plan = planTraining(graph, inputs.targets, { downstream: inputs.downstream });
  io.log.info(`mlci train: ${plan.length} stage(s) from ${source}: ${plan.join(' -> ')}`);
  await checkTrustedCheckout(io, inputs, root);
  const started = new Date();
  const ctx = await effectsContext(io, inputs, root);
  const lockMode = inputs['frozen-lock'] ? 'check' : inputs.lock;
  const fromFile = source !== 'action inputs';
  if (lockMode === 'check') await checkLock(root, inputs.config, graph, plan, ctx.state);
  const effects = stageEffects(ctx);
  const run = await runTraining(
    graph,
    plan,
    (stage, upstream) =>
      io.log.group(`stage ${stage.name}`, () =>
        reproduceStage(stage, upstream, effects, { force: inputs.force }),
      ),
    { onError: inputs['keep-going'] ? 'keep-going' : 'fail', log: (line) => io.log.warning(line) },
  );
  const ended = new Date();
  const stageRecords = stageRecordsOf(run, ended);
  if (lockMode === 'write' && fromFile)
    await updateLock(io, inputs.config, graph, stageRecords, ctx.state).catch((error: unknown) =>
      io.log.warning(`cannot write mlci.lock: ${messageOf(error)}`),
    );
  await ctx.state.save().catch((error) => io.log.warning(`cannot save the hash state: ${String(error)}`));
  const record = buildRunRecord({
    git: {
      commit: io.env.GITHUB_SHA ?? (await headCommit(root)) ?? null,
      ref: io.env.GITHUB_REF ?? (await headRef(root)) ?? null,
    },
    trigger: {
      actor: io.env.GITHUB_ACTOR ?? null,
      event: io.env.GITHUB_EVENT_NAME ?? null,
      runId: io.env.GITHUB_RUN_ID ?? null,
    },
    startedAt: started.toISOString(),
    endedAt: ended.toISOString(),
    durationMs: ended.getTime() - started.getTime(),
    stages: stageRecords,
  });
  await writeFileAtomic(resolve(root, inputs.record), `${JSON.stringify(record, null, 2)}\n`);
  const outputs = trainOutputs(plan, stageRecords, run.fingerprints, inputs.record);
  for (const [name, value] of Object.entries(outputs)) io.output(name, value);
  await io.summary(trainSummary(record));
  if (run.error) throw run.error;
}
