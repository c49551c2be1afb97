import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** The workerData of a spare range worker: it waits for its job (a RangeJob) as its first message. */
export const SPARE_KIND = 'mlci-spare-range-worker';

let spare: Worker | undefined;

/**
 * Starts a range worker before any job is known, from the entry (`entry`: the module a worker runs). A
 * worker loads its modules for about 90 ms; started at once, it does so on another core while this thread
 * loads the action's modules and reads the inputs (about 0.2 s), instead of after, when the main thread
 * is already scanning its first part (measured: the worker began 90 ms after the main thread on a 200 MiB
 * JSONL file). The first startWorker takes it (takeSpare). Unref'd, so that an unused spare (a small file,
 * `workers: 1`) does not keep the process alive; not started on a single core, where no worker runs.
 */
export function startSpare(entry: URL | string): void {
  if (spare !== undefined || availableParallelism() < 2) return;
  const worker = new Worker(entry, {
    workerData: { kind: SPARE_KIND },
    stdout: true,
    stderr: true,
  });
  worker.unref();
  // A spare that fails or ends before it is taken is dropped: startWorker then starts a worker of its own.
  const drop = () => {
    if (spare === worker) spare = undefined;
  };
  worker.once('error', drop);
  worker.once('exit', drop);
  spare = worker;
}

/** The spare worker, if one was started and is not taken yet; the caller gives it its job and ends it. */
export function takeSpare(): Worker | undefined {
  const worker = spare;
  spare = undefined;
  worker?.ref();
  return worker;
}
