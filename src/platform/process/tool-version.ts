import { execFile } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { delimiter, isAbsolute, join, relative } from 'node:path';

/** The absolute path `name` runs as, looked up on PATH (with PATHEXT on Windows), or undefined. */
export function which(name: string, path: string | undefined): string | undefined {
  const exts = process.platform === 'win32' ? (process.env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  const candidates = isAbsolute(name)
    ? [name]
    : (path ?? '')
        .split(delimiter)
        .filter(Boolean)
        .map((dir) => join(dir, name));
  for (const candidate of candidates) {
    for (const ext of exts) {
      try {
        accessSync(candidate + ext, constants.X_OK);
        return candidate + ext;
      } catch {
        // next
      }
    }
  }
  return undefined;
}

/**
 * `tool --version`'s first line. Only programs found on PATH or by absolute path outside the workspace
 * are asked: a script of the repository (`./train.sh`) could do anything with `--version`, and it is
 * a dep, hashed by content, anyway.
 */
export async function toolVersion(
  name: string,
  env: Readonly<Record<string, string>>,
  workspace: string,
): Promise<string> {
  if (!isAbsolute(name) && /[\\/]/.test(name)) return 'repository file (hash it as a dep)';
  const found = which(name, env.PATH ?? env.Path);
  if (!found) return 'not found';
  const inside = relative(workspace, found);
  if (!inside.startsWith('..') && !isAbsolute(inside)) return 'repository file (hash it as a dep)';
  return new Promise((resolve) => {
    execFile(
      found,
      ['--version'],
      { env: { ...env }, timeout: 10_000, windowsHide: true },
      (error, stdout, stderr) => {
        const line = `${stdout}\n${stderr}`.split(/\r?\n/).find((text) => text.trim() !== '');
        if (line) resolve(line.trim().slice(0, 200));
        else resolve(error ? `unknown (${error.message.split('\n')[0]})` : 'unknown');
      },
    );
  });
}

/** "ubuntu 24.04" from /etc/os-release on Linux; '' elsewhere or when unreadable. */
export function linuxDistro(): string {
  if (process.platform !== 'linux') return '';
  try {
    const text = readFileSync('/etc/os-release', 'utf8');
    const field = (key: string) => new RegExp(`^${key}="?([^"\\n]*)"?$`, 'm').exec(text)?.[1] ?? '';
    return `${field('ID')} ${field('VERSION_ID')}`.trim();
  } catch {
    return '';
  }
}
