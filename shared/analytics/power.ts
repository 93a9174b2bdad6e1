import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';

const zAlpha = normalQuantile(0.975, 0, 1);
const zPower = normalQuantile(0.8, 0, 1);

/**
 * Smallest |r| that n paired points detect with two-sided alpha 0.05 and power 0.8, by the
 * Fisher z approximation r = tanh((z(0.975) + z(0.8)) / sqrt(n − 3)) (Cohen 1988, ch. 3).
 * Undefined below 4 points. For repeated measures pass df + 2 as n.
 */
export function minimumDetectableCorrelation(n: number): number | undefined {
  if (!Number.isFinite(n) || n < 4) return undefined;
  return Math.tanh((zAlpha + zPower) / Math.sqrt(n - 3));
}
