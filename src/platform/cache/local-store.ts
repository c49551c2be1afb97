import { constants } from 'node:fs';
import { chmod, copyFile, mkdir, readFile, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { messageOf } from '../../core/errors.js';
import { safeEntryPath } from '../../core/train/tar-read.js';
import { linkStaysInside } from '../archive/verified-extract.js';
import { placeOutputs, withinOutputs } from './outputs.js';
import type { CacheHit, CacheManifest, CacheStore, StoredFile } from './store.js';

/** Where the local store keeps things, and who hears its warnings. */
export interface LocalStoreOptions {
  /** The cache directory (default `.mlci/cache` in the workspace). */
  readonly dir: string;
  /** The workspace: output paths are relative to it. */
  readonly root: string;
  readonly warn: (message: string) => void;
}

/** Files copied at once on restore: enough to keep both cores' copies busy while others wait on the disk. */
const RESTORE_COPIES = 4;

/**
 * Runs `work` over `items`, at most `limit` at once. After a failure no new item starts; it rejects with
 * the first failure once every started one has settled (so the caller's clean-up never races a copy).
 */
async function inParallel<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  let failed = false;
  const lane = async () => {
    while (!failed && next < items.length) {
      try {
        await work(items[next++]!);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const results = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, lane));
  const rejected = results.find((result) => result.status === 'rejected');
  if (rejected) throw rejected.reason;
}

const unique = () => `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;

/**
 * A content-addressed directory: `objects/<2 hex>/<sha256>` holds each distinct output file once,
 * `entries/<key>.json` the manifest of a stage run. Files are copied in and out with copy-on-write
 * clones where the filesystem has them (COPYFILE_FICLONE, else a kernel copy), never hardlinked: a
 * command that rewrites its output in place would otherwise corrupt the cache through the link.
 * Local objects are trusted as this machine's own and checked by size, not re-hashed (see docs/train.md).
 */
export function localStore(options: LocalStoreOptions): CacheStore {
  const objectPath = (sha256: string) => join(options.dir, 'objects', sha256.slice(0, 2), sha256);
  const entryPath = (key: string) => join(options.dir, 'entries', `${key}.json`);

  const atomicCopy = async (from: string, to: string) => {
    await mkdir(dirname(to), { recursive: true });
    const temp = `${to}.${unique()}.tmp`;
    await copyFile(from, temp, constants.COPYFILE_FICLONE);
    await rename(temp, to);
  };

  return {
    name: 'local',
    async restore(key, outputs) {
      let manifest: CacheManifest;
      try {
        manifest = JSON.parse(await readFile(entryPath(key), 'utf8')) as CacheManifest;
      } catch {
        return undefined; // no entry: a plain miss, nothing to warn about
      }
      const staging = join(options.root, '.mlci', 'tmp', `restore-${unique()}`);
      try {
        // Every check before the first byte is written: a refused entry leaves nothing behind.
        if (manifest.kind !== 'mlci/cache-entry' || manifest.key !== key)
          throw new Error('entry is not for this key');
        const copies = [];
        const links: StoredFile[] = [];
        for (const file of manifest.files) {
          const path = safeEntryPath(file.path);
          if (!withinOutputs(path, outputs))
            throw new Error(`entry holds "${file.path}", outside the stage's outputs`);
          if (file.link !== undefined) {
            if (!linkStaysInside(path, file.link)) throw new Error(`entry's link "${file.path}" leads out`);
            links.push(file);
            continue;
          }
          const object = objectPath(file.sha256);
          const info = await stat(object);
          if (info.size !== file.size)
            throw new Error(`object of ${file.path} has ${info.size} bytes, not ${file.size}`);
          copies.push({ object, to: join(staging, path), executable: file.executable });
        }
        // The staging dir is this restore's own and moves into place only when complete, so its files are
        // written directly (no temp + rename each), several at once: without reflink (ext4) each is a kernel
        // copy, and one at a time left a core idle (2x slower than `tar -x` as a whole process).
        await inParallel(copies, RESTORE_COPIES, async ({ object, to, executable }) => {
          await mkdir(dirname(to), { recursive: true });
          await copyFile(object, to, constants.COPYFILE_FICLONE);
          if (executable) await chmod(to, 0o755);
        });
        // Links last, as verifyThenExtract creates them: nothing is written through one.
        for (const file of links) {
          await mkdir(dirname(join(staging, file.path)), { recursive: true });
          await symlink(file.link!, join(staging, file.path));
        }
        await placeOutputs(staging, options.root, outputs);
        return { source: 'local', files: manifest.files } satisfies CacheHit;
      } catch (error) {
        options.warn(`cache restore failed: ${messageOf(error)} (running the stage instead)`);
        return undefined;
      } finally {
        await rm(staging, { recursive: true, force: true });
      }
    },
    async save(manifest) {
      try {
        for (const file of manifest.files as StoredFile[]) {
          if (file.link !== undefined) continue; // kept in the manifest itself
          const object = objectPath(file.sha256);
          const info = await stat(object).catch(() => undefined);
          if (info?.size !== file.size) await atomicCopy(join(options.root, file.path), object);
        }
        await mkdir(dirname(entryPath(manifest.key)), { recursive: true });
        const temp = `${entryPath(manifest.key)}.${unique()}.tmp`;
        await writeFile(temp, JSON.stringify(manifest));
        await rename(temp, entryPath(manifest.key));
        return 'saved';
      } catch (error) {
        options.warn(`cache save failed: ${messageOf(error)}`);
        return `failed: ${messageOf(error)}`;
      }
    },
  };
}
