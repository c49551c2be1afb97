import { notBuilt } from '../not-built.js';
import { spec } from './spec.js';

/** `mlci build-image`: not built yet. */
export const buildImage = notBuilt(spec, 'issue #6');
