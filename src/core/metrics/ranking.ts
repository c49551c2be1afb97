/**
 * ROC AUC of binary labels and scores: the Mann–Whitney probability that a positive outscores a
 * negative, ties counting ½ (= scikit-learn's trapezoidal area). NaN when a class is absent, where
 * scikit-learn raises "Only one class present in y_true".
 */
export function rocAuc(positive: Uint8Array, score: Float64Array): number {
  let area = 0;
  let P = 0;
  let N = 0;
  forEachTieGroup(positive, score, (groupPos, groupNeg) => {
    area += groupNeg * (P + groupPos / 2);
    P += groupPos;
    N += groupNeg;
  });
  return P === 0 || N === 0 ? Number.NaN : area / (P * N);
}

/**
 * Average precision as scikit-learn computes it: Σ (R_k − R_{k−1}) · P_k over distinct thresholds in
 * descending order, no interpolation. Without positives scikit-learn returns 0 (recall is set to 1).
 */
export function averagePrecision(positive: Uint8Array, score: Float64Array): number {
  let totalPos = 0;
  for (const flag of positive) totalPos += flag;
  if (totalPos === 0) return 0;
  let tp = 0;
  let fp = 0;
  let ap = 0;
  forEachTieGroup(positive, score, (groupPos, groupNeg) => {
    tp += groupPos;
    fp += groupNeg;
    if (groupPos > 0) ap += (groupPos / totalPos) * (tp / (tp + fp));
  });
  return ap;
}

/** Calls back with the positive and negative counts of each run of equal scores, highest score first. */
function forEachTieGroup(
  positive: Uint8Array,
  score: Float64Array,
  visit: (groupPos: number, groupNeg: number) => void,
): void {
  const order = Int32Array.from(score.keys()).sort((a, b) => score[b]! - score[a]!);
  let i = 0;
  while (i < order.length) {
    let groupPos = 0;
    let groupNeg = 0;
    const value = score[order[i]!];
    while (i < order.length && score[order[i]!] === value) {
      if (positive[order[i]!]) groupPos++;
      else groupNeg++;
      i++;
    }
    visit(groupPos, groupNeg);
  }
}
