import { runAction } from '../run-action.js';
import { monitor } from './monitor.js';
import { spec } from './spec.js';

await runAction(spec, monitor);
