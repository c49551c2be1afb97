import { runAction } from '../run-action.js';
import { validateData } from './validate-data.js';
import { spec } from './spec.js';

await runAction(spec, validateData);
