import { notBuilt } from '../not-built.js';
import { spec } from './spec.js';

/** `mlci train`: not built yet. */
export const train = notBuilt(spec, 'issue #4');
