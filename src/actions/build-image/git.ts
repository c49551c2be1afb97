import { execFile } from 'node:child_process';

function git(cwd: string, args: readonly string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', [...args], { cwd, timeout: 10_000 }, (error, stdout) =>
      resolve(error ? undefined : stdout.trim() || undefined),
    );
  });
}

/** Commit time of HEAD in seconds (the default SOURCE_DATE_EPOCH), or undefined outside a repository. */
export async function commitTime(cwd: string): Promise<number | undefined> {
  const text = await git(cwd, ['log', '-1', '--format=%ct']);
  const seconds = Number(text);
  return text && Number.isInteger(seconds) ? seconds : undefined;
}

/** The commit SHA of HEAD, or undefined outside a repository. */
export const headRevision = (cwd: string): Promise<string | undefined> => git(cwd, ['rev-parse', 'HEAD']);

/** The `origin` remote as an https URL when it is a GitHub-style remote, else as git prints it. */
export async function originUrl(cwd: string): Promise<string | undefined> {
  const url = await git(cwd, ['remote', 'get-url', 'origin']);
  if (!url) return undefined;
  const ssh = /^git@([^:]+):(.+?)(\.git)?$/.exec(url);
  if (ssh) return `https://${ssh[1]}/${ssh[2]}`;
  return url.replace(/\.git$/, '').replace(/\/\/[^@/]+@/, '//');
}
