import {
  type DeploymentFields,
  ensureDeployment,
  setDeploymentStatus,
} from '../../platform/github/deployments.js';
import type { ReleaseContext } from './context.js';
import type { ReleaseInputs } from './inputs.js';

/** A deployment of this run, and a way to set its status. */
export interface Deployment {
  readonly id: number;
  status(state: 'in_progress' | 'success' | 'failure', description: string): Promise<boolean>;
}

/**
 * The deployment of a release or rollback to `environment` (found again on a rerun), whose statuses
 * carry the run's log URL. A rerun of a change that already succeeded does not go back to in_progress.
 */
export async function startDeployment(
  ctx: ReleaseContext,
  inputs: ReleaseInputs,
  fields: Omit<DeploymentFields, 'environment' | 'requiredContexts'>,
): Promise<Deployment> {
  const id = await ensureDeployment(ctx.github, ctx.repo, {
    ...fields,
    environment: inputs.environment,
    requiredContexts: inputs['required-contexts'],
  });
  return {
    id,
    status: (state, description) =>
      setDeploymentStatus(ctx.github, ctx.repo, id, {
        state,
        description,
        logUrl: ctx.run.url ?? undefined,
        environmentUrl: inputs['environment-url'],
        unlessNewest: state === 'in_progress' ? ['success'] : [],
      }),
  };
}
