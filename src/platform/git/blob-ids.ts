import { spawn } from 'node:child_process';
import { join, relative, sep } from 'node:path';
import { gitOutput, tryGit } from './run.js';

/**
 * Git's view of the workspace, taken once per run. A tracked file's content id is always its git blob
 * id, so the kind of id a file gets depends only on whether the commit tracks it, never on timing.
 */
export interface GitIds {
  /** Tracked files (absolute paths) whose working copy matched the index when git looked: their blob id. */
  readonly ids: ReadonlyMap<string, string>;
  /** Every tracked regular file (absolute paths), clean or not. */
  readonly tracked: ReadonlySet<string>;
  /** When git looked, ns since the epoch: a file changed later has a later mtime or ctime. */
  readonly at: bigint;
  /** Blob ids of the current contents of tracked files, computed by git (clean filters applied). */
  hashObjects(paths: readonly string[]): Promise<Map<string, string>>;
}

const idOf = (oid: string) => `git-${oid.length === 40 ? 'sha1' : 'sha256'}:${oid}`;

/** `git hash-object --stdin-paths`: the ids the index would get, with .gitattributes filters (LFS, eol) applied. */
function hashObjects(top: string, paths: readonly string[]): Promise<Map<string, string>> {
  if (paths.length === 0) return Promise.resolve(new Map());
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-C', top, 'hash-object', '--stdin-paths'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const oids = out.trim().split('\n');
      if (code !== 0 || oids.length !== paths.length)
        return reject(new Error(`git hash-object failed: ${err.trim()}`));
      resolve(new Map(paths.map((path, i) => [path, idOf(oids[i]!)])));
    });
    child.stdin.end(`${paths.map((path) => relative(top, path).split(sep).join('/')).join('\n')}\n`);
  });
}

/**
 * Git's blob ids of tracked files. A blob id is sha1("blob <size>\0" + content) of the cleaned content: a
 * content id in its own right, known without reading the file. `git status` refreshes the index first, so
 * a file edited since checkout (even within the same second: git handles "racy clean") is not taken from
 * the index; git hashes it again. Conflicted entries, submodules and symlinks are not tracked files here.
 * Files with clean filters (LFS, eol conversion) get the id of the cleaned content, which still changes
 * exactly when the content does. Git hashes with collision-detecting SHA-1 (sha1dc).
 */
export async function gitBlobIds(cwd: string): Promise<GitIds> {
  const ids = new Map<string, string>();
  const tracked = new Set<string>();
  const at = BigInt(Date.now()) * 1_000_000n;
  const none: GitIds = { ids, tracked, at, hashObjects: async () => new Map() };
  // All three at once (each is a process start, about all of a small repository's cost), from `cwd`:
  // porcelain status paths are always relative to the top, and ls-files gets the whole tree with `:/` and
  // --full-name. The staged ids ls-files prints do not depend on the stat refresh status may write.
  const [top, status, listing] = await Promise.all([
    tryGit(cwd, ['rev-parse', '--show-toplevel']),
    gitOutput(cwd, ['status', '--porcelain=v1', '-z', '--untracked-files=no', '--ignore-submodules=all']),
    // --no-literal-pathspecs: `:/` stays "the top" even under GIT_LITERAL_PATHSPECS=1.
    gitOutput(cwd, ['--no-literal-pathspecs', 'ls-files', '-s', '-z', '--full-name', '--', ':/']),
  ]);
  if (!top) return none;
  if (status === undefined || listing === undefined) return none;
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
    if (stage !== '0' || mode === '160000' || mode === '120000') continue;
    const abs = join(top, path!);
    tracked.add(abs);
    if (!dirty.has(path!)) ids.set(abs, idOf(oid!));
  }
  return { ids, tracked, at, hashObjects: (paths) => hashObjects(top, paths) };
}

/**
 * gitBlobIds(cwd), taken when first asked for and then shared: a run whose stages read no file (no deps, no
 * lockfile) never starts git, and one that does asks while it stats the files, not before. The snapshot's
 * `at` is when git was asked, so a file changed before that is judged by git's view at that time.
 */
export function lazyGitIds(cwd: string): () => Promise<GitIds> {
  let taken: Promise<GitIds> | undefined;
  return () => {
    taken ??= gitBlobIds(cwd);
    return taken;
  };
}
