import { mkdirSync, statSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';

/** Node's `module.enableCompileCache` (Node >= 22.1); absent on Node 20. */
export type EnableCompileCache = (directory: string) => { status: number; directory?: string };

const nodeEnable = (nodeModule as { enableCompileCache?: EnableCompileCache }).enableCompileCache;

/** Whether `dir` is a directory of this user that no one else may write (nor read: code runs from it). */
function isPrivate(dir: string): boolean {
  const info = statSync(dir);
  const uid = process.getuid?.();
  return info.isDirectory() && (uid === undefined || info.uid === uid) && (info.mode & 0o077) === 0;
}

/**
 * Turns on V8's code cache for the modules loaded after this call (Node >= 22.1): a later run of the CLI
 * deserializes the compiled code of its chunks (yaml, the mlci.yml validator, the command) instead of
 * parsing and compiling them again. The cache lives in `$XDG_CACHE_HOME/mlci/v8` (else `~/.cache/mlci/v8`),
 * which must be this user's and closed to others (V8 runs what it finds there; Node checks each entry
 * against its source's hash). On Node 20, with NODE_DISABLE_COMPILE_CACHE set, or on any failure, nothing
 * happens: the cache only ever saves time. Returns the directory in use, if any.
 */
export function enableCodeCache(
  env: NodeJS.ProcessEnv,
  { enable = nodeEnable, home = homedir }: { enable?: EnableCompileCache; home?: () => string } = {},
): string | undefined {
  if (!enable || env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  try {
    const xdg = env.XDG_CACHE_HOME;
    const base = xdg && isAbsolute(xdg) ? xdg : join(home(), '.cache');
    const dir = join(base, 'mlci', 'v8');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // The parent too: whoever may write `mlci/` may swap `v8/` for a directory of their own.
    if (!isPrivate(dirname(dir)) || !isPrivate(dir)) return undefined;
    return enable(dir).directory;
  } catch {
    return undefined;
  }
}
