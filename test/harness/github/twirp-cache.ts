// The Actions cache service, v2 (reference/actions-runtime.md §7.2): create an entry and get an upload
// URL, finalize it with its size, and look entries up by key, then by prefix, then by restore keys.
import type { FakeApp } from './app.js';
import { json } from './http.js';
import type { CacheEntryRecord } from './state.js';
import { field, twirpMethod } from './twirp.js';

/**
 * GitHub's matching order: the exact key, then the newest entry whose key starts with the key, then each
 * restore key in order as a prefix (newest first); the version (paths + compression) must match.
 */
export function matchCacheEntry(
  entries: readonly CacheEntryRecord[],
  key: string,
  restoreKeys: readonly string[],
  version: string,
): CacheEntryRecord | undefined {
  const usable = entries.filter((e) => e.finalized && e.version === version);
  const newest = (match: (e: CacheEntryRecord) => boolean) =>
    usable.filter(match).sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id)[0];
  return (
    newest((e) => e.key === key) ??
    newest((e) => e.key.startsWith(key)) ??
    restoreKeys.map((prefix) => newest((e) => e.key.startsWith(prefix))).find(Boolean)
  );
}

/** Registers CreateCacheEntry, FinalizeCacheEntryUpload and GetCacheEntryDownloadURL. */
export function cacheService(app: FakeApp): void {
  const { state, blobs } = app;
  twirpMethod(app, 'CacheService', 'CreateCacheEntry', ({ body }) => {
    const key = field(body, 'key');
    const version = field(body, 'version');
    if (state.caches.some((e) => e.key === key && e.version === version)) {
      // A finished entry, or another job creating it: the client logs "another job may be creating this cache".
      return json(200, { ok: false, signed_upload_url: '', message: `cache entry ${key} already exists` });
    }
    const id = state.nextId();
    const entry: CacheEntryRecord = {
      id,
      key,
      version,
      blob: `/devstoreaccount1/actions-cache/${id}`,
      finalized: false,
      size: 0,
      createdAt: new Date().toISOString(),
    };
    state.caches.push(entry);
    return json(200, { ok: true, signed_upload_url: blobs.signedUrl(entry.blob) });
  });
  twirpMethod(app, 'CacheService', 'FinalizeCacheEntryUpload', ({ body }) => {
    const entry = state.caches.find(
      (e) => !e.finalized && e.key === field(body, 'key') && e.version === field(body, 'version'),
    );
    if (!entry) return json(200, { ok: false, entry_id: '0', message: 'no cache entry is being uploaded' });
    const data = blobs.read(entry.blob);
    const size = Number(field(body, 'size_bytes'));
    if (!data || data.length !== size) {
      return json(200, {
        ok: false,
        entry_id: '0',
        message: `uploaded ${data?.length ?? 0} bytes, finalize says ${size}`,
      });
    }
    entry.finalized = true;
    entry.size = size;
    return json(200, { ok: true, entry_id: String(entry.id) });
  });
  twirpMethod(app, 'CacheService', 'GetCacheEntryDownloadURL', ({ body }) => {
    const restoreKeys = Array.isArray(body.restore_keys) ? body.restore_keys.map(String) : [];
    const entry = matchCacheEntry(state.caches, field(body, 'key'), restoreKeys, field(body, 'version'));
    if (!entry) return json(200, { ok: false, signed_download_url: '', matched_key: '' });
    return json(200, { ok: true, signed_download_url: blobs.signedUrl(entry.blob), matched_key: entry.key });
  });
}
