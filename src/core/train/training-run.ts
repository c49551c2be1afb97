import type { MlciError } from '../errors.js';
import { execute, type StageOutcome } from './execute.js';
import type { StageGraph } from './plan.js';
import type { StageRun } from './reproduce.js';
import type { StageRecord } from './run-record.js';
import type { Stage } from './stage.js';

/** Reproduces one stage given its upstream stages' fingerprints (the effect, passed in as DVC's `repro_fn`). */
export type ReproduceFn = (stage: Stage, upstream: Readonly<Record<string, string>>) => Promise<StageRun>;

/** What a training run produced: each stage's outcome, the records of the stages that ran, fingerprints. */
export interface TrainingRun {
  readonly outcomes: readonly StageOutcome<StageRecord>[];
  /** Records of the stages reproduced (ran, cached or failed), by stage name. */
  readonly records: ReadonlyMap<string, StageRecord>;
  /** Fingerprints of the stages that got one, by stage name. */
  readonly fingerprints: Readonly<Record<string, string>>;
  /** The one error listing every failure, or undefined when all succeeded. */
  readonly error?: MlciError;
}

/**
 * Runs `plan` through `reproduce`, handing each stage the fingerprints of its upstream stages
 * ('unknown' for one that has none, e.g. it failed before hashing), and keeps every stage's record,
 * failed ones included.
 *
 *   prepare -> train:  reproduce(train, { prepare: <prepare's fingerprint> })
 */
export async function runTraining(
  graph: StageGraph,
  plan: readonly string[],
  reproduce: ReproduceFn,
  opts: { onError?: 'fail' | 'keep-going'; log?: (line: string) => void } = {},
): Promise<TrainingRun> {
  const fingerprints: Record<string, string> = {};
  const records = new Map<string, StageRecord>();
  const result = await execute(
    graph,
    plan,
    async (name) => {
      const upstream = Object.fromEntries(
        (graph.upstream.get(name) ?? []).map((up) => [up, fingerprints[up] ?? 'unknown']),
      );
      const run = await reproduce(graph.stages.get(name)!, upstream);
      records.set(name, run.record);
      if (run.record.fingerprint) fingerprints[name] = run.record.fingerprint;
      if (run.failure) throw run.failure;
      return run.record;
    },
    opts,
  );
  return { outcomes: result.outcomes, records, fingerprints, error: result.error };
}

/** One record per planned stage, in plan order: a stage never reproduced gets a skipped record dated `at`. */
export function stageRecordsOf(run: TrainingRun, at: Date): StageRecord[] {
  return run.outcomes.map(
    (outcome) =>
      run.records.get(outcome.stage) ??
      skippedRecord(outcome.stage, outcome.status === 'skipped' ? outcome.because : '', at),
  );
}

/** The record of a stage that did not run; `because` names the failed stage it depends on, if any. */
export function skippedRecord(stage: string, because: string, at: Date): StageRecord {
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

/** The train action's outputs, in the order they are written. */
export interface TrainOutputs {
  /** 'true' when every stage that was not skipped came from the cache (and at least one did). */
  readonly 'cache-hit': string;
  /** The last planned stage's fingerprint, or '' when it has none. */
  readonly fingerprint: string;
  readonly record: string;
  /** Comma-separated names of the stages that ran their command. */
  readonly ran: string;
  /** Comma-separated names of the stages restored from the cache. */
  readonly cached: string;
}

/** The outputs of a run, from its stage records, fingerprints and the run record's path as given. */
export function trainOutputs(
  plan: readonly string[],
  stages: readonly StageRecord[],
  fingerprints: Readonly<Record<string, string>>,
  recordPath: string,
): TrainOutputs {
  const done = stages.filter((stage) => stage.status !== 'skipped');
  const named = (status: StageRecord['status']) =>
    stages
      .filter((stage) => stage.status === status)
      .map((stage) => stage.stage)
      .join(',');
  return {
    'cache-hit': String(done.length > 0 && done.every((stage) => stage.status === 'cached')),
    fingerprint: fingerprints[plan[plan.length - 1]!] ?? '',
    record: recordPath,
    ran: named('ran'),
    cached: named('cached'),
  };
}
