import { resolve } from 'node:path';
import { actionsCacheAvailable, actionsStore } from '../../platform/cache/actions-store.js';
import { localStore } from '../../platform/cache/local-store.js';
import type { CacheStore } from '../../platform/cache/store.js';
import type { ActionIO } from '../../platform/io.js';
import { gitBlobIds } from '../../platform/process/git.js';
import { HashState } from '../../platform/process/hash-state.js';
import type { EffectsContext } from './effects.js';
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
    gitIds: await gitBlobIds(root),
    store: chooseStore(io, inputs, root),
    saveBlocked: (PRIVILEGED_EVENTS as readonly string[]).includes(event)
      ? `\`${event}\` runs share the default branch's cache, so they only restore`
      : undefined,
  };
}
