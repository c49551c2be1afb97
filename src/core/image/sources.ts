import { createReadStream, type Stats } from 'node:fs';
import { lstat, open, readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { isInside, linkInside } from '../fs/link-rule.js';
import type { TarEntry } from './tar.js';

/** Files to put at a path in the image: a file or a directory of the build context. */
export interface SourceSpec {
  /** Path of a file or directory, relative to the context (or absolute inside it). */
  readonly source: string;
  /** Absolute POSIX path in the image; for a file, a trailing `/` means "into this directory". */
  readonly destination: string;
}

/** One member found on disk, before parent directories are added. */
export interface SourceMember {
  readonly entry: TarEntry;
  /** What identifies the bytes without reading them (device, inode, size, times), for the digest cache. */
  readonly identity: string;
}

const CHUNK = 1024 * 1024; // 1 MiB reads: measured no slower than larger ones (reference/oci-images.md §4)

/** The image path a destination names, without the leading `/`; `..` that climbs out is refused. */
export function imagePath(destination: string): string {
  if (!destination.startsWith('/')) {
    throw new UsageError(`destination "${destination}" must be an absolute path in the image`, {
      hint: 'write it like /opt/model or /opt/app/',
    });
  }
  const normal = posix.normalize(destination);
  if (normal.split('/').includes('..')) throw new UsageError(`destination "${destination}" climbs out of /`);
  return normal.replace(/^\/+/, '').replace(/\/+$/, '');
}

// Execute permission is not something every build OS can see: Windows has no execute bit (Node reports
// 0666/0444 for every file), and a checkout's bits depend on core.fileMode and umask. So a file's mode in
// a layer comes from its first bytes, the same on every OS: what the Linux kernel would execute (a `#!`
// script, an ELF binary) is 0755, everything else 0644. Directories are 0755. A Windows build therefore
// gives the Linux digest (docker build on Windows makes every file 0755 instead; we do not).
const EXECUTABLE_MAGIC = [Buffer.from('#!'), Buffer.from([0x7f, 0x45, 0x4c, 0x46])] as const;

/** Bytes read from the start of each file to decide its mode. */
export const MODE_HEAD_BYTES = 4;

/** A file's mode in a layer from its first bytes: 0755 for a `#!` script or an ELF binary, else 0644. */
export const fileMode = (head: Uint8Array): number =>
  EXECUTABLE_MAGIC.some((magic) => Buffer.from(head).subarray(0, magic.length).equals(magic)) ? 0o755 : 0o644;

async function headOf(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(MODE_HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, MODE_HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

const inside = isInside;

function identity(st: Stats): string {
  return `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}:${st.mode}`;
}

async function fileEntry(path: string, absolute: string, st: Stats): Promise<SourceMember> {
  const size = st.size;
  return {
    entry: {
      type: 'file',
      path,
      mode: fileMode(await headOf(absolute)),
      size,
      open: () => createReadStream(absolute, { highWaterMark: CHUNK }),
    },
    identity: `${path}=${identity(st)}`,
  };
}

/**
 * Walks one source into tar members under its destination. Refuses what cannot be reproduced or
 * would leak: paths outside the context, symlinks whose target leaves it, devices, sockets and FIFOs.
 * A symlink that stays inside the source is kept as a link; one to a file elsewhere in the context is
 * copied as that file, so the image never holds a dangling link.
 */
export async function collectSource(spec: SourceSpec, context: string): Promise<SourceMember[]> {
  const root = await realpath(context);
  const absolute = resolve(context, spec.source);
  const st = await lstat(absolute).catch(() => undefined);
  if (!st) {
    throw new UsageError(`source "${spec.source}" does not exist (looked in ${context})`, {
      hint: 'check the path; it is relative to the workspace (working-directory)',
    });
  }
  const real = await realpath(absolute);
  if (!inside(root, real)) {
    throw new UsageError(`source "${spec.source}" is outside the build context ${context}`, {
      hint: 'copy the files into the workspace first; mlci only packages files under it',
    });
  }
  const target = imagePath(spec.destination);
  const top = await stat(absolute);
  if (top.isFile()) {
    const at = spec.destination.endsWith('/') ? posix.join(target, baseName(absolute)) : target;
    return [await fileEntry(at, absolute, top)];
  }
  if (!top.isDirectory()) throw special(spec.source, top);
  const members: SourceMember[] = [];
  await walk(real, real, target, root, members, spec.source);
  return members;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function special(name: string, st: Stats): UsageError {
  const kind = st.isSocket()
    ? 'a socket'
    : st.isFIFO()
      ? 'a FIFO'
      : st.isBlockDevice() || st.isCharacterDevice()
        ? 'a device file'
        : 'not a regular file';
  return new UsageError(`"${name}" is ${kind}; an image layer can only hold files, directories and links`, {
    hint: 'remove it from the source directory or list only the files you need',
  });
}

async function walk(
  dir: string,
  sourceRoot: string,
  target: string,
  contextRoot: string,
  out: SourceMember[],
  label: string,
): Promise<void> {
  const names = (await readdir(dir)).sort();
  for (const name of names) {
    const absolute = join(dir, name);
    const rel = relative(sourceRoot, absolute).split(sep).join('/');
    const path = target === '' ? rel : `${target}/${rel}`;
    const shown = `${label.replace(/\/$/, '')}/${rel}`;
    const st = await lstat(absolute);
    if (st.isDirectory()) {
      out.push({ entry: { type: 'directory', path: `${path}/`, mode: 0o755 }, identity: `${path}/` });
      await walk(absolute, sourceRoot, target, contextRoot, out, label);
    } else if (st.isFile()) {
      out.push(await fileEntry(path, absolute, st));
    } else if (st.isSymbolicLink()) {
      out.push(await linkMember(absolute, path, shown, sourceRoot, contextRoot));
    } else {
      throw special(shown, st);
    }
  }
}

async function linkMember(
  absolute: string,
  path: string,
  shown: string,
  sourceRoot: string,
  contextRoot: string,
): Promise<SourceMember> {
  const { target: link, resolved } = await linkInside(absolute, contextRoot, shown, 'the build context');
  if (inside(sourceRoot, resolved) && !isAbsolute(link)) {
    return { entry: { type: 'symlink', path, target: link }, identity: `${path}->${link}` };
  }
  const st = await stat(resolved).catch(() => undefined);
  if (!st?.isFile()) {
    throw new UsageError(`symlink "${shown}" points to ${link}, which is not a file inside this source`, {
      hint: 'make the link relative and inside the directory, or list its target as a source',
    });
  }
  return fileEntry(path, resolved, st);
}

/**
 * The members of a layer in their final order: parent directories made explicit (0755), everything
 * sorted byte-wise by path (a parent is a prefix of its children, so it always comes first), and two
 * sources claiming one path refused.
 */
export function layerMembers(members: readonly SourceMember[], layerName: string): SourceMember[] {
  const byPath = new Map<string, SourceMember>();
  for (const member of members) {
    const key = member.entry.path.replace(/\/$/, '');
    const previous = byPath.get(key);
    if (previous && !(previous.entry.type === 'directory' && member.entry.type === 'directory')) {
      throw new UsageError(`layer "${layerName}": two sources put something at /${key}`, {
        hint: 'give each source its own destination',
      });
    }
    byPath.set(key, member);
    const parts = key.split('/');
    for (let i = 1; i < parts.length; i++) {
      const parent = parts.slice(0, i).join('/');
      const existing = byPath.get(parent);
      if (existing && existing.entry.type !== 'directory') {
        throw new UsageError(`layer "${layerName}": /${parent} is a file and also a directory`);
      }
      if (!existing) {
        byPath.set(parent, {
          entry: { type: 'directory', path: `${parent}/`, mode: 0o755 },
          identity: `${parent}/`,
        });
      }
    }
  }
  return [...byPath.entries()]
    .sort(([a], [b]) => Buffer.compare(Buffer.from(a), Buffer.from(b)) as number)
    .map(([, member]) => member);
}
