import { readlink, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { UsageError } from '../errors.js';

/** True when `path` is `root` or below it (both absolute, already real). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** A symbolic link mlci may carry: its target as written, and where it leads (real path). */
export interface LinkInside {
  readonly target: string;
  readonly resolved: string;
}

/**
 * The one link rule (DESIGN.md, trust boundaries), shared by build-image's sources and train's outputs:
 * a symbolic link whose target resolves (through every further link) outside `root` is a usage error
 * naming the link, so no file reached through a link — a credentials file, /etc — is ever packed into an
 * image or a cache entry. A link that stays inside is returned for the caller to keep as a link (or, where
 * it cannot be, to copy its target). `root` must be a real path; `shown` is how the error names the link.
 */
export async function linkInside(
  absolute: string,
  root: string,
  shown: string,
  rootName = 'the workspace',
): Promise<LinkInside> {
  const target = await readlink(absolute);
  // A dangling link has no real path: judge the path it names.
  const resolved = await realpath(absolute).catch(() => resolve(dirname(absolute), target));
  if (!isInside(root, resolved)) {
    throw new UsageError(`symlink "${shown}" points outside ${rootName} (to ${target})`, {
      hint: 'a link may only point inside the workspace; copy the target in or remove the link',
    });
  }
  return { target, resolved };
}
