import { resolve } from 'node:path';
import { actionsCacheAvailable, actionsStore } from '../../platform/cache/actions-store.js';
import { localStore } from '../../platform/cache/local-store.js';
import type { CacheStore } from '../../platform/cache/store.js';
import type { ActionIO } from '../../platform/io.js';
import { UsageError } from '../../core/errors.js';
import { gitBlobIds } from '../../platform/git/blob-ids.js';
import { headCommit } from '../../platform/git/commit.js';
import { HashState } from '../../platform/process/hash-state.js';
import type { EffectsContext } from '../../platform/train/stage-effects.js';
import type { TrainInputs } from './inputs.js';

/**
 * Events whose runs share the default branch's cache scope while they may carry code from a fork:
 * they restore but never save (TRIG-02; reference/reliability-and-security.md §2.2).
 */
export const PRIVILEGED_EVENTS = ['pull_request_target', 'issue_comment', 'workflow_run'] as const;

/** The cache store the `cache` input asks for; 'auto' picks the Actions cache when the runner has one. */
export function chooseStore(io: ActionIO, inputs: TrainInputs, root: string): CacheStore | undefined {
  const warn = (message: string) => io.log.warning(message);
  const local = () => localStore({ dir: resolve(root, inputs['cache-dir']), root, warn });
  switch (inputs.cache) {
    case 'none':
      return undefined;
    case 'local':
      return local();
    case 'github-actions':
    case 'auto': {
      if (actionsCacheAvailable(io.env))
        return actionsStore({ root, warn, info: (line) => io.log.info(line) });
      if (inputs.cache === 'github-actions' || io.env.GITHUB_ACTIONS === 'true') {
        io.log.notice(
          'the GitHub Actions cache service is not available here: using the local cache directory',
        );
      }
      return local();
    }
  }
}

/** Everything the stage effects need for this run. */
export async function effectsContext(
  io: ActionIO,
  inputs: TrainInputs,
  root: string,
): Promise<EffectsContext> {
  const event = io.env.GITHUB_EVENT_NAME ?? '';
  return {
    io,
    root,
    state: await HashState.load(resolve(root, inputs['cache-dir'], 'hash-state.json')),
    git: await gitBlobIds(root),
    store: chooseStore(io, inputs, root),
    saveBlocked: (PRIVILEGED_EVENTS as readonly string[]).includes(event)
      ? `\`${event}\` runs share the default branch's cache, so they only restore`
      : undefined,
  };
}

/**
 * TRIG-01: in a privileged event the workflow runs from the default branch (GITHUB_SHA) with its secrets
 * and cache scope. If the workspace holds another commit (a PR head checked out on purpose or by
 * mistake), running its stages would run untrusted code there: refuse unless explicitly allowed.
 */
export async function checkTrustedCheckout(io: ActionIO, inputs: TrainInputs, root: string): Promise<void> {
  const event = io.env.GITHUB_EVENT_NAME ?? '';
  if (!(PRIVILEGED_EVENTS as readonly string[]).includes(event) || inputs['allow-untrusted-code']) return;
  const head = await headCommit(root);
  if (!head || !io.env.GITHUB_SHA || head === io.env.GITHUB_SHA) return;
  throw new UsageError(
    `refusing to run training code under \`${event}\`: the workspace is at ${head.slice(0, 12)}, not the workflow's commit ${io.env.GITHUB_SHA.slice(0, 12)}`,
    {
      hint: 'run untrusted code in a `pull_request` workflow instead, or set `allow-untrusted-code: true` if you trust it (docs/train.md#permissions)',
    },
  );
}
