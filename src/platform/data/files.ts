import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../../core/errors.js';

/** A data file to read: its path as the user wrote it (for reports and annotations) and on disk. */
export interface DataFile {
  readonly path: string;
  readonly absolute: string;
  readonly bytes: number;
}

const MAGIC = /[*?[{]/;

/** `*`, `**`, `?`, `[abc]` and `{a,b}` as a regular expression over `/`-separated paths. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*' && glob[i + 1] === '*') {
      source += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else if (ch === '{') {
      const close = glob.indexOf('}', i);
      if (close === -1) source += '\\{';
      else {
        source += `(?:${glob
          .slice(i + 1, close)
          .split(',')
          .map(escapeRegExp)
          .join('|')})`;
        i = close;
      }
    } else if (ch === '[') {
      const close = glob.indexOf(']', i);
      source += close === -1 ? '\\[' : glob.slice(i, close + 1);
      if (close !== -1) i = close;
    } else source += escapeRegExp(ch);
  }
  return new RegExp(`^${source}$`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '.git' || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile()) out.push(path);
  }
}

/**
 * Expands the `data` input (paths and globs, one per line) to files, sorted within each pattern so that
 * shard order, and so row numbers and error samples, are the same on every runner OS.
 */
export function resolveDataFiles(patterns: readonly string[], cwd: string): DataFile[] {
  const files: DataFile[] = [];
  const seen = new Set<string>();
  for (const pattern of patterns) {
    const normalised = pattern.split(sep).join('/');
    const matches: string[] = [];
    if (!MAGIC.test(normalised)) matches.push(resolve(cwd, pattern));
    else {
      const parts = normalised.split('/');
      const staticParts = parts.slice(
        0,
        parts.findIndex((part) => MAGIC.test(part)),
      );
      const base = resolve(cwd, staticParts.join('/') || '.');
      const re = globToRegExp(resolve(cwd, normalised).split(sep).join('/'));
      const all: string[] = [];
      try {
        walk(base, all);
      } catch {
        // A missing base directory is the same as no match, reported below.
      }
      matches.push(...all.filter((file) => re.test(file.split(sep).join('/'))).sort());
      if (matches.length === 0)
        throw new UsageError(`no file matches "${pattern}"`, { hint: `looked under ${base}` });
    }
    for (const absolute of matches) {
      if (seen.has(absolute)) continue;
      seen.add(absolute);
      let bytes: number;
      try {
        const stat = statSync(absolute);
        if (!stat.isFile()) throw new UsageError(`${pattern} is not a file`);
        bytes = stat.size;
      } catch (thrown) {
        if (thrown instanceof UsageError) throw thrown;
        throw new UsageError(
          `cannot read data file ${pattern}: ${(thrown as NodeJS.ErrnoException).code ?? String(thrown)}`,
          {
            hint: 'check the path; relative paths are resolved against the workspace',
          },
        );
      }
      const path =
        isAbsolute(pattern) && !MAGIC.test(pattern) ? pattern : relative(cwd, absolute).split(sep).join('/');
      files.push({ path, absolute, bytes });
    }
  }
  return files;
}
