import { type BigIntStats, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { canonicalJson, sha256Hex } from '../../core/train/canonical.js';
import { globBase, globToRegExp, isGlob } from '../../core/train/glob.js';
import { type FileHash, type HashProgress, startHashing } from './hash-files.js';
import type { GitIds } from '../git/blob-ids.js';
import type { HashState } from './hash-state.js';

/** Where a path could not be hashed: missing, or a glob that matched nothing. */
export class MissingPathError extends Error {
  constructor(
    readonly path: string,
    readonly reason: 'missing' | 'no-match',
  ) {
    super(reason === 'missing' ? `${path} does not exist` : `${path} matches no file`);
  }
}

/** Collaborators of content hashing: the stat-keyed state, git's blob ids, progress. */
export interface ContentIdOptions {
  readonly state: HashState;
  /** Git's view, or how to take it (asked only when there are paths, while they are statted). */
  readonly git?: GitIds | (() => Promise<GitIds>);
  readonly onProgress?: HashProgress;
}

interface FileRef {
  readonly abs: string;
  readonly stat: BigIntStats;
}

/**
 * `to` relative to `from`, with `/`. A file walked from under `from` (both absolute and normalized) is the rest
 * of its path: no path.relative, which resolves both paths on every call (~10 ms for 1000 files, a third of
 * an unchanged re-run's own work). Anything else goes through path.relative.
 */
function posixRelative(from: string, to: string): string {
  const prefix = from.endsWith(sep) ? from : `${from}${sep}`;
  const rest = isAbsolute(from) && to.startsWith(prefix) ? to.slice(prefix.length) : relative(from, to);
  return sep === '/' ? rest : rest.split(sep).join('/');
}

// Synchronous stats: ~3 µs each against ~20 µs of main-thread work for a promise through the thread pool
// (1000 files: 2-10 ms instead of 20-50 ms), and nothing else runs meanwhile that they would hold up (git
// answers into pipes; the hash workers have their next files). A compromise for metadata not in the page
// cache (a network filesystem), where the thread pool's four stats at once would be faster.
function walk(dir: string, depth = 0): FileRef[] {
  if (depth > 64) throw new Error(`${dir}: directories nested over 64 deep (a symlink loop?)`);
  const out: FileRef[] = [];
  for (const name of readdirSync(dir).sort()) {
    const abs = join(dir, name);
    const info = statSync(abs, { bigint: true });
    if (info.isDirectory()) out.push(...walk(abs, depth + 1));
    else if (info.isFile()) out.push({ abs, stat: info });
  }
  return out;
}

// Git's view is a snapshot: a file a stage rewrites later (a tracked output of an upstream stage) keeps its
// old blob id in it. The index's id is taken only for files untouched since well before the snapshot
// (mtime and ctime, with the hash state's 2 s racy margin); other tracked files are hashed by git itself,
// so a tracked file always gets a git blob id and an untracked one a sha256, whatever the timing.
const GIT_MARGIN_NS = 2_000_000_000n;

function gitId(git: GitIds | undefined, file: FileRef): string | undefined {
  if (!git) return undefined;
  const settled = file.stat.mtimeNs + GIT_MARGIN_NS < git.at && file.stat.ctimeNs + GIT_MARGIN_NS < git.at;
  return settled ? git.ids.get(file.abs) : undefined;
}

/** The files a dep names: itself, every file under a directory, or every match of a glob. */
function expand(base: string, dep: string): { kind: 'file' | 'tree'; files: FileRef[] } {
  const abs = resolve(base, dep);
  if (isGlob(dep)) {
    const pattern = globToRegExp(dep.split('\\').join('/'));
    const root = resolve(base, globBase(dep.split('\\').join('/')));
    let all: FileRef[] = [];
    try {
      all = walk(root);
    } catch {
      // No such directory (or unreadable): the glob matches nothing.
    }
    const files = all.filter((file) => pattern.test(posixRelative(base, file.abs)));
    if (files.length === 0) throw new MissingPathError(dep, 'no-match');
    return { kind: 'tree', files };
  }
  let info: BigIntStats | undefined;
  try {
    info = statSync(abs, { bigint: true });
  } catch {
    // Missing, or a path through a file (ENOTDIR): the dep does not exist.
  }
  if (!info) throw new MissingPathError(dep, 'missing');
  if (info.isDirectory()) return { kind: 'tree', files: walk(abs) };
  return { kind: 'file', files: [{ abs, stat: info }] };
}

/**
 * A content id for each path (file, directory or glob, relative to `base`): a tracked unmodified file's
 * git blob id, a remembered sha256 whose stat still matches, or a fresh sha256 (all files read in
 * parallel); a directory or glob gets 'tree-sha256:' over its sorted (relative path, id) listing.
 */
export async function contentIds(
  base: string,
  paths: readonly string[],
  options: ContentIdOptions,
): Promise<Record<string, string>> {
  // Listed first (a missing dep fails before git is asked, and git is not asked when no file is named).
  const expanded = paths.map((path) => ({ path, ...expand(base, path) }));
  const files = [...new Map(expanded.flatMap((dep) => dep.files.map((file) => [file.abs, file]))).values()];
  const ids = new Map<string, string>();
  const unknown: FileRef[] = [];
  for (const file of files) {
    const known = options.state.get(file.abs, file.stat);
    if (known) ids.set(file.abs, `sha256:${known}`);
    else unknown.push(file);
  }
  // Every file the hash state does not know starts hashing now, while git lists the index (three process
  // starts: 10-50 ms of this thread); one git turns out to track is dropped, as its id is git's.
  const startedNs = BigInt(Date.now()) * 1_000_000n;
  const run = startHashing(
    unknown.map((file) => ({ path: file.abs, size: Number(file.stat.size) })),
    options.onProgress,
  );
  let hashed: Map<string, FileHash>;
  const tracked = new Set<string>();
  try {
    const git =
      typeof options.git === 'function' ? (files.length ? await options.git() : undefined) : options.git;
    const gitToHash: string[] = [];
    for (const file of git ? files : []) {
      const id = gitId(git, file);
      if (id) ids.set(file.abs, id);
      else if (git?.tracked.has(file.abs)) gitToHash.push(file.abs);
      if (id || git?.tracked.has(file.abs)) tracked.add(file.abs);
    }
    run.drop(tracked);
    const [gitHashed, ours] = await Promise.all([
      git?.hashObjects(gitToHash) ?? new Map<string, string>(),
      run.done(),
    ]);
    for (const [path, id] of gitHashed) ids.set(path, id);
    hashed = ours;
  } catch (error) {
    run.drop(unknown.map((file) => file.abs));
    await run.done().catch(() => undefined);
    throw error;
  }
  for (const file of unknown) {
    // A tracked file's hash may have come before git answered: its id is git's all the same.
    const hash = tracked.has(file.abs) ? undefined : hashed.get(file.abs);
    if (!hash) continue;
    options.state.set(file.abs, file.stat, hash.sha256, startedNs);
    ids.set(file.abs, `sha256:${hash.sha256}`);
  }
  const out: Record<string, string> = {};
  for (const { path, kind, files } of expanded) {
    const key = isAbsolute(path) ? path : path.split('\\').join('/');
    if (kind === 'file') out[key] = ids.get(files[0]!.abs)!;
    else {
      const root = isGlob(path) ? base : resolve(base, path);
      const listing = files.map((file) => [posixRelative(root, file.abs), ids.get(file.abs)!]);
      out[key] = `tree-sha256:${sha256Hex(canonicalJson(listing))}`;
    }
  }
  return out;
}
