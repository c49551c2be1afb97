import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';

/** Writes a file whole or not at all: a temp file in the same directory, then a rename. */
export async function writeText(cwd: string, path: string, text: string): Promise<void> {
  const target = resolve(cwd, path);
  const temp = `${target}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(temp, text);
    await rename(temp, target);
  } catch (thrown) {
    await rm(temp, { force: true });
    throw new UsageError(`cannot write ${path}: ${(thrown as NodeJS.ErrnoException).code ?? String(thrown)}`);
  }
}
