import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { execute } from '../../core/train/execute.js';
import { buildGraph, planTraining } from '../../core/train/plan.js';
import { reproduceStage } from '../../core/train/reproduce.js';
import { buildRunRecord, type StageRecord } from '../../core/train/run-record.js';
import type { ActionIO } from '../../platform/io.js';
import { headCommit } from '../../platform/git/commit.js';
import { checkTrustedCheckout, effectsContext } from './context.js';
import { stageEffects } from './effects.js';
import { getTrainInputs } from './inputs.js';
import { loadStages } from './load-stages.js';
import { trainSummary } from './summary.js';

/** `mlci train`: plan the stages, restore or run each, write the run record, outputs and summary. */
export async function train(io: ActionIO): Promise<void> {
  const inputs = getTrainInputs(io.inputs);
  const root = io.cwd;
  const { stages, source } = await loadStages(root, inputs);
  const graph = buildGraph(stages);
  const plan = planTraining(graph, inputs.targets, { downstream: inputs.downstream });
  io.log.info(`mlci train: ${plan.length} stage(s) from ${source}: ${plan.join(' -> ')}`);
  await checkTrustedCheckout(io, inputs, root);
  const started = new Date();
  const ctx = await effectsContext(io, inputs, root);
  const effects = stageEffects(ctx);
  const fingerprints: Record<string, string> = {};
  const records = new Map<string, StageRecord>();
  const result = await execute(
    graph,
    plan,
    async (name) => {
      const stage = graph.stages.get(name)!;
      const upstream = Object.fromEntries(
        (graph.upstream.get(name) ?? []).map((up) => [up, fingerprints[up] ?? 'unknown']),
      );
      const run = await io.log.group(`stage ${name}`, () =>
        reproduceStage(stage, upstream, effects, { force: inputs.force }),
      );
      records.set(name, run.record);
      if (run.record.fingerprint) fingerprints[name] = run.record.fingerprint;
      if (run.failure) throw run.failure;
      return run.record;
    },
    { onError: inputs['keep-going'] ? 'keep-going' : 'fail', log: (line) => io.log.warning(line) },
  );
  await ctx.state.save().catch((error) => io.log.warning(`cannot save the hash state: ${String(error)}`));
  const ended = new Date();
  const stageRecords = result.outcomes.map(
    (outcome) =>
      records.get(outcome.stage) ??
      skippedRecord(outcome.stage, outcome.status === 'skipped' ? outcome.because : '', ended),
  );
  const record = buildRunRecord({
    git: { commit: io.env.GITHUB_SHA ?? (await headCommit(root)) ?? null, ref: io.env.GITHUB_REF ?? null },
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
  const recordPath = resolve(root, inputs.record);
  await mkdir(dirname(recordPath), { recursive: true });
  await writeFile(recordPath, `${JSON.stringify(record, null, 2)}\n`);
  const done = stageRecords.filter((stage) => stage.status !== 'skipped');
  io.output('cache-hit', String(done.length > 0 && done.every((stage) => stage.status === 'cached')));
  io.output('fingerprint', fingerprints[plan[plan.length - 1]!] ?? '');
  io.output('record', inputs.record);
  io.output(
    'ran',
    stageRecords
      .filter((stage) => stage.status === 'ran')
      .map((stage) => stage.stage)
      .join(','),
  );
  io.output(
    'cached',
    stageRecords
      .filter((stage) => stage.status === 'cached')
      .map((stage) => stage.stage)
      .join(','),
  );
  await io.summary(trainSummary(record));
  if (result.error) throw result.error;
}

function skippedRecord(stage: string, because: string, at: Date): StageRecord {
  return {
    stage,
    status: 'skipped',
    fingerprint: null,
    inputs: null,
    cache: null,
    exitCode: null,
    startedAt: at.toISOString(),
    endedAt: at.toISOString(),
    durationMs: 0,
    outputs: [],
    metrics: {},
    resources: null,
    verify: null,
    error: because ? `skipped: stage '${because}' failed` : null,
  };
}
