// A world to release models in: the fake GitHub, a real registry (passed in), a git repository with
// annotated release tags, and per commit a "build run" that pushed the model image with build-image and
// uploaded the candidate artifact (image report, predictions) with the real @actions/artifact.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { release } from '../../src/actions/release/release.js';
import type { MlciError } from '../../src/core/errors.js';
import { parseReference } from '../../src/core/image/reference.js';
import { RegistryClient } from '../../src/platform/registry/client.js';
import { type FakeGitHub, startFakeGitHub, type WorkflowRunRecord } from '../harness/fake-github.js';
import { runtimeToken } from '../harness/github/runtime-token.js';
import type { TestRegistry } from '../harness/registry.js';
import { git } from './git-repo.js';
import { type RecordingIO, recordingIO } from './image-io.js';
import { modelInputs, modelWorkspace, runBuildImage, seededBytes } from './image-workspace.js';

export const N_EXAMPLES = 300;

/** Predictions on a fixed test set: the first `correct` of N_EXAMPLES right, the rest wrong. */
export function predictions(correct: number): string {
  const rows: string[] = [];
  for (let i = 0; i < N_EXAMPLES; i++) {
    const label = i % 2;
    rows.push(JSON.stringify({ id: `ex${i}`, label, prediction: i < correct ? label : 1 - label }));
  }
  return `${rows.join('\n')}\n`;
}

export interface Built {
  readonly commit: string;
  readonly digest: string;
  readonly reportText: string;
}

export interface ReleaseRun {
  readonly io: RecordingIO;
  readonly error?: MlciError;
}

export interface World {
  readonly fake: FakeGitHub;
  readonly repoDir: string;
  readonly image: string;
  /** Commits, tags (annotated, with `message`), builds the image and uploads the candidate artifact. */
  candidate(
    tag: string,
    correct: number,
    message: string,
    options?: {
      seed?: number;
      upload?: boolean;
      lightweight?: boolean;
      revision?: string;
      imageReport?: boolean;
    },
  ): Promise<Built>;
  /** Runs `mlci release` in-process as a tag push of `tag` would. */
  release(
    tag: string | undefined,
    inputs?: Record<string, string>,
    env?: Record<string, string>,
  ): Promise<ReleaseRun>;
  /** The digest a tag of the model image points at now, or undefined. */
  tagged(tag: string): Promise<string | undefined>;
  /** Rebuilds `tag`'s commit with other weights (`seed`) and returns the path of its image report (no push). */
  rebuild(seed: number): Promise<string>;
  stop(): Promise<void>;
}

/** A fresh world; `repoName` keeps worlds sharing one registry apart. */
export async function startWorld(registry: TestRegistry, repoName: string): Promise<World> {
  const fake = await startFakeGitHub();
  const root = mkdtempSync(join(tmpdir(), 'mlci-release-'));
  const repoDir = join(root, 'repo');
  mkdirSync(repoDir);
  mkdirSync(join(root, 'temp'));
  git(repoDir, 'init', '-q', '-b', 'main');
  const ws = modelWorkspace();
  const image = `${registry.host}/ml/${repoName}`;
  const env = { ...fake.env(), RUNNER_TEMP: join(root, 'temp'), GITHUB_WORKSPACE: repoDir };
  Object.assign(process.env, env);
  const client = new RegistryClient(registry.host);
  let n = 0;

  const build = async (seed: number, push: boolean, commit: string) => {
    writeFileSync(join(ws, 'model/weights.bin'), seededBytes(seed, 64 * 1024));
    const { report } = await runBuildImage(
      modelInputs({
        image,
        ...(push
          ? { tags: `sha-${commit.slice(0, 7)}` }
          : { push: 'false', 'oci-layout': `rebuild-${seed}` }),
        'source-date-epoch': '0',
        report: push ? 'image-report.json' : 'rebuild-report.json',
      }),
      ws,
      { GITHUB_SHA: commit },
    );
    return report;
  };

  return {
    fake,
    repoDir,
    image,
    async candidate(tag, correct, message, options = {}) {
      n++;
      writeFileSync(join(repoDir, 'model.txt'), `${tag}\n`);
      git(repoDir, 'add', '.');
      git(repoDir, 'commit', '-q', '-m', `model for ${tag}`);
      if (options.lightweight) git(repoDir, 'tag', tag);
      else git(repoDir, 'tag', '-a', tag, '-m', message);
      const commit = git(repoDir, 'rev-parse', 'HEAD').trim();
      const report = await build(options.seed ?? n, true, commit);
      const reportText = readFileSync(join(ws, 'image-report.json'), 'utf8');
      if (options.upload !== false) {
        const files = join(root, `candidate-${n}`);
        mkdirSync(files);
        // `revision` forges the commit the uploaded image report claims to be built from.
        const uploaded = options.revision
          ? JSON.stringify({
              ...JSON.parse(reportText),
              lineage: { ...JSON.parse(reportText).lineage, revision: options.revision },
            })
          : reportText;
        writeFileSync(join(files, 'mlci-image-report.json'), uploaded);
        writeFileSync(join(files, 'predictions.jsonl'), predictions(correct));
        const id = fake.nextId();
        const run: WorkflowRunRecord = {
          id,
          repo: fake.repository,
          backendId: `run-backend-${id}`,
          name: 'CI',
          path: '.github/workflows/ci.yml',
          workflowId: 161335,
          headBranch: 'main',
          headSha: commit,
          event: 'push',
          status: 'completed',
          conclusion: 'success',
          runNumber: n,
          actor: 'octocat',
          createdAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
          pullRequests: [],
        };
        fake.state.workflowRuns.push(run);
        // The build run's own runtime token: its artifact belongs to that run, not the release run.
        process.env.ACTIONS_RUNTIME_TOKEN = runtimeToken(run.backendId, `job-backend-${id}`);
        const { DefaultArtifactClient } = await import('@actions/artifact');
        await new DefaultArtifactClient().uploadArtifact(
          'mlci-release-candidate',
          [
            ...(options.imageReport === false ? [] : [join(files, 'mlci-image-report.json')]),
            join(files, 'predictions.jsonl'),
          ],
          files,
        );
        process.env.ACTIONS_RUNTIME_TOKEN = fake.runtimeToken;
      }
      return { commit, digest: report.digest, reportText };
    },
    async release(tag, inputs = {}, extraEnv = {}) {
      const io = recordingIO(
        { image, rules: 'accuracy: higher, margin 0.01', resamples: '500', ...inputs },
        repoDir,
        {
          ...env,
          GITHUB_ACTOR: 'alice',
          GITHUB_RUN_ID: '4242',
          ...(tag ? { GITHUB_REF: `refs/tags/${tag}` } : {}),
          ...extraEnv,
        },
      );
      try {
        await release(io);
        return { io };
      } catch (error) {
        return { io, error: error as MlciError };
      }
    },
    async tagged(tag) {
      const ref = parseReference(`${image}:${tag}`, 'test');
      client.prepare(ref.repository, 'pull');
      try {
        return (await client.getManifest(ref.repository, tag)).digest;
      } catch {
        return undefined;
      }
    },
    async rebuild(seed) {
      await build(seed, false, git(repoDir, 'rev-parse', 'HEAD').trim());
      return join(ws, 'rebuild-report.json');
    },
    async stop() {
      await fake.stop();
      rmSync(root, { recursive: true, force: true });
      rmSync(ws, { recursive: true, force: true });
    },
  };
}
