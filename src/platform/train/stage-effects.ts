import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { arch, platform } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { messageOf } from '../../core/errors.js';
import { stageUsageError } from '../../core/train/errors.js';
import type { RuntimeInputs } from '../../core/train/fingerprint.js';
import { parseMetrics } from '../../core/train/metrics.js';
import { globBase, isGlob } from '../../core/train/glob.js';
import { insideWorkspace, workspacePath } from '../../core/train/paths.js';
import type { StageEffects } from '../../core/train/reproduce.js';
import { type Stage, stageOutputs } from '../../core/train/stage.js';
import { LOCKFILES, toolsNamedIn } from '../../core/train/tools.js';
import { hashOutputs, removeOutputs } from '../cache/outputs.js';
import type { CacheStore } from '../cache/store.js';
import type { GitIds } from '../git/blob-ids.js';
import type { ActionIO } from '../io.js';
import { contentIds, MissingPathError } from '../process/content-ids.js';
import type { HashState } from '../process/hash-state.js';
import { runCommand } from '../process/run-command.js';
import { defaultShell } from '../process/shell.js';
import { linuxDistro, toolVersion } from '../process/tool-version.js';
import { stageEnv } from './stage-env.js';
import { hashProgress, transferred } from './transfer-log.js';

/** What the effects work with: the workspace, the outer env, the hash state, git ids and the store. */
export interface EffectsContext {
  readonly io: ActionIO;
  readonly root: string;
  readonly state: HashState;
  /** Git's view of the workspace, taken on first use (lazyGitIds). */
  readonly git: () => Promise<GitIds>;
  readonly store?: CacheStore;
  /** Why saving is off for this run (a privileged event, TRIG-02), or undefined. */
  readonly saveBlocked?: string;
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
        const progress = hashProgress(io, `deps of '${stage.name}'`);
        const ids = await contentIds(wdirOf(stage), stage.deps, {
          state: ctx.state,
          git: ctx.git,
          onProgress: progress,
        }).finally(progress.end);
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
    // `persist` outputs stay: a command resuming from its checkpoint needs them (DVC `persist: true`).
    removeOutputs: (stage) => {
      const kept = new Set(stage.persist ?? []);
      const removed = stageOutputs(stage).filter((out) => !kept.has(out));
      return removeOutputs(
        root,
        removed.map((out) => insideWorkspace(stage.wdir, out, `stage '${stage.name}': output`, stage.where)),
      );
    },
    run(stage, params) {
      // pass-env is where tokens go: keep their values out of the log even if the command prints them.
      for (const name of stage.passEnv) if (io.env[name]) io.setSecret(io.env[name]!);
      return runCommand(stage.cmd, {
        shell: stage.shell ?? defaultShell(),
        cwd: wdirOf(stage),
        env: stageEnv(stage, io.env, params),
        timeout: stage.timeout,
        onLine: (line) => io.log.info(`[${stage.name}] ${line}`),
        onNote: (line) => io.log.notice(`stage '${stage.name}': ${line}`),
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
    async bytesIds(stage, inputs) {
      // Nothing tracked under any dep or lockfile: no id came from git, so there is nothing to redo
      // (and an upstream stage's fresh outputs are not read a second time).
      const bases = [
        ...stage.deps.map((dep) => resolve(wdirOf(stage), isGlob(dep) ? globBase(dep) : dep)),
        ...Object.keys(inputs.runtime.lockfiles).map((file) => resolve(root, file)),
      ];
      const under = (file: string, base: string) => file === base || file.startsWith(`${base}${sep}`);
      const { tracked } = await ctx.git();
      if (![...tracked].some((file) => bases.some((base) => under(file, base)))) return inputs;
      // No git ids: every file's id is the sha256 of its bytes (the hash state spares re-reading).
      const deps = await contentIds(wdirOf(stage), stage.deps, { state: ctx.state });
      const lockfiles = await contentIds(root, Object.keys(inputs.runtime.lockfiles), { state: ctx.state });
      return {
        ...inputs,
        deps: Object.fromEntries(
          Object.entries(deps).map(([dep, id]) => [workspacePath(stage.wdir, dep), id]),
        ),
        runtime: { ...inputs.runtime, lockfiles },
      };
    },
    now: () => new Date(),
    log: (line) => io.log.info(line),
  };
}
