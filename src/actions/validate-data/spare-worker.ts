import { availableParallelism } from 'node:os';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { GUNZIP_SEGMENTS_SOURCE, SPARE_SEGMENTS_KIND } from '../../platform/data/gunzip-worker.js';

/** The workerData of a spare range worker: it waits for its job (a RangeJob) as its first message. */
export const SPARE_KIND = 'mlci-spare-range-worker';

/**
 * One worker started before its job is known (its workerData says what it is; the job comes as its first
 * message), kept until taken. Unref'd, so that an unused spare does not keep the process alive; one that
 * fails or ends before it is taken is dropped, and the taker then starts a worker of its own.
 */
class SpareSlot {
  private worker: Worker | undefined;

  get empty(): boolean {
    return this.worker === undefined;
  }

  start(source: URL | string, options: WorkerOptions): void {
    const worker = new Worker(source, { ...options, stdout: true, stderr: true });
    worker.unref();
    const drop = () => {
      if (this.worker === worker) this.worker = undefined;
    };
    worker.once('error', drop);
    worker.once('exit', drop);
    this.worker = worker;
  }

  /** The spare, if one was started and is not taken yet; the caller gives it its job and ends it. */
  take(): Worker | undefined {
    const worker = this.worker;
    this.worker = undefined;
    worker?.ref();
    return worker;
  }
}

const rangeWorker = new SpareSlot();
const inflater = new SpareSlot();

/**
 * Starts a range worker before any job is known, from the entry (`entry`: the module a worker runs). A
 * worker loads its modules for about 90 ms; started at once, it does so on another core while this thread
 * loads the action's modules and reads the inputs (about 0.2 s), instead of after, when the main thread
 * is already scanning its first part (measured: the worker began 90 ms after the main thread on a 200 MiB
 * JSONL file). The first startWorker takes it (takeSpare). An unused spare (a small file, `workers: 1`)
 * does not keep the process alive; not started on a single core, where no worker runs.
 */
export function startSpare(entry: URL | string): void {
  if (!rangeWorker.empty || availableParallelism() < 2) return;
  rangeWorker.start(entry, { workerData: { kind: SPARE_KIND } });
}

/** The spare range worker, if one was started and is not taken yet; the caller gives it its job and ends it. */
export function takeSpare(): Worker | undefined {
  return rangeWorker.take();
}

/**
 * Starts the gunzip worker of a compressed JSONL file before the inputs are read, when `data` (the action's
 * `data` input as the runner passes it) names one such file and no glob: the worker boots (36-52 ms here)
 * while this thread loads the action, instead of after, when the threads already wait for its first
 * segment (measured on a 26 MiB .jsonl.gz: they asked at 107-134 ms and waited 40-65 ms). A guess from the
 * raw input, made before it is parsed or checked: a wrong one costs a thread's boot on another core.
 */
export function startSpareInflater(data: string | undefined, workers: string | undefined): void {
  if (!inflater.empty || availableParallelism() < 2 || data === undefined) return;
  if (workers?.trim() === '1') return; // one thread: the file is inflated on it
  const names = data
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  // formatOf's and isGzip's reading of a name, written here: the entry imports nothing it need not
  // (lazy-imports.test.ts), and both would bring core/errors and read-bytes into it.
  if (names.length !== 1 || /[*?[{]/.test(names[0]!) || !/\.(jsonl|ndjson|json)\.gz$/i.test(names[0]!))
    return;
  inflater.start(GUNZIP_SEGMENTS_SOURCE, { eval: true, workerData: { kind: SPARE_SEGMENTS_KIND } });
}

/** The spare gunzip worker, if one was started and is not taken yet; the caller posts its job and ends it. */
export function takeSpareInflater(): Worker | undefined {
  return inflater.take();
}
