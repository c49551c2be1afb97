import type { CommandSpec } from '../spec.js';
import { remoteCacheInputs, spec as train } from '../train/spec.js';

/** `mlci pull [stage…]`: CLI only (no action.yml). */
export const spec = {
  name: 'pull',
  summary:
    'Restore the outputs CI produced for this checkout from the registry cache (cache-registry), stage by stage.',
  inputs: {
    targets: { description: 'Stages to pull (with the stages they need); all when empty.', kind: 'list' },
    config: train.inputs.config,
    'dvc-file': train.inputs['dvc-file'],
    ...remoteCacheInputs,
    'cache-dir': train.inputs['cache-dir'],
  },
  outputs: {
    pulled: { description: 'Stages whose outputs were restored, comma-separated.' },
  },
  positional: 'targets',
  action: false,
} as const satisfies CommandSpec;
