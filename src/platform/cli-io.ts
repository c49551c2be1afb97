import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { formatWhere } from '../core/errors.js';
import { inertBlock, inertLine } from '../core/text/inert.js';
import { redactCredentials } from '../core/text/redact.js';
import { inertLogger, withHint } from './inert-logger.js';
import type { ActionIO, AnnotationProps, Logger } from './io.js';

export interface CliIOOptions {
  readonly inputs: ReadonlyMap<string, string>;
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
  /** Where outputs go as name=value lines (like GITHUB_OUTPUT); printed to stderr when absent. */
  readonly outputsFile?: string;
  readonly quiet?: boolean;
  readonly write?: (text: string) => void;
}

function prefix(kind: string, message: string, props?: AnnotationProps): string {
  const title = props?.title ? `${props.title}: ` : '';
  const at = props?.where ? `${formatWhere(props.where)}: ` : '';
  return withHint(`${kind}: ${title}${at}${message}`, props);
}

/** Writes lines mlci wrote itself (help, usage errors) to a stream, redacted and made inert: see inertBlock. */
export function printBlock(stream: 'stdout' | 'stderr', text: string): void {
  process[stream].write(`${inertBlock(redactCredentials(text))}\n`);
}

/** The ActionIO of `npx mlci …` on a laptop: flags as inputs, logs on stderr, the summary on stdout. */
export function cliIO(options: CliIOOptions): ActionIO {
  const write = options.write ?? ((text: string) => process.stderr.write(text));
  const secrets: string[] = [];
  const mask = (text: string) => secrets.reduce((out, secret) => out.split(secret).join('***'), text);
  const say = (text: string) => write(`${mask(text)}\n`);
  // The shell can be a workflow step (`run: npx mlci …`): its stderr is read for workflow commands too.
  const log: Logger = inertLogger({
    info: (message) => !options.quiet && say(message),
    debug: (message) => options.env?.MLCI_DEBUG && say(`debug: ${message}`),
    notice: (message, props) => say(prefix('notice', message, props)),
    warning: (message, props) => say(prefix('warning', message, props)),
    error: (message, props) => say(prefix('error', message, props)),
    group: async (name, work) => {
      if (!options.quiet) say(`── ${name}`);
      return work();
    },
  });
  return {
    inputs: { get: (name) => options.inputs.get(name) || undefined },
    log,
    env: options.env ?? process.env,
    cwd: options.cwd ?? process.cwd(),
    output: (name, value) => {
      // A value with a line break is a heredoc, as GITHUB_OUTPUT takes it: it cannot add a second output.
      const delimiter = `mlci_${randomUUID()}`;
      const line = /[\r\n]/.test(value)
        ? `${name}<<${delimiter}\n${value}\n${delimiter}\n`
        : `${name}=${value}\n`;
      if (options.outputsFile) appendFileSync(options.outputsFile, line);
      else if (!options.quiet) write(`${inertLine(mask(`${name}=${value}`))}\n`);
    },
    summary: async (markdown) => {
      if (!options.quiet) printBlock('stdout', mask(markdown));
    },
    setSecret: (value) => {
      if (value) secrets.push(value);
    },
  };
}
