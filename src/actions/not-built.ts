import { UsageError } from '../core/errors.js';
import type { ActionIO } from '../platform/io.js';
import type { CommandSpec } from './spec.js';

/** The honest placeholder for a command whose issue has not landed: it says so and exits 2. */
export function notBuilt(spec: CommandSpec, issue: string) {
  return async (_io: ActionIO): Promise<void> => {
    throw new UsageError(
      `\`mlci ${spec.name}\` is not built yet (${issue}); it does nothing and produces no report`,
      {
        hint: 'remove this step for now, or pin an mlci release that has it',
      },
    );
  };
}
