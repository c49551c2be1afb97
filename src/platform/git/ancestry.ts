import { tryGit } from './run.js';

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
