import { runAction } from '../run-action.js';
import { run } from './run.js';
import { spec } from './spec.js';

await runAction(spec, run);
