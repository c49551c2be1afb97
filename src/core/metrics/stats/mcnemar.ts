import { binomialCdf, chi2Sf1 } from './special.js';

/** Which McNemar variant ran: the libraries disagree by default, so the report always says. */
export type McNemarVariant = 'mcnemar-exact' | 'mcnemar-chi2-cc';

export interface McNemarResult {
  /** Baseline correct, candidate wrong. */
  readonly b: number;
  /** Candidate correct, baseline wrong. */
  readonly c: number;
  readonly variant: McNemarVariant;
  /** χ² with Edwards' continuity correction; absent for the exact test. */
  readonly statistic?: number;
  readonly pValue: number;
}

/** Below this many discordant pairs the exact binomial test runs (mlxtend's advice, reference §2.4). */
export const MCNEMAR_EXACT_BELOW = 25;

/**
 * McNemar's test on the discordant pairs: exact two-sided binomial (= scipy.stats.binomtest(b, b+c))
 * when b + c < 25, else χ² = (|b − c| − 1)² / (b + c) with one degree of freedom.
 */
export function mcnemar(b: number, c: number): McNemarResult {
  const n = b + c;
  if (n < MCNEMAR_EXACT_BELOW) {
    const pValue = n === 0 ? 1 : Math.min(1, 2 * binomialCdf(Math.min(b, c), n, 0.5));
    return { b, c, variant: 'mcnemar-exact', pValue };
  }
  const statistic = (Math.abs(b - c) - 1) ** 2 / n;
  return { b, c, variant: 'mcnemar-chi2-cc', statistic, pValue: chi2Sf1(statistic) };
}

/** The discordant counts of two 0/1 correctness vectors aligned by example. */
export function discordantPairs(
  baselineCorrect: Uint8Array,
  candidateCorrect: Uint8Array,
): { b: number; c: number } {
  let b = 0;
  let c = 0;
  for (let i = 0; i < baselineCorrect.length; i++) {
    if (baselineCorrect[i] && !candidateCorrect[i]) b++;
    else if (!baselineCorrect[i] && candidateCorrect[i]) c++;
  }
  return { b, c };
}
