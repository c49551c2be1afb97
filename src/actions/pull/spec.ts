import type { CommandSpec } from '../spec.js';
import { spec as train } from '../train/spec.js';

/** `mlci pull [stage…]`: CLI only (no action.yml). */
export const spec = {
  name: 'pull',
  summary:
    'Restore the outputs CI produced for this checkout from the registry cache (cache-registry), stage by stage.',
  inputs: {
    targets: { description: 'Stages to pull (with the stages they need); all when empty.', kind: 'list' },
    config: train.inputs.config,
    'dvc-file': train.inputs['dvc-file'],
    'cache-registry': {
      description: 'The registry repository of the cache (default: `train.cache-registry` in mlci.yml).',
    },
    'cache-registry-username': train.inputs['cache-registry-username'],
    'cache-registry-password': train.inputs['cache-registry-password'],
    'github-token': train.inputs['github-token'],
    'cache-dir': train.inputs['cache-dir'],
  },
  outputs: {
    pulled: { description: 'Stages whose outputs were restored, comma-separated.' },
  },
  positional: 'targets',
  action: false,
} as const satisfies CommandSpec;
