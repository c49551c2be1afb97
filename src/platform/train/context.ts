import { resolve } from 'node:path';
import { saveBlockedBy } from '../../core/train/triggers.js';
import { actionsCacheAvailable, actionsStore } from '../cache/actions-store.js';
import { localStore } from '../cache/local-store.js';
import type { CacheStore } from '../cache/store.js';
import { gitBlobIds } from '../git/blob-ids.js';
import type { ActionIO } from '../io.js';
import { HashState } from '../process/hash-state.js';
import type { EffectsContext } from './stage-effects.js';

/** Which cache store to use and where the local one and the hash state live (the train inputs of that name). */
export interface CacheChoice {
  readonly cache: 'auto' | 'local' | 'github-actions' | 'none';
  /** Relative to the workspace root. */
  readonly 'cache-dir': string;
}

/** The cache store the `cache` input asks for; 'auto' picks the Actions cache when the runner has one. */
export function chooseStore(io: ActionIO, choice: CacheChoice, root: string): CacheStore | undefined {
  const warn = (message: string) => io.log.warning(message);
  const local = () => localStore({ dir: resolve(root, choice['cache-dir']), root, warn });
  switch (choice.cache) {
    case 'none':
      return undefined;
    case 'local':
      return local();
    case 'github-actions':
    case 'auto': {
      if (actionsCacheAvailable(io.env))
        return actionsStore({ root, warn, info: (line) => io.log.info(line) });
      if (choice.cache === 'github-actions' || io.env.GITHUB_ACTIONS === 'true') {
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
  choice: CacheChoice,
  root: string,
): Promise<EffectsContext> {
  return {
    io,
    root,
    state: await HashState.load(resolve(root, choice['cache-dir'], 'hash-state.json')),
    git: await gitBlobIds(root),
    store: chooseStore(io, choice, root),
    saveBlocked: saveBlockedBy(io.env.GITHUB_EVENT_NAME ?? ''),
  };
}
