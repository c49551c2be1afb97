import { MlciError, messageOf } from '../errors.js';
import { stageFailure, stageUsageError } from './errors.js';
import { mayHoldGitIds } from './id-kinds.js';
import {
  envValueId,
  FINGERPRINT_SCHEMA,
  type FingerprintInputs,
  fingerprintOf,
  type RuntimeInputs,
} from './fingerprint.js';
import type { MetricValue } from './metrics.js';
import { type ParamValues, resolveParams } from './params.js';
import type { ResourceUse, StageRecord } from './run-record.js';
import { type Stage, stageOutputs } from './stage.js';
import { compareRuns, describeDifferences, type OutputFile, type Reproducibility } from './verify.js';

/** How a command ended. */
export interface CommandResult {
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly timedOut: boolean;
  readonly resources: ResourceUse;
  /** What was killed of the process tree when it was ended, in words ("sent SIGTERM to 2 processes …"). */
  readonly killed?: string | null;
}

/** Outputs restored from a cache: where from, and their hashes as saved. */
export interface Restored {
  readonly source: string;
  readonly outputs: readonly OutputFile[];
}

/** The effects a stage needs, passed in (STYLE §11): files, processes, caches. Cache effects never throw. */
export interface StageEffects {
  /** Content id per dep (workspace-relative path); a missing dep is a usage error naming it. */
  hashDeps(stage: Stage): Promise<Record<string, string>>;
  /** A params file's text (path relative to the stage's wdir), or undefined. */
  readParamsFile(stage: Stage, file: string): string | undefined;
  runtime(stage: Stage): Promise<RuntimeInputs>;
  envValue(name: string): string | undefined;
  restore(stage: Stage, key: string): Promise<Restored | undefined>;
  /** Returns what became of the save ('saved', 'exists', 'skipped: …', 'failed: …'). */
  save(stage: Stage, key: string, outputs: readonly OutputFile[], inputs: FingerprintInputs): Promise<string>;
  removeOutputs(stage: Stage): Promise<void>;
  run(stage: Stage, params: ParamValues): Promise<CommandResult>;
  /** Hashes of every output file; an output that does not exist is listed in `missing`. */
  hashOutputs(stage: Stage): Promise<{ outputs: OutputFile[]; missing: string[] }>;
  readMetrics(stage: Stage): Promise<Record<string, Record<string, MetricValue>>>;
  /** `inputs` with every dep and lockfile id taken from the bytes (sha256), git blob ids replaced. */
  bytesIds?(stage: Stage, inputs: FingerprintInputs): Promise<FingerprintInputs>;
  now(): Date;
  log(line: string): void;
}

/** A stage's record, and the error to raise when it failed. */
export interface StageRun {
  readonly record: StageRecord;
  readonly failure?: MlciError;
}

/** The fingerprint of a stage and its inputs, given its upstream stages' fingerprints. */
export async function stageFingerprint(
  stage: Stage,
  upstream: Readonly<Record<string, string>>,
  effects: Pick<StageEffects, 'hashDeps' | 'readParamsFile' | 'runtime' | 'envValue'>,
): Promise<{ fingerprint: string; inputs: FingerprintInputs; params: ParamValues }> {
  const params = resolveParams(stage, (file) => effects.readParamsFile(stage, file));
  // Hashing the deps and asking the tools their versions (child processes) overlap.
  const [deps, runtime] = await Promise.all([effects.hashDeps(stage), effects.runtime(stage)]);
  const inputs: FingerprintInputs = {
    schema: FINGERPRINT_SCHEMA,
    cmd: stage.cmd,
    shell: stage.shell ?? 'default',
    wdir: stage.wdir,
    deps,
    params,
    env: Object.fromEntries(stage.env.map((name) => [name, envValueId(effects.envValue(name))])),
    runtime,
    seed: stage.seed,
    outs: stageOutputs(stage),
    upstream,
  };
  return { fingerprint: fingerprintOf(inputs), inputs, params };
}

/**
 * On a miss: the outputs saved under the fingerprint the inputs have with every id taken from the bytes,
 * i.e. as they were before a dep became tracked by git with the same content. Found ones are saved under
 * the new key too (by the caller's usual save), so the next run hits directly.
 */
async function restoreByBytes(
  stage: Stage,
  inputs: FingerprintInputs,
  effects: StageEffects,
): Promise<Restored | undefined> {
  if (!effects.bytesIds || !mayHoldGitIds(inputs)) return undefined;
  const bytes = await effects.bytesIds(stage, inputs);
  const fingerprint = fingerprintOf(bytes);
  if (fingerprint === fingerprintOf(inputs)) return undefined;
  const hit = await effects.restore(stage, cacheKey(stage, fingerprint));
  if (hit) {
    effects.log(
      `Stage '${stage.name}': restored the outputs of fingerprint ${fingerprint.slice(0, 12)}: the same inputs, with deps now tracked by git and their content unchanged`,
    );
  }
  return hit;
}

/** The cache key of a stage run: readable, under 512 characters and comma-free (actions/cache's rules). */
export function cacheKey(stage: Stage, fingerprint: string): string {
  return `mlci-train-${stage.name}-${fingerprint}`;
}

async function runOnce(
  stage: Stage,
  params: ParamValues,
  effects: StageEffects,
  onResult: (result: CommandResult) => void,
) {
  await effects.removeOutputs(stage);
  const result = await effects.run(stage, params);
  onResult(result); // recorded before any check, so a failed run's record still has its exit code
  if (result.timedOut) {
    throw stageFailure(
      stage,
      `timed out after ${stage.timeout} s; ${result.killed ?? 'the process tree was killed'}`,
      {
        hint: 'raise `timeout:` or make the stage faster',
      },
    );
  }
  if (result.exitCode !== 0) {
    const how = result.signal ? `was killed by ${result.signal}` : `exited with code ${result.exitCode}`;
    throw stageFailure(stage, `command ${how}`, { hint: 'see the log lines prefixed with the stage name' });
  }
  const { outputs, missing } = await effects.hashOutputs(stage);
  if (missing.length) {
    throw stageFailure(
      stage,
      `the command did not produce ${missing.map((path) => `"${path}"`).join(', ')}`,
      {
        hint: 'write every declared out, metrics and plots file, or remove it from the stage',
      },
    );
  }
  return { result, outputs, metrics: await effects.readMetrics(stage) };
}

/**
 * One stage: fingerprint, then restore from the cache and skip, or run (twice with verify), check the
 * outputs, and save them. Never throws: a failure comes back with the record that describes it, and
 * outputs of a failed run are never saved.
 */
export async function reproduceStage(
  stage: Stage,
  upstream: Readonly<Record<string, string>>,
  effects: StageEffects,
  opts: { force?: boolean } = {},
): Promise<StageRun> {
  const started = effects.now();
  let fingerprint: string | null = null;
  let inputs: FingerprintInputs | null = null;
  let key: string | null = null;
  let hit: Restored | undefined;
  let exitCode: number | null = null;
  let resources: ResourceUse | null = null;
  let verify: Reproducibility | null = null;
  let outputs: readonly OutputFile[] = [];
  let metrics: Record<string, Record<string, MetricValue>> = {};
  let save: string | null = null;
  const record = (status: StageRecord['status'], error: string | null): StageRecord => {
    const ended = effects.now();
    return {
      stage: stage.name,
      status,
      fingerprint,
      inputs,
      cache: key ? { key, hit: hit !== undefined, source: hit?.source ?? null, save } : null,
      exitCode,
      startedAt: started.toISOString(),
      endedAt: ended.toISOString(),
      durationMs: ended.getTime() - started.getTime(),
      outputs,
      metrics,
      resources,
      verify,
      error,
    };
  };
  // DVC's `frozen`: never run. The cache's outputs for this fingerprint if it has them, else the
  // workspace's as they are; with neither there is nothing to use, which the user must resolve.
  const frozenStage = async (): Promise<StageRun> => {
    hit = key ? await effects.restore(stage, key) : undefined;
    if (hit) {
      effects.log(`Stage '${stage.name}' is frozen: not run, outputs restored from the ${hit.source} cache`);
      outputs = hit.outputs;
      metrics = await effects.readMetrics(stage);
      return { record: record('cached', null) };
    }
    const present = await effects.hashOutputs(stage);
    if (present.missing.length) {
      throw stageUsageError(
        stage,
        `is frozen, and ${present.missing.map((path) => `"${path}"`).join(', ')} ${present.missing.length === 1 ? 'is' : 'are'} neither cached nor in the workspace`,
        { hint: 'unfreeze the stage (`frozen: false`) to produce it, or restore the file' },
      );
    }
    effects.log(
      `Stage '${stage.name}' is frozen: not run, its outputs are used as they are in the workspace`,
    );
    outputs = present.outputs;
    metrics = await effects.readMetrics(stage);
    return { record: record('frozen', null) };
  };
  try {
    // DVC does not look at a frozen stage's deps: one that cannot be hashed (a dep gone) is no reason to
    // fail, the workspace's outputs are used as they are.
    const computed = await stageFingerprint(stage, upstream, effects).catch((error: unknown) => {
      if (stage.frozen && error instanceof MlciError && error.exitCode === 2) return undefined;
      throw error;
    });
    if (!computed) return await frozenStage();
    ({ fingerprint, inputs } = computed);
    key = cacheKey(stage, fingerprint);
    if (stage.frozen) return await frozenStage();
    hit = opts.force || stage.alwaysChanged ? undefined : await effects.restore(stage, key);
    const exact = hit !== undefined;
    if (!hit && !opts.force && !stage.alwaysChanged) hit = await restoreByBytes(stage, inputs, effects);
    if (hit && !stage.verify) {
      effects.log(
        `Stage '${stage.name}' didn't change, skipping (fingerprint ${fingerprint.slice(0, 12)}, restored from ${hit.source} cache)`,
      );
      outputs = hit.outputs;
      metrics = await effects.readMetrics(stage);
      // Found under the bytes-only fingerprint: keep them under this one too, so the next run hits directly.
      if (!exact)
        save = await effects
          .save(stage, key, outputs, inputs)
          .catch((error) => `failed: ${messageOf(error)}`);
      return { record: record('cached', null) };
    }
    effects.log(
      `Running stage '${stage.name}' (fingerprint ${fingerprint.slice(0, 12)}${opts.force ? ', forced' : stage.alwaysChanged ? ', always changed' : ''})`,
    );
    const cachedRun = hit ? { outputs: hit.outputs, metrics: await effects.readMetrics(stage) } : undefined;
    const onResult = (result: CommandResult) => {
      exitCode = result.exitCode;
      resources = result.resources;
    };
    const first = await runOnce(stage, computed.params, effects, onResult);
    outputs = first.outputs;
    metrics = first.metrics;
    if (stage.verify) {
      let baseline = cachedRun;
      if (!baseline) {
        effects.log(`Verifying stage '${stage.name}': running it a second time`);
        baseline = first;
        const again = await runOnce(stage, computed.params, effects, () => {});
        outputs = again.outputs;
        metrics = again.metrics;
      }
      verify = compareRuns(baseline, { outputs, metrics }, cachedRun ? 'cache' : 'run');
      if (!verify.identical) {
        throw stageFailure(stage, `is not reproducible: ${describeDifferences(verify)}`, {
          hint: 'seed every random generator from MLCI_SEED and avoid wall-clock or thread-order effects (docs/train.md)',
        });
      }
      effects.log(`Stage '${stage.name}' is reproducible: ${outputs.length} output file(s) identical`);
    }
    // A cache problem never fails the stage (the stores warn themselves; this catches the rest).
    if (!hit)
      save = await effects.save(stage, key, outputs, inputs).catch((error) => `failed: ${messageOf(error)}`);
    return { record: record('ran', null) };
  } catch (thrown) {
    const failure =
      thrown instanceof MlciError ? thrown : stageFailure(stage, messageOf(thrown), { cause: thrown });
    return { record: record('failed', failure.message), failure };
  }
}
