import type { ReleaseRecord } from './record.js';

/**
 * Production before the release of `tag`: the newest record of another tag, and on a rerun after this
 * tag was recorded, the newest one at or before its record (so a rerun compares with what the first
 * run compared with). `history` is newest first.
 */
export function productionBefore(history: readonly ReleaseRecord[], tag: string): ReleaseRecord | undefined {
  const earlier = history.find((r) => r.tag === tag);
  return history.find(
    (r) => r.tag !== tag && (!earlier || Date.parse(r.releasedAt) <= Date.parse(earlier.releasedAt)),
  );
}

/** What a rollback does: which release it returns to, from which, on which tags, under which tag. */
export interface RollbackPlan {
  readonly target: ReleaseRecord;
  /** Production being replaced (on a converging rerun: the one before the rollback). */
  readonly from: ReleaseRecord;
  /** Image tags re-pointed to the target's digest. */
  readonly tags: readonly string[];
  /** Tag of the rollback's own GitHub release. */
  readonly tag: string;
  /** A rerun of a rollback already recorded: reuse its tag, tags and time. */
  readonly converging?: ReleaseRecord;
}

/**
 * The rollback to `to`, or why there is none. The production tags are the moving tags of what is in
 * production now (not its own full version), and the rollback gets its own release tag,
 * `rollback-<n>-<to>`, n counting rollbacks. When the newest record is already a rollback to `to`, the
 * plan converges on it instead of rolling back twice.
 *
 *   history = [v1.4.0 (tags 1.4.0, 1.4, 1), v1.3.0]
 *   planRollback(history, 'v1.3.0') = { target: v1.3.0, from: v1.4.0, tags: ['1.4', '1'], tag: 'rollback-1-v1.3.0' }
 */
export function planRollback(history: readonly ReleaseRecord[], to: string): RollbackPlan | string {
  const target = history.find((r) => r.tag === to && !r.rollback);
  if (!target) {
    const known = history.filter((r) => !r.rollback).map((r) => r.tag);
    return `no production release ${to} to roll back to (recorded: ${known.slice(0, 10).join(', ') || 'none'})`;
  }
  const current = history[0]!;
  if (current.rollback?.to.tag === to && current.image.digest === target.image.digest) {
    const from = history[1] ?? current;
    return { target, from, tags: current.image.tags, tag: current.tag, converging: current };
  }
  if (current === target) return `${to} is already in production`;
  const moving = current.image.tags.filter((t) => t !== current.release && t !== current.tag);
  const n = history.filter((r) => r.rollback).length + 1;
  return { target, from: current, tags: moving, tag: `rollback-${n}-${to}` };
}
