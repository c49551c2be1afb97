/** True when a dep is a glob pattern rather than a path. */
export function isGlob(path: string): boolean {
  return /[*?[{]/.test(path);
}

/** The directory part of a glob before its first wildcard ('data/raw/*.csv' -> 'data/raw'). */
export function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const part of parts) {
    if (isGlob(part)) break;
    fixed.push(part);
  }
  if (fixed.length === parts.length) fixed.pop();
  return fixed.join('/') || '.';
}

/**
 * A glob as a RegExp over POSIX paths: `*` and `?` stay within a segment, `**` spans segments, `[…]`
 * and `{a,b}` as in bash. Dotfiles match only when the pattern names the dot, as in most shells.
 */
export function globToRegExp(pattern: string): RegExp {
  let out = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/';
      out += slash ? '(?:(?!\\.)[^/]*/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (ch === '*') out += '(?!\\.)[^/]*';
    else if (ch === '?') out += '[^/]';
    else if (ch === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end === -1) out += '\\[';
      else {
        out += `[${pattern
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (ch === '{') {
      braces++;
      out += '(?:';
    } else if (ch === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (ch === ',' && braces > 0) out += '|';
    else out += ch.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}
