/** How p-values of several gated metrics are corrected for multiplicity. */
export type Correction = 'holm' | 'bh' | 'none';

/**
 * Holm's step-down adjusted p-values (family-wise error): p̃(i) = max over j ≤ i of min(1, (k−j+1)·p(j)),
 * returned in the input order.
 */
export function holm(pValues: readonly number[]): number[] {
  const k = pValues.length;
  const order = sortedOrder(pValues);
  const adjusted = new Array<number>(k);
  let running = 0;
  order.forEach((index, rank) => {
    running = Math.max(running, Math.min(1, (k - rank) * pValues[index]!));
    adjusted[index] = running;
  });
  return adjusted;
}

/** Benjamini–Hochberg adjusted p-values (false discovery rate): p̃(i) = min over j ≥ i of min(1, k·p(j)/j). */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const k = pValues.length;
  const order = sortedOrder(pValues);
  const adjusted = new Array<number>(k);
  let running = 1;
  for (let rank = k - 1; rank >= 0; rank--) {
    const index = order[rank]!;
    running = Math.min(running, Math.min(1, (k * pValues[index]!) / (rank + 1)));
    adjusted[index] = running;
  }
  return adjusted;
}

/** Adjusted p-values under a correction. */
export function adjust(pValues: readonly number[], correction: Correction): number[] {
  if (correction === 'holm') return holm(pValues);
  if (correction === 'bh') return benjaminiHochberg(pValues);
  return [...pValues];
}

function sortedOrder(values: readonly number[]): number[] {
  // Stable by index among equal p-values, so the result does not depend on the sort implementation.
  return values.map((_, i) => i).sort((a, b) => values[a]! - values[b]! || a - b);
}
