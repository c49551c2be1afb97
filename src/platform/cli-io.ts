import { appendFileSync } from 'node:fs';
import { formatWhere } from '../core/errors.js';
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
  return `${kind}: ${title}${at}${message}`;
}

/** The ActionIO of `npx mlci …` on a laptop: flags as inputs, logs on stderr, the summary on stdout. */
export function cliIO(options: CliIOOptions): ActionIO {
  const write = options.write ?? ((text: string) => process.stderr.write(text));
  const secrets: string[] = [];
  const mask = (text: string) => secrets.reduce((out, secret) => out.split(secret).join('***'), text);
  const say = (text: string) => write(`${mask(text)}\n`);
  const log: Logger = {
    info: (message) => !options.quiet && say(message),
    debug: (message) => options.env?.MLCI_DEBUG && say(`debug: ${message}`),
    notice: (message, props) => say(prefix('notice', message, props)),
    warning: (message, props) => say(prefix('warning', message, props)),
    error: (message, props) => say(prefix('error', message, props)),
    group: async (name, work) => {
      if (!options.quiet) say(`── ${name}`);
      return work();
    },
  };
  return {
    inputs: { get: (name) => options.inputs.get(name) || undefined },
    log,
    env: options.env ?? process.env,
    cwd: options.cwd ?? process.cwd(),
    output: (name, value) => {
      const line = `${name}=${value}\n`;
      if (options.outputsFile) appendFileSync(options.outputsFile, line);
      else if (!options.quiet) write(mask(line));
    },
    summary: async (markdown) => {
      if (!options.quiet) process.stdout.write(`${mask(markdown)}\n`);
    },
    setSecret: (value) => {
      if (value) secrets.push(value);
    },
  };
}
