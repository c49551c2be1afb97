import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { arch, platform } from 'node:os';
import { join, resolve } from 'node:path';
import { messageOf } from '../../core/errors.js';
import { determinismEnv } from '../../core/train/determinism.js';
import { stageUsageError } from '../../core/train/errors.js';
import type { RuntimeInputs } from '../../core/train/fingerprint.js';
import { parseMetrics } from '../../core/train/metrics.js';
import { canonicalJson } from '../../core/train/canonical.js';
import { insideWorkspace, workspacePath } from '../../core/train/paths.js';
import type { StageEffects } from '../../core/train/reproduce.js';
import { type Stage, stageOutputs } from '../../core/train/stage.js';
import { LOCKFILES, toolsNamedIn } from '../../core/train/tools.js';
import type { CacheStore } from '../../platform/cache/store.js';
import { hashOutputs, removeOutputs } from '../../platform/cache/outputs.js';
import { contentIds, MissingPathError } from '../../platform/process/content-ids.js';
import type { GitIds } from '../../platform/git/blob-ids.js';
import type { HashState } from '../../platform/process/hash-state.js';
import { runCommand } from '../../platform/process/run-command.js';
import { defaultShell, PASS_THROUGH } from '../../platform/process/shell.js';
import { linuxDistro, toolVersion } from '../../platform/process/tool-version.js';
import type { ActionIO } from '../../platform/io.js';

/** What the effects work with: the workspace, the outer env, the hash state, git ids and the store. */
export interface EffectsContext {
  readonly io: ActionIO;
  readonly root: string;
  readonly state: HashState;
  readonly git: GitIds;
  readonly store?: CacheStore;
  /** Why saving is off for this run (a privileged event, TRIG-02), or undefined. */
  readonly saveBlocked?: string;
}

const MiB = 1024 * 1024;

/** "12 file(s), 480.0 MiB in 0.4 s (1200 MiB/s)" for cache transfers. */
function transferred(files: readonly { size: number }[], started: number): string {
  const bytes = files.reduce((sum, file) => sum + file.size, 0);
  const seconds = Math.max((Date.now() - started) / 1000, 0.001);
  const rate = (bytes / MiB / seconds).toFixed(0);
  return `${files.length} file(s), ${(bytes / MiB).toFixed(1)} MiB in ${seconds.toFixed(1)} s (${rate} MiB/s)`;
}

/** A progress line every 5 s while hashing. */
function progress(io: ActionIO, what: string) {
  const started = Date.now();
  let last = started;
  return ({ files, bytes }: { files: number; bytes: number }) => {
    const now = Date.now();
    if (now - last < 5000) return;
    last = now;
    const rate = bytes / MiB / ((now - started) / 1000);
    io.log.info(
      `  hashing ${what}: ${files} file(s), ${(bytes / MiB).toFixed(0)} MiB, ${rate.toFixed(0)} MiB/s`,
    );
  };
}

/** The environment a stage command runs with: pass-through basics, determinism variables, declared env. */
export function stageEnv(stage: Stage, outer: Readonly<Record<string, string | undefined>>, params: unknown) {
  const env: Record<string, string> = {};
  for (const name of [...PASS_THROUGH, ...stage.passEnv]) {
    if (outer[name] !== undefined) env[name] = outer[name]!;
  }
  Object.assign(env, determinismEnv(stage.seed));
  for (const name of stage.env) if (outer[name] !== undefined) env[name] = outer[name]!;
  env.MLCI_STAGE = stage.name;
  env.MLCI_PARAMS = canonicalJson(params);
  return env;
}

/** The StageEffects of a real run: files, git, processes and the cache store. */
export function stageEffects(ctx: EffectsContext): StageEffects {
  const { io, root } = ctx;
  const wdirOf = (stage: Stage) => resolve(root, stage.wdir);
  const outputsOf = (stage: Stage) =>
    stageOutputs(stage).map((out) =>
      insideWorkspace(stage.wdir, out, `stage '${stage.name}': output`, stage.where),
    );
  const tools = new Map<string, Promise<string>>();
  return {
    async hashDeps(stage) {
      try {
        const ids = await contentIds(wdirOf(stage), stage.deps, {
          state: ctx.state,
          git: ctx.git,
          onProgress: progress(io, `deps of '${stage.name}'`),
        });
        return Object.fromEntries(
          Object.entries(ids).map(([dep, id]) => [workspacePath(stage.wdir, dep), id]),
        );
      } catch (error) {
        if (!(error instanceof MissingPathError)) throw error;
        const why = error.reason === 'missing' ? 'does not exist' : 'matches no file';
        throw stageUsageError(stage, `dep "${error.path}" ${why}`, {
          hint: 'create it, fix the path, or let an upstream stage produce it (`depends-on`)',
        });
      }
    },
    readParamsFile(stage, file) {
      const path = resolve(wdirOf(stage), file);
      return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    },
    async runtime(stage): Promise<RuntimeInputs> {
      const env = stageEnv(stage, io.env, {});
      const names = [...new Set([...toolsNamedIn(stage.cmd), ...stage.tools])].sort();
      const versions: Record<string, string> = {};
      for (const name of names) {
        if (!tools.has(name)) tools.set(name, toolVersion(name, env, root));
        versions[name] = await tools.get(name)!;
      }
      const candidates = [...new Set(LOCKFILES.flatMap((file) => [file, workspacePath(stage.wdir, file)]))];
      const present = candidates.filter((file) => existsSync(join(root, file)));
      const lockfiles = present.length
        ? await contentIds(root, present, { state: ctx.state, git: ctx.git })
        : {};
      return { os: platform(), arch: arch(), distro: linuxDistro(), tools: versions, lockfiles };
    },
    envValue: (name) => io.env[name],
    async restore(stage, key) {
      if (!ctx.store) return undefined;
      const started = Date.now();
      const hit = await ctx.store.restore(key, outputsOf(stage));
      if (!hit) return undefined;
      io.log.info(`  restored ${transferred(hit.files, started)} from the ${hit.source} cache`);
      return {
        source: hit.source,
        outputs: hit.files.map(({ path, sha256, size }) => ({ path, sha256, size })),
      };
    },
    async save(stage, key, _outputs, inputs) {
      if (!ctx.store) return 'skipped: cache is off';
      if (ctx.saveBlocked) {
        io.log.notice(`cache save skipped for stage '${stage.name}': ${ctx.saveBlocked}`);
        return `skipped: ${ctx.saveBlocked}`;
      }
      const started = Date.now();
      const { files } = await hashOutputs(root, outputsOf(stage));
      const result = await ctx.store.save({ kind: 'mlci/cache-entry', version: 1, key, inputs, files });
      if (result === 'saved')
        io.log.info(`  saved ${transferred(files, started)} to the ${ctx.store.name} cache`);
      return result;
    },
    removeOutputs: (stage) => removeOutputs(root, outputsOf(stage)),
    run(stage, params) {
      // pass-env is where tokens go: keep their values out of the log even if the command prints them.
      for (const name of stage.passEnv) if (io.env[name]) io.setSecret(io.env[name]!);
      return runCommand(stage.cmd, {
        shell: stage.shell ?? defaultShell(),
        cwd: wdirOf(stage),
        env: stageEnv(stage, io.env, params),
        timeout: stage.timeout,
        onLine: (line) => io.log.info(`[${stage.name}] ${line}`),
      });
    },
    async hashOutputs(stage) {
      const { files, missing } = await hashOutputs(root, outputsOf(stage));
      return { outputs: files.map(({ path, sha256, size }) => ({ path, sha256, size })), missing };
    },
    async readMetrics(stage) {
      const out: Record<string, ReturnType<typeof parseMetrics>> = {};
      for (const file of stage.metrics) {
        const path = workspacePath(stage.wdir, file);
        try {
          out[path] = parseMetrics(path, await readFile(join(root, path), 'utf8'));
        } catch (error) {
          io.log.warning(`stage '${stage.name}': cannot read metrics file ${path}: ${messageOf(error)}`);
        }
      }
      return out;
    },
    now: () => new Date(),
    log: (line) => io.log.info(line),
  };
}
