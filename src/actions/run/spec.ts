import type { CommandSpec } from '../spec.js';

export const spec = {
  name: 'run',
  summary: 'Run the pipeline declared in mlci.yml (every section, in pipeline order), or one section of it.',
  inputs: {
    config: { description: 'Path of the mlci.yml file.', default: 'mlci.yml' },
    only: {
      description: 'Run only these sections (capability names, e.g. `validate-data`), in pipeline order.',
      kind: 'list',
    },
  },
  outputs: {
    steps: { description: 'The sections that ran, comma-separated, in order.' },
  },
  positional: 'only',
  permissions: { contents: 'read' },
} as const satisfies CommandSpec;
