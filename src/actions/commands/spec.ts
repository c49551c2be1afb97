import type { CommandSpec } from '../spec.js';

export const spec = {
  name: 'commands',
  summary: 'Handle `/mlci …` pull request comments (help, accept, rerun, compare) with permission checks.',
  inputs: {
    permission: {
      description:
        'Least repository permission needed for `accept` and `rerun` (read, triage, write, maintain, admin); `help` and `compare` are open to anyone.',
      default: 'write',
    },
    'artifact-name': {
      description:
        'Artifact, uploaded by the PR workflow run of a commit, that holds its comparison report (`accept` checks the regression there; `compare` reads the candidate from it).',
      default: 'mlci-comparison',
    },
    'report-name': {
      description: 'File name of the comparison report inside that artifact.',
      default: 'mlci-comparison-report.json',
    },
    workflow: {
      description:
        'Workflow file name (e.g. `ci.yml`) whose runs are the mlci runs to check and re-run; default every workflow of the head commit.',
    },
    'release-asset': {
      description: 'Release asset holding the production record, for `/mlci compare <tag>`.',
      default: 'mlci-release-record.json',
    },
    config: {
      description: 'mlci.yml to read the `compare-metrics.gate` rules from, for `/mlci compare`.',
      default: 'mlci.yml',
    },
    event: {
      description:
        "Event payload to read; default the runner's GITHUB_EVENT_PATH (the CLI uses this to dry-run a saved payload).",
    },
    comment: {
      description: 'A comment text to parse instead of an event (CLI); implies dry-run.',
    },
    'dry-run': {
      description: 'Parse and print the reply that would be posted; call no API and change nothing.',
      kind: 'boolean',
      default: 'false',
    },
    token: {
      description:
        'Token for the GitHub API. GITHUB_TOKEN records acceptances as the github-actions app, the only writer the comparison and the release trust by default.',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression the runner expands, not JS.
      default: '${{ github.token }}',
    },
  },
  outputs: {
    command: { description: 'The command handled (help, accept, rerun, compare), or empty.' },
    outcome: {
      description:
        'ignored, invalid, refused, done, not-a-regression, no-comparison, nothing-to-rerun or failed.',
    },
  },
  permissions: { contents: 'read', 'pull-requests': 'write', checks: 'write', actions: 'write' },
} as const satisfies CommandSpec;
