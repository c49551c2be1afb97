import { explainInputs, type FingerprintInputs } from './fingerprint.js';

// A content id has a kind: a tracked file gets git's blob id, an untracked one a sha256 of its bytes
// (fingerprint.ts). So `git add` of a file with the same bytes changes its id, and with it the
// fingerprint, though nothing that decides the outputs changed. These helpers let a run look for the
// outputs under the fingerprint the inputs would have with every id taken from the bytes, and let
// --explain say "now tracked by git, content unchanged" instead of showing two unrelated hashes.

/** Whether any dep or lockfile id may come from git (a blob id, or a tree listing that can hold one). */
export function mayHoldGitIds(inputs: FingerprintInputs): boolean {
  const ids = [...Object.values(inputs.deps), ...Object.values(inputs.runtime.lockfiles)];
  return ids.some((id) => id.startsWith('git-') || id.startsWith('tree-'));
}

/**
 * The names of the inputs whose ids differ between `before` and `now` only because of their kind: `bytes`
 * (the current inputs with every id from the bytes) gives them the id `before` had.
 */
export function kindOnlyChanges(
  before: FingerprintInputs,
  now: FingerprintInputs,
  bytes: FingerprintInputs,
): string[] {
  const old = new Map(explainInputs(before).map(({ name, value }) => [name, value]));
  const asBytes = new Map(explainInputs(bytes).map(({ name, value }) => [name, value]));
  return explainInputs(now)
    .filter(({ name, value }) => old.get(name) !== value && old.get(name) === asBytes.get(name))
    .map(({ name }) => name);
}
