import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import tCdf from '@stdlib/stats-base-dists-t-cdf';

/** Two-sided 95% normal critical value, z(0.975) ≈ 1.959964. */
export const z975 = normalQuantile(0.975, 0, 1);

/**
 * 95% interval of a correlation through Fisher's z = atanh(r): tanh(z ± z(0.975)·se).
 * `se` is the standard error on the z scale (1/sqrt(n − 3) for Pearson, Fisher 1921).
 * r = ±1 gives the degenerate interval [r, r].
 */
export function fisherInterval(r: number, se: number): readonly [number, number] {
  const z = Math.atanh(r);
  return [Math.tanh(z - z975 * se), Math.tanh(z + z975 * se)];
}

/**
 * Two-sided p-value of r against zero with `df` degrees of freedom,
 * t = r·sqrt(df / (1 − r²)) (Student's t test of a correlation). |r| = 1 gives 0.
 */
export function correlationPValue(r: number, df: number): number {
  if (Math.abs(r) >= 1) return 0;
  const t = Math.abs(r) * Math.sqrt(df / (1 - r * r));
  return Math.min(1, 2 * tCdf(-t, df));
}
