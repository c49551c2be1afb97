import { isMainThread } from 'node:worker_threads';
import { MLCI_VERSION } from '../core/version.js';
import { enableCompileCache } from './compile-cache.js';
import { prestartHashing } from './prestart.js';

// The bundle's entry is kept small on purpose: it is compiled before the compile cache can be switched on,
// and what it imports statically is compiled with it. The CLI proper (main.js and every command) is its own
// chunk, loaded after the cache is on. validate-data's range workers start this entry too: only the main
// thread is the CLI; a worker loads the range scanner (its own chunk), whose top level does the worker's job.
const argv = process.argv.slice(2);
// What main() prints for these, without loading it or opening the cache (start-up is all this command does).
if (isMainThread && (argv[0] === '--version' || argv[0] === '-V')) process.stdout.write(`${MLCI_VERSION}\n`);
else {
  enableCompileCache();
  if (!isMainThread) await import('../actions/validate-data/range-worker.js');
  else {
    prestartHashing(argv, process.cwd());
    const { main } = await import('./main.js');
    process.exitCode = await main(argv);
  }
}
