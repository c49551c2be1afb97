import type { CommandSpec } from '../spec.js';

/** `mlci infer-schema`: CLI-only (no action.yml). */
export const spec = {
  name: 'infer-schema',
  summary: 'Draft a Table Schema (for a human to review) and a reference profile from data files.',
  inputs: {
    data: {
      description:
        'Data files or globs (CSV/TSV, JSONL, Parquet; .gz allowed), one per line: shards of one table.',
      kind: 'list',
      required: true,
    },
    out: {
      description: 'Where to write the draft schema: YAML (with review comments) or, for a .json name, JSON.',
      default: 'schema.yaml',
    },
    'profile-out': {
      description:
        'Also write a reference profile (kind mlci/data-profile) of the data here, for drift checks.',
    },
    delimiter: { description: 'CSV delimiter (`,` by default, TAB for .tsv; `tab`, `;`, `|` …).' },
  },
  outputs: {
    schema: { description: 'Path of the draft schema.', path: true },
    profile: { description: 'Path of the reference profile, when one was written.', path: true },
    fields: { description: 'Number of fields in the draft.' },
    rows: { description: 'Number of data rows read.' },
  },
  positional: 'data',
  action: false,
  permissions: { contents: 'read' },
} as const satisfies CommandSpec;
