import type { CommandSpec } from '../spec.js';

export const spec = {
  name: 'history',
  summary:
    'Production history from the release records: who released which model, when, why, with what metrics.',
  action: false,
  inputs: {
    at: {
      description: 'Only what was in production at this time (ISO 8601 with a zone, e.g. 2027-03-01T12:00Z).',
    },
    model: { description: 'Only this model, when a repository releases several.' },
    format: { description: 'table, json or markdown (with a mermaid timeline).', default: 'table' },
    'record-asset': {
      description: 'Release asset holding the mlci/release-record.',
      default: 'mlci-release-record.json',
    },
    token: { description: 'Token for the GitHub API; default GITHUB_TOKEN.' },
  },
  outputs: {},
  permissions: { contents: 'read' },
} as const satisfies CommandSpec;
