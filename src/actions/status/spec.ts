import type { CommandSpec } from '../spec.js';
import { spec as train } from '../train/spec.js';

/** `mlci status`: CLI only (no action.yml), like `dvc status`. */
export const spec = {
  name: 'status',
  summary:
    'Show which training stages changed since mlci.lock: commands, deps, params and outputs (like `dvc status`).',
  inputs: {
    targets: { description: 'Stages to look at; all declared stages when empty.', kind: 'list' },
    config: train.inputs.config,
    'dvc-file': train.inputs['dvc-file'],
    'cache-dir': {
      description: 'Directory of the hash state (a second run reads no unchanged file).',
      default: '.mlci/cache',
    },
  },
  outputs: {
    changed: { description: 'Stages that differ from the lock, comma-separated (empty when up to date).' },
  },
  positional: 'targets',
  action: false,
} as const satisfies CommandSpec;
