import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';

/** A text input file (a schema, checks, predictions), or a usage error naming what it is and why not. */
export async function readInputText(cwd: string, path: string, what: string): Promise<string> {
  try {
    return await readFile(resolve(cwd, path), 'utf8');
  } catch (thrown) {
    throw new UsageError(
      `cannot read ${what} ${path}: ${(thrown as NodeJS.ErrnoException).code ?? String(thrown)}`,
    );
  }
}
