// A real origin with a base commit on `main` and a PR commit on `feature`, and the shallow,
// single-branch clone of `feature` that actions/checkout leaves on a pull_request run (no origin/main).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Runs git in `cwd` with a fixed author and committer; returns its stdout. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@e',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@e',
    },
  }).toString();
}

/** Files by path relative to the repository root, with their text. */
export type RepoFiles = Readonly<Record<string, string>>;

/** Where the origin and its shallow clone were made. */
export interface PrClone {
  readonly origin: string;
  readonly clone: string;
}

/** Writes each file under `dir`, making its folders. */
function writeFiles(dir: string, files: RepoFiles): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/**
 * Makes `<root>/origin` with `base` committed on main and `pr` committed on top on feature, then a
 * depth-1 single-branch clone of feature at `<root>/<cloneName>`.
 */
export function shallowPrClone(
  root: string,
  files: { readonly base: RepoFiles; readonly pr: RepoFiles },
  cloneName = 'clone',
): PrClone {
  const origin = join(root, 'origin');
  mkdirSync(origin, { recursive: true });
  git(origin, 'init', '-q', '-b', 'main');
  writeFiles(origin, files.base);
  git(origin, 'add', '.');
  git(origin, 'commit', '-qm', 'base');
  git(origin, 'checkout', '-qb', 'feature');
  writeFiles(origin, files.pr);
  git(origin, 'add', '.');
  git(origin, 'commit', '-qm', 'pr');
  const clone = join(root, cloneName);
  git(root, 'clone', '-q', '--depth=1', '--single-branch', '--branch', 'feature', `file://${origin}`, clone);
  return { origin, clone };
}
