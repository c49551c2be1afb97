import type { CommandSpec } from '../spec.js';

/** Rule object of one metric in mlci.yml's `gate:` mapping (docs/compare-metrics.md). */
const RULE_SCHEMA = {
  anyOf: [
    { type: 'string' },
    { type: 'null' },
    {
      type: 'object',
      additionalProperties: false,
      properties: {
        direction: { enum: ['higher', 'lower'] },
        floor: { type: 'number' },
        min: { type: 'number' },
        ceiling: { type: 'number' },
        max: { type: 'number' },
        margin: { type: 'number', minimum: 0 },
        'relative-margin': { type: ['number', 'string'] },
        'min-improvement': { type: 'number' },
        'relative-min-improvement': { type: ['number', 'string'] },
        informational: { type: 'boolean' },
      },
    },
  ],
};

export const spec = {
  name: 'compare-metrics',
  aliases: ['compare'],
  summary: "Gate a candidate model's metrics against the production baseline, with statistics.",
  positional: 'candidate',
  inputs: {
    candidate: {
      description:
        'Metrics file of the candidate: JSON, YAML or CSV (nested keys flattened with dots), or an mlci run record.',
    },
    predictions: {
      description:
        'Per-example predictions of the candidate (JSONL or CSV: id, label, prediction and/or score/probabilities). Metrics are computed from them, and paired statistics run when the baseline has them too.',
    },
    baseline: { description: 'Explicit baseline metrics file (the `file` source).' },
    'baseline-predictions': { description: 'Explicit baseline per-example predictions (the `file` source).' },
    'baseline-order': {
      description: 'Where to look for the baseline, first hit wins: file, release, artifact, git.',
      kind: 'list',
      default: 'file,release,artifact,git',
    },
    'release-asset': {
      description: 'Name of the release asset holding the production record (kind mlci/release-record).',
      default: 'mlci-release-record.json',
    },
    'artifact-name': {
      description: 'Name of the artifact, uploaded by default-branch runs, that holds the comparison input.',
      default: 'mlci-baseline',
    },
    workflow: {
      description: 'Workflow file name (or id) whose runs may supply the artifact; default any workflow.',
    },
    'metrics-path': {
      description:
        'Path of the metrics file in the repository for the git source; default the candidate path.',
    },
    'base-ref': {
      description:
        'Base branch or SHA for the merge-base; default the pull request base, else the default branch.',
    },
    rules: {
      description:
        'Gate rules, YAML: one metric per line, e.g. `accuracy: higher, floor 0.8, margin 0.01` or `f1: { min-improvement: 0.005 }`.',
    },
    config: {
      description: 'mlci.yml to read the `compare-metrics.gate` rules from, if it exists.',
      default: 'mlci.yml',
    },
    mode: {
      description:
        'all-must-pass (every gated metric must demonstrate its rule; no correction) or block-on-regression (fail only on a significant regression; Holm-corrected).',
      default: 'block-on-regression',
    },
    'on-inconclusive': {
      description:
        'pass or fail when an interval cannot decide; default pass in block-on-regression, fail in all-must-pass.',
    },
    'on-no-baseline': {
      description: 'pass (with a notice) or fail when no baseline is found.',
      default: 'pass',
    },
    alpha: {
      description: 'Significance level; intervals are at 1 − alpha.',
      kind: 'number',
      default: '0.05',
    },
    power: { description: 'Power for the minimum detectable effect.', kind: 'number', default: '0.8' },
    resamples: { description: 'Bootstrap resamples.', kind: 'number', default: '2000' },
    seed: {
      description: 'Seed of the bootstrap RNG: the same inputs and seed give the same report.',
      kind: 'number',
      default: '20240611',
    },
    stratify: {
      description: 'Stratify the bootstrap by class: auto (when imbalanced), always, never.',
      default: 'auto',
    },
    task: { description: 'auto, classification or regression.', default: 'auto' },
    'positive-label': {
      description: 'Positive class of binary metrics; default 1, true, or the greater of two labels.',
    },
    threshold: {
      description: 'Score at or above which a row without a prediction is positive.',
      kind: 'number',
      default: '0.5',
    },
    'eval-data': { description: 'Evaluation data file whose full-content hash fingerprints the test set.' },
    'allow-different-test-sets': {
      description: 'Compare even when the fingerprints show different test sets (with a warning).',
      kind: 'boolean',
      default: 'false',
    },
    report: { description: 'Where to write the JSON report.', default: 'mlci-comparison-report.json' },
    token: {
      description: 'Token for the GitHub API (release and artifact baselines, acceptances).',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression the runner expands, not JS.
      default: '${{ github.token }}',
    },
    acceptances: {
      description:
        "auto: a failed metric with a maintainer's `/mlci accept` for exactly this commit (a check run by the workflow's app) does not fail the gate; off: ignore acceptances.",
      default: 'auto',
    },
  },
  outputs: {
    verdict: { description: 'pass or fail.' },
    'failed-metrics': { description: 'Comma-separated names of the metrics that failed the gate.' },
    comparable: {
      description:
        'true when the comparison could be made; false when it could not (different test sets, duplicate example ids, a gated metric missing from one side: exit 2, not a regression).',
    },
    report: { description: 'Path of the JSON report (kind mlci/comparison-report).', path: true },
    'baseline-source': { description: 'Where the baseline came from: file, release, artifact, git or none.' },
  },
  permissions: { contents: 'read', actions: 'read', checks: 'read' },
  config: {
    gate: {
      description: 'Rules per metric (the same forms as the `rules` input).',
      type: 'object',
      additionalProperties: RULE_SCHEMA,
    },
  },
} as const satisfies CommandSpec;
