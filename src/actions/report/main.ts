import { runAction } from '../run-action.js';
import { report } from './report.js';
import { spec } from './spec.js';

await runAction(spec, report);
