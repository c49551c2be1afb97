import { isMainThread } from 'node:worker_threads';
import { runAction } from '../run-action.js';
import { spec } from './spec.js';
import { validateData } from './validate-data.js';

// The CSV workers load this same bundle (ncc makes one file): only the main thread runs the action.
if (isMainThread) await runAction(spec, validateData);
