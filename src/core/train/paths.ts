import { posix } from 'node:path';
import { UsageError, type Where } from '../errors.js';

/** A stage path as a normalised workspace-relative POSIX path ('./data/../x' -> 'x'), for comparisons. */
export function workspacePath(wdir: string, path: string): string {
  const slashed = path.split('\\').join('/');
  if (posix.isAbsolute(slashed) || /^[A-Za-z]:\//.test(slashed)) return posix.normalize(slashed);
  return posix
    .normalize(posix.join(wdir.split('\\').join('/'), path.split('\\').join('/')))
    .replace(/\/$/, '');
}

/**
 * The workspace-relative path of a stage's dep or out, refusing absolute paths and paths that climb out
 * of the workspace: outputs are deleted before a run and restored from caches, so they must stay inside.
 */
export function insideWorkspace(wdir: string, path: string, what: string, where?: Where): string {
  const normal = workspacePath(wdir, path);
  if (posix.isAbsolute(normal) || /^[A-Za-z]:/.test(normal) || normal === '..' || normal.startsWith('../')) {
    throw new UsageError(`${what} "${path}" is outside the workspace`, {
      where,
      hint: 'use paths relative to the workspace (the repository checkout)',
    });
  }
  return normal;
}
