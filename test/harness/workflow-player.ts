// Plays one job of a workflow file as a runner would, step by step in one GITHUB_WORKSPACE: `if:`
// conditions and `${{ }}` expressions evaluated (steps.<id>.outputs / outcome, github, matrix, inputs,
// env), `OWNER/mlci…@v1` steps run as their bundles through runBundle (inputs defaulted from their
// action.yml, `${{ github.token }}` included), `run:` steps in bash (the CLI for `npx … mlci`),
// actions/upload-artifact and actions/download-artifact through the fake GitHub's artifact service
// (with @actions/artifact, as those actions use it), checkout and setup-* as no-ops (the test prepares
// the workspace).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { bundle } from '../support/bundles.js';
import { type Context, condition, interpolate } from './expressions.js';
import type { FakeGitHub } from './fake-github.js';
import { type BundleRun, type NodeRuntime, runBundle } from './runner.js';

const root = join(import.meta.dirname, '../..');

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  if?: string | boolean;
  'continue-on-error'?: boolean;
}

export interface PlayedStep {
  readonly id?: string;
  readonly label: string;
  readonly outcome: 'success' | 'failure' | 'skipped';
  readonly outputs: Readonly<Record<string, string>>;
  /** For an mlci step: everything the bundle did. */
  readonly run?: BundleRun;
  /** For a run: step, the script's output (stdout + stderr). */
  readonly log?: string;
}

export interface PlayOptions {
  /** examples/workflows/<file>. */
  readonly workflow: string;
  readonly job: string;
  readonly matrix?: Readonly<Record<string, unknown>>;
  readonly event: { readonly name: string; readonly payload: Record<string, unknown> };
  readonly workspace: string;
  readonly github: FakeGitHub;
  /** workflow_dispatch inputs. */
  readonly inputs?: Readonly<Record<string, string>>;
  /** Repository configuration variables (`vars.X`). */
  readonly vars?: Readonly<Record<string, string>>;
  readonly node?: NodeRuntime;
  /** Extra variables for every step (e.g. a registry's). */
  readonly env?: Readonly<Record<string, string>>;
}

export interface PlayedJob {
  readonly steps: readonly PlayedStep[];
  readonly failed: boolean;
  /** A step by id. */
  step(id: string): PlayedStep;
}

const MLCI = /^OWNER\/mlci(?:\/actions\/([a-z-]+))?@v1$/;

/** The job's steps and the permissions it declares, as parsed. */
export function workflowJob(file: string, job: string) {
  const workflow = parse(readFileSync(join(root, 'examples/workflows', file), 'utf8')) as {
    jobs: Record<string, { steps: Step[]; env?: Record<string, unknown> }>;
  };
  const found = workflow.jobs[job];
  if (!found) throw new Error(`${file} has no job ${job}`);
  return found;
}

export async function playJob(options: PlayOptions): Promise<PlayedJob> {
  const job = workflowJob(options.workflow, options.job);
  const fakeEnv = options.github.env();
  const github = {
    event_name: options.event.name,
    event: options.event.payload,
    repository: options.github.repository,
    repository_owner: options.github.repository.split('/')[0],
    token: options.github.token,
    sha: (options.event.payload.after as string | undefined) ?? 'f'.repeat(40),
    ref: (options.event.payload.ref as string | undefined) ?? 'refs/heads/main',
    workspace: options.workspace,
    run_id: String(options.github.run.id),
  };
  const steps: Record<string, { outputs: Record<string, string>; outcome: string; conclusion: string }> = {};
  const played: PlayedStep[] = [];
  let failed = false;
  for (const step of job.steps) {
    const context: Context = {
      github,
      steps,
      matrix: options.matrix ?? {},
      inputs: options.inputs ?? {},
      vars: options.vars ?? {},
      env: {},
    };
    const status = { failed };
    const label = step.name ?? step.uses ?? step.run ?? '?';
    if (!condition(step.if, context, status)) {
      played.push({ id: step.id, label, outcome: 'skipped', outputs: {} });
      if (step.id) steps[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
      continue;
    }
    const value = (v: unknown) => interpolate(String(v), context, status);
    const withs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, value(v)]));
    const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, value(v)]));
    let result: PlayedStep;
    const mlci = step.uses ? MLCI.exec(step.uses) : null;
    if (mlci) {
      const name = mlci[1] ?? 'run';
      const actionYml = mlci[1] ? join(root, 'actions', name, 'action.yml') : join(root, 'action.yml');
      const declared =
        (parse(readFileSync(actionYml, 'utf8')) as { inputs?: Record<string, { default?: unknown }> })
          .inputs ?? {};
      const inputs: Record<string, string> = {};
      for (const [input, spec] of Object.entries(declared))
        if (spec?.default !== undefined) inputs[input] = value(spec.default);
      Object.assign(inputs, withs);
      const run = await runBundle({
        bundle: await bundle(name),
        node: options.node,
        event: options.event,
        cwd: options.workspace,
        env: { ...fakeEnv, ...options.env, ...stepEnv },
        inputs,
        actionYml,
        timeoutMs: 240_000,
      });
      result = {
        id: step.id,
        label,
        outcome: run.exitCode === 0 ? 'success' : 'failure',
        outputs: run.outputs,
        run,
      };
    } else if (step.uses?.startsWith('actions/upload-artifact@')) {
      result = { id: step.id, label, ...(await upload(options, withs)) };
    } else if (step.uses?.startsWith('actions/download-artifact@')) {
      result = { id: step.id, label, ...(await download(options, withs)) };
    } else if (step.uses && /^actions\/(checkout|setup-node|setup-python)@/.test(step.uses)) {
      result = { id: step.id, label, outcome: 'success', outputs: {} };
    } else if (step.run !== undefined) {
      const { code, log } = await bash(value(step.run), options.workspace, {
        ...fakeEnv,
        ...options.env,
        ...stepEnv,
        MLCI_CLI: await bundle('cli'),
      });
      result = { id: step.id, label, outcome: code === 0 ? 'success' : 'failure', outputs: {}, log };
    } else {
      throw new Error(`the player cannot run step ${label}`);
    }
    played.push(result);
    if (step.id)
      steps[step.id] = {
        outputs: { ...result.outputs },
        outcome: result.outcome,
        conclusion: result.outcome,
      };
    if (result.outcome === 'failure' && !step['continue-on-error']) failed = true;
  }
  return {
    steps: played,
    failed,
    step: (id) => {
      const found = played.find((s) => s.id === id);
      if (!found) throw new Error(`no step ${id}`);
      return found;
    },
  };
}

/** `npx --yes github:OWNER/mlci#v1 …` is the CLI bundle under test. */
function bash(
  script: string,
  cwd: string,
  env: Record<string, string>,
): Promise<{ code: number; log: string }> {
  const local = script.replace(/npx --yes github:OWNER\/mlci#v1/g, 'node "$MLCI_CLI"');
  const { GITHUB_ACTIONS, ...rest } = process.env;
  return new Promise((done, fail) => {
    const child = spawn('bash', ['-eo', 'pipefail', '-c', local], {
      cwd,
      env: { ...rest, ...env, GITHUB_ACTIONS: 'true', CI: 'true' },
    });
    let log = '';
    child.stdout.on('data', (c: Buffer) => (log += c.toString()));
    child.stderr.on('data', (c: Buffer) => (log += c.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? 1, log }));
  });
}

function filesUnder(path: string): string[] {
  if (!statSync(path, { throwIfNoEntry: false })) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** The directory upload-artifact puts at the artifact's root: the least common ancestor of the paths. */
function commonRoot(paths: readonly string[]): string {
  const parts = paths.map((p) => p.split(sep));
  const first = parts[0]!;
  let n = 0;
  while (n < first.length && parts.every((p) => p[n] === first[n])) n++;
  return first.slice(0, n).join(sep) || sep;
}

/** Runs `work` with the fake's runtime variables in process.env (@actions/artifact reads them there). */
async function withRuntimeEnv<T>(options: PlayOptions, work: () => Promise<T>): Promise<T> {
  const saved = { ...process.env };
  Object.assign(process.env, options.github.env(), { GITHUB_WORKSPACE: options.workspace });
  // @actions/core logs to this process's stdout: keep the test output readable (errors still throw)
  const write = process.stdout.write;
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    return await work();
  } finally {
    process.stdout.write = write;
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}

async function upload(options: PlayOptions, withs: Record<string, string>) {
  const paths = withs.path
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean);
  const given = paths.map((p) => resolve(options.workspace, p));
  const files = given.flatMap(filesUnder);
  if (files.length === 0) {
    const fail = (withs['if-no-files-found'] ?? 'warn') === 'error';
    const none: Record<string, string> = {};
    return { outcome: fail ? ('failure' as const) : ('success' as const), outputs: none };
  }
  const base =
    given.length === 1 && statSync(given[0]!).isDirectory() ? given[0]! : commonRoot(files.map(dirname));
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const { id } = await withRuntimeEnv(options, () =>
    new DefaultArtifactClient().uploadArtifact(withs.name ?? 'artifact', files, base),
  );
  return { outcome: 'success' as const, outputs: { 'artifact-id': String(id) } };
}

async function download(options: PlayOptions, withs: Record<string, string>) {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const pattern = withs.pattern
    ? new RegExp(`^${withs.pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`)
    : undefined;
  const target = resolve(options.workspace, withs.path ?? '.');
  const merge = withs['merge-multiple'] === 'true';
  await withRuntimeEnv(options, async () => {
    const { artifacts } = await client.listArtifacts({ latest: true });
    const wanted = artifacts.filter((a) =>
      withs.name ? a.name === withs.name : (pattern?.test(a.name) ?? true),
    );
    for (const artifact of wanted) {
      const path = merge || withs.name ? target : join(target, artifact.name);
      await mkdir(path, { recursive: true });
      await client.downloadArtifact(artifact.id, { path });
    }
  });
  return {
    outcome: 'success' as const,
    outputs: { 'download-path': relative(options.workspace, target) || '.' },
  };
}
