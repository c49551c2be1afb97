// How the benchmarks measure: wall time of a piece of work, the best of several runs, and wall time with
// peak RSS of a child process (a peer tool, or mlci's own CLI).
import { spawnSync } from 'node:child_process';

/** Wall seconds since a process.hrtime.bigint() reading. */
const since = (started) => Number(process.hrtime.bigint() - started) / 1e9;

/** Runs `work` (sync or async) once: its result and its wall seconds. */
export async function time(work) {
  const started = process.hrtime.bigint();
  const result = await work();
  return { result, seconds: since(started) };
}

/**
 * The fastest of `times` runs of `work` (sync or async), in seconds. `gc` collects garbage before each
 * run (when node runs with --expose-gc, as bench/run.mjs starts it), so one run's garbage is not
 * collected on the next one's clock.
 */
export async function best(times, work, { gc = false } = {}) {
  let fastest = Infinity;
  for (let i = 0; i < times; i++) {
    if (gc) globalThis.gc?.();
    const started = process.hrtime.bigint();
    await work();
    fastest = Math.min(fastest, since(started));
  }
  return fastest;
}

/** Wall seconds, peak RSS (MiB) and stdout of a child process, timed by GNU time; throws if it fails. */
export function timedProcess(command, args, options = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    ...options,
  });
  const seconds = since(started);
  const rss = Number(result.stderr.trim().split('\n').pop()) / 1024;
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return { seconds, rss, stdout: result.stdout };
}

/** The fastest of `times` runs of `run`, each returning `{ seconds, … }`: that whole result. */
export function fastestRun(times, run) {
  let fastest;
  for (let i = 0; i < times; i++) {
    const r = run();
    if (!fastest || r.seconds < fastest.seconds) fastest = r;
  }
  return fastest;
}
