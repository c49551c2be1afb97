import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { DataError } from '../../core/errors.js';
import { readTar, safeEntryPath, type TarHeader, type TarLimits } from '../../core/train/tar-read.js';

/** What an archive promises about one file: its place, digest, size and exec bit. */
export interface ExpectedFile {
  /** Safe relative POSIX path, as written in the archive and as placed in the staging dir. */
  readonly path: string;
  readonly sha256: string;
  readonly size: number;
  readonly executable: boolean;
  /** A symbolic link's relative target: the entry must be that link (and is created last). */
  readonly link?: string;
}

/** True when a link at `path` to `target` stays inside the tree it is unpacked into (lexically). */
export function linkStaysInside(path: string, target: string): boolean {
  if (target === '' || posix.isAbsolute(target) || /^[A-Za-z]:/.test(target) || /[\\\u0000]/.test(target))
    return false;
  const resolved = posix.normalize(posix.join(posix.dirname(path), target));
  return resolved !== '..' && !resolved.startsWith('../');
}

/**
 * Opens the tar stream once per pass and hands it to `consume`: a plain file, or the one member of an
 * outer archive (an Actions cache entry), after the decompressor. Called once per pass.
 */
export type TarSource = (consume: (tar: AsyncIterable<Uint8Array>) => Promise<void>) => Promise<void>;

/** What to do with an entry: the file it must be, or `skip` (a manifest, a directory): throw to refuse. */
export type EntryRule = (header: TarHeader) => ExpectedFile | 'skip';

async function* hashing(
  data: AsyncIterable<Buffer>,
  hash: ReturnType<typeof createHash>,
  sizes: { n: number },
) {
  for await (const chunk of data) {
    hash.update(chunk);
    sizes.n += chunk.length;
    yield chunk;
  }
}

/**
 * One pass over the archive: every entry through `rule`, every file's bytes hashed and counted against
 * what it must be; files written under `staging` only when it is given. Returns the files seen.
 */
async function pass(
  source: TarSource,
  rule: EntryRule,
  limits: TarLimits,
  staging?: string,
): Promise<Map<string, ExpectedFile>> {
  const seen = new Map<string, ExpectedFile>();
  const links: ExpectedFile[] = [];
  let consumed = false;
  await source(async (tar) => {
    if (consumed) throw new DataError('archive holds more than one archive');
    consumed = true;
    await readTar(
      tar,
      async (header, data) => {
        const expected = rule(header);
        if (expected === 'skip') return;
        safeEntryPath(expected.path);
        if (seen.has(expected.path)) throw new DataError(`archive holds "${header.path}" twice`);
        if (expected.link !== undefined || header.type === 'symlink') {
          if (
            header.type !== 'symlink' ||
            header.link !== expected.link ||
            !linkStaysInside(expected.path, expected.link!)
          )
            throw new DataError(
              `archive entry "${header.path}" is not the link inside the outputs its manifest lists`,
            );
          seen.set(expected.path, expected);
          links.push(expected);
          return;
        }
        if (header.type !== 'file' || header.size !== expected.size)
          throw new DataError(
            `archive entry "${header.path}" is not the ${expected.size}-byte file its manifest lists`,
          );
        seen.set(expected.path, expected);
        const hash = createHash('sha256');
        const size = { n: 0 };
        if (staging) {
          const target = join(staging, expected.path);
          await mkdir(dirname(target), { recursive: true });
          await pipeline(hashing(data, hash, size), createWriteStream(target, { flags: 'wx', mode: 0o644 }));
          if (expected.executable) await chmod(target, 0o755);
        } else for await (const _ of hashing(data, hash, size));
        if (size.n !== expected.size || hash.digest('hex') !== expected.sha256)
          throw new DataError(`${header.path} does not match its sha256`);
      },
      limits,
    );
  });
  if (!consumed) throw new DataError('archive is empty');
  // Links last, into a tree that holds only what this pass wrote: no file is ever written through one.
  if (staging) {
    for (const link of links) {
      await mkdir(dirname(join(staging, link.path)), { recursive: true });
      await symlink(link.link!, join(staging, link.path));
    }
  }
  return seen;
}

/**
 * The one way mlci unpacks an archive it did not write in this run (DESIGN.md, trust boundaries: caches,
 * artifacts, registries). mlci's own reader checks the whole archive first — names, types (no devices,
 * sparse files or hard links; a symlink only where `rule` lists it, with its target, inside), sizes and every file's sha256 against what `rule` says it must be — without
 * writing a byte; only then a second pass writes the files into a fresh directory under `parent` (and
 * checks them again). Returns that staging directory, for the caller to rename into place and remove.
 * Nothing is ever written outside it; on any refusal it is gone and the error names the entry.
 */
export async function verifyThenExtract(
  source: TarSource,
  rule: EntryRule,
  parent: string,
  limits: TarLimits,
): Promise<{ staging: string; files: ExpectedFile[] }> {
  const verified = await pass(source, rule, limits);
  await mkdir(parent, { recursive: true });
  const staging = await mkdtemp(join(parent, 'verified-'));
  try {
    const written = await pass(source, rule, limits, staging);
    if (written.size !== verified.size)
      throw new DataError('archive changed between verification and extraction');
    return { staging, files: [...written.values()] };
  } catch (thrown) {
    await rm(staging, { recursive: true, force: true });
    throw thrown;
  }
}
