import type { CommandSpec } from '../spec.js';

export const spec = {
  name: 'release',
  summary: 'Release a model from a tag with a metric gate, a deployment and an audit trail.',
  inputs: {},
  outputs: {},
} as const satisfies CommandSpec;
