import { runAction } from '../run-action.js';
import { compareMetrics } from './compare-metrics.js';
import { spec } from './spec.js';

await runAction(spec, compareMetrics);
