import type { CommandSpec } from '../spec.js';

export const spec = {
  name: 'compare-metrics',
  aliases: ['compare'],
  summary: "Gate a candidate model's metrics against the production baseline, with statistics.",
  inputs: {},
  outputs: {},
} as const satisfies CommandSpec;
