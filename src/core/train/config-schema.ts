import { SHELLS } from './stage.js';

const PATHS = { type: 'array', items: { type: 'string', minLength: 1 } };
const NAMES = { type: 'array', items: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' } };

/** `params:` as a list (keys of params.yaml, or `{file: [keys]}` as in dvc.yaml) or a mapping of inline values. */
const PARAMS = {
  description:
    'Keys read from params.yaml (`- train.lr`), keys of another file (`- params.json: [lr]`), or inline values (a mapping).',
  anyOf: [
    {
      type: 'array',
      items: {
        anyOf: [
          { type: 'string', minLength: 1 },
          {
            type: 'object',
            minProperties: 1,
            maxProperties: 1,
            additionalProperties: { anyOf: [{ type: 'null' }, { type: 'array', items: { type: 'string' } }] },
          },
        ],
      },
    },
    { type: 'object' },
  ],
};

/** The JSON Schema of one stage in the `train.stages` mapping of mlci.yml. */
export const STAGE_SCHEMA = {
  type: 'object',
  properties: {
    cmd: {
      description: 'The command, run in `shell` (a list runs line by line, stopping at the first failure).',
      anyOf: [
        { type: 'string', minLength: 1 },
        { type: 'array', items: { type: 'string' }, minItems: 1 },
      ],
    },
    deps: { ...PATHS, description: 'Files, directories or globs the command reads.' },
    params: PARAMS,
    outs: { ...PATHS, description: 'Files or directories the command writes (cached).' },
    metrics: { ...PATHS, description: 'Metrics files (JSON or YAML) the command writes.' },
    plots: { ...PATHS, description: 'Plot data files the command writes.' },
    env: { ...NAMES, description: 'Environment variables that matter: passed through and fingerprinted.' },
    'pass-env': { ...NAMES, description: 'Environment variables passed through but not fingerprinted.' },
    'depends-on': {
      type: 'array',
      items: { type: 'string' },
      description: 'Stages that must run first.',
    },
    timeout: {
      description: 'Time limit: seconds, or "90s", "30m", "2h". 0 for none.',
      anyOf: [
        { type: 'number', minimum: 0 },
        { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)?[smh]?$' },
      ],
    },
    seed: { type: 'integer', minimum: 0, maximum: 4294967295, description: 'Seed exported to the command.' },
    verify: { type: 'boolean', description: 'Run twice and fail when outputs differ.' },
    shell: { enum: [...SHELLS], description: 'Shell for `cmd`.' },
    tools: { ...PATHS, description: 'Programs whose version goes into the fingerprint.' },
    wdir: { type: 'string', description: 'Working directory of the command, relative to the workspace.' },
    persist: {
      ...PATHS,
      description:
        'Outputs not deleted before the command runs (checkpoints it resumes from); DVC `persist: true`.',
    },
    frozen: {
      type: 'boolean',
      description: 'Never run: restore the outputs from the cache, or use them as they are (DVC `frozen`).',
    },
    'always-changed': {
      type: 'boolean',
      description: 'Run even on a cache hit (DVC `always_changed`).',
    },
  },
  required: ['cmd'],
  additionalProperties: false,
} as const;

/** The structured keys of the `train:` section of mlci.yml (spec.config of the train command). */
export const TRAIN_CONFIG = {
  stages: {
    description: 'Training stages by name; each is cached on its own and runs after its `depends-on`.',
    type: 'object',
    propertyNames: { pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$' },
    additionalProperties: STAGE_SCHEMA,
  },
} as const;
