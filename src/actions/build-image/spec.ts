import type { CommandSpec } from '../spec.js';

/** build-image's inputs and outputs; actions/build-image/action.yml and `mlci image --help` come from it. */
export const spec = {
  name: 'build-image',
  aliases: ['image'],
  summary: 'Build a model container image without a Docker engine and push it to an OCI registry.',
  inputs: {
    image: {
      description:
        'Image name to push, e.g. ghcr.io/OWNER/model (lowercased for you; a `:tag` here is added to `tags`). Empty: build offline only (oci-layout / docker-tar).',
    },
    tags: {
      description:
        'Tags to point at the pushed digest, one per line. Default: sha-<short commit> on a runner, else latest.',
      kind: 'list',
    },
    'base-image': {
      description:
        'Base image by tag or digest, resolved once to a digest per platform; `scratch` for none. Default: scratch, or python:3.12-slim with preset python.',
    },
    platforms: {
      description:
        'Platforms, one per line (linux/amd64, linux/arm64). Several give an image index; the model layers are shared.',
      kind: 'list',
      default: 'linux/amd64',
    },
    weights: {
      description:
        'Model weight files or directories, placed under model-dir. Files of at least split-size MiB get a layer each.',
      kind: 'list',
    },
    metadata: {
      description:
        'Model metadata files or directories (model card, config, schema), placed under model-dir.',
      kind: 'list',
    },
    code: {
      description: 'Serving code files or directories, placed under app-dir (the last layer).',
      kind: 'list',
    },
    layers: {
      description:
        'Extra layers, one per line as SOURCE:/destination, in order (stable to volatile), between metadata and code.',
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
      description:
        'Serving preset: `python` sets base python:3.12-slim, entrypoint python /opt/app/serve.py, port 8080, MODEL_DIR and a /healthz health check, unless set. `none` for no defaults.',
      default: 'none',
    },
    'run-record': {
      description:
        'Path of the train run record (mlci/run-record) whose fingerprints go into the lineage labels. It must have status passed, and every weights file must be one of its outputs (same sha256).',
    },
    'allow-failed-run-record': {
      description:
        'Use a run record whose status is not passed for the lineage labels, with a warning (refused otherwise, exit 2).',
      kind: 'boolean',
      default: 'false',
    },
    version: {
      description: 'org.opencontainers.image.version. Default: the first tag that looks like a version.',
    },
    'source-date-epoch': {
      description:
        'Seconds since 1970 for every file time and `created`. Default: $SOURCE_DATE_EPOCH, else the commit time of HEAD, else 0.',
    },
    compression: {
      description:
        'auto (gzip for small layers; Huffman-only or stored for large ones by a sample), gzip, huffman, stored or none.',
      default: 'auto',
    },
    push: { description: 'Push to the registry (default true when `image` is set).', kind: 'boolean' },
    'oci-layout': { description: 'Also write an OCI image layout into this directory (works offline).' },
    'docker-tar': { description: 'Also write a `docker load` tarball to this file (first platform).' },
    'promote-from': {
      description:
        'Instead of building, point `image`:`tags` at this existing image (by digest or tag): same repo re-tags, another repo mounts, another registry copies. The digest does not change.',
    },
    'registry-username': {
      description: 'Registry user. Default: GITHUB_ACTOR for ghcr.io, else docker config.json.',
    },
    'registry-password': {
      description:
        'Registry password or token. Default: GITHUB_TOKEN for ghcr.io, else ~/.docker/config.json `auths` (what docker/login-action writes).',
    },
    'github-token': {
      description:
        'Token used as the ghcr.io password when registry-password is empty (needs `packages: write`). Default: the workflow token; $GITHUB_TOKEN on the command line.',
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
      description:
        'Directory remembering layer digests by file identity, so unchanged weights are not re-read. Default: RUNNER_TEMP or the user cache dir; `off` to disable.',
    },
    report: { description: 'Where to write the mlci/image-report JSON.', default: 'mlci-image-report.json' },
  },
  outputs: {
    digest: {
      description:
        'Digest of the pushed (or written) image or index: give it to actions/attest-build-provenance as subject-digest.',
    },
    image: { description: 'The image by digest, registry/name@sha256:…' },
    tags: { description: 'Tags that now point at the digest, one per line.' },
    'image-name': { description: 'registry/name (lowercased), for attest-build-provenance subject-name.' },
    report: { description: 'Path of the mlci/image-report JSON.', path: true },
  },
  permissions: { contents: 'read', packages: 'write' },
} as const satisfies CommandSpec;
