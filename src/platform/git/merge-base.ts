import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { messageOf, MlciError } from '../../core/errors.js';

const run = promisify(execFile);

/** Runs git with an argument array (never a shell) in `cwd`; stdout, or a GitError naming the command. */
export async function git(cwd: string, args: readonly string[]): Promise<string> {
  try {
    const { stdout } = await run('git', [...args], { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
  } catch (cause) {
    const stderr = String((cause as { stderr?: unknown }).stderr ?? '')
      .trim()
      .split('\n')[0];
    throw new MlciError(`git ${args[0]} failed: ${stderr || messageOf(cause)}`, 1, { cause });
  }
}

async function tryGit(cwd: string, args: readonly string[]): Promise<string | undefined> {
  try {
    return (await git(cwd, args)).trim();
  } catch {
    return undefined;
  }
}

// A ref git would accept that cannot be read as an option (`--upload-pack=…`) or a range.
const SAFE_REF = /^(?!-)(?!.*\.\.)[A-Za-z0-9._/+@-]+$/;

/** How far to deepen a shallow clone before giving up and unshallowing (commits). */
const DEEPEN_STEPS = [50, 200, 1000];

export interface MergeBaseOptions {
  readonly cwd: string;
  /** The base: a branch name of `remote` (main) or a SHA. */
  readonly base: string;
  readonly head?: string;
  readonly remote?: string;
  readonly log?: (message: string) => void;
}

/**
 * The merge-base of HEAD and the base branch, fetching only what is needed from a shallow clone
 * (actions/checkout fetches one commit): first the base tip, then deeper history in steps, and only as
 * a last resort the whole history (reference §3.2: "fetch the base SHA rather than requiring
 * fetch-depth: 0").
 */
export async function findMergeBase(options: MergeBaseOptions): Promise<string> {
  const { cwd, remote = 'origin' } = options;
  const log = options.log ?? (() => {});
  if (!SAFE_REF.test(options.base) || !SAFE_REF.test(remote)) {
    throw new MlciError(`"${options.base}" is not a branch name or SHA git would accept`, 2, {
      hint: 'set base-ref to a branch name such as main, or a commit SHA',
    });
  }
  const head = await headCommit(cwd, options.head ?? 'HEAD', remote, log);
  const isSha = /^[0-9a-f]{40}$/i.test(options.base);
  const baseRef = isSha ? options.base : `refs/remotes/${remote}/${options.base}`;
  const refspec = isSha ? options.base : `+refs/heads/${options.base}:refs/remotes/${remote}/${options.base}`;
  if (!(await tryGit(cwd, ['rev-parse', '--verify', '--quiet', `${baseRef}^{commit}`]))) {
    log(`fetching ${options.base} from ${remote}`);
    await git(cwd, ['fetch', '--no-tags', '--depth=1', remote, refspec]);
  }
  const mergeBase = async () => tryGit(cwd, ['merge-base', head, baseRef]);
  let found = await mergeBase();
  if (found) return found;
  const shallow = (await tryGit(cwd, ['rev-parse', '--is-shallow-repository'])) === 'true';
  if (shallow) {
    for (const depth of DEEPEN_STEPS) {
      log(`shallow clone: deepening by ${depth} commits to find the merge-base`);
      await fetchDeeper(cwd, [`--deepen=${depth}`], remote, refspec, head);
      found = await mergeBase();
      if (found) return found;
    }
    log('shallow clone: fetching the full history to find the merge-base');
    await fetchDeeper(cwd, ['--unshallow'], remote, refspec, head);
    found = await mergeBase();
    if (found) return found;
  }
  throw new MlciError(`no merge-base between ${head.slice(0, 12)} and ${options.base}`, 1, {
    hint: 'the branches share no history; pass base-ref explicitly',
  });
}

/**
 * The SHA of the head to compare from. In a pull_request run HEAD is GitHub's synthetic merge commit,
 * whose merge-base with the base branch is the base tip itself; the PR's own head commit (from the
 * event) is the right one, and a depth-1 checkout of the merge commit does not have it yet.
 */
async function headCommit(
  cwd: string,
  head: string,
  remote: string,
  log: (m: string) => void,
): Promise<string> {
  const local = await tryGit(cwd, ['rev-parse', '--verify', '--quiet', `${head}^{commit}`]);
  if (local) return local;
  if (!/^[0-9a-f]{40}$/i.test(head)) throw new MlciError(`unknown head "${head}"`, 2);
  log(`fetching the head commit ${head.slice(0, 12)} from ${remote}`);
  await git(cwd, ['fetch', '--no-tags', '--depth=1', remote, head]);
  return head;
}

/**
 * Fetches more history of the base and of HEAD. HEAD's SHA is asked for by id (GitHub allows it); a
 * server that does not (uploadpack.allowReachableSHA1InWant off) still deepens the base alone.
 */
async function fetchDeeper(
  cwd: string,
  how: string[],
  remote: string,
  refspec: string,
  head: string,
): Promise<void> {
  try {
    await git(cwd, ['fetch', '--no-tags', ...how, remote, refspec, head]);
  } catch {
    await git(cwd, ['fetch', '--no-tags', ...how, remote, refspec]);
  }
}

/** The content of `path` at commit `sha`, or undefined when the file did not exist there. */
export async function readFileAtCommit(cwd: string, sha: string, path: string): Promise<string | undefined> {
  const exists = await tryGit(cwd, ['cat-file', '-e', `${sha}:${path}`]);
  if (exists === undefined) return undefined;
  return git(cwd, ['show', `${sha}:${path}`]);
}

/** Path of `file` relative to the repository root, with forward slashes as git wants. */
export async function repoRelative(cwd: string, file: string): Promise<string> {
  const prefix = (await git(cwd, ['rev-parse', '--show-prefix'])).trim();
  const { relative, isAbsolute } = await import('node:path');
  const top = (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
  const rel = isAbsolute(file) ? relative(top, file) : `${prefix}${file}`;
  return rel.split('\\').join('/');
}

/** The first parent of `sha`, deepening a shallow clone by one commit when it is not there yet. */
export async function parentCommit(cwd: string, sha: string, remote = 'origin'): Promise<string | undefined> {
  const local = await tryGit(cwd, ['rev-parse', '--verify', '--quiet', `${sha}^1^{commit}`]);
  if (local) return local;
  if ((await tryGit(cwd, ['rev-parse', '--is-shallow-repository'])) !== 'true') return undefined;
  await tryGit(cwd, ['fetch', '--no-tags', '--deepen=1', remote, sha]);
  return tryGit(cwd, ['rev-parse', '--verify', '--quiet', `${sha}^1^{commit}`]);
}

/** Up to `count` first-parent ancestors of `sha`, nearest first, deepening a shallow clone for them. */
export async function firstParentAncestors(
  cwd: string,
  sha: string,
  count: number,
  remote = 'origin',
): Promise<string[]> {
  const list = async () =>
    ((await tryGit(cwd, ['rev-list', '--first-parent', `--max-count=${count + 1}`, sha])) ?? '')
      .split('\n')
      .filter(Boolean)
      .slice(1);
  let ancestors = await list();
  if (ancestors.length < count && (await tryGit(cwd, ['rev-parse', '--is-shallow-repository'])) === 'true') {
    await tryGit(cwd, ['fetch', '--no-tags', `--deepen=${count}`, remote, sha]);
    ancestors = await list();
  }
  return ancestors;
}

/** The SHA `ref` names, or undefined. */
export function resolveCommit(cwd: string, ref: string): Promise<string | undefined> {
  return tryGit(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
}
