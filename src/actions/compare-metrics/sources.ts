import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import type { BaselineSource, BaselineSourceName, NamedText } from '../../core/metrics/baseline.js';
import { firstParentAncestors, parentCommit, resolveCommit } from '../../platform/git/ancestry.js';
import { readFileAtCommit, repoRelative } from '../../platform/git/at-commit.js';
import { findMergeBase } from '../../platform/git/merge-base.js';
import { artifactSource } from '../../platform/github/baseline-artifact.js';
import { releaseSource } from '../../platform/github/baseline-release.js';
import { createGitHubClient } from '../../platform/github/client.js';
import type { ActionIO } from '../../platform/io.js';
import type { CompareInputs } from './inputs.js';

/** How many first-parent ancestors of the merge-base the artifact source may try (API calls are per SHA). */
const ARTIFACT_ANCESTORS = 5;

/** Reads a user-named file, or a usage error naming the input it came from. */
export async function readNamed(io: ActionIO, path: string, input: string): Promise<NamedText> {
  try {
    return { name: path, text: await readFile(resolve(io.cwd, path), 'utf8') };
  } catch (cause) {
    throw new UsageError(`cannot read ${path} (input \`${input}\`)`, {
      cause,
      hint: 'check the path is relative to the workspace',
    });
  }
}

interface EventPayload {
  repository?: { default_branch?: string };
  pull_request?: { base?: { ref?: string; sha?: string }; head?: { sha?: string } };
}

async function eventPayload(io: ActionIO): Promise<EventPayload> {
  const path = io.env.GITHUB_EVENT_PATH;
  if (!path) return {};
  try {
    return JSON.parse(await readFile(path, 'utf8')) as EventPayload;
  } catch {
    return {};
  }
}

/** The baseline sources of this run, built from the inputs and the runner's environment. */
export async function baselineSources(
  io: ActionIO,
  inputs: CompareInputs,
): Promise<Map<BaselineSourceName, BaselineSource>> {
  const sources = new Map<BaselineSourceName, BaselineSource>();
  const event = await eventPayload(io);
  const defaultBranch = event.repository?.default_branch ?? 'main';
  const base = inputs['base-ref'] ?? io.env.GITHUB_BASE_REF ?? event.pull_request?.base?.ref ?? defaultBranch;
  let mergeBase: Promise<string> | undefined;
  // Computed once, shared by the artifact and git sources. On the base branch itself the merge-base is
  // HEAD; the baseline is then the parent commit, the state before this push.
  const baseSha = () => {
    mergeBase ??= (async () => {
      // In a pull_request run HEAD is the synthetic merge commit: start from the PR's head instead.
      const prHead = event.pull_request?.head?.sha;
      const sha = await findMergeBase({ cwd: io.cwd, base, head: prHead, log: (m) => io.log.info(m) });
      const head = await resolveCommit(io.cwd, prHead ?? 'HEAD');
      if (sha !== head) return sha;
      return (await parentCommit(io.cwd, sha)) ?? sha;
    })();
    return mergeBase;
  };

  if (inputs.baseline || inputs['baseline-predictions']) {
    const metrics = inputs.baseline ? await readNamed(io, inputs.baseline, 'baseline') : undefined;
    const predictions = inputs['baseline-predictions']
      ? await readNamed(io, inputs['baseline-predictions'], 'baseline-predictions')
      : undefined;
    sources.set('file', {
      name: 'file',
      find: async () => ({
        metrics,
        predictions,
        detail: { file: inputs.baseline ?? inputs['baseline-predictions']! },
      }),
    });
  } else {
    sources.set('file', { name: 'file', find: async () => 'no baseline or baseline-predictions input' });
  }

  const repository = io.env.GITHUB_REPOSITORY;
  const apiUrl = io.env.GITHUB_API_URL ?? 'https://api.github.com';
  // An unexpanded `${{ github.token }}` (the action.yml default, seen by the CLI) is no token.
  const token = inputs.token && !inputs.token.includes('${{') ? inputs.token : io.env.GITHUB_TOKEN;
  if (token) io.setSecret(token);
  if (repository && token) {
    const [owner, repo] = repository.split('/') as [string, string];
    const client = createGitHubClient({
      token,
      baseUrl: apiUrl,
      warn: (m) => io.log.warning(m),
    });
    sources.set('release', releaseSource(client, { owner, repo, asset: inputs['release-asset'] }));
    sources.set(
      'artifact',
      artifactSource(client, {
        owner,
        repo,
        branch: defaultBranch,
        sha: baseSha,
        // Main runs can skip commits (batched pushes, path filters): the nearest ancestors' runs will do.
        ancestors: (sha) => firstParentAncestors(io.cwd, sha, ARTIFACT_ANCESTORS),
        artifact: inputs['artifact-name'],
        workflow: inputs.workflow,
        metricsNames: names(inputs.candidate, [
          'metrics.json',
          'metrics.yaml',
          'metrics.yml',
          'metrics.csv',
          'run-record.json',
        ]),
        predictionsNames: names(inputs.predictions, ['predictions.jsonl', 'predictions.csv']),
      }),
    );
  } else {
    const why = async () => 'needs GITHUB_REPOSITORY and a token';
    sources.set('release', { name: 'release', find: why });
    sources.set('artifact', { name: 'artifact', find: why });
  }

  const metricsPath = inputs['metrics-path'] ?? inputs.candidate;
  sources.set('git', {
    name: 'git',
    async find() {
      if (!metricsPath && !inputs.predictions) return 'no metrics-path or candidate to look up';
      if (!(await resolveCommit(io.cwd, 'HEAD'))) return 'the workspace is not a git checkout';
      const sha = await baseSha();
      const at = async (path: string | undefined) => {
        if (!path) return undefined;
        const inRepo = await repoRelative(io.cwd, path);
        const text = await readFileAtCommit(io.cwd, sha, inRepo);
        return text === undefined ? undefined : { name: path, text };
      };
      const metrics = await at(metricsPath);
      const predictions = await at(inputs.predictions);
      if (!metrics && !predictions)
        return `${metricsPath ?? inputs.predictions} did not exist at ${sha.slice(0, 12)}`;
      return { metrics, predictions, detail: { commit: sha, base } };
    },
  });
  return sources;
}

function names(path: string | undefined, defaults: readonly string[]): string[] {
  return path ? [basename(path), ...defaults] : [...defaults];
}
