import { isMainThread } from 'node:worker_threads';
import { startSpare, startSpareInflater } from './spare-worker.js';

// The range workers start this same entry. The action (schema and YAML reading, @actions/core, reports)
// and the range scanner are chunks of their own, loaded with `await import()`: a worker loads only the
// range scanner, whose top level does the worker's job, and skips the action's modules (measured: its
// start-up was about 0.2 s of CPU with them, a sixth of validating a 200 MiB JSONL file on two threads).
// What only some runs need, such as ajv and hyparquet, is in chunks of its own in both.
if (isMainThread) {
  // A range worker starts now and loads its modules on another core while this thread loads the action's
  // (spare-worker.ts): a large file's first worker then has its job at once.
  startSpare(new URL(import.meta.url));
  // A .jsonl.gz file's gunzip worker boots now too (spare-worker.ts).
  startSpareInflater(process.env.INPUT_DATA, process.env.INPUT_WORKERS);
  const [{ runAction }, { spec }, { validateData }] = await Promise.all([
    import('../run-action.js'),
    import('./spec.js'),
    import('./validate-data.js'),
  ]);
  await runAction(spec, validateData);
} else await import('./range-worker.js');
