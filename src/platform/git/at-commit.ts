import { isAbsolute, relative } from 'node:path';
import { git, tryGit } from './run.js';

/** The content of `path` at commit `sha`, or undefined when the file did not exist there. */
export async function readFileAtCommit(cwd: string, sha: string, path: string): Promise<string | undefined> {
  const exists = await tryGit(cwd, ['cat-file', '-e', `${sha}:${path}`]);
  if (exists === undefined) return undefined;
  return git(cwd, ['show', `${sha}:${path}`]);
}

/** Path of `file` relative to the repository root, with forward slashes as git wants. */
export async function repoRelative(cwd: string, file: string): Promise<string> {
  const prefix = (await git(cwd, ['rev-parse', '--show-prefix'])).trim();
  const top = (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
  const rel = isAbsolute(file) ? relative(top, file) : `${prefix}${file}`;
  return rel.split('\\').join('/');
}
