/** Why a statistic is not shown as evidence. */
export type InsufficientReason =
  | 'empty'
  | 'length-mismatch'
  | 'too-few-points'
  | 'constant-series'
  | 'non-finite-value'
  | 'too-few-groups'
  | 'below-anonymity-threshold';

export type CorrelationState = 'ok' | 'insufficient-evidence' | 'suppressed';

/**
 * A correlation as the product shows it: always with its 95% interval, or an explicit state
 * saying why there is none. `n` counts the paired points used (for repeated measures, all
 * observations across teams). Estimates and bounds lie in [−1, 1]; nothing is ever NaN.
 */
export type CorrelationResult =
  | {
      readonly state: 'ok';
      readonly n: number;
      readonly estimate: number;
      readonly ci95: readonly [number, number];
      /** Two-sided p-value of the null hypothesis of zero correlation. */
      readonly pValue: number;
      /** Degrees of freedom of the test (n − 2, or N − teams − 1 for repeated measures). */
      readonly df: number;
    }
  | {
      readonly state: 'insufficient-evidence' | 'suppressed';
      readonly n: number;
      readonly estimate: null;
      readonly ci95: null;
      readonly reason: InsufficientReason;
    };

export function insufficientEvidence(n: number, reason: InsufficientReason): CorrelationResult {
  return { state: 'insufficient-evidence', n, estimate: null, ci95: null, reason };
}

export function suppressedCorrelation(n: number): CorrelationResult {
  return { state: 'suppressed', n, estimate: null, ci95: null, reason: 'below-anonymity-threshold' };
}

/** Smallest number of paired points for which a correlation interval is computed. */
export const minimumCorrelationPoints = 4;

/** Clamp floating-point drift (e.g. 1.0000000000000002) back into [−1, 1]. */
export function clampCorrelation(r: number): number {
  return Math.max(-1, Math.min(1, r));
}
