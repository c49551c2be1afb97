import { runAction } from '../run-action.js';
import { train } from './train.js';
import { spec } from './spec.js';

await runAction(spec, train);
