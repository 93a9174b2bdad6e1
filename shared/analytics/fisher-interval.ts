import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import { alpha } from './correlation-result.js';

/**
 * Standard normal CDF, as the limit of Student's t with 1e300 degrees of freedom (the stdlib t
 * CDF already in use; agrees with scipy.stats.norm.cdf to 1e-15 relative down to z = −12).
 */
export function standardNormalCdf(x: number): number {
  return tCdf(x, 1e300);
}

/** Two-sided 95% normal critical value, z(0.975) ≈ 1.959964. */
export const z975 = normalQuantile(0.975, 0, 1);

/**
 * 95% interval of a correlation through Fisher's z = atanh(r): tanh(z ± z(0.975)·se).
 * `se` is the standard error on the z scale (1/sqrt(n − 3) for Pearson, Fisher 1921).
 * r = ±1 gives the degenerate interval [r, r]; `agreeingTest` never lets one through.
 */
export function fisherInterval(r: number, se: number): readonly [number, number] {
  const z = Math.atanh(r);
  return [Math.tanh(z - z975 * se), Math.tanh(z + z975 * se)];
}

/**
 * Two-sided p-value of r against zero with `df` degrees of freedom (df may be fractional, e.g.
 * an effective n − 2), t = r·sqrt(df / (1 − r²)) (Student's t test of a correlation).
 * |r| = 1 gives 0.
 */
export function correlationPValue(r: number, df: number): number {
  if (Math.abs(r) >= 1) return 0;
  const t = Math.abs(r) * Math.sqrt(df / (1 - r * r));
  return Math.min(1, 2 * tCdf(-t, df));
}

/**
 * The r at which a perfect correlation among n points is read for its interval: half a rank
 * step inside ±1, ±(1 − 6/(n(n² − 1))) (Spearman's next value below a perfect order is
 * 1 − 12/(n(n² − 1))). Any other r is returned unchanged; |r| within 1e-12 of 1 counts as
 * perfect (rounding in the coefficient).
 */
export function pivotCorrelation(r: number, n: number): number {
  if (!isPerfect(r)) return r;
  return Math.sign(r) * (1 - 6 / (n * (n * n - 1)));
}

function isPerfect(r: number): boolean {
  return Math.abs(r) > 1 - 1e-12;
}

/** A p-value and a 95% interval that agree: p < .05 exactly when the interval excludes 0. */
export interface AgreeingTest {
  readonly pValue: number;
  /** The test's own p-value, before agreement with the interval (≤ `pValue`). */
  readonly testPValue: number;
  readonly ci95: readonly [number, number];
}

/**
 * Makes a test and its Fisher-z 95% interval agree.
 * 1. The interval is tanh(atanh(r̃) ± z(0.975)·se(r̃)) with r̃ = `pivotCorrelation(r, n)`, so a
 *    perfect order is never certain; for |r| = 1 the far bound stays ±1.
 * 2. The reported p is the larger of the test's p and the interval's own p, 2Φ(−|atanh r̃|/se)
 *    (the level at which the interval reaches 0): a result holds only if both say so.
 * 3. When that p is ≥ .05 and the interval excludes 0, the interval is widened to reach 0.
 */
export function agreeingTest(
  r: number,
  n: number,
  seOf: (pivot: number) => number,
  testPValue: number,
): AgreeingTest {
  const pivot = pivotCorrelation(r, n);
  const se = seOf(pivot);
  const [low, high] = fisherInterval(pivot, se);
  const intervalPValue = Math.min(1, 2 * standardNormalCdf(-Math.abs(Math.atanh(pivot)) / se));
  const pValue = Math.max(testPValue, intervalPValue);
  let ci95: [number, number] = [isPerfect(r) && r < 0 ? -1 : low, isPerfect(r) && r > 0 ? 1 : high];
  if (pValue >= alpha) ci95 = [Math.min(ci95[0], 0), Math.max(ci95[1], 0)];
  return { pValue, testPValue, ci95 };
}
