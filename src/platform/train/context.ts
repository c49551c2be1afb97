import { resolve } from 'node:path';
import { saveBlockedBy } from '../../core/train/triggers.js';
import { lazyGitIds } from '../git/blob-ids.js';
import type { ActionIO } from '../io.js';
import { HashState } from '../process/hash-state.js';
import type { EffectsContext } from './stage-effects.js';
import type { CacheChoice } from './stores.js';

/**
 * Everything the stage effects need for this run. The cache stores (Actions cache, registry client, their
 * archive code: ~170 kB of bundle) load only when a cache is on, so `mlci fingerprint` never parses them.
 */
export async function effectsContext(
  io: ActionIO,
  choice: CacheChoice,
  root: string,
): Promise<EffectsContext> {
  const store =
    choice.cache === 'none' ? undefined : await (await import('./stores.js')).cacheStore(io, choice, root);
  return {
    io,
    root,
    state: await HashState.load(resolve(root, choice['cache-dir'], 'hash-state.json')),
    git: lazyGitIds(root),
    store,
    saveBlocked: saveBlockedBy(io.env.GITHUB_EVENT_NAME ?? ''),
  };
}
