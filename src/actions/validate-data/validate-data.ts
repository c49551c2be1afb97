import { notBuilt } from '../not-built.js';
import { spec } from './spec.js';

/** `mlci validate-data`: not built yet. */
export const validateData = notBuilt(spec, 'issue #3');
