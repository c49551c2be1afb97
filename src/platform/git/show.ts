import { execFile } from 'node:child_process';
import { relative, resolve, sep } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { isSafeRef } from './run.js';

/** What a `git` invocation returned. */
interface GitResult {
  readonly ok: boolean;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs git with an argument array (never a shell), capped in time and output. */
export type GitRunner = (cwd: string, args: readonly string[]) => Promise<GitResult>;

const MAX_OUTPUT = 64 * 1024 * 1024; // a schema or profile; far above any real one

/** The real git on PATH. */
export const runGit: GitRunner = (cwd, args) =>
  new Promise((done) => {
    execFile(
      'git',
      [...args],
      { cwd, maxBuffer: MAX_OUTPUT, timeout: 120_000, windowsHide: true },
      (error, stdout, stderr) =>
        done({ ok: !error, stdout: String(stdout), stderr: String(stderr ?? (error ? error.message : '')) }),
    );
  });

/** Which file at which ref, read how. */
export interface ShowOptions {
  /** Directory inside the repository; `path` is relative to it. */
  readonly cwd: string;
  /** Base branch (GITHUB_BASE_REF), tag or commit. */
  readonly ref: string;
  readonly path: string;
  readonly git?: GitRunner;
  readonly remote?: string;
}

/**
 * The content of `path` as it is on `ref` (`git show <ref>:<path>`), or undefined when the file does
 * not exist there (added by this PR). A checkout made with actions/checkout's default `fetch-depth: 1`
 * has no base branch: then the base is fetched with `git fetch --depth=1 origin <ref>` first.
 */
export async function showAtRef(options: ShowOptions): Promise<string | undefined> {
  const { cwd, ref, path, git = runGit, remote = 'origin' } = options;
  if (!isSafeRef(ref)) {
    throw new UsageError(`"${ref}" is not a branch, tag or commit name mlci will pass to git`, {
      hint: 'give the base branch name, e.g. `main` (GITHUB_BASE_REF), or a commit SHA',
    });
  }
  const commit = (await resolveCommit(git, cwd, ref)) ?? (await fetchBase(git, cwd, ref, remote));
  const spec = `${commit}:./${toGitPath(cwd, path)}`;
  const exists = await git(cwd, ['cat-file', '-e', spec]);
  if (!exists.ok) return undefined;
  const shown = await git(cwd, ['show', spec]);
  if (!shown.ok) throw new UsageError(`git show ${ref}:${path} failed: ${firstLine(shown.stderr)}`);
  return shown.stdout;
}

async function resolveCommit(git: GitRunner, cwd: string, ref: string): Promise<string | undefined> {
  for (const candidate of [ref, `origin/${ref}`]) {
    const found = await git(cwd, [
      'rev-parse',
      '--verify',
      '--quiet',
      '--end-of-options',
      `${candidate}^{commit}`,
    ]);
    if (found.ok && found.stdout.trim()) return found.stdout.trim();
  }
  return undefined;
}

async function fetchBase(git: GitRunner, cwd: string, ref: string, remote: string): Promise<string> {
  const fetched = await git(cwd, ['fetch', '--no-tags', '--depth=1', remote, '--end-of-options', ref]);
  const head = fetched.ok
    ? await git(cwd, ['rev-parse', '--verify', '--quiet', 'FETCH_HEAD^{commit}'])
    : fetched;
  if (!head.ok || !head.stdout.trim()) {
    throw new UsageError(`cannot find the base "${ref}" in the repository or fetch it from ${remote}`, {
      hint: `check the ref name; the job needs \`contents: read\` and network access to ${remote} (${firstLine(fetched.stderr)})`,
    });
  }
  return head.stdout.trim();
}

/** `path` relative to `cwd` with forward slashes, as git wants it on every OS; must stay inside. */
function toGitPath(cwd: string, path: string): string {
  const inside = relative(cwd, resolve(cwd, path));
  if (inside.startsWith('..') || resolve(inside) === inside) {
    throw new UsageError(`${path} is outside the working directory`, {
      hint: 'give a path inside the repository',
    });
  }
  return inside.split(sep).join('/');
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}
