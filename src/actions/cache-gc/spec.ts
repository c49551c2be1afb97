import type { CommandSpec } from '../spec.js';
import { remoteCacheInputs, spec as train } from '../train/spec.js';

/** `mlci cache gc --keep-last N`: CLI only (no action.yml). */
export const spec = {
  name: 'cache',
  summary:
    'Manage the registry cache: `mlci cache gc --keep-last N` deletes all but the newest N entries per stage.',
  inputs: {
    command: { description: 'What to do: gc.', required: true },
    'keep-last': {
      description: 'Entries kept per stage (newest first, by creation time).',
      kind: 'number',
      default: '5',
    },
    'dry-run': {
      description: 'List what would be deleted, delete nothing.',
      kind: 'boolean',
      default: 'false',
    },
    config: train.inputs.config,
    ...remoteCacheInputs,
  },
  outputs: {
    deleted: { description: 'Number of entries deleted (or that would be, with --dry-run).' },
    kept: { description: 'Number of entries kept.' },
  },
  positional: 'command',
  action: false,
} as const satisfies CommandSpec;
