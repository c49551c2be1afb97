/** float64 machine epsilon: scikit-learn's log_loss clips probabilities to [eps, 1 − eps] ("auto"). */
export const EPS = 2 ** -52;

/**
 * Per-example log loss as scikit-learn computes it: clip each probability to [eps, 1 − eps], renormalise
 * the row, take −ln of the true class's share. `probabilities` is n × classes.length.
 */
export function logLossPerExample(
  trueColumn: Int32Array,
  probabilities: Float64Array,
  classes: number,
): Float64Array {
  const out = new Float64Array(trueColumn.length);
  for (let i = 0; i < trueColumn.length; i++) {
    let sum = 0;
    for (let j = 0; j < classes; j++) sum += clip(probabilities[i * classes + j]!);
    out[i] = -Math.log(clip(probabilities[i * classes + trueColumn[i]!]!) / sum);
  }
  return out;
}

/** Per-example log loss of a binary positive-class probability (columns [1 − p, p]). */
export function binaryLogLossPerExample(positive: Uint8Array, score: Float64Array): Float64Array {
  const out = new Float64Array(positive.length);
  for (let i = 0; i < positive.length; i++) {
    const p1 = clip(score[i]!);
    const p0 = clip(1 - score[i]!);
    out[i] = -Math.log((positive[i] ? p1 : p0) / (p0 + p1));
  }
  return out;
}

/** Per-example squared error of the positive-class probability (Brier). */
export function brierPerExample(positive: Uint8Array, score: Float64Array): Float64Array {
  return Float64Array.from(score, (p, i) => (positive[i]! - p) ** 2);
}

function clip(p: number): number {
  return Math.min(Math.max(p, EPS), 1 - EPS);
}

/** Arithmetic mean, as numpy's pairwise sum would give to within a few ulps. */
export function mean(values: Float64Array): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}
