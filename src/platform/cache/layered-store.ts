import type { CacheStore } from './store.js';

/**
 * The local store in front of a remote one (the registry): restore tries local first, then the remote,
 * and keeps a remote hit locally so the next run on this machine reads no network; save writes both.
 * `remoteSaveBlocked` (a fork's pull request) keeps the remote read-only while the local one still saves.
 */
export function layeredStore(
  local: CacheStore,
  remote: CacheStore,
  options: { remoteSaveBlocked?: string; notice?: (message: string) => void } = {},
): CacheStore {
  return {
    name: `${local.name}+${remote.name}`,
    async restore(key, outputs) {
      const near = await local.restore(key, outputs);
      if (near) return near;
      const far = await remote.restore(key, outputs);
      if (far?.inputs)
        await local.save({ kind: 'mlci/cache-entry', version: 1, key, inputs: far.inputs, files: far.files });
      return far;
    },
    async save(manifest) {
      const near = await local.save(manifest);
      if (options.remoteSaveBlocked) {
        options.notice?.(`${remote.name} cache save skipped: ${options.remoteSaveBlocked}`);
        return near;
      }
      const far = await remote.save(manifest);
      return far.startsWith('failed') || near === 'saved' ? far : near;
    },
  };
}
