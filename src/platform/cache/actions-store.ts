import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, mkdir, rm, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { messageOf } from '../../core/errors.js';
import { packTar, type TarEntry } from '../../core/train/tar.js';
import { readTar } from '../../core/train/tar-read.js';
import { placeOutputs, withinOutputs } from './outputs.js';
import type { CacheHit, CacheManifest, CacheStore, StoredFile } from './store.js';

/** The first member of every archive: the manifest the restore checks everything against. */
const MANIFEST = '.mlci-manifest.json';

/** The workspace, the log, and budgets for reading untrusted archives. */
export interface ActionsStoreOptions {
  readonly root: string;
  readonly warn: (message: string) => void;
  readonly info: (message: string) => void;
  /** Budgets for reading an archive someone else's run wrote (TAR-08). */
  readonly maxBytes?: number;
  readonly maxEntries?: number;
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
 * of our own with the manifest first; @actions/cache compresses it with zstd and handles the service.
 * Restore treats the archive as untrusted: safe names only, no links, within the declared outputs,
 * every file's sha256 checked against the manifest, and all of it staged before anything moves.
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

  return {
    name: 'github-actions',
    async restore(key, outputs) {
      const staging = join(options.root, '.mlci', 'tmp', `restore-${process.pid}-${Date.now()}`);
      try {
        await rm(transfer, { recursive: true, force: true });
        const matched = await (await cache()).restoreCache(paths(), key, [], { timeoutInMs: 30_000 });
        if (matched !== key) return undefined;
        let manifest: CacheManifest | undefined;
        const seen = new Set<string>();
        await readTar(
          fileChunks(archive),
          async (header, data) => {
            if (!manifest) {
              if (header.path !== MANIFEST) throw new Error('archive does not start with its manifest');
              const chunks: Buffer[] = [];
              for await (const chunk of data) chunks.push(chunk);
              manifest = JSON.parse(Buffer.concat(chunks).toString('utf8')) as CacheManifest;
              if (manifest.kind !== 'mlci/cache-entry' || manifest.key !== key)
                throw new Error('archive manifest is for another key');
              return;
            }
            if (header.type === 'dir') return;
            const expected = manifest.files.find((file) => file.path === header.path);
            if (!expected || !withinOutputs(header.path, outputs) || seen.has(header.path))
              throw new Error(`archive member "${header.path}" is not one of the stage's outputs`);
            seen.add(header.path);
            const target = join(staging, header.path);
            await mkdir(dirname(target), { recursive: true });
            const hash = createHash('sha256');
            await pipeline(
              data,
              async function* (source: AsyncIterable<Buffer>) {
                for await (const chunk of source) {
                  hash.update(chunk);
                  yield chunk;
                }
              },
              createWriteStream(target),
            );
            if (hash.digest('hex') !== expected.sha256)
              throw new Error(`${header.path} does not match its sha256`);
            if (expected.executable) await chmod(target, 0o755);
          },
          { maxBytes: options.maxBytes ?? 50 * 2 ** 30, maxEntries: options.maxEntries ?? 1_000_000 },
        );
        if (!manifest) throw new Error('archive is empty');
        const missing = manifest.files.filter((file) => !seen.has(file.path));
        if (missing.length) throw new Error(`archive lacks ${missing.map((file) => file.path).join(', ')}`);
        await placeOutputs(staging, options.root, outputs);
        return { source: 'github-actions', files: manifest.files } satisfies CacheHit;
      } catch (error) {
        options.warn(`cache restore failed: ${messageOf(error)} (running the stage instead)`);
        return undefined;
      } finally {
        await rm(staging, { recursive: true, force: true });
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
          ...(manifest.files as StoredFile[]).map((file) => ({
            path: file.path,
            type: 'file' as const,
            size: file.size,
            executable: file.executable,
            read: () => fileChunks(join(options.root, file.path)),
          })),
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
