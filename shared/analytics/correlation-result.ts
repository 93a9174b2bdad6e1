/** Why a statistic is not shown as evidence. */
export type InsufficientReason =
  | 'empty'
  | 'length-mismatch'
  | 'too-few-points'
  /** A correlation within teams with fewer than 8 points beyond one per team. */
  | 'too-few-within-team-points'
  | 'too-few-effective-points'
  | 'constant-series'
  | 'non-finite-value'
  | 'too-few-groups'
  | 'below-anonymity-threshold';

export type CorrelationState = 'ok' | 'insufficient-evidence' | 'suppressed';

/**
 * How the p-value's test was computed: Student's t; an exact permutation test (every ordering
 * enumerated); a seeded Monte Carlo permutation test (with its own standard error).
 */
export type PValueMethod = 't' | 'exact-permutation' | 'monte-carlo-permutation';

/** Whether an `ok` result is evidence of an association once its family is accounted for. */
export type Evidence = 'holds' | 'not-established';

/** The family of comparisons a p-value was adjusted in. */
export interface FamilyAdjustment {
  /** Family name, e.g. `team-correlations`, `drivers`, `pooled`. */
  readonly family: string;
  /** Number of results tested in the family (those with a p-value). */
  readonly familySize: number;
  readonly method: 'benjamini-hochberg' | 'holm';
  /** Adjusted p-value (BH: the q-value; Holm: family-wise), in [p, 1]. */
  readonly pValue: number;
}

/**
 * A correlation as the product shows it: always with its 95% interval, or an explicit state
 * saying why there is none. `n` counts the paired points used (for repeated measures, all
 * observations across teams). Estimates and bounds lie in [−1, 1]; nothing is ever NaN.
 * The p-value and the interval always agree: p < .05 exactly when the interval excludes 0.
 */
export type CorrelationResult =
  | {
      readonly state: 'ok';
      readonly n: number;
      readonly estimate: number;
      readonly ci95: readonly [number, number];
      /** Two-sided p-value of zero correlation, consistent with `ci95` (see `agreeingTest`). */
      readonly pValue: number;
      /** The test's own p-value (e.g. the exact permutation p) before agreement with the interval. */
      readonly testPValue: number;
      readonly pValueMethod: PValueMethod;
      /** Standard error of a Monte Carlo p-value, sqrt(p(1 − p)/draws). */
      readonly monteCarloError?: number;
      /** Degrees of freedom of the test (n − 2, N − teams − 1, or their effective counterparts). */
      readonly df: number;
      /** Effective number of independent points of a time series (Pyper & Peterman 1998). */
      readonly effectiveN?: number;
      /** From the adjusted p when the result belongs to a family, else from `pValue`, at α = .05. */
      readonly evidence: Evidence;
      readonly adjusted?: FamilyAdjustment;
    }
  | {
      readonly state: 'insufficient-evidence' | 'suppressed';
      readonly n: number;
      readonly estimate: null;
      readonly ci95: null;
      readonly reason: InsufficientReason;
      /** The effective n that was too small, when that is the reason. */
      readonly effectiveN?: number;
    };

export type OkCorrelation = Extract<CorrelationResult, { state: 'ok' }>;

export function insufficientEvidence(n: number, reason: InsufficientReason): CorrelationResult {
  return { state: 'insufficient-evidence', n, estimate: null, ci95: null, reason };
}

export function suppressedCorrelation(n: number): CorrelationResult {
  return { state: 'suppressed', n, estimate: null, ci95: null, reason: 'below-anonymity-threshold' };
}

/** Smallest number of paired points for which a correlation interval is computed. */
export const minimumCorrelationPoints = 4;

/** Significance level of every interval (95%) and of `evidence`. */
export const alpha = 0.05;

/** Clamp floating-point drift (e.g. 1.0000000000000002) back into [−1, 1]. */
export function clampCorrelation(r: number): number {
  return Math.max(-1, Math.min(1, r));
}
