import { readFileSync, statSync } from 'node:fs';
import type { DataProfile } from '../../core/data/profile/profile.js';
import { parseProfile } from '../../core/data/profile/profile-json.js';
import { DataError, UsageError } from '../../core/errors.js';

// Profiles come from other jobs' artifacts (possibly a fork's): read as data, under a size cap
// (reference/reliability-and-security.md ART-01). A real profile is tens of KB per column.
const MAX_PROFILE_BYTES = 64 * 2 ** 20;

/** Reads and checks one profile file (merge-profiles' shards, either command's reference), size-capped. */
export function readProfileFile(path: string, shown = path): DataProfile {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (thrown) {
    throw new UsageError(
      `cannot read profile ${shown}: ${(thrown as NodeJS.ErrnoException).code ?? String(thrown)}`,
    );
  }
  if (size > MAX_PROFILE_BYTES) {
    throw new DataError(`${size} bytes, over the ${MAX_PROFILE_BYTES / 2 ** 20} MiB profile limit`, {
      where: { file: shown },
      hint: 'a profile is tens of KB per column; this file is not one',
    });
  }
  return parseProfile(readFileSync(path, 'utf8'), shown);
}
