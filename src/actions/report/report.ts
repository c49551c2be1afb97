import { notBuilt } from '../not-built.js';
import { spec } from './spec.js';

/** `mlci report`: not built yet. */
export const report = notBuilt(spec, 'the report issue');
