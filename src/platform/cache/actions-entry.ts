// The layout of an mlci Actions cache entry, checked as untrusted: an outer tar (written by
// @actions/cache: the transfer dir and the outputs.tar in it), holding mlci's inner tar whose first
// member is the manifest every other member is checked against.
import { DataError } from '../../core/errors.js';
import { readTar, safeEntryPath } from '../../core/train/tar-read.js';
import {
  type EntryRule,
  type ExpectedFile,
  linkStaysInside,
  type TarSource,
} from '../archive/verified-extract.js';
import { type CompressionMethod, decompressed } from './actions-download.js';
import { withinOutputs } from './outputs.js';
import type { CacheManifest } from './store.js';

/** The first member of every inner archive: the manifest the restore checks everything against. */
export const MANIFEST = '.mlci-manifest.json';

const MAX_MANIFEST = 64 * 1024 * 1024;

/**
 * The inner tar of a downloaded entry, as a TarSource: the outer archive may hold only the transfer dir
 * and its outputs.tar, under the exact names @actions/cache gives them; a link, a `..` or absolute name,
 * a second file, anything else is refused, naming it. Nothing of the outer archive is written anywhere.
 */
export function outputsTar(
  file: string,
  method: CompressionMethod,
  names: { dir: string; file: string },
): TarSource {
  return async (consume) => {
    let found = false;
    await readTar(
      decompressed(file, method, 10 * 2 ** 30 + 1024 * 1024),
      async (header, data) => {
        const name = header.path.replace(/\/+$/, '');
        if (header.type === 'dir' && name === names.dir) return;
        if (header.type === 'file' && name === names.file && !found) {
          found = true;
          return consume(data);
        }
        throw new DataError(`archive entry "${header.path}" is not the cache's ${names.file}, refused`);
      },
      { names: 'raw', maxEntries: 16, maxBytes: 10 * 2 ** 30 + 1024 * 1024 },
    );
    if (!found) throw new DataError(`archive holds no ${names.file}`);
  };
}

const STOP = Symbol('manifest read');

function checkManifest(value: unknown, key: string, outputs: readonly string[]): CacheManifest {
  const manifest = value as Partial<CacheManifest> | null;
  if (manifest?.kind !== 'mlci/cache-entry' || manifest.key !== key || !Array.isArray(manifest.files))
    throw new DataError('archive manifest is for another key');
  const paths = new Set<string>();
  for (const file of manifest.files as unknown[]) {
    const f = file as Partial<ExpectedFile> | null;
    if (
      !f ||
      typeof f.path !== 'string' ||
      typeof f.sha256 !== 'string' ||
      !/^[0-9a-f]{64}$/.test(f.sha256) ||
      !Number.isSafeInteger(f.size) ||
      (f.size ?? -1) < 0 ||
      typeof f.executable !== 'boolean' ||
      (f.link !== undefined &&
        (typeof f.link !== 'string' || f.size !== 0 || !linkStaysInside(f.path, f.link)))
    )
      throw new DataError(`archive manifest lists a malformed file or a link out of the outputs`);
    if (safeEntryPath(f.path) !== f.path || !withinOutputs(f.path, outputs) || paths.has(f.path))
      throw new DataError(`archive member "${f.path}" is not one of the stage's outputs`);
    paths.add(f.path);
  }
  return manifest as CacheManifest;
}

/** Reads only the manifest at the head of the inner archive (the rest of the stream is not decompressed). */
export async function readManifest(
  source: TarSource,
  key: string,
  outputs: readonly string[],
): Promise<CacheManifest> {
  let manifest: CacheManifest | undefined;
  await source(async (tar) => {
    await readTar(
      tar,
      async (header, data) => {
        if (header.path !== MANIFEST || header.type !== 'file')
          throw new DataError('archive does not start with its manifest');
        if (header.size > MAX_MANIFEST) throw new DataError('archive manifest is too large');
        const chunks: Buffer[] = [];
        for await (const chunk of data) chunks.push(chunk);
        let parsed: unknown;
        try {
          parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          throw new DataError('archive manifest is not JSON');
        }
        manifest = checkManifest(parsed, key, outputs);
        throw STOP;
      },
      { maxEntries: 1, maxBytes: MAX_MANIFEST },
    );
  }).catch((thrown) => {
    if (thrown !== STOP) throw thrown;
  });
  if (!manifest) throw new DataError('archive is empty');
  return manifest;
}

/**
 * Every inner member: the manifest (readManifest saw it first) and directories skipped, each file exactly
 * as the manifest lists it. Stateless: it serves the verifying and the writing pass alike.
 */
export function manifestRule(manifest: CacheManifest): EntryRule {
  const files = new Map(manifest.files.map((file) => [file.path, file]));
  return (header) => {
    if (header.path === MANIFEST || header.type === 'dir') return 'skip';
    const expected = files.get(header.path);
    if (!expected) throw new DataError(`archive member "${header.path}" is not one of the stage's outputs`);
    return expected;
  };
}
