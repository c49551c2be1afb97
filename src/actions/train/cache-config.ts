import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../../config/loader.js';
import type { InputReader } from '../../platform/io.js';

/** The keys of mlci.yml's `train:` section that `mlci train`, `pull`, `push` and `cache gc` take from it. */
const FROM_CONFIG = ['cache', 'cache-registry'] as const;

/**
 * The inputs, with `cache` and `cache-registry` taken from mlci.yml's `train:` section when the command
 * line (or the step) does not give them: a team writes its remote once, and `mlci pull` on a laptop finds
 * it. `mlci run` passes the section as inputs anyway; explicit inputs always win.
 */
export async function withCacheConfig(read: InputReader, cwd: string): Promise<InputReader> {
  const path = resolve(cwd, read.get('config')?.trim() || 'mlci.yml');
  if (!existsSync(path)) return read;
  const train = (await loadConfig(path)).value.train as Record<string, unknown> | undefined;
  const found = new Map<string, string>();
  for (const key of FROM_CONFIG) {
    const value = train?.[key];
    if (typeof value === 'string' && !read.get(key)?.trim()) found.set(key, value);
  }
  if (!found.size) return read;
  return { get: (name: string) => found.get(name) ?? read.get(name) };
}
