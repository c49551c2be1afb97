import { isMainThread } from 'node:worker_threads';
import { runAction } from '../run-action.js';
import { spec } from './spec.js';
import { validateData } from './validate-data.js';

// The range workers load this same entry (range-worker.ts is in it; what only some runs need, such as ajv
// and hyparquet, is in chunks loaded with `await import()`): only the main thread runs the action.
if (isMainThread) await runAction(spec, validateData);
