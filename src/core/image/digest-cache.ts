import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isDigest } from './digest.js';
import type { DigestCache, Measured } from './layer.js';

/**
 * A digest cache in a directory, one small JSON file per key, like ko's KOCACHE: a rebuild with
 * untouched weights skips reading them (the 1 GiB re-hash the reference prototype still paid).
 * Best effort: an unreadable or corrupt entry is a miss, a failed write is ignored.
 */
export function directoryDigestCache(dir: string): DigestCache {
  return {
    async get(key) {
      try {
        const value = JSON.parse(await readFile(join(dir, `${key}.json`), 'utf8')) as Partial<Measured>;
        const ok =
          typeof value.digest === 'string' &&
          isDigest(value.digest) &&
          typeof value.diffId === 'string' &&
          isDigest(value.diffId) &&
          typeof value.size === 'number' &&
          ['gzip', 'huffman', 'stored', 'none'].includes(String(value.compression));
        return ok ? (value as Measured) : undefined;
      } catch {
        return undefined;
      }
    },
    async put(key, value) {
      try {
        await mkdir(dir, { recursive: true });
        const temp = join(dir, `${key}.${process.pid}.tmp`);
        await writeFile(temp, JSON.stringify(value));
        await rename(temp, join(dir, `${key}.json`));
      } catch {
        // best effort: the next build measures again
      }
    },
  };
}
