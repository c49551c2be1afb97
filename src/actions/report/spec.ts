import type { CommandSpec } from '../spec.js';

export const spec = {
  name: 'report',
  summary: 'Post an evaluation summary of mlci reports on the pull request.',
  positional: 'reports',
  inputs: {
    reports: {
      description:
        'mlci JSON reports to render (validation, profile, run record, comparison, image, release, monitor): paths or globs, one per line.',
      kind: 'list',
      default: '.mlci/*.json',
    },
    out: { description: 'Also write the markdown (the comment body) to this file.' },
    format: {
      description:
        'What the CLI prints without --out: auto (rendered for a terminal, markdown when piped), plain (rendered, even when piped) or markdown.',
      default: 'auto',
    },
    comment: { description: 'Post or update the sticky PR comment.', kind: 'boolean', default: 'true' },
    'check-run': {
      description: 'Create a check run on the head commit whose conclusion is the overall verdict.',
      kind: 'boolean',
      default: 'true',
    },
    'check-name': { description: 'Name of that check run.', default: 'mlci report' },
    review: {
      description:
        'Post a PR review with inline comments on changed data lines whose rows failed validation.',
      kind: 'boolean',
      default: 'true',
    },
    charts: { description: 'Mermaid charts beside their tables.', kind: 'boolean', default: 'true' },
    key: {
      description:
        'Extra key of the sticky comment besides workflow and job: in a matrix job pass the expression toJSON(matrix), so matrix jobs do not overwrite each other.',
    },
    mode: {
      description:
        'auto, post, artifact (fork PRs: upload the rendered report and its sources for a privileged workflow) or workflow-run (that privileged workflow: download, validate and post). auto picks artifact for a fork PR and workflow-run on a workflow_run event.',
      default: 'auto',
    },
    'artifact-name': {
      description: 'Name of the artifact that carries a fork PR report.',
      default: 'mlci-report',
    },
    'fail-on-verdict': {
      description: 'Exit 1 when the overall verdict is fail (the gate itself normally fails its own step).',
      kind: 'boolean',
      default: 'false',
    },
    'pull-request': { description: 'PR number; default the event’s pull request.', kind: 'number' },
    'head-sha': { description: 'Head commit of the PR; default the event’s.' },
    'acting-login': {
      description:
        'Login mlci posts as, when the token is a GitHub App’s (`my-app[bot]`); default the token’s user.',
    },
    token: {
      description: 'Token for the GitHub API.',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression the runner expands, not JS.
      default: '${{ github.token }}',
    },
  },
  outputs: {
    verdict: { description: 'pass, fail or inconclusive.' },
    'comment-url': { description: 'URL of the sticky comment, when one was posted.' },
    'check-run-id': { description: 'Id of the check run, when one was created or updated.' },
    posted: {
      description: 'Comma-separated: what was posted (comment, check-run, review, artifact, summary).',
    },
    markdown: { description: 'Path of the markdown file written (`out`).' },
  },
  permissions: { contents: 'read', 'pull-requests': 'write', checks: 'write', actions: 'read' },
} as const satisfies CommandSpec;
