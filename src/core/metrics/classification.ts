/** Confusion matrix K × K, row = true class, column = predicted class (scikit-learn's layout). */
export function confusionMatrix(y: Int32Array, predicted: Int32Array, k: number): Float64Array {
  const matrix = new Float64Array(k * k);
  for (let i = 0; i < y.length; i++) matrix[y[i]! * k + predicted[i]!]!++;
  return matrix;
}

/** Names of the metrics read off a confusion matrix. */
export const CONFUSION_METRICS = [
  'accuracy',
  'precision',
  'recall',
  'f1',
  'precision_macro',
  'recall_macro',
  'f1_macro',
  'precision_micro',
  'recall_micro',
  'f1_micro',
  'precision_weighted',
  'recall_weighted',
  'f1_weighted',
  'mcc',
] as const;

/**
 * Accuracy and precision/recall/F1 (binary, macro, micro, weighted) from a confusion matrix, with
 * scikit-learn's zero_division=0 for ill-defined ratios and F1 = 2PR/(P+R) from the rounded P and R.
 * Binary metrics only when `positive` is given (its index is -1 when the class never occurs: all 0).
 */
export function confusionMetrics(matrix: Float64Array, k: number, positive?: number): Record<string, number> {
  const tp = new Float64Array(k);
  const predSum = new Float64Array(k);
  const trueSum = new Float64Array(k);
  let total = 0;
  for (let t = 0; t < k; t++) {
    for (let p = 0; p < k; p++) {
      const count = matrix[t * k + p]!;
      predSum[p]! += count;
      trueSum[t]! += count;
      total += count;
    }
    tp[t] = matrix[t * k + t]!;
  }
  const precision = Float64Array.from(tp, (v, c) => ratio(v, predSum[c]!));
  const recall = Float64Array.from(tp, (v, c) => ratio(v, trueSum[c]!));
  const f1 = Float64Array.from(precision, (p, c) => fScore(p, recall[c]!));
  const tpAll = tp.reduce((a, b) => a + b, 0);
  const microP = ratio(tpAll, total);
  const support = trueSum.reduce((a, b) => a + b, 0);
  const weighted = (values: Float64Array) =>
    support === 0 ? 0 : values.reduce((acc, v, c) => acc + v * trueSum[c]!, 0) / support;
  const mean = (values: Float64Array) => values.reduce((a, b) => a + b, 0) / k;
  const out: Record<string, number> = {
    accuracy: ratio(tpAll, total),
    precision_macro: mean(precision),
    recall_macro: mean(recall),
    f1_macro: mean(f1),
    precision_micro: microP,
    recall_micro: microP,
    f1_micro: fScore(microP, microP),
    precision_weighted: weighted(precision),
    recall_weighted: weighted(recall),
    f1_weighted: weighted(f1),
    mcc: matthews(tpAll, total, trueSum, predSum),
  };
  if (positive !== undefined) {
    out.precision = positive < 0 ? 0 : precision[positive]!;
    out.recall = positive < 0 ? 0 : recall[positive]!;
    out.f1 = positive < 0 ? 0 : f1[positive]!;
  }
  return out;
}

/**
 * Matthews correlation coefficient, multiclass (Gorodkin's R_K) as scikit-learn's matthews_corrcoef:
 * (c·s − Σ p_k t_k) / √((s² − Σ p_k²)(s² − Σ t_k²)), 0 when either factor is 0.
 */
function matthews(correct: number, total: number, trueSum: Float64Array, predSum: Float64Array): number {
  let pt = 0;
  let pp = 0;
  let tt = 0;
  for (let c = 0; c < trueSum.length; c++) {
    pt += predSum[c]! * trueSum[c]!;
    pp += predSum[c]! * predSum[c]!;
    tt += trueSum[c]! * trueSum[c]!;
  }
  const covPP = total * total - pp;
  const covTT = total * total - tt;
  if (covPP * covTT === 0) return 0;
  return (correct * total - pt) / Math.sqrt(covTT * covPP);
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

function fScore(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}
