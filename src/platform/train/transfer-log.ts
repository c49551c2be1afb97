import type { ActionIO } from '../io.js';
import { progressOrLog } from '../terminal/progress.js';

const MiB = 1024 * 1024;

/** "12 file(s), 480.0 MiB in 0.4 s (1200 MiB/s)" for cache transfers. */
export function transferred(files: readonly { size: number }[], started: number): string {
  const bytes = files.reduce((sum, file) => sum + file.size, 0);
  const seconds = Math.max((Date.now() - started) / 1000, 0.001);
  const rate = (bytes / MiB / seconds).toFixed(0);
  return `${files.length} file(s), ${(bytes / MiB).toFixed(1)} MiB in ${seconds.toFixed(1)} s (${rate} MiB/s)`;
}

type HashProgressLog = ((done: { files: number; bytes: number }) => void) & { end(): void };

/** A progress line every 5 s while hashing (on a terminal, the updating line instead); end() when done. */
export function hashProgress(io: ActionIO, what: string): HashProgressLog {
  let files = 0;
  const task = progressOrLog(io.progress, (line) => io.log.info(line), {
    label: `hashing ${what}`,
    everyMs: 5000,
    line: (bytes, seconds) =>
      `  hashing ${what}: ${files} file(s), ${(bytes / MiB).toFixed(0)} MiB, ${(bytes / MiB / seconds).toFixed(0)} MiB/s`,
  });
  const log = (done: { files: number; bytes: number }) => {
    files = done.files;
    task.update(done.bytes);
  };
  return Object.assign(log, { end: task.end });
}
