import type { ActionIO } from '../io.js';

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
  const task = io.progress?.(`hashing ${what}`);
  if (task) return Object.assign(({ bytes }: { bytes: number }) => task.update(bytes), { end: task.end });
  const started = Date.now();
  let last = started;
  const log = ({ files, bytes }: { files: number; bytes: number }) => {
    const now = Date.now();
    if (now - last < 5000) return;
    last = now;
    const rate = bytes / MiB / ((now - started) / 1000);
    io.log.info(
      `  hashing ${what}: ${files} file(s), ${(bytes / MiB).toFixed(0)} MiB, ${rate.toFixed(0)} MiB/s`,
    );
  };
  return Object.assign(log, { end: () => {} });
}
