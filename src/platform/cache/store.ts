import type { FingerprintInputs } from '../../core/train/fingerprint.js';
import type { OutputFile } from '../../core/train/verify.js';

/** An output file as stored: workspace-relative POSIX path, content hash, size and exec bit. */
export interface StoredFile extends OutputFile {
  readonly executable: boolean;
  /**
   * A symbolic link inside the workspace, kept as a link: its relative target. Its sha256 is that of
   * `symlink\0<target>` and its size 0 (core/fs/link-rule.ts: links out of the workspace are refused).
   */
  readonly link?: string;
}

/**
 * What a cache entry carries besides the bytes: the key and the inputs it was made from (CACHE-07: a
 * restore checks the key inside, not only the one it asked for) and every file's hash (checked on restore).
 */
export interface CacheManifest {
  readonly kind: 'mlci/cache-entry';
  readonly version: 1;
  readonly key: string;
  readonly inputs: FingerprintInputs;
  readonly files: readonly StoredFile[];
}

/** Restored outputs: where from, and the files (already in place in the workspace). */
export interface CacheHit {
  readonly source: string;
  readonly files: readonly StoredFile[];
  /** The inputs the entry was saved with, where the store keeps them (so a remote hit can be kept locally). */
  readonly inputs?: FingerprintInputs;
}

/**
 * Where stage outputs are kept between runs, keyed by the fingerprint. Implementations never throw for
 * a cache problem: restore returns undefined (a miss) and save returns what became of it, after a
 * warning through `warn`. Restore is all or nothing: files land in a temp dir and move into place only
 * when all of them are there and check out.
 */
export interface CacheStore {
  readonly name: string;
  /** `outputs`: the stage's declared output paths (workspace-relative); entries outside them are refused. */
  restore(key: string, outputs: readonly string[]): Promise<CacheHit | undefined>;
  save(manifest: CacheManifest): Promise<'saved' | 'exists' | `failed: ${string}`>;
}
