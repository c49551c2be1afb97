/**
 * What `mlci init` writes, from what it found in the project: a starter mlci.yml and the pull-request
 * workflow. Pure: the caller lists the files and infers the schema.
 */
export interface ProjectFacts {
  /** The data file validate-data checks (relative, with /), if one was found. */
  readonly data?: string;
  /** Its schema (found or inferred) and reference profile (written with the inferred schema). */
  readonly schema?: string;
  readonly referenceProfile?: string;
  /** A dvc.yaml whose stages train runs. */
  readonly dvcFile?: string;
  /** Else a training script guessed from the file names. */
  readonly trainScript?: string;
}

const DATA = /\.(csv|tsv|jsonl|ndjson|parquet)(\.gz)?$/i;

/** The data file to validate: under data/ first, then the root; the first by name. */
export function pickDataFile(files: readonly string[]): string | undefined {
  const data = files.filter((f) => DATA.test(f) && !f.split('/').some((part) => part.startsWith('.')));
  const under = (prefix: string) => data.filter((f) => f.startsWith(prefix)).sort()[0];
  return under('data/') ?? data.filter((f) => !f.includes('/')).sort()[0] ?? data.sort()[0];
}

/** A training entry point, by the names people give it. */
export function guessTrainScript(files: readonly string[]): string | undefined {
  const names = [
    'train.py',
    'src/train.py',
    'scripts/train.py',
    'training/train.py',
    'train.sh',
    'model/train.py',
  ];
  return (
    names.find((n) => files.includes(n)) ?? files.filter((f) => /(^|\/)train[\w-]*\.py$/.test(f)).sort()[0]
  );
}

function trainSection(facts: ProjectFacts): string {
  if (facts.dvcFile) {
    return `# 2. Train reproducibly: the stages of ${facts.dvcFile}, re-run only when a dep or param changed.
train:
  dvc-file: ${facts.dvcFile}
  record: .mlci/run-record.json
`;
  }
  if (facts.trainScript) {
    const run = facts.trainScript.endsWith('.sh') ? 'bash' : 'python3';
    const deps = [facts.trainScript, ...(facts.data ? [facts.data] : [])];
    return `# 2. Train reproducibly: the stage re-runs only when a dep or param changed, else its outputs come
#    from the cache. Guessed from ${facts.trainScript}: check deps, outs and metrics.
train:
  record: .mlci/run-record.json
  stages:
    train:
      cmd: ${run} ${facts.trainScript}
      deps: [${deps.join(', ')}]
      outs: [model]                  # TODO: what the script writes
      metrics: [eval/metrics.json]   # TODO: its metrics file, if any
`;
  }
  return `# 2. Train: no dvc.yaml or train script was found. Declare the stages (docs/train.md):
# train:
#   stages:
#     train: { cmd: python3 train.py, deps: [train.py], outs: [model], metrics: [eval/metrics.json] }
`;
}

function validateSection(facts: ProjectFacts): string {
  if (!facts.data) {
    return `# 1. Validate data: no data file was found. See docs/validate-data.md.
# validate-data:
#   data: data/train.csv
#   schema: data/schema.yaml
`;
  }
  const lines = [
    '# 1. Prove the data is what the model expects before anyone trains.',
    'validate-data:',
    `  data: ${facts.data}`,
  ];
  if (facts.schema) lines.push(`  schema: ${facts.schema}   # a draft: review its types and constraints`);
  if (facts.referenceProfile)
    lines.push(`  reference-profile: ${facts.referenceProfile}   # drift is measured against it`);
  lines.push('  report: .mlci/validation-report.json', '  profile: .mlci/profile.json');
  return `${lines.join('\n')}\n`;
}

/** The starter mlci.yml: every section explained, loadable as it is. */
export function starterConfig(facts: ProjectFacts): string {
  return `# mlci.yml, written by \`mlci init\`: edit freely. Reference: docs/mlci-yml.md.
version: 1

${validateSection(facts)}
${trainSection(facts)}
# 3. Gate the candidate against production (uncomment once training writes metrics and predictions):
# compare-metrics:
#   candidate: eval/metrics.json
#   predictions: eval/predictions.csv
#   rules: |
#     accuracy: higher, margin 0.01
`;
}

/** The pull-request workflow: the pipeline of mlci.yml, then the report, with least permissions. */
export function starterWorkflow(): string {
  return `# Written by \`mlci init\`. Replace OWNER by the owner of the mlci repository you use, and pin @v1
# to a release tag or SHA (docs/workflows.md). More workflows: examples/workflows/.
name: CI
on:
  pull_request:
  push:
    branches: [main]
permissions: {}
jobs:
  mlci:
    runs-on: ubuntu-latest
    permissions:
      contents: read # checkout
      actions: read # baselines from earlier runs' artifacts
      checks: write # the mlci check run
      pull-requests: write # the sticky comment
    steps:
      - uses: actions/checkout@v4
      - id: mlci
        uses: OWNER/mlci@v1 # every section of mlci.yml, in pipeline order
        with:
          config: mlci.yml
      - if: \${{ !cancelled() }}
        uses: OWNER/mlci/actions/report@v1 # on a fork's PR: an artifact, see docs/workflows.md
        with:
          reports: .mlci/*.json
`;
}
