import { DataError, type ErrorDetails, UsageError } from '../errors.js';
import type { Stage } from './stage.js';

/** A stage declared wrongly (missing dep, unknown params key, cycle): exit 2, at the stage's declaration. */
export function stageUsageError(
  stage: Pick<Stage, 'name' | 'where'>,
  message: string,
  details: ErrorDetails = {},
) {
  return new UsageError(`stage '${stage.name}': ${message}`, { where: stage.where, ...details });
}

/** A stage that ran and failed (non-zero exit, timeout, out not produced, not reproducible): exit 1. */
export function stageFailure(
  stage: Pick<Stage, 'name' | 'where'>,
  message: string,
  details: ErrorDetails = {},
) {
  return new DataError(`stage '${stage.name}': ${message}`, { where: stage.where, ...details });
}
