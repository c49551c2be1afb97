export const id = 7699;
export const ids = [7699];
export const modules = {

/***/ 75325:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ CAPABILITIES),
  m: () => (/* binding */ lazyCommand)
});

;// CONCATENATED MODULE: ./build/actions/build-image/spec.js
/** build-image's inputs and outputs; actions/build-image/action.yml and `mlci image --help` come from it. */
const spec = {
    name: 'build-image',
    aliases: ['image'],
    summary: 'Build a model container image without a Docker engine and push it to an OCI registry.',
    inputs: {
        image: {
            description: 'Image name to push, e.g. ghcr.io/OWNER/model (lowercased for you; a `:tag` here is added to `tags`). Empty: build offline only (oci-layout / docker-tar).',
        },
        tags: {
            description: 'Tags to point at the pushed digest, one per line. Default: sha-<short commit> on a runner, else latest.',
            kind: 'list',
        },
        'base-image': {
            description: 'Base image by tag or digest, resolved once to a digest per platform; `scratch` for none. Default: scratch, or python:3.12-slim with preset python.',
        },
        platforms: {
            description: 'Platforms, one per line (linux/amd64, linux/arm64). Several give an image index; the model layers are shared.',
            kind: 'list',
            default: 'linux/amd64',
        },
        weights: {
            description: 'Model weight files or directories, placed under model-dir. Files of at least split-size MiB get a layer each.',
            kind: 'list',
        },
        metadata: {
            description: 'Model metadata files or directories (model card, config, schema), placed under model-dir.',
            kind: 'list',
        },
        code: {
            description: 'Serving code files or directories, placed under app-dir (the last layer).',
            kind: 'list',
        },
        layers: {
            description: 'Extra layers, one per line as SOURCE:/destination, in order (stable to volatile), between metadata and code.',
            kind: 'list',
        },
        'model-dir': { description: 'Where weights and metadata go in the image.', default: '/opt/model' },
        'app-dir': { description: 'Where code goes in the image.', default: '/opt/app' },
        'split-size': {
            description: 'Weight files of at least this many MiB get their own layer.',
            kind: 'number',
            default: '64',
        },
        entrypoint: {
            description: 'ENTRYPOINT as a JSON array (["python","-m","serve"]) or words split on spaces.',
        },
        cmd: { description: 'CMD as a JSON array or words split on spaces.' },
        env: { description: 'Environment variables, KEY=VALUE one per line.', kind: 'list' },
        workdir: { description: 'Working directory of the container.' },
        user: { description: 'User (name or uid[:gid]) the container runs as.' },
        ports: { description: 'Exposed ports, one per line (8080 or 8080/tcp).', kind: 'list' },
        labels: {
            description: 'Labels, KEY=VALUE one per line (also written as manifest annotations).',
            kind: 'list',
        },
        preset: {
            description: 'Serving preset: `python` sets base python:3.12-slim, entrypoint python /opt/app/serve.py, port 8080, MODEL_DIR and a /healthz health check, unless set. `none` for no defaults.',
            default: 'none',
        },
        'run-record': {
            description: 'Path of the train run record (mlci/run-record) whose fingerprints go into the lineage labels. It must have status passed, and every weights file must be one of its outputs (same sha256).',
        },
        'allow-failed-run-record': {
            description: 'Use a run record whose status is not passed for the lineage labels, with a warning (refused otherwise, exit 2).',
            kind: 'boolean',
            default: 'false',
        },
        version: {
            description: 'org.opencontainers.image.version. Default: the first tag that looks like a version.',
        },
        'source-date-epoch': {
            description: 'Seconds since 1970 for every file time and `created`. Default: $SOURCE_DATE_EPOCH, else the commit time of HEAD, else 0.',
        },
        compression: {
            description: 'auto (gzip for small layers; Huffman-only or stored for large ones by a sample), gzip, huffman, stored or none.',
            default: 'auto',
        },
        push: { description: 'Push to the registry (default true when `image` is set).', kind: 'boolean' },
        'oci-layout': { description: 'Also write an OCI image layout into this directory (works offline).' },
        'docker-tar': { description: 'Also write a `docker load` tarball to this file (first platform).' },
        'promote-from': {
            description: 'Instead of building, point `image`:`tags` at this existing image (by digest or tag): same repo re-tags, another repo mounts, another registry copies. The digest does not change.',
        },
        'registry-username': {
            description: 'Registry user. Default: GITHUB_ACTOR for ghcr.io, else docker config.json.',
        },
        'registry-password': {
            description: 'Registry password or token. Default: GITHUB_TOKEN for ghcr.io, else ~/.docker/config.json `auths` (what docker/login-action writes).',
        },
        'github-token': {
            description: 'Token used as the ghcr.io password when registry-password is empty (needs `packages: write`). Default: the workflow token; $GITHUB_TOKEN on the command line.',
            // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression the runner expands, not JS.
            default: '${{ github.token }}',
        },
        'insecure-registries': {
            description: 'Registries to reach over plain http (loopback always is).',
            kind: 'list',
        },
        jobs: { description: 'Blobs uploaded in parallel (1–8).', kind: 'number', default: '4' },
        'upload-mode': {
            description: 'streamed (one PATCH), monolithic (one PUT) or chunked (PATCHes of chunk-size MiB).',
            default: 'streamed',
        },
        'chunk-size': {
            description: 'Chunk size in MiB for upload-mode chunked (GHCR accepts at most 4).',
            kind: 'number',
            default: '4',
        },
        'layer-cache': {
            description: 'Directory remembering layer digests by file identity, so unchanged weights are not re-read. Default: RUNNER_TEMP or the user cache dir; `off` to disable.',
        },
        report: { description: 'Where to write the mlci/image-report JSON.', default: 'mlci-image-report.json' },
    },
    outputs: {
        digest: {
            description: 'Digest of the pushed (or written) image or index: give it to actions/attest-build-provenance as subject-digest.',
        },
        image: { description: 'The image by digest, registry/name@sha256:…' },
        tags: { description: 'Tags that now point at the digest, one per line.' },
        'image-name': { description: 'registry/name (lowercased), for attest-build-provenance subject-name.' },
        report: { description: 'Path of the mlci/image-report JSON.', path: true },
    },
    permissions: { contents: 'read', packages: 'write' },
};

;// CONCATENATED MODULE: ./build/actions/commands/spec.js
const spec_spec = {
    name: 'commands',
    summary: 'Handle `/mlci …` pull request comments (help, accept, rerun, compare) with permission checks.',
    inputs: {
        permission: {
            description: 'Least repository permission needed for `accept` and `rerun` (read, triage, write, maintain, admin); `help` and `compare` are open to anyone.',
            default: 'write',
        },
        'artifact-name': {
            description: 'Artifact, uploaded by the PR workflow run of a commit, that holds its comparison report (`accept` checks the regression there; `compare` reads the candidate from it).',
            default: 'mlci-comparison',
        },
        'report-name': {
            description: 'File name of the comparison report inside that artifact.',
            default: 'mlci-comparison-report.json',
        },
        workflow: {
            description: 'Workflow file name (e.g. `ci.yml`) whose runs are the mlci runs to check and re-run; default every workflow of the head commit.',
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
            description: "Event payload to read; default the runner's GITHUB_EVENT_PATH (the CLI uses this to dry-run a saved payload).",
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
            description: 'Token for the GitHub API. GITHUB_TOKEN records acceptances as the github-actions app, the only writer the comparison and the release trust by default.',
            // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression the runner expands, not JS.
            default: '${{ github.token }}',
        },
    },
    outputs: {
        command: { description: 'The command handled (help, accept, rerun, compare), or empty.' },
        outcome: {
            description: 'ignored, invalid, refused, done, not-a-regression, no-comparison, nothing-to-rerun or failed.',
        },
    },
    permissions: { contents: 'read', 'pull-requests': 'write', checks: 'write', actions: 'write' },
};

;// CONCATENATED MODULE: ./build/actions/compare-metrics/spec.js
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
const compare_metrics_spec_spec = {
    name: 'compare-metrics',
    aliases: ['compare'],
    summary: "Gate a candidate model's metrics against the production baseline, with statistics.",
    positional: 'candidate',
    inputs: {
        candidate: {
            description: 'Metrics file of the candidate: JSON, YAML or CSV (nested keys flattened with dots), or an mlci run record.',
        },
        predictions: {
            description: 'Per-example predictions of the candidate (JSONL or CSV: id, label, prediction and/or score/probabilities). Metrics are computed from them, and paired statistics run when the baseline has them too.',
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
            description: 'Path of the metrics file in the repository for the git source; default the candidate path.',
        },
        'base-ref': {
            description: 'Base branch or SHA for the merge-base; default the pull request base, else the default branch.',
        },
        rules: {
            description: 'Gate rules, YAML: one metric per line, e.g. `accuracy: higher, floor 0.8, margin 0.01` or `f1: { min-improvement: 0.005 }`.',
        },
        config: {
            description: 'mlci.yml to read the `compare-metrics.gate` rules from, if it exists.',
            default: 'mlci.yml',
        },
        mode: {
            description: 'all-must-pass (every gated metric must demonstrate its rule; no correction) or block-on-regression (fail only on a significant regression; Holm-corrected).',
            default: 'block-on-regression',
        },
        'on-inconclusive': {
            description: 'pass or fail when an interval cannot decide; default pass in block-on-regression, fail in all-must-pass.',
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
            description: "auto: a failed metric with a maintainer's `/mlci accept` for exactly this commit (a check run by the workflow's app) does not fail the gate; off: ignore acceptances.",
            default: 'auto',
        },
    },
    outputs: {
        verdict: { description: 'pass or fail.' },
        'failed-metrics': { description: 'Comma-separated names of the metrics that failed the gate.' },
        comparable: {
            description: 'true when the comparison could be made; false when it could not (different test sets, duplicate example ids, a gated metric missing from one side: exit 2, not a regression).',
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
};

;// CONCATENATED MODULE: ./build/actions/monitor/spec.js
const monitor_spec_spec = {
    name: 'monitor',
    summary: 'Monitor production data and model quality on a schedule, opening incident issues.',
    positional: 'data',
    inputs: {
        data: {
            description: 'Fresh production sample: files or globs, one per line or comma-separated (CSV, TSV, JSONL, Parquet, gzip), read as shards of one table.',
            kind: 'list',
        },
        schema: { description: 'Table Schema (or JSON Schema for JSONL) of the model in production.' },
        'reference-profile': {
            description: 'Reference profile of the production model’s training data (mlci infer-schema / validate-data --profile); drift is measured against it.',
        },
        checks: { description: 'Table checks and drift thresholds (YAML), as validate-data reads them.' },
        format: { description: 'csv, jsonl or parquet; default from each file name.' },
        delimiter: { description: 'CSV delimiter; default from the file name (.tsv: tab) or `,`.' },
        header: { description: 'Whether CSV files start with a header row.', kind: 'boolean', default: 'true' },
        predictions: {
            description: 'Production predictions (JSONL or CSV: id, prediction and/or score; with label when ground truth arrived), for prediction drift and live metrics.',
        },
        labels: {
            description: 'Ground-truth labels that arrived later (JSONL or CSV: id, label), joined to the predictions by id.',
        },
        'reference-predictions': {
            description: 'Predictions of the production model on its reference data, for prediction drift.',
        },
        'release-record': {
            description: 'Release record (kind mlci/release-record) or metrics file of the model in production: the live metrics are held to its figures.',
        },
        metrics: {
            description: 'Live metrics to watch; default every metric the release record and the labelled predictions both have.',
            kind: 'list',
        },
        'metric-tolerance': {
            description: 'How far a live metric may fall below production (absolute) beyond its interval before it is an incident.',
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
            description: 'Name of the monitored model: one incident per model and finding kind. Default the repository name.',
        },
        incidents: {
            description: 'Open, update and close incident issues (needs a token and issues: write). false: report only.',
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
            description: 'A failure this soon after an incident closed reopens it (e.g. 7d, 36h) instead of opening a new one.',
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
            description: "Login the token posts as, when it is a GitHub App's (`my-app[bot]`); default the token's user or github-actions[bot].",
        },
    },
    outputs: {
        status: { description: 'pass or fail: whether any check failed in this run.' },
        'open-incidents': { description: 'Numbers of the incident issues open after this run, comma-separated.' },
        report: { description: 'Path of the JSON report.' },
    },
    permissions: { contents: 'read', issues: 'write' },
};

;// CONCATENATED MODULE: ./build/actions/release/spec.js

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
];
const gateInputs = Object.fromEntries(GATE_INPUTS.map((name) => [name, compare_metrics_spec_spec.inputs[name]]));
const release_spec_spec = {
    name: 'release',
    summary: 'Release a model from a tag with a metric gate, a deployment and an audit trail.',
    inputs: {
        tag: { description: 'Release tag; default the pushed tag (GITHUB_REF refs/tags/…).' },
        image: {
            description: 'Registry repository the version tags go to (registry/name); default the candidate image’s repository.',
        },
        'tag-prefix': {
            description: 'What precedes the semantic version in a release tag (`v` for v1.4.0, `churn-v` for churn-v1.4.0). Other tags are skipped with a notice.',
            default: 'v',
        },
        'image-tags': {
            description: 'Image tags to move, as templates: {{version}}, {{major}}, {{minor}}, {{patch}}, {{tag}}. A prerelease only gets the templates with its full version.',
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
            description: 'Artifact of the run that built the tagged commit: its mlci/image-report, mlci/run-record (or metrics.json) and predictions.jsonl.',
            default: 'mlci-release-candidate',
        },
        workflow: { description: 'Workflow file name (or id) whose runs may supply the candidate; default any.' },
        'candidate-image': {
            description: 'The reviewed image (registry/name:tag or @digest), when no candidate artifact has it.',
        },
        'rebuild-report': {
            description: 'mlci/image-report of a rebuild of the tagged commit in this job: its digest must equal the candidate’s (a reproducibility proof), else the release fails naming the layer.',
        },
        accept: {
            description: 'Release even if the gate fails, for this reason (recorded with the actor in the release record).',
        },
        reason: {
            description: 'Why: required for a rollback; for a release, used when the tag has no message and the release no notes.',
        },
        'rollback-to': {
            description: 'Roll production back to this earlier release tag (re-points the production tags to its digest).',
        },
        environment: { description: 'Deployment environment.', default: 'production' },
        'environment-url': { description: 'URL of the environment, for the deployment status.' },
        'required-contexts': {
            description: 'Commit status contexts GitHub must see green before the deployment; empty skips the check.',
            kind: 'list',
            default: '',
        },
        'record-asset': {
            description: 'Release asset holding the mlci/release-record (what compare-metrics reads as production).',
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
};

;// CONCATENATED MODULE: ./build/actions/report/spec.js
const report_spec_spec = {
    name: 'report',
    summary: 'Post an evaluation summary of mlci reports on the pull request.',
    positional: 'reports',
    inputs: {
        reports: {
            description: 'mlci JSON reports to render (validation, profile, run record, comparison, image, release, monitor): paths or globs, one per line.',
            kind: 'list',
            default: '.mlci/*.json',
        },
        out: { description: 'Also write the markdown (the comment body) to this file.' },
        format: {
            description: 'What the CLI prints without --out: auto (rendered for a terminal, markdown when piped), plain (rendered, even when piped) or markdown.',
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
            description: 'Post a PR review with inline comments on changed data lines whose rows failed validation.',
            kind: 'boolean',
            default: 'true',
        },
        charts: { description: 'Mermaid charts beside their tables.', kind: 'boolean', default: 'true' },
        key: {
            description: 'Extra key of the sticky comment besides workflow and job: in a matrix job pass the expression toJSON(matrix), so matrix jobs do not overwrite each other.',
        },
        mode: {
            description: 'auto, post, artifact (fork PRs: upload the rendered report and its sources for a privileged workflow) or workflow-run (that privileged workflow: download, validate and post). auto picks artifact for a fork PR and workflow-run on a workflow_run event.',
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
            description: 'Login mlci posts as, when the token is a GitHub App’s (`my-app[bot]`); default the token’s user.',
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
};

// EXTERNAL MODULE: ./build/actions/train/spec.js + 1 modules
var train_spec = __webpack_require__(83680);
;// CONCATENATED MODULE: ./build/actions/validate-data/spec.js
const validate_data_spec_spec = {
    name: 'validate-data',
    aliases: ['validate'],
    summary: 'Validate data files against a schema, quality rules and drift from a reference profile.',
    positional: 'data',
    inputs: {
        data: {
            description: 'Data files or globs, one per line (CSV, TSV, JSONL, Parquet; .gz for CSV/JSONL). Several files are shards of one table. Required unless `datapackage` is given.',
            kind: 'list',
        },
        datapackage: {
            description: 'A Frictionless datapackage.json or .yaml: validates every resource and the foreign keys between them (instead of `data` and `schema`).',
        },
        schema: {
            description: 'Table Schema (v1 or v2, JSON or YAML), the short YAML form (`columns:`), or a JSON Schema for JSONL records.',
        },
        format: {
            description: 'csv, tsv, jsonl or parquet; by default from each file name.',
        },
        delimiter: {
            description: 'CSV delimiter (one character, or tab/comma/semicolon/pipe); `,` by default, TAB for .tsv.',
        },
        header: {
            description: 'Whether the first CSV row holds the column names.',
            kind: 'boolean',
            default: 'true',
        },
        checks: {
            description: 'A YAML or JSON file of table checks (rowCount, nullRate, mostly, duplicateRows, labelBalance); adds to a `checks:` section of the schema.',
        },
        'reference-profile': {
            description: 'A data profile (mlci/data-profile JSON) to compare the data with for drift.',
        },
        profile: {
            description: 'Write the data profile of this data to this path (for drift checks later, or merge-profiles).',
        },
        report: {
            description: 'Where to write the JSON validation report.',
            default: 'mlci-validation-report.json',
        },
        'max-errors': {
            description: 'Error samples kept per error type in the report (true counts are always kept).',
            kind: 'number',
            default: '100',
        },
        workers: {
            description: "Worker threads for large CSV files (0 = one per core, 1 = none). Key checks (unique, primaryKey, uniqueKeys, duplicateRows) of one CSV file use them too: every thread records its rows' keys into partitions, and the threads deduplicate them together.",
            kind: 'number',
            default: '0',
        },
        'fail-on-error': {
            description: 'Exit 1 when the data is invalid (false: report only, exit 0).',
            kind: 'boolean',
            default: 'true',
        },
        'base-ref': {
            description: 'Diff the schema file against this branch, tag or commit (listed in the report and summary). Default: the base branch on a pull_request run, else no diff.',
        },
        'fail-on-schema-change': {
            description: 'Exit 1 when the schema file differs from the one on `base-ref` (false: report only).',
            kind: 'boolean',
            default: 'false',
        },
    },
    outputs: {
        valid: { description: '"true" when the data passed every check.' },
        'error-count': { description: 'Number of errors (true count, not the capped samples).' },
        report: { description: 'Path of the JSON validation report.', path: true },
        profile: { description: 'Path of the data profile, when one was written.', path: true },
        'schema-changed': {
            description: '"true" when the schema differs from the one on the base branch (set only when compared).',
        },
    },
    permissions: { contents: 'read' },
};

;// CONCATENATED MODULE: ./build/actions/commands.js








/**
 * A command whose module is imported on first call. The specs stay static (small, no dependencies);
 * the implementations load per command, so `mlci --version` or `mlci fingerprint` never parse the
 * code of the other commands (ncc turns each dynamic import into its own chunk of the bundle).
 */
function lazyCommand(load, pick) {
    return async (io) => pick(await load())(io);
}
/** The capabilities, in pipeline order: each has an action (actions/<name>) and a CLI command. */
const CAPABILITIES = [
    {
        spec: validate_data_spec_spec,
        run: lazyCommand(() => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(9310), __webpack_require__.e(3558), __webpack_require__.e(7348), __webpack_require__.e(3718), __webpack_require__.e(4083), __webpack_require__.e(3223)]).then(__webpack_require__.bind(__webpack_require__, 43223)), (m) => m.validateData),
    },
    {
        spec: train_spec/* spec */.I,
        run: lazyCommand(() => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(1547), __webpack_require__.e(2417), __webpack_require__.e(6872), __webpack_require__.e(6819)]).then(__webpack_require__.bind(__webpack_require__, 76819)), (m) => m.train),
    },
    {
        spec: compare_metrics_spec_spec,
        run: lazyCommand(() => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4119), __webpack_require__.e(1351), __webpack_require__.e(1547), __webpack_require__.e(5401), __webpack_require__.e(8932), __webpack_require__.e(1399)]).then(__webpack_require__.bind(__webpack_require__, 86093)), (m) => m.compareMetrics),
    },
    {
        spec: spec,
        run: lazyCommand(() => Promise.all(/* import() */[__webpack_require__.e(7746), __webpack_require__.e(9135)]).then(__webpack_require__.bind(__webpack_require__, 39135)), (m) => m.buildImage),
    },
    {
        spec: report_spec_spec,
        run: lazyCommand(() => Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(1351), __webpack_require__.e(1498)]).then(__webpack_require__.bind(__webpack_require__, 81498)), (m) => m.report),
    },
    {
        spec: release_spec_spec,
        run: lazyCommand(() => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4119), __webpack_require__.e(1351), __webpack_require__.e(1547), __webpack_require__.e(7746), __webpack_require__.e(3558), __webpack_require__.e(5401), __webpack_require__.e(8932), __webpack_require__.e(5442)]).then(__webpack_require__.bind(__webpack_require__, 63707)), (m) => m.release),
    },
    {
        spec: monitor_spec_spec,
        run: lazyCommand(() => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4119), __webpack_require__.e(1351), __webpack_require__.e(9310), __webpack_require__.e(3558), __webpack_require__.e(7348), __webpack_require__.e(5401), __webpack_require__.e(3718), __webpack_require__.e(5317), __webpack_require__.e(4083), __webpack_require__.e(2036)]).then(__webpack_require__.bind(__webpack_require__, 58334)), (m) => m.monitor),
    },
    {
        spec: spec_spec,
        run: lazyCommand(() => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4119), __webpack_require__.e(1351), __webpack_require__.e(1547), __webpack_require__.e(5401), __webpack_require__.e(8932), __webpack_require__.e(817)]).then(__webpack_require__.bind(__webpack_require__, 62249)), (m) => m.commands),
    },
];


/***/ }),

/***/ 83680:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ remoteCacheInputs),
  I: () => (/* binding */ spec)
});

// EXTERNAL MODULE: ./build/core/train/stage.js
var stage = __webpack_require__(78029);
;// CONCATENATED MODULE: ./build/core/train/config-schema.js

const PATHS = { type: 'array', items: { type: 'string', minLength: 1 } };
const NAMES = { type: 'array', items: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' } };
/** `params:` as a list (keys of params.yaml, or `{file: [keys]}` as in dvc.yaml) or a mapping of inline values. */
const PARAMS = {
    description: 'Keys read from params.yaml (`- train.lr`), keys of another file (`- params.json: [lr]`), or inline values (a mapping).',
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
const STAGE_SCHEMA = {
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
        shell: { enum: [...stage/* SHELLS */.OF], description: 'Shell for `cmd`.' },
        tools: { ...PATHS, description: 'Programs whose version goes into the fingerprint.' },
        wdir: { type: 'string', description: 'Working directory of the command, relative to the workspace.' },
        persist: {
            ...PATHS,
            description: 'Outputs not deleted before the command runs (checkpoints it resumes from); DVC `persist: true`.',
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
};
/** The structured keys of the `train:` section of mlci.yml (spec.config of the train command). */
const TRAIN_CONFIG = {
    stages: {
        description: 'Training stages by name; each is cached on its own and runs after its `depends-on`.',
        type: 'object',
        propertyNames: { pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$' },
        additionalProperties: STAGE_SCHEMA,
    },
};

;// CONCATENATED MODULE: ./build/actions/train/spec.js

/** `mlci train` and actions/train: inputs, outputs, the `stages` schema of mlci.yml, permissions. */
const spec = {
    name: 'train',
    summary: 'Run training stages reproducibly, restoring outputs from the cache when nothing that matters changed.',
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
            description: 'Where outputs are cached: auto (the Actions cache on a runner, else local), local, github-actions, registry (the local or Actions cache first, then an OCI registry: see cache-registry), none.',
            default: 'auto',
        },
        'cache-registry': {
            description: 'With cache: registry, the repository entries are stored in as OCI artifacts (`ghcr.io/OWNER/REPO-cache`); credentials as for build-image (GITHUB_TOKEN for ghcr.io, docker config.json).',
        },
        'cache-registry-username': {
            description: 'With cache: registry, the registry user. Default: GITHUB_ACTOR for ghcr.io, else docker config.json.',
        },
        'cache-registry-password': {
            description: 'With cache: registry, the registry password or token (ECR, GAR, Harbor…). Default: github-token for ghcr.io, else ~/.docker/config.json `auths` (what docker/login-action writes).',
        },
        'github-token': {
            description: 'With cache: registry on ghcr.io, the password when cache-registry-password is empty (needs `packages: write` to save). Default: the workflow token; $GITHUB_TOKEN on the command line. Never passed to stage commands.',
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
            description: 'mlci.lock next to mlci.yml: write (after the run), check (fail before running when commands, deps or params differ from it), or off.',
            default: 'write',
        },
        'frozen-lock': {
            description: 'Same as `lock: check`: fail (exit 1) when mlci.lock does not match what would run.',
            kind: 'boolean',
            default: 'false',
        },
        'allow-untrusted-code': {
            description: 'Run stages in a privileged event (pull_request_target, issue_comment, workflow_run) even when the checkout is not the workflow’s own commit.',
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
};
/** The remote cache's inputs of the CLI-only commands (pull, push, cache gc): its repository and credentials. */
const remoteCacheInputs = {
    'cache-registry': {
        description: 'The registry repository of the cache (default: `train.cache-registry` in mlci.yml).',
    },
    'cache-registry-username': spec.inputs['cache-registry-username'],
    'cache-registry-password': spec.inputs['cache-registry-password'],
    'github-token': spec.inputs['github-token'],
};


/***/ }),

/***/ 47699:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/text/inert.js
var inert = __webpack_require__(81120);
// EXTERNAL MODULE: ./build/core/text/suggest.js
var suggest = __webpack_require__(91138);
// EXTERNAL MODULE: ./build/core/version.js
var version = __webpack_require__(18614);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./build/actions/run-action.js


/**
 * What the toolkit's run() does and nothing more: run the command with the runner's IO, turn an
 * MlciError into an error annotation and its exit code. Never calls process.exit().
 */
async function runAction(spec, command, io) {
    // Worker threads that load the bundle itself (validate-data's range workers) must not run the action.
    if (!isMainThread)
        return;
    // Imported here, not at the top: the CLI imports reportFailure and has no use for @actions/core.
    io ??= (await __webpack_require__.e(/* import() */ 8259).then(__webpack_require__.bind(__webpack_require__, 18259))).runnerIO();
    try {
        await command(io);
    }
    catch (thrown) {
        process.exitCode = reportFailure(spec, thrown, io);
    }
}
/** Logs a thrown value the way a reviewer can act on and returns the exit code it maps to. */
function reportFailure(spec, thrown, io) {
    if (thrown instanceof errors/* MlciError */.sc) {
        // One error annotation, on the user's file where we know it (setFailed would add a second one
        // and could only exit 1).
        io.log.error(thrown.describe({ where: false, hint: false }), {
            title: `mlci ${spec.name}`,
            where: thrown.where,
            hint: thrown.hint,
        });
        return thrown.exitCode;
    }
    // Not an MlciError: a bug of ours. Keep the stack in the debug log, not in the annotation.
    const stack = thrown instanceof Error && thrown.stack ? thrown.stack : String(thrown);
    for (const line of stack.split('\n'))
        io.log.debug(line);
    io.log.error(`mlci ${spec.name} failed unexpectedly: ${(0,errors/* messageOf */.bD)(thrown)}`, { title: `mlci ${spec.name}` });
    return 1;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./build/core/text/redact.js
var redact = __webpack_require__(27827);
// EXTERNAL MODULE: ./build/platform/inert-logger.js
var inert_logger = __webpack_require__(75963);
;// CONCATENATED MODULE: ./build/platform/cli-io.js






function prefix(kind, message, props) {
    const title = props?.title ? `${props.title}: ` : '';
    const at = props?.where ? `${(0,errors/* formatWhere */.Hp)(props.where)}: ` : '';
    return (0,inert_logger/* withHint */.m)(`${kind}: ${title}${at}${message}`, props);
}
/** Writes lines mlci wrote itself (help, usage errors) to a stream, redacted and made inert: see inertBlock. */
function printBlock(stream, text) {
    process[stream].write(`${(0,inert/* inertBlock */.WC)((0,redact/* redactCredentials */.U)(text))}\n`);
}
/** The ActionIO of `npx mlci …` on a laptop: flags as inputs, logs on stderr, the summary on stdout. */
function cliIO(options) {
    const write = options.write ?? ((text) => process.stderr.write(text));
    const secrets = [];
    const mask = (text) => secrets.reduce((out, secret) => out.split(secret).join('***'), text);
    const say = (text) => write(`${mask(text)}\n`);
    // The shell can be a workflow step (`run: npx mlci …`): its stderr is read for workflow commands too.
    const log = (0,inert_logger/* inertLogger */.H)({
        info: (message) => !options.quiet && say(message),
        debug: (message) => options.env?.MLCI_DEBUG && say(`debug: ${message}`),
        notice: (message, props) => say(prefix('notice', message, props)),
        warning: (message, props) => say(prefix('warning', message, props)),
        error: (message, props) => say(prefix('error', message, props)),
        group: async (name, work) => {
            if (!options.quiet)
                say(`── ${name}`);
            return work();
        },
    });
    return {
        inputs: { get: (name) => options.inputs.get(name) || undefined },
        log,
        env: options.env ?? process.env,
        cwd: options.cwd ?? process.cwd(),
        output: (name, value) => {
            // A value with a line break is a heredoc, as GITHUB_OUTPUT takes it: it cannot add a second output.
            const delimiter = `mlci_${(0,external_node_crypto_.randomUUID)()}`;
            const line = /[\r\n]/.test(value)
                ? `${name}<<${delimiter}\n${value}\n${delimiter}\n`
                : `${name}=${value}\n`;
            if (options.outputsFile)
                (0,external_node_fs_.appendFileSync)(options.outputsFile, line);
            else if (!options.quiet)
                write(`${(0,inert/* inertLine */.Fq)(mask(`${name}=${value}`))}\n`);
        },
        summary: async (markdown) => {
            if (!options.quiet)
                printBlock('stdout', mask(markdown));
        },
        setSecret: (value) => {
            if (value)
                secrets.push(value);
        },
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./build/core/text/terminal.js
/** Each style with its own reset (22: bold/dim off, 39: default colour), so they nest: a ✓ in a heading. */
const SGR = {
    bold: ['1', '22'],
    dim: ['2', '22'],
    red: ['31', '39'],
    green: ['32', '39'],
    yellow: ['33', '39'],
    cyan: ['36', '39'],
};
const paint = (style, code, text) => style.color && text ? `\u001b[${SGR[code][0]}m${text}\u001b[${SGR[code][1]}m` : text;
const ANSI = /\u001b\[[0-9;]*m/g;
/** Columns a string takes in a terminal: wide East Asian and emoji count 2, joiners and selectors 0. */
function displayWidth(text) {
    let width = 0;
    for (const ch of text.replace(ANSI, '')) {
        const cp = ch.codePointAt(0) ?? 0;
        if (cp === 0x200b || cp === 0x200d || cp === 0xfe0f || (cp >= 0x300 && cp <= 0x36f))
            continue;
        const wide = (cp >= 0x1100 && cp <= 0x115f) ||
            (cp >= 0x2e80 && cp <= 0xa4cf) ||
            (cp >= 0xac00 && cp <= 0xd7a3) ||
            (cp >= 0xf900 && cp <= 0xfaff) ||
            (cp >= 0xff00 && cp <= 0xff60) ||
            (cp >= 0xffe0 && cp <= 0xffe6) ||
            (cp >= 0x1f000 && cp <= 0x1faff) ||
            (cp >= 0x20000 && cp <= 0x3fffd);
        width += wide ? 2 : 1;
    }
    return width;
}
/** Status emoji of the summaries as one-column marks, coloured by meaning. */
const MARKS = [
    [/✅\ufe0f?/g, '✓', 'green'],
    [/❌\ufe0f?/g, '✗', 'red'],
    [/⚠\ufe0f?/g, '⚠', 'yellow'],
    [/ℹ\ufe0f?/g, 'ℹ', 'dim'],
];
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
/** One line of inline markdown: code spans, bold, links, escapes, entities, marks. */
function renderInline(line, style) {
    const parts = [];
    // Code spans first: their content is literal (no escapes inside).
    const pattern = /(`+)( ?)(.*?)\2\1(?!`)/g;
    let at = 0;
    for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
        parts.push(prose(line.slice(at, m.index), style), paint(style, 'cyan', m[3]));
        at = m.index + m[0].length;
    }
    parts.push(prose(line.slice(at), style));
    return parts.join('');
}
function prose(text, style) {
    let out = text
        // tags mlci writes (<br>, <sub>, <b>…): an escaped \< is the user's and stays
        .replace(/(^|[^\\])<(\/?)([a-z][a-z0-9]*)(\s[^<>]*)?\/?>/gi, (_, before, _c, tag) => tag.toLowerCase() === 'br' ? `${before} ` : before)
        .replace(/(^|[^\\])\[([^\]]*)\]\((https?:[^)\s]*)\)/g, (_, before, label, url) => label === url ? `${before}${url}` : `${before}${label} (${url})`)
        .replace(/\*\*(.+?)\*\*/g, (_, bold) => paint(style, 'bold', bold))
        .replace(/\\([\\`*_{}[\]()<>#+!|~\-=:.])/g, '$1')
        .replace(/&(amp|lt|gt|quot|#39);/g, (_, name) => ENTITIES[name] ?? _)
        .replace(/\u200b/g, '');
    for (const [emoji, mark, color] of MARKS)
        out = out.replace(emoji, paint(style, color, mark));
    return out;
}
/** Cells of a `| a | b\| c |` row: a `\|` is part of a cell. */
function cells(row) {
    const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
    return inner.split(/(?<!\\)\|/).map((c) => c.trim());
}
const isSeparator = (row) => /^\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$/.test(row.trim());
function renderTable(rows, style) {
    const [head, separator, ...body] = rows;
    const right = isSeparator(separator ?? '') ? cells(separator).map((c) => c.endsWith(':')) : [];
    const grid = [head, ...(right.length ? body : rows.slice(1))].map((r) => cells(r).map((c) => (STATUS[c] ? paint(style, STATUS[c], c) : renderInline(c, style))));
    const columns = Math.max(...grid.map((r) => r.length));
    const widths = fitWidths(Array.from({ length: columns }, (_, i) => Math.max(...grid.map((r) => displayWidth(r[i] ?? '')))), style.columns);
    const line = (row) => widths
        .map((w, i) => {
        const text = cut(row[i] ?? '', w);
        const pad = ' '.repeat(w - displayWidth(text));
        return right[i] ? pad + text : text + pad;
    })
        .join('  ')
        .trimEnd();
    const [first, ...rest] = grid;
    return [
        `  ${line(first.map((c) => paint(style, 'bold', c.replace(ANSI, ''))))}`,
        `  ${paint(style, 'dim', widths.map((w) => '─'.repeat(w)).join('  '))}`,
        ...rest.map((r) => `  ${line(r)}`),
    ];
}
/** Column widths that fit `total` columns (2 indent, 2 between): the widest give way first, to 8. */
function fitWidths(widths, total) {
    if (!total)
        return widths;
    const out = [...widths];
    const room = total - 2 - 2 * (out.length - 1);
    while (out.reduce((a, b) => a + b, 0) > room) {
        const widest = out.indexOf(Math.max(...out));
        if (out[widest] <= 8)
            break;
        out[widest]--;
    }
    return out;
}
/** A cell cut to `width` columns with …; a cut cell loses its colours (they could be cut in half). */
function cut(text, width) {
    if (displayWidth(text) <= width)
        return text;
    let out = '';
    for (const ch of text.replace(ANSI, '')) {
        if (displayWidth(`${out}${ch}`) > width - 1)
            break;
        out += ch;
    }
    return `${out}…`;
}
/** Status words of table cells, coloured by meaning. */
const STATUS = { pass: 'green', ok: 'green', fail: 'red', error: 'red', warn: 'yellow' };
/**
 * The index of the `</details>` that closes a fold opened just before `from`, when everything in between
 * is blank or one mermaid chart; undefined otherwise.
 */
function onlyChartUntilClose(lines, from) {
    let inChart = false;
    for (let i = from; i < lines.length; i++) {
        const line = lines[i];
        if (inChart) {
            if (/^(`{3,}|~{3,})\s*$/.test(line))
                inChart = false;
            continue;
        }
        if (/^\s*<\/details>\s*$/i.test(line))
            return i;
        if (/^(`{3,}|~{3,})\s*mermaid\s*$/.test(line))
            inChart = true;
        else if (line.trim() !== '')
            return undefined;
    }
    return undefined;
}
/** The whole summary for a terminal; a trailing newline is not added. */
function renderMarkdown(markdown, style) {
    const lines = markdown
        .replace(/\r\n?/g, '\n')
        .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\ufffd')
        .split('\n');
    const out = [];
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const fence = /^(`{3,}|~{3,})\s*(\w*)/.exec(line);
        if (fence) {
            // A mermaid chart is drawn by GitHub, not a terminal: it is left out (mlci puts its numbers in a table too).
            const chart = fence[2] === 'mermaid';
            for (i++; i < lines.length && !lines[i].startsWith(fence[1]); i++)
                if (!chart)
                    out.push(`    ${lines[i]}`);
            continue;
        }
        if (line.trimStart().startsWith('|')) {
            const table = [];
            for (; i < lines.length && lines[i].trimStart().startsWith('|'); i++)
                table.push(lines[i]);
            i--;
            out.push(...renderTable(table, style));
            continue;
        }
        const heading = /^(#{1,6})\s+(.*)$/.exec(line);
        if (heading) {
            out.push(paint(style, 'bold', renderInline(heading[2], style)));
            continue;
        }
        if (/^\s*<!--.*-->\s*$/.test(line))
            continue; // a hidden marker is hidden here too
        const summary = /^\s*<details>\s*<summary>(.*?)<\/summary>\s*$/i.exec(line);
        if (summary) {
            const end = onlyChartUntilClose(lines, i + 1);
            if (end !== undefined) {
                i = end; // a fold that holds nothing but a chart has nothing to show here
                continue;
            }
            out.push(paint(style, 'dim', `▸ ${renderInline(summary[1], style)}`));
            continue;
        }
        if (/^\s*<\/?details>\s*$/i.test(line))
            continue;
        const quote = /^>\s?(.*)$/.exec(line);
        if (quote) {
            out.push(`${paint(style, 'dim', '│')} ${renderInline(quote[1], style)}`);
            continue;
        }
        const item = /^(\s*)[-*]\s+(.*)$/.exec(line);
        if (item) {
            out.push(`${item[1]}• ${renderInline(item[2], style)}`);
            continue;
        }
        out.push(renderInline(line, style));
    }
    // At most one blank line in a row, none at the ends.
    return out
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .replace(/^\n+|\n+$/g, '');
}

// EXTERNAL MODULE: ./build/platform/terminal/progress.js + 1 modules
var terminal_progress = __webpack_require__(26986);
;// CONCATENATED MODULE: ./build/platform/terminal/terminal-io.js





/** Colours only on a terminal, never with NO_COLOR set (no-color.org: any non-empty value) or TERM=dumb. */
function useColor(stream, env) {
    return stream.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb';
}
/** The CLI runs as a workflow step (`run: npx mlci …`): outputs and markdown are what the log wants. */
const onRunner = (env) => env.GITHUB_ACTIONS === 'true';
/**
 * The CLI's IO for people and scripts, around cliIO: in a terminal the summary is rendered (tables
 * aligned, ✓/✗, no escapes); piped it stays markdown (`mlci … > summary.md`); `name=value` outputs
 * only with `--outputs` or on a runner; `--json` prints the report instead of the summary.
 */
function terminalIO(inner, options) {
    const outputs = new Map();
    const secrets = [];
    const mask = (text) => secrets.reduce((out, secret) => out.split(secret).join('***'), text);
    const human = options.stdout.isTTY === true && !onRunner(options.env);
    const stderr = options.stderr;
    const progress = stderr?.isTTY === true && !options.quiet && !onRunner(options.env)
        ? (0,terminal_progress/* ttyProgress */.rA)({ write: (text) => stderr.write(text), columns: stderr.columns })
        : undefined;
    // A log line first erases the progress line, so the two never share a line.
    const log = progress ? clearingFirst(inner.log, progress.clear) : inner.log;
    return {
        ...inner,
        log,
        progress,
        output: (name, value) => {
            outputs.set(name, value);
            if (options.outputsFile || onRunner(options.env))
                inner.output(name, value);
        },
        summary: async (markdown, form = 'auto') => {
            if (options.json || options.quiet)
                return;
            const rendered = !onRunner(options.env) && (form === 'text' || (form === 'auto' && human));
            if (!rendered)
                return inner.summary(markdown);
            const color = useColor(options.stdout, options.env);
            // the same redaction as every other printed line (credentials in URLs), then rendered inert
            const text = (0,redact/* redactCredentials */.U)(mask(markdown));
            options.stdout.write(`${renderMarkdown(text, { color, columns: options.stdout.columns })}\n\n`);
        },
        setSecret: (value) => {
            if (value)
                secrets.push(value);
            inner.setSecret(value);
        },
        printJson: async () => {
            if (!options.json)
                return;
            const report = outputs.get('report');
            let text;
            if (report) {
                try {
                    text = (await (0,promises_.readFile)((0,external_node_path_.resolve)(inner.cwd, report), 'utf8')).trimEnd();
                }
                catch {
                    text = undefined; // the command failed before writing it: the outputs say what is known
                }
            }
            if (text === undefined && outputs.size === 0)
                return;
            options.stdout.write(`${mask(text ?? JSON.stringify(Object.fromEntries(outputs), null, 2))}\n`);
        },
    };
}
/** The logger with `clear()` called before each line (the progress line is erased, then redrawn later). */
function clearingFirst(log, clear) {
    return {
        info: (message) => {
            clear();
            log.info(message);
        },
        debug: (message) => {
            clear();
            log.debug(message);
        },
        notice: (message, props) => {
            clear();
            log.notice(message, props);
        },
        warning: (message, props) => {
            clear();
            log.warning(message, props);
        },
        error: (message, props) => {
            clear();
            log.error(message, props);
        },
        group: (name, work) => {
            clear();
            return log.group(name, work);
        },
    };
}

;// CONCATENATED MODULE: ./build/cli/args.js


/** Flags every command takes on the command line, beyond its inputs. */
const CLI_FLAGS = {
    help: 'show this help',
    outputs: 'write the outputs as name=value lines to this file (like GITHUB_OUTPUT)',
    quiet: 'print only warnings and errors (no summary, no progress)',
    json: 'print the report as JSON on stdout (for scripts) instead of the summary',
};
/**
 * Turns `--schema s.yaml --max-rows=5 --force a.csv b.csv` into inputs keyed by action.yml names.
 * A repeated flag or several positionals are newline-joined, as a YAML block list would be.
 */
function parseArgs(spec, argv) {
    const inputs = new Map();
    const add = (name, value) => {
        const previous = inputs.get(name);
        inputs.set(name, previous === undefined ? value : `${previous}\n${value}`);
    };
    const positionals = [];
    let help = false;
    let quiet = false;
    let json = false;
    let outputsFile;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            positionals.push(...argv.slice(i + 1));
            break;
        }
        if (!arg.startsWith('-') || arg === '-') {
            positionals.push(arg);
            continue;
        }
        if (arg === '-h' || arg === '--help') {
            help = true;
            continue;
        }
        const eq = arg.indexOf('=');
        const name = arg.slice(2, eq === -1 ? undefined : eq);
        const inline = eq === -1 ? undefined : arg.slice(eq + 1);
        if (!arg.startsWith('--') || name === '')
            throw new errors/* UsageError */.eb(`unknown option ${arg}`, { hint: helpHint(spec) });
        if (name === 'quiet') {
            quiet = true;
            continue;
        }
        if (name === 'json' && !spec.inputs.json) {
            json = true;
            continue;
        }
        const negated = name.startsWith('no-') && spec.inputs[name.slice(3)]?.kind === 'boolean';
        const input = negated ? name.slice(3) : name;
        const declared = spec.inputs[input];
        if (!declared && name !== 'outputs') {
            const known = [...Object.keys(spec.inputs), ...Object.keys(CLI_FLAGS)];
            throw new errors/* UsageError */.eb(`unknown option --${name} for \`mlci ${spec.name}\`${(0,suggest/* didYouMean */.au)(name, known)}`, {
                hint: helpHint(spec),
            });
        }
        if (negated || declared?.kind === 'boolean') {
            add(input, inline ?? String(!negated));
            continue;
        }
        const value = inline ?? argv[++i];
        if (value === undefined)
            throw new errors/* UsageError */.eb(`option --${name} needs a value`, { hint: helpHint(spec) });
        if (name === 'outputs')
            outputsFile = value;
        else
            add(input, value);
    }
    if (positionals.length) {
        if (!spec.positional) {
            throw new errors/* UsageError */.eb(`\`mlci ${spec.name}\` takes no positional arguments, got "${positionals[0]}"`, {
                hint: helpHint(spec),
            });
        }
        add(spec.positional, positionals.join('\n'));
    }
    return { inputs, help, quiet, json, outputsFile };
}
function helpHint(spec) {
    return `run \`mlci ${spec.name} --help\` for its options`;
}

// EXTERNAL MODULE: ./build/actions/commands.js + 7 modules
var commands = __webpack_require__(75325);
// EXTERNAL MODULE: ./build/actions/train/spec.js + 1 modules
var spec = __webpack_require__(83680);
;// CONCATENATED MODULE: ./build/actions/fingerprint/spec.js

/** The single-stage inputs of `mlci train`, so `mlci fingerprint --cmd … --deps …` explains that form too. */
const { cmd, name: spec_name, deps, params, outs, metrics, plots, env, seed, timeout, verify, shell } = spec/* spec */.I.inputs;
/** `mlci fingerprint`: CLI only (no action.yml). */
const spec_spec = {
    name: 'fingerprint',
    summary: 'Print the fingerprint of training stages, and with --explain every input and what changed since the last run.',
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
        name: spec_name,
        deps,
        params,
        outs,
        metrics,
        plots,
        env,
        'pass-env': spec/* spec */.I.inputs['pass-env'],
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
};

;// CONCATENATED MODULE: ./build/actions/history/spec.js
const history_spec_spec = {
    name: 'history',
    summary: 'Production history from the release records: who released which model, when, why, with what metrics.',
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
};

;// CONCATENATED MODULE: ./build/actions/infer-schema/spec.js
/** `mlci infer-schema`: CLI-only (no action.yml). */
const infer_schema_spec_spec = {
    name: 'infer-schema',
    summary: 'Draft a Table Schema (for a human to review) and a reference profile from data files.',
    inputs: {
        data: {
            description: 'Data files or globs (CSV/TSV, JSONL, Parquet; .gz allowed), one per line: shards of one table.',
            kind: 'list',
            required: true,
        },
        out: {
            description: 'Where to write the draft schema: YAML (with review comments) or, for a .json name, JSON.',
            default: 'schema.yaml',
        },
        'profile-out': {
            description: 'Also write a reference profile (kind mlci/data-profile) of the data here, for drift checks.',
        },
        delimiter: { description: 'CSV delimiter (`,` by default, TAB for .tsv; `tab`, `;`, `|` …).' },
    },
    outputs: {
        schema: { description: 'Path of the draft schema.', path: true },
        profile: { description: 'Path of the reference profile, when one was written.', path: true },
        fields: { description: 'Number of fields in the draft.' },
        rows: { description: 'Number of data rows read.' },
    },
    positional: 'data',
    action: false,
    permissions: { contents: 'read' },
};

;// CONCATENATED MODULE: ./build/actions/init/spec.js
/** `mlci init`: CLI-only (no action.yml). */
const init_spec_spec = {
    name: 'init',
    summary: 'Start a project: a starter mlci.yml (schema and reference profile inferred from the data, a train stage from dvc.yaml or a train script) and the pull-request workflow. Never overwrites a file.',
    inputs: {
        dir: { description: 'The project directory.', default: '.' },
        data: {
            description: 'The data file to validate; by default the first data file under data/, else at the top.',
        },
    },
    outputs: {
        written: { description: 'Comma-separated paths of the files written.' },
        kept: { description: 'Comma-separated paths that existed and were left as they were.' },
    },
    positional: 'dir',
    action: false,
    permissions: { contents: 'read' },
};

;// CONCATENATED MODULE: ./build/actions/merge-profiles/spec.js
/** `mlci merge-profiles`: CLI-only (no action.yml). */
const merge_profiles_spec_spec = {
    name: 'merge-profiles',
    summary: 'Merge the partial profiles of shards into one profile, and check it for drift against a reference.',
    inputs: {
        profiles: {
            description: 'Partial profile files or globs (kind mlci/data-profile), one per line, in shard order.',
            kind: 'list',
            required: true,
        },
        out: { description: 'Where to write the merged profile.', default: 'profile.json' },
        reference: { description: 'A reference profile: compare the merged profile with it for drift.' },
        thresholds: {
            description: 'YAML or JSON file of drift thresholds (`defaults:` and per-column `columns:`); see docs/profiles-and-drift.md.',
        },
        'fail-on-drift': {
            description: 'Exit 1 when a column drifted (otherwise only report it).',
            kind: 'boolean',
            default: 'true',
        },
    },
    outputs: {
        profile: { description: 'Path of the merged profile.', path: true },
        rows: { description: 'Rows in the merged profile.' },
        drifted: {
            description: '`true` when a column drifted from the reference, `false` otherwise (only with `reference`).',
        },
        'drifted-columns': { description: 'Comma-separated names of the drifted columns.' },
    },
    positional: 'profiles',
    action: false,
    permissions: { contents: 'read' },
};

;// CONCATENATED MODULE: ./build/actions/cache-gc/spec.js

/** `mlci cache gc --keep-last N`: CLI only (no action.yml). */
const cache_gc_spec_spec = {
    name: 'cache',
    summary: 'Manage the registry cache: `mlci cache gc --keep-last N` deletes all but the newest N entries per stage.',
    inputs: {
        command: { description: 'What to do: gc.', required: true },
        'keep-last': {
            description: 'Entries kept per stage (newest first, by creation time).',
            kind: 'number',
            default: '5',
        },
        'dry-run': {
            description: 'List what would be deleted, delete nothing.',
            kind: 'boolean',
            default: 'false',
        },
        config: spec/* spec */.I.inputs.config,
        ...spec/* remoteCacheInputs */.g,
    },
    outputs: {
        deleted: { description: 'Number of entries deleted (or that would be, with --dry-run).' },
        kept: { description: 'Number of entries kept.' },
    },
    positional: 'command',
    action: false,
};

;// CONCATENATED MODULE: ./build/actions/pull/spec.js

/** `mlci pull [stage…]`: CLI only (no action.yml). */
const pull_spec_spec = {
    name: 'pull',
    summary: 'Restore the outputs CI produced for this checkout from the registry cache (cache-registry), stage by stage.',
    inputs: {
        targets: { description: 'Stages to pull (with the stages they need); all when empty.', kind: 'list' },
        config: spec/* spec */.I.inputs.config,
        'dvc-file': spec/* spec */.I.inputs['dvc-file'],
        ...spec/* remoteCacheInputs */.g,
        'cache-dir': spec/* spec */.I.inputs['cache-dir'],
    },
    outputs: {
        pulled: { description: 'Stages whose outputs were restored, comma-separated.' },
    },
    positional: 'targets',
    action: false,
};

;// CONCATENATED MODULE: ./build/actions/push/spec.js

/** `mlci push [stage…]`: CLI only (no action.yml). */
const push_spec_spec = {
    name: 'push',
    summary: 'Upload the outputs of the last `mlci train` (its run record) to the registry cache, so CI and others restore them.',
    inputs: {
        targets: { description: 'Stages to push; all stages of the run record when empty.', kind: 'list' },
        config: spec/* spec */.I.inputs.config,
        'dvc-file': spec/* spec */.I.inputs['dvc-file'],
        ...spec/* remoteCacheInputs */.g,
        record: { description: 'The run record of the results to push.', default: '.mlci/run-record.json' },
    },
    outputs: {
        pushed: { description: 'Stages whose outputs are in the registry now, comma-separated.' },
    },
    positional: 'targets',
    action: false,
};

;// CONCATENATED MODULE: ./build/actions/status/spec.js

/** `mlci status`: CLI only (no action.yml), like `dvc status`. */
const status_spec_spec = {
    name: 'status',
    summary: 'Show which training stages changed since mlci.lock: commands, deps, params and outputs (like `dvc status`).',
    inputs: {
        targets: { description: 'Stages to look at; all declared stages when empty.', kind: 'list' },
        config: spec/* spec */.I.inputs.config,
        'dvc-file': spec/* spec */.I.inputs['dvc-file'],
        'cache-dir': {
            description: 'Directory of the hash state (a second run reads no unchanged file).',
            default: '.mlci/cache',
        },
    },
    outputs: {
        changed: { description: 'Stages that differ from the lock, comma-separated (empty when up to date).' },
    },
    positional: 'targets',
    action: false,
};

;// CONCATENATED MODULE: ./build/actions/run/spec.js
const run_spec_spec = {
    name: 'run',
    summary: 'Run the pipeline declared in mlci.yml (every section, in pipeline order), or one section of it.',
    inputs: {
        config: { description: 'Path of the mlci.yml file.', default: 'mlci.yml' },
        only: {
            description: 'Run only these sections (capability names, e.g. `validate-data`), in pipeline order.',
            kind: 'list',
        },
    },
    outputs: {
        steps: { description: 'The sections that ran, comma-separated, in order.' },
    },
    positional: 'only',
    permissions: { contents: 'read' },
};

;// CONCATENATED MODULE: ./build/cli/commands.js











/** Every `mlci` command: the capabilities, then the pipeline runner and CLI-only tools (each loaded on use). */
const CLI_COMMANDS = [
    ...commands/* CAPABILITIES */.$,
    {
        spec: run_spec_spec,
        run: (0,commands/* lazyCommand */.m)(() => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(1547), __webpack_require__.e(4059)]).then(__webpack_require__.bind(__webpack_require__, 74059)), (m) => m.run),
    },
    {
        spec: history_spec_spec,
        run: (0,commands/* lazyCommand */.m)(() => Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(1351), __webpack_require__.e(219)]).then(__webpack_require__.bind(__webpack_require__, 80219)), (m) => m.history),
    },
    {
        spec: spec_spec,
        run: (0,commands/* lazyCommand */.m)(() => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(1547), __webpack_require__.e(2417), __webpack_require__.e(6872), __webpack_require__.e(4571)]).then(__webpack_require__.bind(__webpack_require__, 34571)), (m) => m.fingerprint),
    },
    {
        spec: status_spec_spec,
        run: (0,commands/* lazyCommand */.m)(() => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(1547), __webpack_require__.e(2417), __webpack_require__.e(8169)]).then(__webpack_require__.bind(__webpack_require__, 68169)), (m) => m.status),
    },
    {
        spec: pull_spec_spec,
        run: (0,commands/* lazyCommand */.m)(() => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(1547), __webpack_require__.e(7746), __webpack_require__.e(2417), __webpack_require__.e(3183), __webpack_require__.e(6872), __webpack_require__.e(7927)]).then(__webpack_require__.bind(__webpack_require__, 87927)), (m) => m.pull),
    },
    {
        spec: push_spec_spec,
        run: (0,commands/* lazyCommand */.m)(() => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(1547), __webpack_require__.e(7746), __webpack_require__.e(2417), __webpack_require__.e(3183), __webpack_require__.e(9277)]).then(__webpack_require__.bind(__webpack_require__, 59277)), (m) => m.push),
    },
    {
        spec: cache_gc_spec_spec,
        run: (0,commands/* lazyCommand */.m)(() => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(1547), __webpack_require__.e(7746), __webpack_require__.e(3183), __webpack_require__.e(6204)]).then(__webpack_require__.bind(__webpack_require__, 76407)), (m) => m.cacheGc),
    },
    {
        spec: infer_schema_spec_spec,
        run: (0,commands/* lazyCommand */.m)(() => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2123), __webpack_require__.e(6367), __webpack_require__.e(9310), __webpack_require__.e(3558), __webpack_require__.e(7348), __webpack_require__.e(4469), __webpack_require__.e(7119)]).then(__webpack_require__.bind(__webpack_require__, 17119)), (m) => m.inferSchema),
    },
    {
        spec: merge_profiles_spec_spec,
        run: (0,commands/* lazyCommand */.m)(() => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(9310), __webpack_require__.e(3558), __webpack_require__.e(5317), __webpack_require__.e(7611)]).then(__webpack_require__.bind(__webpack_require__, 27611)), (m) => m.mergeProfilesCommand),
    },
    {
        spec: init_spec_spec,
        run: (0,commands/* lazyCommand */.m)(() => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2123), __webpack_require__.e(6367), __webpack_require__.e(9310), __webpack_require__.e(3558), __webpack_require__.e(7348), __webpack_require__.e(4469), __webpack_require__.e(7626)]).then(__webpack_require__.bind(__webpack_require__, 7626)), (m) => m.init),
    },
];
/** A command by name or alias. */
function findCommand(name) {
    return CLI_COMMANDS.find(({ spec }) => spec.name === name || spec.aliases?.includes(name));
}

;// CONCATENATED MODULE: ./build/cli/help.js


const wrap = (text, indent, width = 100) => {
    const words = text.split(/\s+/);
    const lines = [];
    let line = '';
    for (const word of words) {
        if (line && line.length + word.length + 1 > width - indent) {
            lines.push(line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
    return lines.join(`\n${' '.repeat(indent)}`);
};
/** `mlci --help`: every command with its one-line summary. */
function mainHelp(commands) {
    const width = Math.max(...commands.map((spec) => spec.name.length)) + 2;
    const rows = commands.map((spec) => {
        const aliases = spec.aliases?.length ? ` (alias: ${spec.aliases.join(', ')})` : '';
        return `  ${spec.name.padEnd(width)}${wrap(spec.summary + aliases, width + 2)}`;
    });
    return [
        `mlci ${version/* MLCI_VERSION */.B}: ML CI/CD — the same commands as the mlci GitHub Actions.`,
        '',
        'Usage: mlci <command> [options]',
        '',
        'Commands:',
        ...rows,
        '',
        'Options: --help, --version. Run `mlci <command> --help` for a command’s options.',
        'Exit codes: 0 ok, 1 failed gate or invalid data, 2 usage or configuration error.',
    ].join('\n');
}
/** `mlci <command> --help`: the inputs as flags, with the same names and defaults as action.yml. */
function commandHelp(spec) {
    const flag = (name, kind) => (kind === 'boolean' ? `--${name}` : `--${name} <value>`);
    const options = [
        ...Object.entries(spec.inputs).map(([name, input]) => {
            // A workflow expression (`${{ github.token }}`) is the runner's default, not the command line's:
            // the description says what the CLI uses instead.
            const shown = input.default && !input.default.includes('${{') ? input.default : '';
            const extra = [input.required ? 'required' : '', shown ? `default: ${shown}` : '']
                .filter(Boolean)
                .join('; ');
            return [flag(name, input.kind), input.description + (extra ? ` (${extra})` : '')];
        }),
        ...Object.entries(CLI_FLAGS).map(([name, text]) => [name === 'outputs' ? '--outputs <file>' : `--${name}`, text]),
    ];
    const width = Math.max(...options.map(([left]) => left.length)) + 2;
    const usage = spec.positional
        ? `mlci ${spec.name} [options] [${spec.positional}...]`
        : `mlci ${spec.name} [options]`;
    const outputs = Object.entries(spec.outputs).map(([name, output]) => `  ${name}: ${output.description}`);
    return [
        `${spec.summary}`,
        '',
        `Usage: ${usage}`,
        '',
        'Options:',
        ...options.map(([left, text]) => `  ${left.padEnd(width)}${wrap(text, width + 2)}`),
        ...(outputs.length ? ['', 'Outputs (printed as name=value, or written to --outputs):', ...outputs] : []),
    ].join('\n');
}

;// CONCATENATED MODULE: ./build/cli/main.js










const allSpecs = () => CLI_COMMANDS.map(({ spec }) => spec);
/** `mlci <command> …`: returns the exit code; the bin script sets it, nothing here exits. */
async function main(argv, env = process.env) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        printBlock('stdout', mainHelp(allSpecs()));
        return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-V') {
        printBlock('stdout', version/* MLCI_VERSION */.B);
        return 0;
    }
    const command = findCommand(name);
    if (!command) {
        const names = allSpecs().flatMap((spec) => [spec.name, ...(spec.aliases ?? [])]);
        printBlock('stderr', `error: unknown command \`${(0,inert/* visible */.RK)(name)}\`${(0,suggest/* didYouMean */.au)(name, names)}\n  run \`mlci --help\``);
        return 2;
    }
    const { spec } = command;
    let args;
    try {
        args = parseArgs(spec, rest);
    }
    catch (thrown) {
        const [message, hint] = thrown instanceof errors/* MlciError */.sc ? [thrown.describe({ hint: false }), thrown.hint] : [String(thrown)];
        printBlock('stderr', `error: ${(0,inert/* visible */.RK)(message)}${hint === undefined ? '' : `\n  hint: ${(0,inert/* visible */.RK)(hint)}`}`);
        return thrown instanceof errors/* UsageError */.eb ? 2 : 1;
    }
    if (args.help) {
        printBlock('stdout', commandHelp(spec));
        return 0;
    }
    const { quiet, json, outputsFile } = args;
    const io = terminalIO(cliIO({ inputs: args.inputs, env, quiet, outputsFile }), {
        stdout: process.stdout,
        stderr: process.stderr,
        env,
        json,
        quiet,
        outputsFile,
    });
    let code = 0;
    try {
        await command.run(io);
    }
    catch (thrown) {
        code = reportFailure(spec, thrown, io);
    }
    await io.printJson();
    return code;
}


/***/ }),

/***/ 81120:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fq: () => (/* binding */ inertLine),
/* harmony export */   RK: () => (/* binding */ visible),
/* harmony export */   WC: () => (/* binding */ inertBlock)
/* harmony export */ });
// Log text that cannot act: the GitHub runner reads every line a step prints (stdout and stderr) and
// acts on `::command::…` at the start of a line (after leading white space) and on the older
// `##[command]…` anywhere in it; it ends a line at CR as well as LF. A file name, field name, metric name,
// server reply or subprocess line carrying `\n::add-mask::true` or `\r::stop-commands::x` would otherwise
// issue that command in mlci's name (reference/reliability-and-security.md §2.6, tj-actions masking).
// C0 controls except TAB, DEL, C1 controls, the Unicode line and paragraph separators, and the bidi
// overrides and isolates (a name that reads differently from what it is).
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// Colour (SGR) sequences are kept: the log viewer renders them and they cannot move the cursor, clear
// the screen or set the clipboard as other escape sequences can in a terminal.
const SGR = /^\u001b\[[0-9;]{0,32}m/;
const NAMED = { '\n': '\\n', '\r': '\\r', '\u001b': '\\e' };
function shown(ch) {
    const code = ch.charCodeAt(0);
    return NAMED[ch] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`);
}
/** `text` on one line with every control character shown as an escape (`\n`, `\r`, `\x07`, `\u202e`). */
function visible(text) {
    return text.replace(CONTROL, (ch, offset) => ch === '\u001b' && SGR.test(text.slice(offset, offset + 36)) ? ch : shown(ch));
}
/**
 * One log line no runner can read as a workflow command: control characters shown, a leading `::` (after
 * white space) preceded by a backslash, and every `##[` broken as `##\[`. mlci issues its own commands
 * through the runner protocol (runner-io.ts), after this.
 */
function inertLine(text) {
    const line = visible(text).replace(/##\[/g, '##\\[');
    return /^\s*::/.test(line) ? `\\${line}` : line;
}
/**
 * A block mlci wrote on purpose over several lines (the job summary, help text): its LF line breaks are
 * kept, every line made inert, and any other line break (a lone CR) shown.
 */
function inertBlock(text) {
    return text
        .split(/\r?\n/)
        .map((line) => inertLine(line))
        .join('\n');
}


/***/ }),

/***/ 27827:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ redactCredentials)
/* harmony export */ });
// Credentials written into a URL or an image reference (`https://user:pass@host/…`,
// `user:token@ghcr.io/acme/model`) must not reach a log line, an annotation or a summary. The logger and
// the summary writers pass every text through this (src/platform/inert-logger.ts).
// scheme://userinfo@ — anything up to the `@` before the host is userinfo.
const URL_USERINFO = /\b([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^\s/@]+@/g;
// user:secret@host/… without a scheme, where host looks like a registry host (a dotted name or
// localhost, an optional port, then `/` or the end). `name:tag@sha256:…` is a digest, not a password:
// `sha256` has no dot, so it is left alone.
const BARE_USERINFO = /(^|[\s"'`(=,])[^\s/@:"'`]+:[^\s/@"'`]+@(?=(?:localhost|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)(?::\d+)?(?:\/|$|[\s"'`)]))/g;
/** `text` with the userinfo of every URL or image reference in it replaced by `***`. */
function redactCredentials(text) {
    if (!text.includes('@'))
        return text;
    return text.replace(URL_USERINFO, '$1***@').replace(BARE_USERINFO, '$1***@');
}


/***/ }),

/***/ 91138:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
/* unused harmony export editDistance */
/**
 * Edit distance between two short strings, counting a swap of two neighbours as one edit (optimal
 * string alignment), since `trian` for `train` is the commonest typo.
 */
function editDistance(a, b) {
    const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, rows[i - 2][j - 2] + 1);
            rows[i][j] = best;
        }
    }
    return rows[a.length][b.length];
}
/**
 * The closest candidate to a misspelt word, if it is close enough to be what the user meant:
 * at most a third of the word's letters differ (`trian` → `train`, not `foo` → `train`).
 */
function closest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance)
            [best, bestDistance] = [candidate, distance];
    }
    return bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}
/** " — did you mean `x`?" or nothing. */
function didYouMean(word, candidates) {
    const match = closest(word, candidates);
    return match === undefined ? '' : ` — did you mean \`${match}\`?`;
}


/***/ }),

/***/ 78029:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OF: () => (/* binding */ SHELLS),
/* harmony export */   Tp: () => (/* binding */ stageOutputs),
/* harmony export */   cX: () => (/* binding */ STAGE_DEFAULTS),
/* harmony export */   rf: () => (/* binding */ STAGE_NAME)
/* harmony export */ });
/** A stage name: also part of cache keys, so no commas or spaces (actions/cache rejects commas in keys). */
const STAGE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
/** The shells a stage command can run in; each is spawned with the flags GitHub's `shell:` uses. */
const SHELLS = ['bash', 'sh', 'pwsh', 'powershell', 'cmd'];
/** Every path a stage writes: outs, metrics and plots, in declaration order and without repeats. */
function stageOutputs(stage) {
    return [...new Set([...stage.outs, ...stage.metrics, ...stage.plots])];
}
/** Defaults of a stage's optional fields, each with its reason. */
const STAGE_DEFAULTS = {
    timeout: 0, // no limit of our own: the job's `timeout-minutes` still applies
    seed: 0, // PYTHONHASHSEED=0 disables hash randomisation, the common reproducibility setting
    verify: false, // verifying runs the command twice: opt-in
    wdir: '.',
};


/***/ }),

/***/ 75963:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ inertLogger),
/* harmony export */   m: () => (/* binding */ withHint)
/* harmony export */ });
/* harmony import */ var _core_text_inert_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81120);
/* harmony import */ var _core_text_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27827);


/** One log text as printed: credentials in URLs and image references redacted, then made inert. */
const inertLine = (text) => (0,_core_text_inert_js__WEBPACK_IMPORTED_MODULE_0__/* .inertLine */ .Fq)((0,_core_text_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactCredentials */ .U)(text));
function inertProps(props) {
    if (!props)
        return props;
    const { title, where, hint } = props;
    return {
        title: title === undefined ? undefined : inertLine(title),
        where: where && { ...where, file: inertLine(where.file) },
        hint: hint === undefined ? undefined : inertLine(hint),
    };
}
/**
 * The one way mlci prints a log line (DESIGN.md, trust boundaries): every message, title, file and group
 * name has credentials redacted (core/text/redact.ts) and is made inert (core/text/inert.ts) before `raw`
 * (the runner's workflow commands or the CLI's stderr) sees it, so no file name, field name, server reply or subprocess output can issue a workflow
 * command. A hint is the one line break mlci adds itself.
 */
function inertLogger(raw) {
    return {
        info: (message) => raw.info(inertLine(message)),
        debug: (message) => raw.debug(inertLine(message)),
        notice: (message, props) => raw.notice(inertLine(message), inertProps(props)),
        warning: (message, props) => raw.warning(inertLine(message), inertProps(props)),
        error: (message, props) => raw.error(inertLine(message), inertProps(props)),
        group: (name, work) => raw.group(inertLine(name), work),
    };
}
/** A message with its hint on the next line, as a raw logger prints it. */
function withHint(message, props) {
    return props?.hint === undefined ? message : `${message}\n  hint: ${props.hint}`;
}


/***/ }),

/***/ 26986:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Dd: () => (/* binding */ blobProgress),
  lH: () => (/* binding */ progressOrLog),
  rA: () => (/* binding */ ttyProgress)
});

// UNUSED EXPORTS: progressText

;// CONCATENATED MODULE: ./build/platform/terminal/visible.js
/** A label from untrusted text (a file name) for the progress line: control characters shown as U+FFFD. */
function visibleLabel(text) {
    return text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');
}

;// CONCATENATED MODULE: ./build/platform/terminal/progress.js

const MiB = 1024 * 1024;
function amount(n, unit) {
    if (unit === 'bytes')
        return `${(n / MiB).toFixed(n < 10 * MiB ? 1 : 0)} MiB`;
    return `${Math.round(n).toLocaleString('en-US')} ${unit}`;
}
/** "data.csv  45%  216/480 MiB  40 MiB/s  ETA 7 s": what the updating line says. */
function progressText(label, done, total, seconds, unit = 'bytes') {
    const rate = seconds > 0 ? done / seconds : 0;
    const parts = [visibleLabel(label)];
    if (total && total > 0) {
        parts.push(`${Math.min(100, Math.floor((100 * done) / total))}%`);
        parts.push(`${amount(done, unit).replace(/ \w+$/, '')}/${amount(total, unit)}`);
    }
    else
        parts.push(amount(done, unit));
    parts.push(`${amount(rate, unit)}/s`);
    if (total && rate > 0)
        parts.push(`ETA ${Math.max(0, Math.ceil((total - done) / rate))} s`);
    return parts.join('  ');
}
/**
 * Progress as one line on a terminal, redrawn in place (`\r` + erase line) at most every 100 ms and
 * cleared at the end, so the log lines around it stay clean. Only for a TTY: in a CI log, the
 * commands' periodic plain lines are the progress.
 */
function ttyProgress(options) {
    const now = options.now ?? (() => performance.now());
    const every = options.everyMs ?? 100;
    /** Whether a progress line is on the screen now (one line, shared by every task). */
    let onScreen = false;
    const write = (text) => {
        options.write(text);
        onScreen = text !== '\r\u001b[K';
    };
    const start = (label, total, unit = 'bytes') => {
        const started = now();
        let last = Number.NEGATIVE_INFINITY;
        let shown = false;
        return {
            update: (done) => {
                const at = now();
                if (at - last < every)
                    return;
                last = at;
                let text = progressText(label, done, total, (at - started) / 1000, unit);
                if (options.columns && text.length >= options.columns)
                    text = `${text.slice(0, options.columns - 2)}…`;
                write(`\r\u001b[K${text}`);
                shown = true;
            },
            end: () => {
                if (shown && onScreen)
                    write('\r\u001b[K');
                shown = false;
            },
        };
    };
    /** Erases the line before a log line is printed, so the two never share a line; the next update redraws it. */
    const clear = () => {
        if (onScreen)
            write('\r\u001b[K');
    };
    return Object.assign(start, { clear });
}
/**
 * A push's onProgress (name, sent, size) as progress tasks, one per blob, each ended when its last
 * byte is sent.
 */
function blobProgress(progress) {
    const tasks = new Map();
    return (name, sent, size) => {
        let task = tasks.get(name);
        if (!task) {
            task = progress(`pushing ${name}`, size);
            tasks.set(name, task);
        }
        task.update(sent);
        if (sent >= size)
            task.end();
    };
}
/**
 * Long work's progress wherever it runs: the terminal's updating line when the IO has one (`tty`), else a
 * plain log line at most every `everyMs`, so a CI log keeps a trace without a line per chunk.
 */
function progressOrLog(tty, log, work) {
    const task = tty?.(work.label, work.total, work.unit);
    if (task)
        return task;
    const started = Date.now();
    let last = started;
    return {
        update: (done) => {
            const now = Date.now();
            if (now - last < work.everyMs)
                return;
            last = now;
            log(work.line(done, (now - started) / 1000));
        },
        end: () => { },
    };
}


/***/ })

};
