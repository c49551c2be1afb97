import { createWriteStream, unlinkSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

// Temp files being written right now: a SIGINT/SIGTERM (a cancelled job) removes them before the
// signal does what it would have done, so a killed write leaves neither a half file nor a *.tmp.
const pending = new Set<string>();

function onSignal(signal: NodeJS.Signals): void {
  for (const temp of pending) {
    try {
      unlinkSync(temp);
    } catch {
      // Already renamed or removed.
    }
  }
  pending.clear();
  process.removeListener('SIGINT', onSignal);
  process.removeListener('SIGTERM', onSignal);
  // Re-raised with no handler of ours left: the default action (or another handler) runs.
  process.kill(process.pid, signal);
}

function track(temp: string): void {
  if (pending.size === 0 && process.platform !== 'win32') {
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
  pending.add(temp);
}

function untrack(temp: string): void {
  pending.delete(temp);
  if (pending.size === 0) {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

export interface AtomicWriteOptions {
  /**
   * false: no fsync of the file and its directory (still temp + rename: a reader never sees a half file).
   * Only for a file that is a cache of something recomputed when it is lost or empty after a crash (the
   * hash state); the fsyncs cost 1-10 ms, a tenth of an unchanged re-run. Default true.
   */
  readonly durable?: boolean;
}

let temps = 0;

/**
 * A temp name beside `path` (same directory, so the rename is atomic), hidden and unique: the process id
 * and a count tell this process's writes apart, a random part other processes' with a reused id (not
 * node:crypto: loading it costs every run's start-up ~15 ms).
 */
export function tempPathFor(path: string): string {
  const random = Math.floor(Math.random() * 2 ** 32).toString(16);
  return join(dirname(path), `.${basename(path)}.${process.pid}.${++temps}.${random}.tmp`);
}

async function fsyncDirectory(dir: string): Promise<void> {
  // Makes the rename itself durable; Windows cannot open a directory for this, and it is not needed there.
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r').catch(() => undefined);
  await handle?.sync().catch(() => undefined);
  await handle?.close();
}

/**
 * The one way mlci writes a file (DESIGN.md, trust boundaries): into a temp file in the same directory,
 * fsync, rename over `path`. A reader sees the old file or the whole new one, never a half; a failed or
 * killed write leaves the old file as it was and no temp behind. `write` streams the content into the
 * temp file (a docker tar, a verified blob); throwing from it abandons the write.
 */
export async function writeStreamAtomic(
  path: string,
  write: (out: Writable) => Promise<void>,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const durable = options.durable ?? true;
  await mkdir(dirname(path), { recursive: true });
  const temp = tempPathFor(path);
  track(temp);
  try {
    const out = createWriteStream(temp, { flags: 'wx', mode: 0o644 });
    try {
      await write(out);
      if (!out.writableEnded) out.end();
      await finished(out);
    } catch (thrown) {
      out.destroy();
      if (!out.closed) await new Promise<void>((resolve) => out.once('close', () => resolve()));
      throw thrown;
    }
    // fsync through a second descriptor: it flushes the file (the inode), whichever descriptor wrote it.
    if (durable) {
      const handle = await open(temp, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    await rename(temp, path);
  } catch (thrown) {
    await rm(temp, { force: true });
    throw thrown;
  } finally {
    untrack(temp);
  }
  if (durable) await fsyncDirectory(dirname(path));
}

/** writeStreamAtomic for content already in memory (reports, profiles, records, small JSON blobs). */
export async function writeFileAtomic(
  path: string,
  content: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  await writeStreamAtomic(
    path,
    async (out) => {
      out.end(content);
    },
    options,
  );
}
