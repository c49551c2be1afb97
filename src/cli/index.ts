import { isMainThread } from 'node:worker_threads';
import { enableCodeCache } from '../platform/code-cache.js';

// validate-data's range workers start this bundle's entry: only the main thread is the CLI; a worker loads
// the range scanner (its own chunk), whose top level does the worker's job. The CLI itself is a chunk too,
// loaded after V8's code cache is on (Node >= 22.1), so its compiled code comes from the cache.
if (isMainThread) {
  enableCodeCache(process.env);
  const { main } = await import('./main.js');
  process.exitCode = await main(process.argv.slice(2));
} else await import('../actions/validate-data/range-worker.js');
