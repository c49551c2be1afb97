import { notBuilt } from '../not-built.js';
import { spec } from './spec.js';

/** `mlci release`: not built yet. */
export const release = notBuilt(spec, 'the release issue');
