import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function git(cwd: string, args: readonly string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', ['-C', cwd, ...args], { maxBuffer: 256 * 1024 * 1024 });
    return stdout;
  } catch {
    return undefined; // not a repository, or no git: callers fall back to reading files
  }
}

/** Blob ids of clean tracked files, and when git looked (ns since the epoch). */
export interface GitIds {
  readonly ids: ReadonlyMap<string, string>;
  readonly at: bigint;
}

/**
 * Git's blob ids of tracked files whose working copy matches the index, by absolute path. A blob id is
 * sha1("blob <size>\0" + content) of the cleaned content: a content id in its own right, known without
 * reading the file. `git status` refreshes the index first, so a file edited since checkout (even within
 * the same second: git handles "racy clean") is left out and gets read. Conflicted entries, submodules and
 * symlinks are left out. Files with clean filters (LFS, eol conversion) get the id of the cleaned content,
 * which still changes exactly when the content does. Git hashes with collision-detecting SHA-1 (sha1dc).
 */
export async function gitBlobIds(cwd: string): Promise<GitIds> {
  const ids = new Map<string, string>();
  // Taken before `git status`: a file changed after this instant (by a stage) has a later mtime or ctime.
  const at = BigInt(Date.now()) * 1_000_000n;
  const top = (await git(cwd, ['rev-parse', '--show-toplevel']))?.trim();
  if (!top) return { ids, at };
  const status = await git(top, [
    'status',
    '--porcelain=v1',
    '-z',
    '--untracked-files=no',
    '--ignore-submodules=all',
  ]);
  const listing = await git(top, ['ls-files', '-s', '-z']);
  if (status === undefined || listing === undefined) return { ids, at };
  const dirty = new Set<string>();
  const records = status.split('\0');
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    if (record.length < 4) continue;
    const [x, y] = [record[0], record[1]];
    if (y !== ' ') dirty.add(record.slice(3));
    if (x === 'R' || x === 'C') i++; // the next record is the rename's source path
  }
  for (const line of listing.split('\0')) {
    const match = /^(\d{6}) ([0-9a-f]{40,64}) (\d)\t(.*)$/s.exec(line);
    if (!match) continue;
    const [, mode, oid, stage, path] = match;
    if (stage !== '0' || mode === '160000' || mode === '120000' || dirty.has(path!)) continue;
    ids.set(join(top, path!), `git-${oid!.length === 40 ? 'sha1' : 'sha256'}:${oid}`);
  }
  return { ids, at };
}

/** HEAD's commit, or undefined outside a repository. */
export async function gitCommit(cwd: string): Promise<string | undefined> {
  return (await git(cwd, ['rev-parse', 'HEAD']))?.trim() || undefined;
}
