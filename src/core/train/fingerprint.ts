import { canonicalJson, sha256Hex } from './canonical.js';
import type { ParamValues } from './params.js';

/** Bumped when the encoding of the inputs changes meaning: every fingerprint changes with it. */
export const FINGERPRINT_SCHEMA = 1;

/** What the runtime was: OS, architecture, distribution, tool versions and lockfile hashes. */
export interface RuntimeInputs {
  readonly os: string;
  readonly arch: string;
  /** Linux distribution ('ubuntu 24.04'), or '' elsewhere: glibc and system libraries differ between them. */
  readonly distro: string;
  /** `<tool> --version` first line per tool named in the stage ('not found' when it is not on PATH). */
  readonly tools: Readonly<Record<string, string>>;
  /** Content id per lockfile present (workspace-relative path). */
  readonly lockfiles: Readonly<Record<string, string>>;
}

/**
 * Everything that decides a stage's outputs, as recorded in the run record. Content ids are
 * 'sha256:<hex>' (read) or 'git-sha1:<oid>' (a tracked, unmodified file: git's blob id, a content hash
 * of its own); a directory or glob is 'tree-sha256:<hex>' over its sorted (path, content id) listing.
 */
export interface FingerprintInputs {
  readonly schema: number;
  readonly cmd: string;
  readonly shell: string;
  readonly wdir: string;
  readonly deps: Readonly<Record<string, string>>;
  readonly params: ParamValues;
  /** sha256 of each declared variable's value ('unset' when absent): values may be secrets. */
  readonly env: Readonly<Record<string, string>>;
  readonly runtime: RuntimeInputs;
  readonly seed: number;
  /** Output paths: renaming an output is a different stage (as in DVC's run-cache key). */
  readonly outs: readonly string[];
  /** Fingerprints of the stages this one needs. */
  readonly upstream: Readonly<Record<string, string>>;
}

/** The fingerprint: SHA-256 over the canonical encoding (RFC 8785 style) of the inputs. */
export function fingerprintOf(inputs: FingerprintInputs): string {
  return sha256Hex(canonicalJson(inputs));
}

/** An env var's value as it goes into the fingerprint and record: hashed, never in clear. */
export function envValueId(value: string | undefined): string {
  return value === undefined ? 'unset' : `sha256:${sha256Hex(value)}`;
}

/** One leaf of the inputs ('deps.data/train.csv') and its value or content id, for --explain. */
export interface InputLine {
  readonly name: string;
  readonly value: string;
}

/** The inputs flattened to one line per leaf, in canonical order, values as canonical JSON. */
export function explainInputs(inputs: FingerprintInputs): InputLine[] {
  const lines: InputLine[] = [];
  const walk = (prefix: string, value: unknown, depth: number) => {
    // Three levels (section, group, entry): runtime.tools.python, params.params.yaml.train.lr; a params
    // value that is itself a mapping stays whole, as the user wrote it.
    if (depth < 3 && value && typeof value === 'object' && !Array.isArray(value)) {
      const keys = Object.keys(value).sort();
      if (keys.length === 0) lines.push({ name: prefix, value: '{}' });
      for (const key of keys)
        walk(prefix ? `${prefix}.${key}` : key, (value as Record<string, unknown>)[key], depth + 1);
      return;
    }
    lines.push({ name: prefix, value: typeof value === 'string' ? value : canonicalJson(value) });
  };
  walk('', inputs, 0);
  return lines;
}

/** What differs between two sets of inputs: added, removed and changed leaves. */
export interface InputChange {
  readonly name: string;
  readonly before?: string;
  readonly after?: string;
}

/** The leaves that changed from `before` (a previous run record's inputs) to `after`. */
export function diffInputs(before: FingerprintInputs, after: FingerprintInputs): InputChange[] {
  const old = new Map(explainInputs(before).map(({ name, value }) => [name, value]));
  const now = new Map(explainInputs(after).map(({ name, value }) => [name, value]));
  const names = [...new Set([...old.keys(), ...now.keys()])].sort();
  return names
    .filter((name) => old.get(name) !== now.get(name))
    .map((name) => ({ name, before: old.get(name), after: now.get(name) }));
}
