import type { CommandSpec } from '../spec.js';
import { remoteCacheInputs, spec as train } from '../train/spec.js';

/** `mlci push [stage…]`: CLI only (no action.yml). */
export const spec = {
  name: 'push',
  summary:
    'Upload the outputs of the last `mlci train` (its run record) to the registry cache, so CI and others restore them.',
  inputs: {
    targets: { description: 'Stages to push; all stages of the run record when empty.', kind: 'list' },
    config: train.inputs.config,
    'dvc-file': train.inputs['dvc-file'],
    ...remoteCacheInputs,
    record: { description: 'The run record of the results to push.', default: '.mlci/run-record.json' },
  },
  outputs: {
    pushed: { description: 'Stages whose outputs are in the registry now, comma-separated.' },
  },
  positional: 'targets',
  action: false,
} as const satisfies CommandSpec;
