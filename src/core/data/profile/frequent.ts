import type { CategoryCount } from './profile.js';

/**
 * Category counts: exact while at most `exactLimit` distinct values have been seen, then a Misra–Gries
 * summary of `capacity` counters ("Finding repeated elements", 1982). Each kept count is too low by at
 * most `undercount` ≤ (n − kept sum) / (capacity + 1), and two summaries merge with the same bound
 * (Agarwal et al., "Mergeable Summaries", 2012): add the counters, then subtract the (capacity+1)-th
 * largest count from all.
 */
export class FrequentValues {
  // Counts live in a small mutable slot per value, so a repeated value costs one hash lookup, not two.
  private readonly counts = new Map<string, { count: number }>();
  private inexact = false;
  private undercountTotal = 0;

  constructor(
    readonly exactLimit: number,
    readonly capacity: number,
  ) {}

  get exact(): boolean {
    return !this.inexact;
  }

  get undercount(): number {
    return this.undercountTotal;
  }

  /**
   * Counts one value (weight 1 on the hot path; merged counters come with their weights). Returns
   * false when the value already had a counter, so callers can skip work done once per value.
   */
  add(value: string, weight = 1): boolean {
    const counts = this.counts;
    const slot = counts.get(value);
    if (slot !== undefined) {
      slot.count += weight;
      return false;
    }
    counts.set(value, { count: weight });
    // Twice the capacity before reducing: each reduction then frees at least `capacity` counters, so
    // a stream of unique values costs O(log capacity) per value, not a sort per value.
    if (counts.size > (this.inexact ? 2 * this.capacity : this.exactLimit)) this.reduce();
    return true;
  }

  /** Adds another summary's counters and its undercount bound. */
  merge(values: readonly CategoryCount[], exact: boolean, undercount: number): void {
    if (!exact) this.inexact = true;
    this.undercountTotal += undercount;
    for (const { value, count } of values) this.add(value, count);
    if (this.inexact && this.counts.size > 2 * this.capacity) this.reduce();
  }

  /** Counters sorted by count (descending), then value, so the profile bytes are deterministic. */
  sorted(): CategoryCount[] {
    if (this.inexact && this.counts.size > this.capacity) this.reduce();
    return [...this.counts]
      .map(([value, slot]) => ({ value, count: slot.count }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  }

  /**
   * Misra–Gries reduction: subtract the (capacity+1)-th largest count from every counter and drop the
   * ones left at zero or below. Leaves at most `capacity` counters.
   */
  private reduce(): void {
    this.inexact = true;
    if (this.counts.size <= this.capacity) return;
    const ordered = [...this.counts.values()].map((slot) => slot.count).sort((a, b) => b - a);
    const cut = ordered[this.capacity]!;
    this.undercountTotal += cut;
    for (const [value, slot] of this.counts) {
      if (slot.count <= cut) this.counts.delete(value);
      else slot.count -= cut;
    }
  }
}
