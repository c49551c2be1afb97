import { DataError, MlciError, messageOf } from '../errors.js';
import { dependentsOf, type StageGraph } from './plan.js';

/** How one stage ended. */
export type StageOutcome<R> =
  | { readonly stage: string; readonly status: 'done'; readonly result: R }
  | { readonly stage: string; readonly status: 'failed'; readonly error: unknown }
  | { readonly stage: string; readonly status: 'skipped'; readonly because: string };

/** Every stage's outcome, in plan order, and the combined error. */
export interface ExecutionResult<R> {
  readonly outcomes: readonly StageOutcome<R>[];
  /** The one error listing every failure (DVC's `_raise_error`), or undefined when all succeeded. */
  readonly error?: MlciError;
}

/**
 * Runs `plan` in order through `runStage` (the effect is passed in, as DVC's `repro_fn`). With 'fail'
 * the first failure stops the run; with 'keep-going' the dependents of a failed stage are skipped and
 * named in the log, the other stages still run, and one error lists all failures at the end.
 */
export async function execute<R>(
  graph: StageGraph,
  plan: readonly string[],
  runStage: (name: string) => Promise<R>,
  opts: { onError?: 'fail' | 'keep-going'; log?: (line: string) => void } = {},
): Promise<ExecutionResult<R>> {
  const outcomes: StageOutcome<R>[] = [];
  const skipped = new Map<string, string>();
  const failures: { stage: string; error: unknown }[] = [];
  for (const [index, stage] of plan.entries()) {
    const because = skipped.get(stage);
    if (because !== undefined) {
      outcomes.push({ stage, status: 'skipped', because });
      continue;
    }
    try {
      outcomes.push({ stage, status: 'done', result: await runStage(stage) });
    } catch (error) {
      outcomes.push({ stage, status: 'failed', error });
      failures.push({ stage, error });
      if (opts.onError !== 'keep-going') {
        for (const rest of plan.slice(index + 1))
          outcomes.push({ stage: rest, status: 'skipped', because: stage });
        break;
      }
      const dependents = dependentsOf(graph, plan, stage).filter((name) => !skipped.has(name));
      for (const name of dependents) skipped.set(name, stage);
      if (dependents.length) {
        const names = dependents.map((name) => `'${name}'`).join(', ');
        opts.log?.(`Stages ${names} will be skipped due to the failure of '${stage}'`);
      }
    }
  }
  return { outcomes, error: combine(failures) };
}

function combine(failures: readonly { stage: string; error: unknown }[]): MlciError | undefined {
  if (failures.length === 0) return undefined;
  if (failures.length === 1 && failures[0]!.error instanceof MlciError) return failures[0]!.error;
  // Exit 2 only when every failure is a usage error; a failed run (exit 1) wins otherwise.
  const usage = failures.every(({ error }) => error instanceof MlciError && error.exitCode === 2);
  const lines = failures.map(({ error }) => `  - ${messageOf(error).split('\n')[0]}`);
  const error = new DataError(`${failures.length} stage(s) failed:\n${lines.join('\n')}`);
  return usage ? new MlciError(error.message, 2) : error;
}
