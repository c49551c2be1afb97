import { createHash } from 'node:crypto';
import { lstat, mkdir, realpath, rename, rm, stat } from 'node:fs/promises';
import { linkInside } from '../../core/fs/link-rule.js';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { readdir } from 'node:fs/promises';
import { hashFiles } from '../process/hash-files.js';
import type { StoredFile } from './store.js';

/** A file of a stage's outputs on disk. */
export interface OutputOnDisk {
  readonly path: string;
  readonly abs: string;
  readonly size: number;
  readonly executable: boolean;
  /** A symlink inside the workspace: its target, relative (build-image keeps such links too). */
  readonly link?: string;
}

/** The sha256 a link is recorded with: of its target, so a changed target is a changed output. */
export function linkDigest(target: string): string {
  return createHash('sha256').update(`symlink\u0000${target}`).digest('hex');
}

async function walk(root: string, realRoot: string, abs: string, out: OutputOnDisk[]) {
  const path = relative(root, abs).split(sep).join('/');
  // The link rule build-image applies (core/fs/link-rule.ts): a link out of the workspace is an error
  // naming it, so a credentials file reached through a link never lands in a cache entry others restore.
  if ((await lstat(abs)).isSymbolicLink()) {
    const { target } = await linkInside(abs, realRoot, path);
    // An absolute target inside the workspace is stored relative, so it still leads there on another runner.
    const link = isAbsolute(target) ? relative(dirname(abs), target).split(sep).join('/') || '.' : target;
    out.push({ path, abs, size: 0, executable: false, link });
    return;
  }
  const info = await stat(abs).catch(() => undefined);
  if (!info) return; // a dangling link inside the workspace: nothing to store
  if (info.isDirectory()) {
    for (const name of (await readdir(abs)).sort()) await walk(root, realRoot, join(abs, name), out);
  } else if (info.isFile()) {
    out.push({
      path,
      abs,
      size: info.size,
      executable: process.platform !== 'win32' && (info.mode & 0o111) !== 0,
    });
  }
}

/** Every file under the declared outputs (workspace-relative paths), and the outputs that do not exist. */
export async function listOutputs(
  root: string,
  outputs: readonly string[],
): Promise<{ files: OutputOnDisk[]; missing: string[] }> {
  const files: OutputOnDisk[] = [];
  const missing: string[] = [];
  const realRoot = await realpath(root);
  for (const output of outputs) {
    const abs = join(root, output);
    if (!(await lstat(abs).catch(() => undefined))) missing.push(output);
    else await walk(root, realRoot, abs, files);
  }
  return { files, missing };
}

/** Hashes of every output file (read in parallel). */
export async function hashOutputs(
  root: string,
  outputs: readonly string[],
): Promise<{ files: StoredFile[]; missing: string[] }> {
  const { files, missing } = await listOutputs(root, outputs);
  const hashes = await hashFiles(
    files.filter((file) => file.link === undefined).map(({ abs, size }) => ({ path: abs, size })),
  );
  const stored = files.map(({ path, abs, executable, link }): StoredFile => {
    if (link !== undefined) return { path, sha256: linkDigest(link), size: 0, executable: false, link };
    const { sha256, size } = hashes.get(abs)!;
    return { path, sha256, size, executable };
  });
  return { files: stored, missing };
}

/** Deletes the declared outputs (before a run, as DVC does, so a stale file never passes as produced). */
export async function removeOutputs(root: string, outputs: readonly string[]): Promise<void> {
  for (const output of outputs) await rm(join(root, output), { recursive: true, force: true });
}

/** True when `path` is one of `outputs` or inside one of them (POSIX, workspace-relative). */
export function withinOutputs(path: string, outputs: readonly string[]): boolean {
  return outputs.some((output) => path === output || path.startsWith(`${output.replace(/\/$/, '')}/`));
}

/**
 * Moves restored outputs from `staging` (same layout as the workspace) into `root`: each declared output
 * present in staging replaces the one in the workspace with a rename (same filesystem, no copy).
 */
export async function placeOutputs(staging: string, root: string, outputs: readonly string[]): Promise<void> {
  for (const output of outputs) {
    const from = join(staging, output);
    if (!(await stat(from).catch(() => undefined))) continue;
    const to = join(root, output);
    await rm(to, { recursive: true, force: true });
    await mkdir(dirname(to), { recursive: true });
    await rename(from, to);
  }
}
