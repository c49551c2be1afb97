import { isMainThread } from 'node:worker_threads';
import { MlciError, messageOf } from '../core/errors.js';
import type { ActionIO } from '../platform/io.js';
import type { CommandSpec } from './spec.js';

export type Command = (io: ActionIO) => Promise<void>;

/**
 * What the toolkit's run() does and nothing more: run the command with the runner's IO, turn an
 * MlciError into an error annotation and its exit code. Never calls process.exit().
 */
export async function runAction(spec: CommandSpec, command: Command, io?: ActionIO): Promise<void> {
  // Worker threads that load the bundle itself (validate-data's range workers) must not run the action.
  if (!isMainThread) return;
  // Imported here, not at the top: the CLI imports reportFailure and has no use for @actions/core.
  io ??= (await import('../platform/runner-io.js')).runnerIO();
  try {
    await command(io);
  } catch (thrown) {
    process.exitCode = reportFailure(spec, thrown, io);
  }
}

/** Logs a thrown value the way a reviewer can act on and returns the exit code it maps to. */
export function reportFailure(spec: CommandSpec, thrown: unknown, io: ActionIO): number {
  if (thrown instanceof MlciError) {
    // One error annotation, on the user's file where we know it (setFailed would add a second one
    // and could only exit 1).
    io.log.error(thrown.describe({ where: false, hint: false }), {
      title: `mlci ${spec.name}`,
      where: thrown.where,
      hint: thrown.hint,
    });
    return thrown.exitCode;
  }
  // Not an MlciError: a bug of ours. Keep the stack in the debug log, not in the annotation.
  const stack = thrown instanceof Error && thrown.stack ? thrown.stack : String(thrown);
  for (const line of stack.split('\n')) io.log.debug(line);
  io.log.error(`mlci ${spec.name} failed unexpectedly: ${messageOf(thrown)}`, { title: `mlci ${spec.name}` });
  return 1;
}
