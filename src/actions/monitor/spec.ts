import type { CommandSpec } from '../spec.js';

export const spec = {
  name: 'monitor',
  summary: 'Monitor production data and model quality on a schedule, opening incident issues.',
  inputs: {},
  outputs: {},
} as const satisfies CommandSpec;
