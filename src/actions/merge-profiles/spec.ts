import type { CommandSpec } from '../spec.js';

/** `mlci merge-profiles`: CLI-only (no action.yml). */
export const spec = {
  name: 'merge-profiles',
  summary:
    'Merge the partial profiles of shards into one profile, and check it for drift against a reference.',
  inputs: {
    profiles: {
      description: 'Partial profile files or globs (kind mlci/data-profile), one per line, in shard order.',
      kind: 'list',
      required: true,
    },
    out: { description: 'Where to write the merged profile.', default: 'profile.json' },
    reference: { description: 'A reference profile: compare the merged profile with it for drift.' },
    thresholds: {
      description:
        'YAML or JSON file of drift thresholds (`defaults:` and per-column `columns:`); see docs/profiles-and-drift.md.',
    },
    'fail-on-drift': {
      description: 'Exit 1 when a column drifted (otherwise only report it).',
      kind: 'boolean',
      default: 'true',
    },
  },
  outputs: {
    profile: { description: 'Path of the merged profile.', path: true },
    rows: { description: 'Rows in the merged profile.' },
    drifted: {
      description:
        '`true` when a column drifted from the reference, `false` otherwise (only with `reference`).',
    },
    'drifted-columns': { description: 'Comma-separated names of the drifted columns.' },
  },
  positional: 'profiles',
  action: false,
  permissions: { contents: 'read' },
} as const satisfies CommandSpec;
