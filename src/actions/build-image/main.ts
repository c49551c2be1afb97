import { runAction } from '../run-action.js';
import { buildImage } from './build-image.js';
import { spec } from './spec.js';

await runAction(spec, buildImage);
