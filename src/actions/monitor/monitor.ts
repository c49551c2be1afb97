import { notBuilt } from '../not-built.js';
import { spec } from './spec.js';

/** `mlci monitor`: not built yet. */
export const monitor = notBuilt(spec, 'the monitor issue');
