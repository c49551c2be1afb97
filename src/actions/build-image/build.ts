import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import { epochTime } from '../../core/image/config.js';
import { directoryDigestCache } from '../../core/image/digest-cache.js';
import {
  type Artifact,
  assembleImage,
  assembleIndex,
  type BaseImage,
  scratch,
} from '../../core/image/image.js';
import { fileLayer, type FileLayer } from '../../core/image/layer.js';
import {
  type HashedFile,
  type Lineage,
  lineageAnnotations,
  modelLineage,
  runRecordFacts,
  unproducedWeights,
} from '../../core/image/lineage.js';
import { planLayers } from '../../core/image/plan.js';
import { parseReference } from '../../core/image/reference.js';
import { UsageError } from '../../core/errors.js';
import type { ActionIO } from '../../platform/io.js';
import { type ProgressTask, progressOrLog } from '../../platform/terminal/progress.js';
import { resolveBase } from '../../platform/registry/pull.js';
import { listOutputs } from '../../platform/cache/outputs.js';
import { commitTime, headCommit, originUrl } from '../../platform/git/commit.js';
import { hashFiles } from '../../platform/process/hash-files.js';
import { clientFor } from './clients.js';
import type { applyPreset } from './preset.js';

type Inputs = ReturnType<typeof applyPreset>;

// Lineage metadata only: a git that hangs (a credential prompt, a locked repository) must not stall the build.
const GIT_LOOKUP = { timeout: 10_000 } as const;

/** What a build produced, before it is written anywhere. */
export interface Built {
  readonly artifact: Artifact;
  readonly layers: readonly FileLayer[];
  readonly bases: readonly BaseImage[];
  readonly lineage: Lineage;
  readonly annotations: Readonly<Record<string, string>>;
}

/** SOURCE_DATE_EPOCH: the input, the env variable, the commit time of HEAD, else 0. */
export async function sourceDateEpoch(io: ActionIO, inputs: Inputs): Promise<number> {
  if (inputs['source-date-epoch'] !== undefined) return inputs['source-date-epoch'];
  const env = io.env.SOURCE_DATE_EPOCH;
  if (env !== undefined && env !== '') {
    const n = Number(env);
    if (!Number.isInteger(n) || n < 0)
      throw new UsageError(`SOURCE_DATE_EPOCH "${env}" is not a non-negative integer number of seconds`);
    return n;
  }
  return (await commitTime(io.cwd, GIT_LOOKUP)) ?? 0;
}

function cacheDir(io: ActionIO, inputs: Inputs): string | undefined {
  const chosen = inputs['layer-cache'];
  if (chosen === 'off') return undefined;
  if (chosen) return resolve(io.cwd, chosen);
  const root =
    io.env.RUNNER_TEMP ||
    io.env.XDG_CACHE_HOME ||
    (io.env.HOME ? join(io.env.HOME, '.cache') : join(homedir() || tmpdir(), '.cache'));
  return join(root, 'mlci', 'layer-digests');
}

/** The weights files (expanded from directories) with their sha256, paths relative to the workspace. */
async function hashedWeights(io: ActionIO, weights: readonly string[]): Promise<HashedFile[]> {
  const { files } = await listOutputs(io.cwd, weights);
  const hashes = await hashFiles(files.map((file) => ({ path: file.abs, size: file.size })));
  return files.map((file) => ({ path: file.path, sha256: hashes.get(file.abs)!.sha256 }));
}

/**
 * The model lineage of the run record, after checking it may be named: the run passed (or the user
 * allowed a failed one, with a warning), and it produced every weights file that goes into the image.
 */
async function readRunRecord(io: ActionIO, inputs: Inputs) {
  const path = inputs['run-record'];
  if (!path) return undefined;
  const file = resolve(io.cwd, path);
  const text = await readFile(file, 'utf8').catch(() => {
    throw new UsageError(`run record ${path} does not exist`, {
      hint: 'pass the run-record written by `mlci train`, or leave run-record empty',
    });
  });
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch {
    throw new UsageError(`run record ${path} is not JSON`, { where: { file: path } });
  }
  const facts = runRecordFacts(record);
  if (facts.status !== 'passed') {
    const message = `run record ${path} has status ${facts.status ? `"${facts.status}"` : '(none)'}, not "passed": lineage labels would name a run that did not pass`;
    if (!inputs['allow-failed-run-record']) {
      throw new UsageError(message, {
        where: { file: path },
        hint: 'pass the record of a passing `mlci train` run, or set allow-failed-run-record: true',
      });
    }
    io.log.warning(`${message} (allowed by allow-failed-run-record)`);
  }
  const problems = unproducedWeights(await hashedWeights(io, inputs.weights), facts.outputs);
  if (problems.length) {
    throw new UsageError(`the weights were not produced by the run of ${path}: ${problems.join('; ')}`, {
      where: { file: path },
      hint: 'package the outputs of that run (restore them with `mlci train`), or pass the run record that produced these weights',
    });
  }
  return modelLineage(record);
}

/**
 * A layer's hashing progress: the terminal's updating line, else a log line every 5 s at most (10 GiB of
 * weights take a while). The tar stream counts its headers too, so the task ends once, at the total.
 */
function hashingProgress(
  io: ActionIO,
  plan: { name: string; members: readonly { entry: { type: string; size?: number } }[] },
): (bytes: number) => void {
  const total = plan.members.reduce((sum, m) => sum + (m.entry.size ?? 0), 0);
  const mib = (n: number) => (n / 1024 / 1024).toFixed(0);
  // Started at the first chunk: a layer found in the digest cache is never read and shows nothing.
  let task: ProgressTask | undefined;
  let ended = false;
  return (bytes) => {
    if (ended) return;
    task ??= progressOrLog(io.progress, (line) => io.log.info(line), {
      label: `hashing ${plan.name}`,
      total,
      everyMs: 5000,
      line: (done, seconds) => {
        const rate = done / seconds;
        return `${plan.name}: ${mib(done)}/${mib(total)} MiB hashed (${mib(rate)} MiB/s, ETA ${Math.max(0, (total - done) / rate).toFixed(0)} s)`;
      },
    });
    task.update(bytes);
    if (bytes >= total) {
      ended = true;
      task.end();
    }
  };
}

/** Resolves the base, builds the layers once, and assembles one image per platform (an index for several). */
export async function build(io: ActionIO, inputs: Inputs): Promise<Built> {
  const epoch = await sourceDateEpoch(io, inputs);
  const created = epochTime(epoch);
  const baseName = inputs['base-image'] ?? 'scratch';
  let bases: BaseImage[];
  if (baseName === 'scratch') {
    bases = inputs.platforms.map(scratch);
  } else {
    const ref = parseReference(baseName, 'base-image');
    const client = await clientFor(
      ref.registry,
      io,
      inputs,
      inputs.image ? parseReference(inputs.image).registry === ref.registry : false,
    );
    bases = await io.log.group(`Resolving base ${baseName}`, () =>
      resolveBase(client, ref, inputs.platforms),
    );
    for (const base of bases)
      io.log.info(`base ${base.platform.os}/${base.platform.architecture}: ${base.manifestDigest}`);
  }
  const family = bases[0]!.family;
  const plans = await planLayers(
    {
      weights: inputs.weights,
      metadata: inputs.metadata,
      layers: inputs.layers,
      code: inputs.code,
      modelDir: inputs['model-dir'],
      appDir: inputs['app-dir'],
      splitBytes: inputs['split-size'] * 1024 * 1024,
    },
    io.cwd,
  );
  const dir = cacheDir(io, inputs);
  const cache = dir ? directoryDigestCache(dir) : undefined;
  const layers = plans.map((plan) =>
    fileLayer({
      ...plan,
      mtime: epoch,
      compression: inputs.compression,
      family,
      cache,
      onProgress: hashingProgress(io, plan),
    }),
  );
  await io.log.group(`Building ${layers.length} layers`, async () => {
    // Two at a time: zlib runs on the libuv pool, so two large layers use both cores of a runner.
    const queue = [...layers];
    const lane = async () => {
      for (let layer = queue.shift(); layer; layer = queue.shift()) {
        const t = performance.now();
        const digest = await layer.digest();
        io.log.info(
          `${layer.name}: ${layer.files} files, ${await layer.size()} bytes, ${await layer.compression()}, ${digest} (${((performance.now() - t) / 1000).toFixed(2)} s)`,
        );
      }
    };
    await Promise.all([lane(), lane()]);
  });
  const first = bases[0]!;
  const tagVersion = inputs.tags.find((t) => /^v?\d+(\.\d+)*([-+].*)?$/.test(t));
  const server = io.env.GITHUB_SERVER_URL || 'https://github.com';
  const lineage: Lineage = {
    created,
    source: io.env.GITHUB_REPOSITORY
      ? `${server}/${io.env.GITHUB_REPOSITORY}`
      : await originUrl(io.cwd, GIT_LOOKUP),
    revision: io.env.GITHUB_SHA || (await headCommit(io.cwd, GIT_LOOKUP)),
    version: inputs.version ?? tagVersion,
    baseName: first.name,
    baseDigest: first.digest,
    model: await readRunRecord(io, inputs),
  };
  const annotations = lineageAnnotations(lineage);
  const labels = { ...annotations, ...inputs.labels };
  const changes = {
    entrypoint: inputs.entrypoint,
    cmd: inputs.cmd,
    env: inputs.env,
    workdir: inputs.workdir,
    user: inputs.user,
    ports: inputs.ports,
    labels,
    healthcheck: inputs.healthcheck,
  };
  const images = [];
  for (const base of bases)
    images.push(await assembleImage(base, layers, { changes, created, annotations: labels }));
  const artifact: Artifact = images.length === 1 ? images[0]! : assembleIndex(images, labels);
  return { artifact, layers, bases, lineage, annotations: labels };
}
