import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { redactCredentials } from '../../core/text/redact.js';
import { renderMarkdown } from '../../core/text/terminal.js';
import type { ActionIO, Logger } from '../io.js';
import { ttyProgress } from './progress.js';

/** Where the CLI's human output goes: process.stdout, or a test's capture. */
export interface TextStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

export interface TerminalOptions {
  readonly stdout: TextStream;
  readonly env: NodeJS.ProcessEnv;
  /** `--json`: the report on stdout, no summary. */
  readonly json?: boolean;
  /** `--outputs FILE` was given: outputs go there (the inner IO writes them). */
  readonly outputsFile?: string;
  readonly quiet?: boolean;
  /** Where progress lines go (stderr): a TTY there gets the updating line. */
  readonly stderr?: TextStream;
}

/** Colours only on a terminal, never with NO_COLOR set (no-color.org: any non-empty value) or TERM=dumb. */
export function useColor(stream: TextStream, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb';
}

/** The CLI runs as a workflow step (`run: npx mlci …`): outputs and markdown are what the log wants. */
export const onRunner = (env: NodeJS.ProcessEnv) => env.GITHUB_ACTIONS === 'true';

export interface TerminalIO extends ActionIO {
  /** With `--json`: prints the report the command wrote (or its outputs as an object) on stdout. */
  printJson(): Promise<void>;
}

/**
 * The CLI's IO for people and scripts, around cliIO: in a terminal the summary is rendered (tables
 * aligned, ✓/✗, no escapes); piped it stays markdown (`mlci … > summary.md`); `name=value` outputs
 * only with `--outputs` or on a runner; `--json` prints the report instead of the summary.
 */
export function terminalIO(inner: ActionIO, options: TerminalOptions): TerminalIO {
  const outputs = new Map<string, string>();
  const secrets: string[] = [];
  const mask = (text: string) => secrets.reduce((out, secret) => out.split(secret).join('***'), text);
  const human = options.stdout.isTTY === true && !onRunner(options.env);
  const stderr = options.stderr;
  const progress =
    stderr?.isTTY === true && !options.quiet && !onRunner(options.env)
      ? ttyProgress({ write: (text) => stderr.write(text), columns: stderr.columns })
      : undefined;
  // A log line first erases the progress line, so the two never share a line.
  const log: Logger = progress ? clearingFirst(inner.log, progress.clear) : inner.log;
  return {
    ...inner,
    log,
    progress,
    output: (name, value) => {
      outputs.set(name, value);
      if (options.outputsFile || onRunner(options.env)) inner.output(name, value);
    },
    summary: async (markdown, form = 'auto') => {
      if (options.json || options.quiet) return;
      const rendered = !onRunner(options.env) && (form === 'text' || (form === 'auto' && human));
      if (!rendered) return inner.summary(markdown);
      const color = useColor(options.stdout, options.env);
      // the same redaction as every other printed line (credentials in URLs), then rendered inert
      const text = redactCredentials(mask(markdown));
      options.stdout.write(`${renderMarkdown(text, { color, columns: options.stdout.columns })}\n\n`);
    },
    setSecret: (value) => {
      if (value) secrets.push(value);
      inner.setSecret(value);
    },
    printJson: async () => {
      if (!options.json) return;
      const report = outputs.get('report');
      let text: string | undefined;
      if (report) {
        try {
          text = (await readFile(resolve(inner.cwd, report), 'utf8')).trimEnd();
        } catch {
          text = undefined; // the command failed before writing it: the outputs say what is known
        }
      }
      if (text === undefined && outputs.size === 0) return;
      options.stdout.write(`${mask(text ?? JSON.stringify(Object.fromEntries(outputs), null, 2))}\n`);
    },
  };
}

/** The logger with `clear()` called before each line (the progress line is erased, then redrawn later). */
function clearingFirst(log: Logger, clear: () => void): Logger {
  return {
    info: (message) => {
      clear();
      log.info(message);
    },
    debug: (message) => {
      clear();
      log.debug(message);
    },
    notice: (message, props) => {
      clear();
      log.notice(message, props);
    },
    warning: (message, props) => {
      clear();
      log.warning(message, props);
    },
    error: (message, props) => {
      clear();
      log.error(message, props);
    },
    group: (name, work) => {
      clear();
      return log.group(name, work);
    },
  };
}
