import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { MlciError, messageOf } from '../../core/errors.js';

const run = promisify(execFile);

/** Limits of one git invocation. */
export interface GitRunOptions {
  /** Milliseconds before git is killed; none by default (a fetch may take long on a big repository). */
  readonly timeout?: number;
}

// File listings (`ls-files -z`, `status -z`) of a large monorepo run to tens of MiB.
const MAX_OUTPUT = 256 * 1024 * 1024;

/** Runs git with an argument array (never a shell) in `cwd`; stdout, or an MlciError naming the command. */
export async function git(
  cwd: string,
  args: readonly string[],
  options: GitRunOptions = {},
): Promise<string> {
  try {
    const { stdout } = await run('git', [...args], {
      cwd,
      maxBuffer: MAX_OUTPUT,
      encoding: 'utf8',
      ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
    });
    return stdout;
  } catch (cause) {
    const stderr = String((cause as { stderr?: unknown }).stderr ?? '')
      .trim()
      .split('\n')[0];
    throw new MlciError(`git ${args[0]} failed: ${stderr || messageOf(cause)}`, 1, { cause });
  }
}

/** git's stdout as printed, or undefined when git fails or is missing (callers fall back). */
export async function gitOutput(
  cwd: string,
  args: readonly string[],
  options: GitRunOptions = {},
): Promise<string | undefined> {
  try {
    return await git(cwd, args, options);
  } catch {
    return undefined;
  }
}

/** git's stdout trimmed, or undefined when git fails or is missing. */
export async function tryGit(
  cwd: string,
  args: readonly string[],
  options: GitRunOptions = {},
): Promise<string | undefined> {
  return (await gitOutput(cwd, args, options))?.trim();
}

// A ref git would accept that cannot be read as an option (`--upload-pack=…`) or a range.
const SAFE_REF = /^(?!-)(?!.*\.\.)[A-Za-z0-9._/+@-]+$/;

/** Whether `ref` is safe to pass to git as a ref: not option-like, not a range. */
export const isSafeRef = (ref: string): boolean => SAFE_REF.test(ref);
