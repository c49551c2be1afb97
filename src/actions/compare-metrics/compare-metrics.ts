import { notBuilt } from '../not-built.js';
import { spec } from './spec.js';

/** `mlci compare-metrics`: not built yet. */
export const compareMetrics = notBuilt(spec, 'issue #5');
