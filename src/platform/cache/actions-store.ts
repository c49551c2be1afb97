import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { messageOf } from '../../core/errors.js';
import { packTar, type TarEntry } from '../../core/train/tar.js';
import { verifyThenExtract } from '../archive/verified-extract.js';
import { cacheVersion, compressionMethod, downloadEntry } from './actions-download.js';
import { MANIFEST, manifestRule, outputsTar, readManifest } from './actions-entry.js';
import { placeOutputs } from './outputs.js';
import type { CacheHit, CacheStore, StoredFile } from './store.js';

/** The workspace, the log, and budgets for reading untrusted archives. */
export interface ActionsStoreOptions {
  readonly root: string;
  readonly warn: (message: string) => void;
  readonly info: (message: string) => void;
  /** Budgets for reading an archive someone else's run wrote (TAR-08). */
  readonly maxBytes?: number;
  readonly maxEntries?: number;
}

/** ACTIONS_CACHE_MODE `none` or `write-only` (set by the runner) forbids reading the cache. */
function cacheReadable(env: Readonly<Record<string, string | undefined>>): boolean {
  return !['none', 'write-only'].includes(env.ACTIONS_CACHE_MODE ?? '');
}

/** The environment tells a runner with the Actions cache service apart from one without (CACHE-11). */
export function actionsCacheAvailable(env: Readonly<Record<string, string | undefined>>): boolean {
  return Boolean(env.ACTIONS_RUNTIME_TOKEN && (env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL));
}

async function* fileChunks(path: string): AsyncGenerator<Uint8Array> {
  yield* createReadStream(path, { highWaterMark: 1024 * 1024 });
}

/**
 * The GitHub Actions cache through @actions/cache, keyed by the fingerprint (exact key only: a prefix
 * match would restore outputs of other inputs, CACHE-07). The outputs travel as one deterministic tar
 * of our own with the manifest first; @actions/cache compresses it with zstd and saves it. Restore
 * never lets a tar that honours `-P` near the entry: it downloads it as an opaque file
 * (actions-download.ts) and hands it to verifyThenExtract, which checks the outer archive (exactly the
 * transfer dir and its outputs.tar), then the inner one (safe names only, no links, within the declared
 * outputs, every file's size and sha256 against the manifest) before writing into a fresh staging dir.
 */
export function actionsStore(options: ActionsStoreOptions): CacheStore {
  const transfer = join(options.root, '.mlci', 'transfer');
  const archive = join(transfer, 'outputs.tar');
  // The path list is part of the cache version (sha256 of paths + compressor): keep it one constant
  // relative path, so every job, matrix cell and stage agrees on it.
  // @actions/cache refuses '..' in patterns: outside the cwd, the absolute path (runner-specific) is used.
  const paths = () => {
    const path = relative(process.cwd(), transfer);
    return [path.startsWith('..') || isAbsolute(path) ? transfer : path];
  };
  const cache = () => import('@actions/cache');
  // The names @actions/cache's tar gives the transfer dir and the archive in it: relative to the
  // workspace it archives from (GITHUB_WORKSPACE, else the cwd), `/`-separated (lib/internal/cacheUtils.js
  // resolvePaths). The outer archive of an entry may hold exactly these two and nothing else.
  const outerNames = () => {
    const dir = relative(process.env.GITHUB_WORKSPACE || process.cwd(), transfer)
      .split(sep)
      .join('/');
    return { dir, file: `${dir}/outputs.tar` };
  };
  // GitHub caps a repository's caches at 10 GB: no honest entry is larger.
  const budget = {
    maxBytes: options.maxBytes ?? 10 * 2 ** 30,
    maxEntries: options.maxEntries ?? 1_000_000,
    // Symlinks inside the outputs are stored as links; verifyThenExtract checks each against the manifest.
    links: 'report' as const,
  };

  return {
    name: 'github-actions',
    async restore(key, outputs) {
      let staging: string | undefined;
      try {
        await rm(transfer, { recursive: true, force: true });
        await mkdir(transfer, { recursive: true });
        if (!cacheReadable(process.env)) return undefined;
        const method = compressionMethod();
        const entry = join(transfer, 'entry');
        if (!(await downloadEntry(process.env, key, cacheVersion(paths(), method), entry, budget.maxBytes)))
          return undefined;
        const source = outputsTar(entry, method, outerNames());
        const manifest = await readManifest(source, key, outputs);
        const extracted = await verifyThenExtract(
          source,
          manifestRule(manifest),
          join(options.root, '.mlci', 'tmp'),
          budget,
        );
        staging = extracted.staging;
        const missing = manifest.files.filter((file) => !extracted.files.some((f) => f.path === file.path));
        if (missing.length) throw new Error(`archive lacks ${missing.map((file) => file.path).join(', ')}`);
        await placeOutputs(staging, options.root, outputs);
        return { source: 'github-actions', files: manifest.files } satisfies CacheHit;
      } catch (error) {
        // A poisoned, truncated or oversized entry is a miss: the stage runs and writes its own outputs.
        options.warn(`cache restore failed: ${messageOf(error)} (entry ${key}; running the stage instead)`);
        return undefined;
      } finally {
        if (staging) await rm(staging, { recursive: true, force: true });
        await rm(transfer, { recursive: true, force: true });
      }
    },
    async save(manifest) {
      try {
        await rm(transfer, { recursive: true, force: true });
        await mkdir(transfer, { recursive: true });
        const header = Buffer.from(JSON.stringify(manifest));
        const entries: TarEntry[] = [
          {
            path: MANIFEST,
            type: 'file',
            size: header.length,
            read: async function* () {
              yield header;
            },
          },
          ...(manifest.files as StoredFile[]).map(
            (file): TarEntry =>
              file.link !== undefined
                ? { path: file.path, type: 'symlink', size: 0, link: file.link }
                : {
                    path: file.path,
                    type: 'file',
                    size: file.size,
                    executable: file.executable,
                    read: () => fileChunks(join(options.root, file.path)),
                  },
          ),
        ];
        await pipeline(packTar(entries), createWriteStream(archive));
        options.info(`packed ${manifest.files.length} output file(s), ${(await stat(archive)).size} bytes`);
        const id = await (await cache()).saveCache(paths(), manifest.key);
        // -1: @actions/cache already logged why (another job saving the same key, a service error).
        return id === -1 ? 'failed: not saved (see the cache messages above)' : 'saved';
      } catch (error) {
        options.warn(`cache save failed: ${messageOf(error)}`);
        return `failed: ${messageOf(error)}`;
      } finally {
        await rm(transfer, { recursive: true, force: true });
      }
    },
  };
}
