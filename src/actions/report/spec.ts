import type { CommandSpec } from '../spec.js';

export const spec = {
  name: 'report',
  summary: 'Post an evaluation summary of mlci reports on the pull request.',
  inputs: {},
  outputs: {},
} as const satisfies CommandSpec;
