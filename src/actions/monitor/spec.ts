import type { CommandSpec } from '../spec.js';

export const spec = {
  name: 'monitor',
  summary: 'Monitor production data and model quality on a schedule, opening incident issues.',
  positional: 'data',
  inputs: {
    data: {
      description:
        'Fresh production sample: files or globs, one per line or comma-separated (CSV, TSV, JSONL, Parquet, gzip), read as shards of one table.',
      kind: 'list',
    },
    schema: { description: 'Table Schema (or JSON Schema for JSONL) of the model in production.' },
    'reference-profile': {
      description:
        'Reference profile of the production model’s training data (mlci infer-schema / validate-data --profile); drift is measured against it.',
    },
    checks: { description: 'Table checks and drift thresholds (YAML), as validate-data reads them.' },
    format: { description: 'csv, jsonl or parquet; default from each file name.' },
    delimiter: { description: 'CSV delimiter; default from the file name (.tsv: tab) or `,`.' },
    header: { description: 'Whether CSV files start with a header row.', kind: 'boolean', default: 'true' },
    predictions: {
      description:
        'Production predictions (JSONL or CSV: id, prediction and/or score; with label when ground truth arrived), for prediction drift and live metrics.',
    },
    labels: {
      description:
        'Ground-truth labels that arrived later (JSONL or CSV: id, label), joined to the predictions by id.',
    },
    'reference-predictions': {
      description: 'Predictions of the production model on its reference data, for prediction drift.',
    },
    'release-record': {
      description:
        'Release record (kind mlci/release-record) or metrics file of the model in production: the live metrics are held to its figures.',
    },
    metrics: {
      description:
        'Live metrics to watch; default every metric the release record and the labelled predictions both have.',
      kind: 'list',
    },
    'metric-tolerance': {
      description:
        'How far a live metric may fall below production (absolute) beyond its interval before it is an incident.',
      kind: 'number',
      default: '0',
    },
    resamples: {
      description: "Bootstrap resamples for the live metrics' intervals.",
      kind: 'number',
      default: '1000',
    },
    confidence: {
      description: "Confidence of the live metrics' intervals.",
      kind: 'number',
      default: '0.95',
    },
    seed: {
      description: 'Seed of the bootstrap: the same inputs give the same report.',
      kind: 'number',
      default: '20240611',
    },
    task: { description: 'auto, classification or regression.', default: 'auto' },
    'positive-label': {
      description: 'Positive class of binary metrics; default 1, true or the greater of two labels.',
    },
    threshold: {
      description: 'Score at or above which an example without a prediction is positive.',
      kind: 'number',
      default: '0.5',
    },
    model: {
      description:
        'Name of the monitored model: one incident per model and finding kind. Default the repository name.',
    },
    incidents: {
      description:
        'Open, update and close incident issues (needs a token and issues: write). false: report only.',
      kind: 'boolean',
      default: 'true',
    },
    'issue-labels': {
      description: 'Labels of incident issues, created if missing.',
      kind: 'list',
      default: 'mlci-incident',
    },
    assignees: { description: 'Logins assigned to a new incident issue.', kind: 'list' },
    mention: {
      description: 'Logins mentioned when an incident opens or relapses (from configuration only).',
      kind: 'list',
    },
    'close-after': {
      description: 'Consecutive passing runs that close an open incident.',
      kind: 'number',
      default: '3',
    },
    'reopen-within': {
      description:
        'A failure this soon after an incident closed reopens it (e.g. 7d, 36h) instead of opening a new one.',
      default: '7d',
    },
    'fail-on-incident': {
      description: 'Exit 1 while an incident is open (the step fails), instead of only reporting it.',
      kind: 'boolean',
      default: 'false',
    },
    report: {
      description: 'Where to write the JSON report (kind mlci/monitor-report).',
      default: '.mlci/monitor-report.json',
    },
    out: { description: 'Also write the markdown report to this file (what the job summary shows).' },
    token: {
      description: 'Token for the incident issues; masked.',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression the runner expands, not JS.
      default: '${{ github.token }}',
    },
    'bot-login': {
      description:
        "Login the token posts as, when it is a GitHub App's (`my-app[bot]`); default the token's user or github-actions[bot].",
    },
  },
  outputs: {
    status: { description: 'pass or fail: whether any check failed in this run.' },
    'open-incidents': { description: 'Numbers of the incident issues open after this run, comma-separated.' },
    report: { description: 'Path of the JSON report.' },
  },
  permissions: { contents: 'read', issues: 'write' },
} as const satisfies CommandSpec;
