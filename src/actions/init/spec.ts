import type { CommandSpec } from '../spec.js';

/** `mlci init`: CLI-only (no action.yml). */
export const spec = {
  name: 'init',
  summary:
    'Start a project: a starter mlci.yml (schema and reference profile inferred from the data, a train stage from dvc.yaml or a train script) and the pull-request workflow. Never overwrites a file.',
  inputs: {
    dir: { description: 'The project directory.', default: '.' },
    data: {
      description: 'The data file to validate; by default the first data file under data/, else at the top.',
    },
  },
  outputs: {
    written: { description: 'Comma-separated paths of the files written.' },
    kept: { description: 'Comma-separated paths that existed and were left as they were.' },
  },
  positional: 'dir',
  action: false,
  permissions: { contents: 'read' },
} as const satisfies CommandSpec;
