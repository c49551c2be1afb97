import { accessSync, appendFileSync, constants, existsSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { EOL } from 'node:os';
import { isAbsolute, relative, sep } from 'node:path';
import { inertBlock } from '../core/text/inert.js';
import { redactCredentials } from '../core/text/redact.js';
import { inertLogger, withHint } from './inert-logger.js';
import type { ActionIO, AnnotationProps, Logger } from './io.js';

// The runner's protocol written directly, in the formats @actions/core writes (test/unit/platform/
// runner-io-files.test.ts compares them): inputs are INPUT_* env vars, outputs/state/summary are appends
// to the files the runner names, everything else is a `::command::` line on stdout. Not importing
// @actions/core keeps it (and undici, which it loads) out of an action's start-up.

type CommandProps = Readonly<Record<string, string | number | undefined>>;

const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** The one write to the step's log: every caller below has made its text inert (or escaped it) first. */
const writeLine = (text: string) => process.stdout.write(`${text}${EOL}`);

/** `::command key=value,…::message`, escaped as @actions/core escapes it; unset properties are left out. */
function issueCommand(command: string, props: CommandProps, message: string): void {
  const set = Object.entries(props).filter(([, value]) => value !== undefined && value !== '' && value !== 0);
  const list = set.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  writeLine(`::${command}${list ? ` ${list}` : ''}::${escapeData(message)}`);
}

/**
 * A random UUID (version 4 in form) for a delimiter, as @actions/core's. Its randomness only makes a
 * delimiter that occurs in the value unlikely; appendKeyValue's check makes one harmless (it refuses to
 * write), so Math.random serves where node:crypto would cost every run's start-up ~15 ms (69 M
 * instructions, measured) for this alone.
 */
function randomUuid(): string {
  const hex = (digits: number) =>
    Array.from({ length: digits }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  const variant = '89ab'[Math.floor(Math.random() * 4)];
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
}

/** `name<<delimiter` value `delimiter`, appended to the runner's GITHUB_OUTPUT / GITHUB_STATE file. */
function appendKeyValue(file: string, name: string, value: string): void {
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  const delimiter = `ghadelimiter_${randomUuid()}`;
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error(`Unexpected input: name or value contains the delimiter "${delimiter}"`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}

/**
 * Saves a value for the action's post step (STATE_<name> there): GITHUB_STATE, or the `save-state`
 * command on a runner without the file.
 */
export function saveState(name: string, value: string, env: NodeJS.ProcessEnv = process.env): void {
  if (env.GITHUB_STATE) appendKeyValue(env.GITHUB_STATE, name, value);
  else issueCommand('save-state', { name }, value);
}

/**
 * Annotation files must be repository-relative with forward slashes for GitHub to show them on the
 * file in the pull request; the runner does not rewrite an absolute path. Paths outside the workspace
 * are left as they are (they still name the file in the log).
 */
export function annotationFile(file: string | undefined, workspace: string): string | undefined {
  if (file === undefined || !isAbsolute(file)) return file?.split(sep).join('/');
  const inside = relative(workspace, file);
  return inside.startsWith('..') || isAbsolute(inside) ? file : inside.split(sep).join('/');
}

function runnerLog(workspace: string): Logger {
  const annotation = (props: AnnotationProps = {}): CommandProps => {
    const { title, where } = props;
    return {
      title,
      file: annotationFile(where?.file, workspace),
      line: where?.line,
      col: where?.column,
    };
  };
  const annotate = (level: string) => (message: string, props?: AnnotationProps) =>
    issueCommand(level, annotation(props), withHint(message, props));
  // The only place mlci's runner log reaches the runner; inertLogger has made every text inert.
  return inertLogger({
    info: (message) => writeLine(message),
    debug: (message) => issueCommand('debug', {}, message),
    notice: annotate('notice'),
    warning: annotate('warning'),
    error: annotate('error'),
    group: async (name, work) => {
      issueCommand('group', {}, name);
      try {
        return await work();
      } finally {
        issueCommand('endgroup', {}, '');
      }
    },
  });
}

/** The ActionIO of a workflow step: INPUT_* env, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, workflow commands. */
export function runnerIO(env: NodeJS.ProcessEnv = process.env): ActionIO {
  const cwd = env.GITHUB_WORKSPACE || process.cwd();
  const log = runnerLog(cwd);
  return {
    // As core.getInput: spaces in the name become `_`, upper case, the value trimmed.
    inputs: { get: (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]?.trim() || undefined },
    log,
    env,
    cwd,
    output: (name, value) => {
      if (env.GITHUB_OUTPUT) appendKeyValue(env.GITHUB_OUTPUT, name, value);
      else {
        writeLine('');
        issueCommand('set-output', { name }, value);
      }
    },
    summary: async (markdown) => {
      const file = env.GITHUB_STEP_SUMMARY;
      // Without GITHUB_STEP_SUMMARY (an old or self-hosted runner) there is no summary: log instead.
      if (!file) {
        writeLine(inertBlock(redactCredentials(markdown)));
        return;
      }
      try {
        accessSync(file, constants.R_OK | constants.W_OK);
      } catch {
        throw new Error(
          `Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`,
        );
      }
      await appendFile(file, `${redactCredentials(markdown)}${EOL}`, { encoding: 'utf8' });
    },
    setSecret: (value) => issueCommand('add-mask', {}, value),
  };
}
