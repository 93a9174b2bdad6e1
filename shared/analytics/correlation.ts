import {
  alpha,
  type CorrelationResult,
  clampCorrelation,
  insufficientEvidence,
  minimumCorrelationPoints,
} from './correlation-result.js';
import { agreeingTest, correlationPValue } from './fisher-interval.js';
import { spearmanPermutationPValue } from './inference/permutation-test.js';
import { averageRanks } from './rank.js';

export type Checked = { ok: true; n: number } | { ok: false; result: CorrelationResult };

/** The insufficient cases shared by every paired correlation. */
export function checkPairs(x: readonly number[], y: readonly number[]): Checked {
  const n = Math.min(x.length, y.length);
  if (x.length !== y.length) return { ok: false, result: insufficientEvidence(n, 'length-mismatch') };
  if (n === 0) return { ok: false, result: insufficientEvidence(0, 'empty') };
  if (!x.every(Number.isFinite) || !y.every(Number.isFinite)) {
    return { ok: false, result: insufficientEvidence(n, 'non-finite-value') };
  }
  if (n < minimumCorrelationPoints) return { ok: false, result: insufficientEvidence(n, 'too-few-points') };
  return { ok: true, n };
}

/** True when every value equals the first (so rounding in a mean cannot fake variation). */
export function isConstant(values: readonly number[]): boolean {
  return values.every((v) => v === values[0]);
}

/** Pearson r from centred cross products, or undefined when either series is constant. */
export function pearsonCoefficient(x: readonly number[], y: readonly number[]): number | undefined {
  const n = x.length;
  if (isConstant(x) || isConstant(y)) return undefined;
  const meanX = x.reduce((s, v) => s + v, 0) / n;
  const meanY = y.reduce((s, v) => s + v, 0) / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = (x[i] ?? 0) - meanX;
    const dy = (y[i] ?? 0) - meanY;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  if (!(sxx > 0) || !(syy > 0)) return undefined;
  return clampCorrelation(sxy / Math.sqrt(sxx * syy));
}

/** Standard error of Fisher's z of a Pearson r over n points, 1/sqrt(n − 3) (Fisher 1921). */
export const pearsonStandardError = (n: number) => () => 1 / Math.sqrt(n - 3);

/** Bonett–Wright standard error of Fisher's z of a Spearman r, sqrt((1 + r²/2)/(n − 3)) (Bonett & Wright 2000). */
export const spearmanStandardError = (n: number) => (r: number) => Math.sqrt((1 + (r * r) / 2) / (n - 3));

/**
 * Pearson correlation of independent paired points, with a Fisher-z 95% interval,
 * se = 1/sqrt(n − 3) (Fisher 1921), and Student's t test with n − 2 df (exact under bivariate
 * normality at any n), made to agree with the interval (`agreeingTest`).
 * Insufficient evidence: empty input, different lengths, a non-finite value, fewer than 4
 * points, or a constant series. For weekly series use `seriesCorrelation`.
 */
export function pearsonCorrelation(x: readonly number[], y: readonly number[]): CorrelationResult {
  const checked = checkPairs(x, y);
  if (!checked.ok) return checked.result;
  const { n } = checked;
  const r = pearsonCoefficient(x, y);
  if (r === undefined) return insufficientEvidence(n, 'constant-series');
  const test = agreeingTest(r, n, pearsonStandardError(n), correlationPValue(r, n - 2));
  return {
    state: 'ok',
    n,
    estimate: r,
    ...test,
    pValueMethod: 't',
    df: n - 2,
    evidence: evidenceOf(test.pValue),
  };
}

/** `holds` when p < .05 (callers in a family replace p by its adjusted value). */
export function evidenceOf(pValue: number) {
  return pValue < alpha ? ('holds' as const) : ('not-established' as const);
}

/**
 * Spearman rank correlation (average ranks for ties) of independent paired points, with a
 * Fisher-z 95% interval using the Bonett–Wright variance, se = sqrt((1 + r²/2)/(n − 3))
 * (Bonett & Wright 2000), and a permutation test: exact up to 9 points, seeded Monte Carlo up
 * to 30, t beyond (`spearmanPermutationPValue`), made to agree with the interval
 * (`agreeingTest`): a perfect order of 4 points gives p = 0.083 and a wide interval.
 * Same insufficient cases as Pearson.
 */
export function spearmanCorrelation(x: readonly number[], y: readonly number[]): CorrelationResult {
  const checked = checkPairs(x, y);
  if (!checked.ok) return checked.result;
  const { n } = checked;
  const rx = averageRanks(x);
  const ry = averageRanks(y);
  const r = pearsonCoefficient(rx, ry);
  if (r === undefined) return insufficientEvidence(n, 'constant-series');
  const permutation = spearmanPermutationPValue(rx, ry, r);
  const test = agreeingTest(r, n, spearmanStandardError(n), permutation.pValue);
  return {
    state: 'ok',
    n,
    estimate: r,
    ...test,
    pValueMethod: permutation.method,
    ...(permutation.monteCarloError === undefined ? {} : { monteCarloError: permutation.monteCarloError }),
    df: n - 2,
    evidence: evidenceOf(test.pValue),
  };
}

export type CorrelationMethod = 'pearson' | 'spearman';

export function correlate(
  method: CorrelationMethod,
  x: readonly number[],
  y: readonly number[],
): CorrelationResult {
  return method === 'pearson' ? pearsonCorrelation(x, y) : spearmanCorrelation(x, y);
}
