import { type ErrorDetails, MlciError } from '../errors.js';

/**
 * The comparison could not be made (different test sets, duplicate example ids, a gated metric missing
 * from one side): exit 2, distinct from a regression (exit 1), so a workflow can tell "the model got
 * worse" from "the comparison is broken".
 */
export class ImpossibleComparisonError extends MlciError {
  override readonly name: string = 'ImpossibleComparisonError';
  constructor(message: string, details: ErrorDetails = {}) {
    super(message, 2, details);
  }
}
