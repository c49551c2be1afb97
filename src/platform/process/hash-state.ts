import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../fs/atomic-write.js';
import type { BigIntStats } from 'node:fs';

/** What identifies an unchanged file without reading it: size, mtime, ctime and inode (as DVC's state DB). */
type Entry = readonly [size: string, mtimeNs: string, ctimeNs: string, ino: string, sha256: string];

const VERSION = 1;
/**
 * A file modified within this window before it was hashed may change again within the same mtime tick
 * unnoticed (git's "racy clean" problem), so it is not remembered. 2 s covers coarse filesystems.
 */
const RACY_NS = 2_000_000_000n;

/** The persistent hash cache: a second run does not re-read files whose stat is unchanged. */
export class HashState {
  private entries = new Map<string, Entry>();
  private dirty = false;

  private constructor(private readonly file: string | undefined) {}

  /** Loads the state file (a missing or unreadable one is an empty state); undefined file: memory only. */
  static async load(file: string | undefined): Promise<HashState> {
    const state = new HashState(file);
    if (!file) return state;
    try {
      const value = JSON.parse(await readFile(file, 'utf8')) as {
        version: number;
        entries: Record<string, Entry>;
      };
      if (value.version === VERSION) state.entries = new Map(Object.entries(value.entries));
    } catch {
      // No state yet, or a damaged one: hashing from scratch is always correct.
    }
    return state;
  }

  /** How many files it remembers. */
  get size(): number {
    return this.entries.size;
  }

  /** The remembered sha256 of `path` if its stat still matches. */
  get(path: string, stat: BigIntStats): string | undefined {
    const entry = this.entries.get(path);
    if (!entry) return undefined;
    const [size, mtime, ctime, ino, sha256] = entry;
    const same =
      size === String(stat.size) &&
      mtime === String(stat.mtimeNs) &&
      ctime === String(stat.ctimeNs) &&
      ino === String(stat.ino);
    return same ? sha256 : undefined;
  }

  /** Remembers a hash computed at `hashedAtNs` (wall clock), unless the file was modified racily close to it. */
  set(path: string, stat: BigIntStats, sha256: string, hashedAtNs: bigint): void {
    if (hashedAtNs - stat.mtimeNs < RACY_NS || hashedAtNs - stat.ctimeNs < RACY_NS) {
      this.entries.delete(path);
      return;
    }
    this.entries.set(path, [
      String(stat.size),
      String(stat.mtimeNs),
      String(stat.ctimeNs),
      String(stat.ino),
      sha256,
    ]);
    this.dirty = true;
  }

  /** Writes the state atomically (rename), if anything changed. */
  async save(): Promise<void> {
    if (!this.file || !this.dirty) return;
    // Not durable: after a crash the state may be empty or lost, and an empty state is a correct one.
    await writeFileAtomic(
      this.file,
      JSON.stringify({ version: VERSION, entries: Object.fromEntries(this.entries) }),
      { durable: false },
    );
    this.dirty = false;
  }
}
