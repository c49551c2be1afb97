import { EPS } from './losses.js';

/** MAE, MSE, RMSE, R² and MAPE as scikit-learn defines them (R² = 1 when y is constant and fitted exactly, else 0 there). */
export function regressionMetrics(y: Float64Array, predicted: Float64Array): Record<string, number> {
  const n = y.length;
  let abs = 0;
  let sq = 0;
  let ape = 0;
  let yMean = 0;
  for (let i = 0; i < n; i++) yMean += y[i]!;
  yMean /= n;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const e = y[i]! - predicted[i]!;
    abs += Math.abs(e);
    sq += e * e;
    ape += Math.abs(e) / Math.max(Math.abs(y[i]!), EPS);
    total += (y[i]! - yMean) ** 2;
  }
  return {
    mae: abs / n,
    mse: sq / n,
    rmse: Math.sqrt(sq / n),
    r2: r2From(sq, total),
    mape: ape / n,
  };
}

/** R² from residual and total sums of squares, with scikit-learn's force_finite rules. */
export function r2From(residual: number, total: number): number {
  if (total === 0) return residual === 0 ? 1 : 0;
  return 1 - residual / total;
}
