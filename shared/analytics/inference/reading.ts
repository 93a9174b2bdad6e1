import type { CorrelationResult, InsufficientReason } from '../correlation-result.js';

/** What a correlation compared, as a manager would name it. */
export type CorrelationSubject =
  | 'same-week'
  | 'wellbeing-leads-customer'
  | 'customer-leads-wellbeing'
  | 'between-teams'
  | 'driver';

export type ReadingKey =
  | 'correlation.holds'
  | 'correlation.not-established'
  | 'correlation.insufficient'
  | 'correlation.suppressed';

/** A plain-language reading of one result: a message key and its parameters (see shared/i18n/analytics-messages.ts). */
export interface Reading {
  readonly key: ReadingKey;
  readonly params: {
    readonly subject: CorrelationSubject;
    readonly scope: 'team' | 'centre';
    /** Weeks the result spans. */
    readonly weeks: number;
    /** Pulse dimension of a driver. */
    readonly dimension?: string;
    readonly n: number;
    readonly effectiveN?: number;
    readonly estimate?: number;
    readonly low?: number;
    readonly high?: number;
    /** Results in the family the p-value was adjusted over (1 when alone). */
    readonly familySize?: number;
    readonly adjustedPValue?: number;
    readonly reason?: InsufficientReason;
  };
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

/**
 * The reading of a correlation for a manager: what was compared, over how many weeks, the
 * estimate with its 95% interval, and whether it holds after the number of comparisons made in
 * its family, or why the evidence is insufficient. Figures are rounded for reading (r to 2
 * decimals, effective n to 1).
 */
export function readCorrelation(
  result: CorrelationResult,
  context: { subject: CorrelationSubject; scope: 'team' | 'centre'; weeks: number; dimension?: string },
): Reading {
  const base = { ...context, n: result.n };
  if (result.state !== 'ok') {
    return {
      key: result.state === 'suppressed' ? 'correlation.suppressed' : 'correlation.insufficient',
      params: {
        ...base,
        reason: result.reason,
        ...(result.effectiveN === undefined ? {} : { effectiveN: round(result.effectiveN, 1) }),
      },
    };
  }
  return {
    key: result.evidence === 'holds' ? 'correlation.holds' : 'correlation.not-established',
    params: {
      ...base,
      estimate: round(result.estimate, 2),
      low: round(result.ci95[0], 2),
      high: round(result.ci95[1], 2),
      familySize: result.adjusted?.familySize ?? 1,
      adjustedPValue: round(result.adjusted?.pValue ?? result.pValue, 3),
      ...(result.effectiveN === undefined ? {} : { effectiveN: round(result.effectiveN, 1) }),
    },
  };
}
