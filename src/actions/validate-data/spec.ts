import type { CommandSpec } from '../spec.js';

export const spec = {
  name: 'validate-data',
  aliases: ['validate'],
  summary: 'Validate data files against a schema, quality rules and drift from a reference profile.',
  inputs: {},
  outputs: {},
} as const satisfies CommandSpec;
