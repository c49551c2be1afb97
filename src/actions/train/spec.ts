import { TRAIN_CONFIG } from '../../core/train/config-schema.js';
import type { CommandSpec } from '../spec.js';

/** `mlci train` and actions/train: inputs, outputs, the `stages` schema of mlci.yml, permissions. */
export const spec = {
  name: 'train',
  summary:
    'Run training stages reproducibly, restoring outputs from the cache when nothing that matters changed.',
  inputs: {
    targets: {
      description: 'Stages to run (with the stages they need); all declared stages when empty.',
      kind: 'list',
    },
    config: {
      description: 'mlci.yml whose `train.stages` declares the stages (used when it exists).',
      default: 'mlci.yml',
    },
    'dvc-file': {
      description: 'A dvc.yaml to read stages from (cmd, deps, params, outs, metrics, plots, wdir).',
    },
    cmd: { description: 'Command of a single stage given as inputs (instead of mlci.yml or dvc.yaml).' },
    name: { description: 'Name of the single stage given as inputs.', default: 'train' },
    deps: { description: 'Single stage: files, directories or globs the command reads.', kind: 'list' },
    params: {
      description: 'Single stage: params keys (`train.lr` from params.yaml, or `params.json:train.lr`).',
      kind: 'list',
    },
    outs: { description: 'Single stage: files or directories the command writes.', kind: 'list' },
    metrics: { description: 'Single stage: metrics files (JSON or YAML) the command writes.', kind: 'list' },
    plots: { description: 'Single stage: plot data files the command writes.', kind: 'list' },
    env: {
      description: 'Single stage: environment variables that matter (passed through and fingerprinted).',
      kind: 'list',
    },
    'pass-env': {
      description: 'Single stage: environment variables passed through but not fingerprinted (tokens).',
      kind: 'list',
    },
    seed: { description: 'Single stage: seed exported as MLCI_SEED, PYTHONHASHSEED, …', default: '0' },
    timeout: { description: 'Single stage: time limit ("90s", "30m", "2h"; 0 for none).', default: '0' },
    verify: {
      description: 'Single stage: run twice (or against cached outputs) and fail if outputs differ.',
      kind: 'boolean',
      default: 'false',
    },
    shell: {
      description: 'Single stage: bash, sh, pwsh, powershell or cmd (default bash; pwsh on Windows).',
    },
    cache: {
      description:
        'Where outputs are cached: auto (the Actions cache on a runner, else local), local, github-actions, registry (the local or Actions cache first, then an OCI registry: see cache-registry), none.',
      default: 'auto',
    },
    'cache-registry': {
      description:
        'With cache: registry, the repository entries are stored in as OCI artifacts (`ghcr.io/OWNER/REPO-cache`); credentials as for build-image (GITHUB_TOKEN for ghcr.io, docker config.json).',
    },
    'cache-registry-username': {
      description:
        'With cache: registry, the registry user. Default: GITHUB_ACTOR for ghcr.io, else docker config.json.',
    },
    'cache-registry-password': {
      description:
        'With cache: registry, the registry password or token (ECR, GAR, Harbor…). Default: github-token for ghcr.io, else ~/.docker/config.json `auths` (what docker/login-action writes).',
    },
    'github-token': {
      description:
        'With cache: registry on ghcr.io, the password when cache-registry-password is empty (needs `packages: write` to save). Default: the workflow token; $GITHUB_TOKEN on the command line. Never passed to stage commands.',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression the runner expands, not JS.
      default: '${{ github.token }}',
    },
    'cache-dir': { description: 'Directory of the local cache and hash state.', default: '.mlci/cache' },
    force: {
      description: 'Run every planned stage even when the cache has its outputs.',
      kind: 'boolean',
      default: 'false',
    },
    downstream: {
      description: 'Also run the stages that depend on the given ones.',
      kind: 'boolean',
      default: 'false',
    },
    'keep-going': {
      description: 'After a failure, still run the stages that do not depend on it; report all failures.',
      kind: 'boolean',
      default: 'false',
    },
    record: { description: 'Where the run record (JSON) is written.', default: '.mlci/run-record.json' },
    lock: {
      description:
        'mlci.lock next to mlci.yml: write (after the run), check (fail before running when commands, deps or params differ from it), or off.',
      default: 'write',
    },
    'frozen-lock': {
      description: 'Same as `lock: check`: fail (exit 1) when mlci.lock does not match what would run.',
      kind: 'boolean',
      default: 'false',
    },
    'allow-untrusted-code': {
      description:
        'Run stages in a privileged event (pull_request_target, issue_comment, workflow_run) even when the checkout is not the workflow’s own commit.',
      kind: 'boolean',
      default: 'false',
    },
  },
  outputs: {
    'cache-hit': { description: '"true" when every stage was restored from the cache.' },
    fingerprint: { description: 'Fingerprint of the last stage of the plan.' },
    record: { description: 'Path of the run record (kind mlci/run-record).', path: true },
    ran: { description: 'Stages whose command ran, comma-separated.' },
    cached: { description: 'Stages restored from the cache, comma-separated.' },
  },
  positional: 'targets',
  config: TRAIN_CONFIG,
  permissions: { contents: 'read' },
} as const satisfies CommandSpec;

/** The remote cache's inputs of the CLI-only commands (pull, push, cache gc): its repository and credentials. */
export const remoteCacheInputs = {
  'cache-registry': {
    description: 'The registry repository of the cache (default: `train.cache-registry` in mlci.yml).',
  },
  'cache-registry-username': spec.inputs['cache-registry-username'],
  'cache-registry-password': spec.inputs['cache-registry-password'],
  'github-token': spec.inputs['github-token'],
} as const;
