import { isMainThread } from 'node:worker_threads';
import { runAction } from '../run-action.js';
import { run } from './run.js';
import { spec } from './spec.js';

// validate-data's range workers start this bundle's entry (the steps load lazily, in chunks): a worker
// loads the range scanner, whose top level does the worker's job.
if (isMainThread) await runAction(spec, run);
else await import('../validate-data/range-worker.js');
