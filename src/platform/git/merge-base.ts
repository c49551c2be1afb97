import { MlciError } from '../../core/errors.js';
import { git, isSafeRef, tryGit } from './run.js';

/** How far to deepen a shallow clone before giving up and unshallowing (commits). */
const DEEPEN_STEPS = [50, 200, 1000];

/** Where to look for the merge-base, and of what. */
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
  if (!isSafeRef(options.base) || !isSafeRef(remote)) {
    throw new MlciError(`"${options.base}" is not a branch name or SHA git would accept`, 2, {
      hint: 'set base-ref to a branch name such as main, or a commit SHA',
    });
  }
  const head = await resolveHead(cwd, options.head ?? 'HEAD', remote, log);
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
async function resolveHead(
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
