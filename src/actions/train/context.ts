import { isPrivilegedEvent, untrustedCheckout } from '../../core/train/triggers.js';
import { headCommit } from '../../platform/git/commit.js';
import type { ActionIO } from '../../platform/io.js';
import type { TrainInputs } from './inputs.js';

/**
 * TRIG-01: in a privileged event the workflow runs from the default branch (GITHUB_SHA) with its secrets
 * and cache scope. If the workspace holds another commit (a PR head checked out on purpose or by
 * mistake), running its stages would run untrusted code there: refuse unless explicitly allowed.
 */
export async function checkTrustedCheckout(io: ActionIO, inputs: TrainInputs, root: string): Promise<void> {
  const event = io.env.GITHUB_EVENT_NAME ?? '';
  if (!isPrivilegedEvent(event) || inputs['allow-untrusted-code']) return;
  const refusal = untrustedCheckout(event, await headCommit(root), io.env.GITHUB_SHA);
  if (refusal) throw refusal;
}
