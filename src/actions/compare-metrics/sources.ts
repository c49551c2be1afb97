import { readFile } from 'node:fs/promises';
import { repositoryClient } from '../../platform/github/repository-client.js';
import { resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import type { BaselineSource, BaselineSourceName, NamedText } from '../../core/metrics/baseline.js';
import {
  artifactNames,
  baseBranch,
  baselineCommit,
  type EventPayload,
} from '../../core/metrics/baseline-ref.js';
import { firstParentAncestors, parentCommit, resolveCommit } from '../../platform/git/ancestry.js';
import { readFileAtCommit, repoRelative } from '../../platform/git/at-commit.js';
import { findMergeBase } from '../../platform/git/merge-base.js';
import { artifactSource } from '../../platform/github/baseline-artifact.js';
import { releaseSource } from '../../platform/github/baseline-release.js';
import type { ActionIO } from '../../platform/io.js';
import type { CompareInputs } from './inputs.js';

/** How many first-parent ancestors of the merge-base the artifact source may try (API calls are per SHA). */
const ARTIFACT_ANCESTORS = 5;

/** What the artifact source looks for after the candidate's own file name. */
export const METRICS_NAMES = [
  'metrics.json',
  'metrics.yaml',
  'metrics.yml',
  'metrics.csv',
  'run-record.json',
];
export const PREDICTIONS_NAMES = ['predictions.jsonl', 'predictions.csv'];

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

/** The event that started the run (GITHUB_EVENT_PATH), or {} when there is none or it cannot be read. */
export async function eventPayload(io: ActionIO): Promise<EventPayload> {
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
  const event = await eventPayload(io);
  const { defaultBranch, base } = baseBranch(inputs['base-ref'], io.env.GITHUB_BASE_REF, event);
  const baseSha = baselineCommitOnce(io, base, event);
  const sources = new Map<BaselineSourceName, BaselineSource>();
  sources.set('file', await fileSource(io, inputs));
  const github = githubClient(io, inputs);
  sources.set(
    'release',
    github
      ? releaseSource(github.client, { ...github.repo, asset: inputs['release-asset'] })
      : needsGitHub('release'),
  );
  sources.set(
    'artifact',
    github ? artifactSourceOf(io, inputs, github, defaultBranch, baseSha) : needsGitHub('artifact'),
  );
  sources.set('git', gitSource(io, inputs, base, baseSha));
  return sources;
}

/**
 * The baseline commit, computed once on first use and shared by the artifact and git sources. In a
 * pull_request run HEAD is the synthetic merge commit: the merge-base is taken from the PR's head.
 */
function baselineCommitOnce(io: ActionIO, base: string, event: EventPayload): () => Promise<string> {
  let commit: Promise<string> | undefined;
  return () => {
    commit ??= (async () => {
      const prHead = event.pull_request?.head?.sha;
      const sha = await findMergeBase({ cwd: io.cwd, base, head: prHead, log: (m) => io.log.info(m) });
      const head = await resolveCommit(io.cwd, prHead ?? 'HEAD');
      return baselineCommit(sha, head, (of) => parentCommit(io.cwd, of));
    })();
    return commit;
  };
}

/** The `baseline` / `baseline-predictions` files, read now (a bad path is a usage error before any search). */
async function fileSource(io: ActionIO, inputs: CompareInputs): Promise<BaselineSource> {
  if (!inputs.baseline && !inputs['baseline-predictions'])
    return { name: 'file', find: async () => 'no baseline or baseline-predictions input' };
  const metrics = inputs.baseline ? await readNamed(io, inputs.baseline, 'baseline') : undefined;
  const predictions = inputs['baseline-predictions']
    ? await readNamed(io, inputs['baseline-predictions'], 'baseline-predictions')
    : undefined;
  return {
    name: 'file',
    find: async () => ({
      metrics,
      predictions,
      detail: { file: inputs.baseline ?? inputs['baseline-predictions']! },
    }),
  };
}

/** A GitHub client for this repository, or undefined without GITHUB_REPOSITORY or a token. */
function githubClient(io: ActionIO, inputs: CompareInputs) {
  return repositoryClient(io, inputs.token);
}

const needsGitHub = (name: 'release' | 'artifact'): BaselineSource => ({
  name,
  find: async () => 'needs GITHUB_REPOSITORY and a token',
});

/** The metrics of the base branch's last successful run at the baseline commit or its nearest ancestors. */
function artifactSourceOf(
  io: ActionIO,
  inputs: CompareInputs,
  github: NonNullable<ReturnType<typeof githubClient>>,
  defaultBranch: string,
  baseSha: () => Promise<string>,
): BaselineSource {
  return artifactSource(github.client, {
    ...github.repo,
    branch: defaultBranch,
    sha: baseSha,
    // Main runs can skip commits (batched pushes, path filters): the nearest ancestors' runs will do.
    ancestors: (sha) => firstParentAncestors(io.cwd, sha, ARTIFACT_ANCESTORS),
    artifact: inputs['artifact-name'],
    workflow: inputs.workflow,
    metricsNames: artifactNames(inputs.candidate, METRICS_NAMES),
    predictionsNames: artifactNames(inputs.predictions, PREDICTIONS_NAMES),
  });
}

/** The metrics and predictions files as they were at the baseline commit. */
function gitSource(
  io: ActionIO,
  inputs: CompareInputs,
  base: string,
  baseSha: () => Promise<string>,
): BaselineSource {
  const metricsPath = inputs['metrics-path'] ?? inputs.candidate;
  return {
    name: 'git',
    async find() {
      if (!metricsPath && !inputs.predictions) return 'no metrics-path or candidate to look up';
      if (!(await resolveCommit(io.cwd, 'HEAD'))) return 'the workspace is not a git checkout';
      const sha = await baseSha();
      const at = async (path: string | undefined) => {
        if (!path) return undefined;
        const text = await readFileAtCommit(io.cwd, sha, await repoRelative(io.cwd, path));
        return text === undefined ? undefined : { name: path, text };
      };
      const metrics = await at(metricsPath);
      const predictions = await at(inputs.predictions);
      if (!metrics && !predictions)
        return `${metricsPath ?? inputs.predictions} did not exist at ${sha.slice(0, 12)}`;
      return { metrics, predictions, detail: { commit: sha, base } };
    },
  };
}
