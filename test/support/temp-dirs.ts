// Temporary directories of a test file, removed when the file's tests are done (jest-after-env.ts).
// MLCI_KEEP_TEST_DIRS=1 keeps them for a look.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const created: string[] = [];

/** A fresh directory under the system temp dir, `prefix` + random suffix, removed after the test file. */
export function testTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** Removes every directory testTempDir made so far (unless MLCI_KEEP_TEST_DIRS is set). */
export function removeTestTempDirs(): void {
  if (process.env.MLCI_KEEP_TEST_DIRS) return;
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}
