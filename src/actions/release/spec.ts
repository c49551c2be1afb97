import { spec as compareSpec } from '../compare-metrics/spec.js';
import type { CommandSpec, InputSpec } from '../spec.js';

/** The gate inputs release shares with compare-metrics: the same names, defaults and meaning. */
const GATE_INPUTS = [
  'rules',
  'config',
  'mode',
  'on-inconclusive',
  'alpha',
  'power',
  'resamples',
  'seed',
  'stratify',
  'task',
  'positive-label',
  'threshold',
  'allow-different-test-sets',
] as const;

const gateInputs = Object.fromEntries(GATE_INPUTS.map((name) => [name, compareSpec.inputs[name]])) as {
  readonly [K in (typeof GATE_INPUTS)[number]]: InputSpec;
};

export const spec = {
  name: 'release',
  summary: 'Release a model from a tag with a metric gate, a deployment and an audit trail.',
  inputs: {
    tag: { description: 'Release tag; default the pushed tag (GITHUB_REF refs/tags/…).' },
    image: {
      description:
        'Registry repository the version tags go to (registry/name); default the candidate image’s repository.',
    },
    'tag-prefix': {
      description:
        'What precedes the semantic version in a release tag (`v` for v1.4.0, `churn-v` for churn-v1.4.0). Other tags are skipped with a notice.',
      default: 'v',
    },
    'image-tags': {
      description:
        'Image tags to move, as templates: {{version}}, {{major}}, {{minor}}, {{patch}}, {{tag}}. A prerelease only gets the templates with its full version.',
      kind: 'list',
      default: '{{version}}\n{{major}}.{{minor}}\n{{major}}',
    },
    latest: {
      description: 'Also move `latest` (never for a prerelease).',
      kind: 'boolean',
      default: 'false',
    },
    model: { description: 'Model name, when a repository releases several (history --model).' },
    'candidate-artifact': {
      description:
        'Artifact of the run that built the tagged commit: its mlci/image-report, mlci/run-record (or metrics.json) and predictions.jsonl.',
      default: 'mlci-release-candidate',
    },
    workflow: { description: 'Workflow file name (or id) whose runs may supply the candidate; default any.' },
    'candidate-image': {
      description: 'The reviewed image (registry/name:tag or @digest), when no candidate artifact has it.',
    },
    'rebuild-report': {
      description:
        'mlci/image-report of a rebuild of the tagged commit in this job: its digest must equal the candidate’s (a reproducibility proof), else the release fails naming the layer.',
    },
    accept: {
      description:
        'Release even if the gate fails, for this reason (recorded with the actor in the release record).',
    },
    reason: {
      description:
        'Why: required for a rollback; for a release, used when the tag has no message and the release no notes.',
    },
    'rollback-to': {
      description:
        'Roll production back to this earlier release tag (re-points the production tags to its digest).',
    },
    environment: { description: 'Deployment environment.', default: 'production' },
    'environment-url': { description: 'URL of the environment, for the deployment status.' },
    'required-contexts': {
      description:
        'Commit status contexts GitHub must see green before the deployment; empty skips the check.',
      kind: 'list',
      default: '',
    },
    'record-asset': {
      description:
        'Release asset holding the mlci/release-record (what compare-metrics reads as production).',
      default: 'mlci-release-record.json',
    },
    'intended-use': { description: 'Intended use, for the model card.' },
    limitations: { description: 'Limitations, for the model card.' },
    license: { description: 'License identifier for the model card metadata (e.g. mit, apache-2.0).' },
    'data-profile': { description: 'mlci/data-profile of the training data, summarised in the model card.' },
    record: {
      description: 'Where to write the release record locally.',
      default: 'mlci-release-record.json',
    },
    ...gateInputs,
    'registry-username': {
      description: 'Registry user (default: docker config, or github.actor for ghcr.io).',
    },
    'registry-password': { description: 'Registry password or token (masked).' },
    'insecure-registries': {
      description: 'Registries reached over plain HTTP (loopback always is).',
      kind: 'list',
    },
    token: {
      description: 'Token for the GitHub API (releases, deployments, artifacts, check runs).',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression the runner expands, not JS.
      default: '${{ github.token }}',
    },
  },
  outputs: {
    outcome: { description: 'released, rolled-back, skipped (tag does not match) or refused.' },
    version: { description: 'Semantic version now in production.' },
    digest: { description: 'Image digest now in production.' },
    tags: { description: 'Image tags moved, one per line.' },
    record: { description: 'Path of the mlci/release-record written.' },
    'deployment-id': { description: 'Id of the GitHub deployment.' },
    'release-url': { description: 'URL of the GitHub release carrying the record and the model card.' },
  },
  permissions: {
    contents: 'write',
    deployments: 'write',
    actions: 'read',
    checks: 'read',
    packages: 'write',
  },
} as const satisfies CommandSpec;
