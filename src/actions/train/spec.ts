import type { CommandSpec } from '../spec.js';

export const spec = {
  name: 'train',
  summary:
    'Run training stages reproducibly, restoring outputs from the cache when nothing that matters changed.',
  inputs: {},
  outputs: {},
} as const satisfies CommandSpec;
