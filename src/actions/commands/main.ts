import { runAction } from '../run-action.js';
import { commands } from './commands.js';
import { spec } from './spec.js';

await runAction(spec, commands);
