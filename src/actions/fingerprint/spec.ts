import type { CommandSpec } from '../spec.js';
import { spec as train } from '../train/spec.js';

/** The single-stage inputs of `mlci train`, so `mlci fingerprint --cmd … --deps …` explains that form too. */
const { cmd, name, deps, params, outs, metrics, plots, env, seed, timeout, verify, shell } = train.inputs;

/** `mlci fingerprint`: CLI only (no action.yml). */
export const spec = {
  name: 'fingerprint',
  summary:
    'Print the fingerprint of training stages, and with --explain every input and what changed since the last run.',
  inputs: {
    targets: {
      description: 'Stages to fingerprint (with the stages they need); all when empty.',
      kind: 'list',
    },
    explain: {
      description: 'Print every input with its value or content hash, and the changes since the run record.',
      kind: 'boolean',
      default: 'false',
    },
    config: { description: 'mlci.yml whose `train.stages` declares the stages.', default: 'mlci.yml' },
    'dvc-file': { description: 'A dvc.yaml to read the stages from instead.' },
    cmd,
    name,
    deps,
    params,
    outs,
    metrics,
    plots,
    env,
    'pass-env': train.inputs['pass-env'],
    seed,
    timeout,
    verify,
    shell,
    'cache-dir': {
      description: 'Directory of the hash state (a second run reads no unchanged file).',
      default: '.mlci/cache',
    },
    record: { description: 'Previous run record to compare with.', default: '.mlci/run-record.json' },
  },
  outputs: {
    fingerprint: { description: 'Fingerprint of the last stage of the plan.' },
  },
  positional: 'targets',
  action: false,
} as const satisfies CommandSpec;
