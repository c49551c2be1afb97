import { isMainThread } from 'node:worker_threads';
import { main } from './main.js';

// validate-data's range workers start this bundle's entry: only the main thread is the CLI; a worker loads
// the range scanner (its own chunk), whose top level does the worker's job.
if (isMainThread) process.exitCode = await main(process.argv.slice(2));
else await import('../actions/validate-data/range-worker.js');
