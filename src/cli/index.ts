import { isMainThread } from 'node:worker_threads';
import { main } from './main.js';

// validate-data's range workers load this same bundle (ncc makes one file): only the main thread is the CLI.
if (isMainThread) process.exitCode = await main(process.argv.slice(2));
