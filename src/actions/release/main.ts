import { runAction } from '../run-action.js';
import { release } from './release.js';
import { spec } from './spec.js';

await runAction(spec, release);
