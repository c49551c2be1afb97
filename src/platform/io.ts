import type { Where } from '../core/errors.js';
import type { Progress } from './terminal/progress.js';

/** Reads one input by its action.yml name. Returns undefined when it was not given (or given empty). */
export interface InputReader {
  get(name: string): string | undefined;
}

export interface AnnotationProps {
  readonly title?: string;
  readonly where?: Where;
  /** What to do about it: shown on its own line under the message. */
  readonly hint?: string;
}

/**
 * Log lines as the runner shows them; on a laptop, plain text on stderr. Every method takes one line: a
 * line break or other control character in a message is shown (`\n`), never printed, so untrusted text
 * in it cannot start a line of its own (see inertLogger).
 */
export interface Logger {
  info(message: string): void;
  debug(message: string): void;
  notice(message: string, props?: AnnotationProps): void;
  warning(message: string, props?: AnnotationProps): void;
  error(message: string, props?: AnnotationProps): void;
  group<T>(name: string, work: () => Promise<T>): Promise<T>;
}

/**
 * The seam between a command and where it runs: a workflow step (runnerIO) or a shell (cliIO).
 * A command gets everything from here, so the CLI and the action make the same decisions.
 */
/** How the CLI prints a summary: see ActionIO.summary. */
export type SummaryForm = 'auto' | 'text' | 'markdown';

export interface ActionIO {
  readonly inputs: InputReader;
  readonly log: Logger;
  /** Environment the command sees (process.env on a runner; the shell's env in the CLI). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Directory relative paths are resolved against (GITHUB_WORKSPACE or the shell's cwd). */
  readonly cwd: string;
  output(name: string, value: string): void;
  /**
   * Appends markdown to the job summary (GITHUB_STEP_SUMMARY), or prints it in the CLI. `form` is for
   * the CLI only: `auto` renders it for a terminal when stdout is one (else markdown), `text` always
   * renders it (no colours off a terminal), `markdown` never does. A runner always gets markdown.
   */
  summary(markdown: string, form?: SummaryForm): Promise<void>;
  /** Masks a value in every later log line. */
  setSecret(value: string): void;
  /**
   * An updating progress line, only on a terminal (not --quiet, not on a runner). Absent elsewhere:
   * long work then logs its periodic plain lines instead.
   */
  readonly progress?: Progress;
}
