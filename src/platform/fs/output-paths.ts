import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { isInside } from '../../core/fs/link-rule.js';
import type { ActionIO } from '../io.js';

/** Paths by the input name that gave them (`report`, `data`, `weights`); undefined or empty for not given. */
export type NamedPaths = Readonly<Record<string, string | readonly string[] | undefined>>;

interface Identity {
  readonly name: string;
  readonly path: string;
  /** The real path (links and `..` resolved; for a file not yet there, its real parent + its name). */
  readonly real: string;
  /** device:inode when the file exists (catches hard links too). */
  readonly inode?: string;
}

async function realOf(absolute: string): Promise<string> {
  const real = await realpath(absolute).catch(() => undefined);
  if (real) return real;
  const parent = dirname(absolute);
  return parent === absolute ? absolute : join(await realOf(parent), basename(absolute));
}

async function identities(cwd: string, paths: NamedPaths): Promise<Identity[]> {
  const out: Identity[] = [];
  for (const [name, value] of Object.entries(paths)) {
    for (const path of typeof value === 'string' ? [value] : (value ?? [])) {
      if (!path) continue;
      const absolute = resolve(cwd, path);
      const info = await stat(absolute).catch(() => undefined);
      out.push({
        name,
        path,
        real: await realOf(absolute),
        inode: info?.isFile() ? `${info.dev}:${info.ino}` : undefined,
      });
    }
  }
  return out;
}

const same = (a: Identity, b: Identity) =>
  a.real === b.real || (a.inode !== undefined && a.inode === b.inode);

/**
 * The one check that no file mlci writes is one it reads in the same run (DESIGN.md, trust boundaries):
 * an output that resolves (real path, or the same inode through a hard link) to an input, or two outputs
 * that resolve to one file, is a usage error (exit 2) before any work. Command entries call it first.
 */
export async function checkOutputsAreNotInputs(
  cwd: string,
  outputs: NamedPaths,
  inputs: NamedPaths,
): Promise<void> {
  const outs = await identities(cwd, outputs);
  const ins = await identities(cwd, inputs);
  for (const [i, out] of outs.entries()) {
    const input = ins.find((candidate) => same(out, candidate));
    if (input) {
      throw new UsageError(
        `\`${out.name}\` (${out.path}) is the input \`${input.name}\` (${input.path}): mlci would overwrite a file it reads`,
        { hint: `write the ${out.name} to another path` },
      );
    }
    const other = outs.slice(0, i).find((candidate) => same(out, candidate));
    if (other) {
      throw new UsageError(`\`${out.name}\` and \`${other.name}\` are the same file (${out.path})`, {
        hint: `give \`${out.name}\` a path of its own`,
      });
    }
  }
}

/**
 * Inputs that resolve (links followed) outside the workspace, on a runner: a warning each, naming the
 * input. The workflow author chose them, so not an error; but a path a pull request controls should not
 * reach a runner's other files unnoticed. Silent in the CLI, where the shell's cwd is no boundary.
 */
export async function warnInputsOutsideWorkspace(io: ActionIO, inputs: NamedPaths): Promise<void> {
  if (io.env.GITHUB_ACTIONS !== 'true') return;
  const workspace = await realOf(resolve(io.cwd));
  for (const input of await identities(io.cwd, inputs)) {
    if (!isInside(workspace, input.real))
      io.log.warning(
        `input \`${input.name}\` (${input.path}) resolves outside the workspace, to ${input.real}`,
      );
  }
}

/** What every command entry does first: warn about inputs outside the workspace, refuse outputs that are inputs. */
export async function checkRunPaths(io: ActionIO, outputs: NamedPaths, inputs: NamedPaths): Promise<void> {
  await warnInputsOutsideWorkspace(io, inputs);
  await checkOutputsAreNotInputs(io.cwd, outputs, inputs);
}
