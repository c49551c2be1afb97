import type { CommandSpec } from '../spec.js';

export const spec = {
  name: 'build-image',
  aliases: ['image'],
  summary: 'Build a model container image without a Docker engine and push it to an OCI registry.',
  inputs: {},
  outputs: {},
} as const satisfies CommandSpec;
