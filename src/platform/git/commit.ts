import { type GitRunOptions, tryGit } from './run.js';

/** HEAD's commit SHA, or undefined outside a repository. */
export async function headCommit(cwd: string, options: GitRunOptions = {}): Promise<string | undefined> {
  return (await tryGit(cwd, ['rev-parse', 'HEAD'], options)) || undefined;
}

/**
 * The ref HEAD stands for, as GITHUB_REF would name it: the branch checked out (`refs/heads/main`), or on
 * a detached HEAD a tag pointing at it (`refs/tags/v1.2.0`); undefined when it is neither (or no repo).
 */
export async function headRef(cwd: string, options: GitRunOptions = {}): Promise<string | undefined> {
  const branch = await tryGit(cwd, ['symbolic-ref', '-q', 'HEAD'], options);
  if (branch) return branch;
  const tag = await tryGit(cwd, ['describe', '--tags', '--exact-match', 'HEAD'], options);
  return tag ? `refs/tags/${tag}` : undefined;
}

/** Commit time of HEAD in seconds (the default SOURCE_DATE_EPOCH), or undefined outside a repository. */
export async function commitTime(cwd: string, options: GitRunOptions = {}): Promise<number | undefined> {
  const text = (await tryGit(cwd, ['log', '-1', '--format=%ct'], options)) || undefined;
  const seconds = Number(text);
  return text && Number.isInteger(seconds) ? seconds : undefined;
}

/** The `origin` remote as an https URL when it is a GitHub-style remote, else as git prints it. */
export async function originUrl(cwd: string, options: GitRunOptions = {}): Promise<string | undefined> {
  const url = await tryGit(cwd, ['remote', 'get-url', 'origin'], options);
  if (!url) return undefined;
  const ssh = /^git@([^:]+):(.+?)(\.git)?$/.exec(url);
  if (ssh) return `https://${ssh[1]}/${ssh[2]}`;
  return url.replace(/\.git$/, '').replace(/\/\/[^@/]+@/, '//');
}
