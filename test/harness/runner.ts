// Runner emulation: runs a dist bundle as a child process with the environment a GitHub-hosted runner
// gives a node action, then reads back what it wrote (outputs, summary, env, path, state) and the
// workflow commands it printed. Asynchronous on purpose: a fake server in this process must keep serving
// while the bundle runs (a spawnSync deadlocks, reference/actions-runtime.md §2).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { type NodeRuntime, nodeBinary, nodeVersion } from './node-binaries.js';
import { testTempDir } from '../support/temp-dirs.js';
import { defaultPayload, forRepository, runnerEnv } from './runner-env.js';
import {
  type Annotation,
  annotationsOf,
  parseKeyValueFile,
  parseWorkflowCommands,
  type WorkflowCommand,
} from './workflow-files.js';

export type { Annotation, WorkflowCommand } from './workflow-files.js';
export type { NodeRuntime } from './node-binaries.js';

export interface RunBundleOptions {
  /** Path of the bundle (`dist/<name>/index.js`). */
  readonly bundle: string;
  /** Inputs by their action.yml names (`schema`, `fail-on-drift`); values are stringified as YAML would. */
  readonly inputs?: Readonly<Record<string, string | number | boolean>>;
  /** Runtime; default node24, as action.yml declares. */
  readonly node?: NodeRuntime;
  /**
   * The triggering event: a name (the first @octokit/webhooks-examples payload of it; for `push`, the
   * first push to a branch), or a name with a payload (e.g. from webhookExample()). Default `push`.
   */
  readonly event?: string | { readonly name: string; readonly payload: Record<string, unknown> };
  /** Extra or overriding variables, e.g. a fake GitHub's env(); undefined removes a variable. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** GITHUB_WORKSPACE and the working directory; default a new temp dir. */
  readonly cwd?: string;
  /**
   * The action.yml whose input defaults the runner applies (and whose input names it knows). Default:
   * found beside the bundle's build output (`actions/<name>/action.yml`, or `action.yml` for `run`);
   * false to apply none.
   */
  readonly actionYml?: string | false;
  /** STATE_* values for a post step. */
  readonly state?: Readonly<Record<string, string>>;
  /** Kill the bundle after this long (default 120 s): a hung action must not hang the suite. */
  readonly timeoutMs?: number;
}

export interface BundleRun {
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** GITHUB_OUTPUT, parsed. */
  readonly outputs: Readonly<Record<string, string>>;
  /** GITHUB_STEP_SUMMARY as written. */
  readonly summary: string;
  /** GITHUB_ENV, parsed (exportVariable). */
  readonly exportedEnv: Readonly<Record<string, string>>;
  /** GITHUB_STATE, parsed (saveState). */
  readonly savedState: Readonly<Record<string, string>>;
  /** GITHUB_PATH lines (addPath). */
  readonly addedPath: readonly string[];
  readonly commands: readonly WorkflowCommand[];
  readonly annotations: readonly Annotation[];
  /** Values registered with ::add-mask:: (setSecret). */
  readonly masks: readonly string[];
  /** Inputs given that the action.yml does not declare (the runner warns about them). */
  readonly unexpectedInputs: readonly string[];
  /** The full environment the bundle got. */
  readonly env: Readonly<Record<string, string>>;
  readonly workspace: string;
  readonly runnerTemp: string;
  readonly nodeVersion: string;
}

// Each run gets its own runner directories; they go when the test file is done (testTempDir; keep them
// for a look with MLCI_KEEP_TEST_DIRS=1).

/** The env name the runner gives an input: `INPUT_` + name, spaces as `_`, upper-cased, hyphens kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Inputs and their defaults from an action.yml. */
async function actionInputs(file: string): Promise<Record<string, { default?: string }>> {
  const action = parse(await readFile(file, 'utf8')) as { inputs?: Record<string, { default?: unknown }> };
  return Object.fromEntries(
    Object.entries(action.inputs ?? {}).map(([name, input]) => [
      name,
      { default: input?.default === undefined ? undefined : String(input.default) },
    ]),
  );
}

/** `<out>/dist/<name>/index.js` → `<out>/actions/<name>/action.yml` (or `<out>/action.yml` for run). */
function findActionYml(bundle: string): string | undefined {
  const name = dirname(bundle).split(/[\\/]/).pop()!;
  const out = resolve(dirname(bundle), '../..');
  const candidates = [
    join(out, 'actions', name, 'action.yml'),
    ...(name === 'run' ? [join(out, 'action.yml')] : []),
  ];
  return candidates.find((file) => existsSync(file));
}

/** Runs a bundle as a runner would and collects everything it wrote. */
export async function runBundle(options: RunBundleOptions): Promise<BundleRun> {
  const binary = nodeBinary(options.node ?? 'node24');
  const version = await nodeVersion(binary);
  const wanted = (options.node ?? 'node24').replace('node', 'v');
  if (!version.startsWith(`${wanted}.`))
    throw new Error(`${binary} is ${version}, not ${options.node ?? 'node24'}`);

  const home = testTempDir('mlci-runner-');
  const workspace = options.cwd ?? join(home, 'workspace');
  const runnerTemp = join(home, 'temp');
  const files = join(home, 'files');
  await Promise.all([mkdir(workspace, { recursive: true }), mkdir(runnerTemp), mkdir(files)]);
  const file = (name: string) => join(files, name);
  for (const name of ['output', 'summary', 'state', 'env', 'path']) await writeFile(file(name), '');

  const repository = options.env?.GITHUB_REPOSITORY ?? 'acme/widgets';
  const eventName = typeof options.event === 'object' ? options.event.name : (options.event ?? 'push');
  const payload = forRepository(
    typeof options.event === 'object' ? options.event.payload : defaultPayload(eventName),
    repository,
  );
  await writeFile(file('event.json'), JSON.stringify(payload, null, 2));

  const actionYml =
    options.actionYml === false ? undefined : (options.actionYml ?? findActionYml(options.bundle));
  const declared = actionYml ? await actionInputs(actionYml) : undefined;
  const inputEnv: Record<string, string> = {};
  for (const [name, input] of Object.entries(declared ?? {}))
    if (input.default !== undefined) inputEnv[inputEnvName(name)] = input.default;
  for (const [name, value] of Object.entries(options.inputs ?? {}))
    inputEnv[inputEnvName(name)] = String(value);
  const unexpectedInputs = declared
    ? Object.keys(options.inputs ?? {}).filter((name) => !(name in declared))
    : [];

  const base: Record<string, string | undefined> = {
    ...runnerEnv({ repository, eventName, payload, workspace, runnerTemp, home, file }),
    ...Object.fromEntries(Object.entries(options.state ?? {}).map(([k, v]) => [`STATE_${k}`, v])),
    ...inputEnv,
    ...options.env,
  };
  const env = Object.fromEntries(
    Object.entries(base).filter((e): e is [string, string] => e[1] !== undefined),
  );

  const { exitCode, signal, stdout, stderr } = await spawnCollect(
    binary,
    [resolve(options.bundle)],
    workspace,
    env,
    options.timeoutMs ?? 120_000,
  );
  const commands = parseWorkflowCommands(stdout);
  const read = (name: string) => readFile(file(name), 'utf8');
  return {
    exitCode,
    signal,
    stdout,
    stderr,
    outputs: parseKeyValueFile(await read('output')),
    summary: await read('summary'),
    exportedEnv: parseKeyValueFile(await read('env')),
    savedState: parseKeyValueFile(await read('state')),
    addedPath: (await read('path')).split(/\r?\n/).filter(Boolean),
    commands,
    annotations: annotationsOf(commands),
    masks: commands.filter((c) => c.command === 'add-mask').map((c) => c.message),
    unexpectedInputs,
    env,
    workspace,
    runnerTemp,
    nodeVersion: version,
  };
}

function spawnCollect(
  binary: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number,
): Promise<{ exitCode: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(binary, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      resolvePromise({
        exitCode,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}
