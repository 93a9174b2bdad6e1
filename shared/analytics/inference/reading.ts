import type { PulseDimension } from '../../surveys/pulse-dimensions.js';
import type { CorrelationResult, InsufficientReason } from '../correlation-result.js';
import type { QuadrantPlacement, QuadrantThresholds, SymmetryAxis } from '../quadrant.js';
import type { Trend } from '../trend.js';

/** What a correlation compared, as a manager would name it. */
export type CorrelationSubject =
  | 'same-week'
  | 'wellbeing-leads-customer'
  | 'customer-leads-wellbeing'
  | 'between-teams'
  | 'driver';

export type CorrelationReadingKey =
  | 'correlation.holds'
  | 'correlation.suggested'
  | 'correlation.not-established'
  | 'correlation.insufficient'
  | 'correlation.suppressed';

export type TrendReadingKey =
  | 'trend.rising'
  | 'trend.falling'
  | 'trend.flat'
  | 'trend.unclear'
  | 'trend.insufficient';

export type QuadrantReadingKey = 'quadrant.placed' | 'quadrant.near-centre' | 'quadrant.insufficient';

export type ReadingKey = CorrelationReadingKey | TrendReadingKey | QuadrantReadingKey;

/** A plain-language reading of a correlation: a message key and its parameters (see shared/i18n/analytics-messages.ts). */
export interface CorrelationReading {
  readonly key: CorrelationReadingKey;
  readonly params: {
    readonly subject: CorrelationSubject;
    /** Within one team, within teams across the centre, or across the centre's teams (one point each). */
    readonly scope: CorrelationScope;
    /** Weeks the result spans. */
    readonly weeks: number;
    /** Pearson's r or Spearman's ρ (r when not said). */
    readonly method?: 'pearson' | 'spearman';
    /** Pulse dimension of a driver. */
    readonly dimension?: string;
    readonly n: number;
    readonly effectiveN?: number;
    readonly estimate?: number;
    readonly low?: number;
    readonly high?: number;
    /** Results in the family the p-value was adjusted over (1 when alone). */
    readonly familySize?: number;
    /** The p the verdict is read from (adjusted in its family), 3 decimals, never below 0.001. */
    readonly adjustedPValue?: number;
    /** The same p as shown: « < 0.001 » below 0.001, else its 3 decimals (never « 0 »). */
    readonly pValueText?: string;
    readonly reason?: InsufficientReason;
  };
}

export type CorrelationScope = 'team' | 'centre' | 'across-teams';

/** The measure a trend or quadrant axis is about. */
export type Measure = 'wellbeing' | 'customer';

/** The reading of a trend: direction from its 95% interval, slope in index points per week. */
export interface TrendReading {
  readonly key: TrendReadingKey;
  readonly params: {
    readonly measure: Measure;
    /** Weeks of the trend window. */
    readonly weeks: number;
    /** Weeks with a figure in the window (absent when insufficient). */
    readonly n?: number;
    readonly slope?: number;
    readonly low?: number;
    readonly high?: number;
  };
}

/** The reading of a quadrant placement, each index with its interval and the centre's threshold. */
export interface QuadrantReading {
  readonly key: QuadrantReadingKey;
  readonly params: {
    readonly quadrant?: QuadrantPlacement;
    /** Which interval straddles its threshold, for `near-centre`. */
    readonly straddles?: 'wellbeing' | 'customer' | 'both';
    /** Weeks of the current window. */
    readonly weeks?: number;
    readonly wellbeing?: number;
    readonly wellbeingLow?: number;
    readonly wellbeingHigh?: number;
    readonly wellbeingThreshold?: number;
    readonly customer?: number;
    readonly customerLow?: number;
    readonly customerHigh?: number;
    readonly customerThreshold?: number;
    /** Teams whose medians make the thresholds. */
    readonly teams?: number;
    readonly reason?: QuadrantInsufficientReason;
  };
}

/** Why a team has no quadrant: no current figure of one index, or no centre thresholds to read it against. */
export type QuadrantInsufficientReason = 'no-current-figures' | 'no-thresholds';

export type Reading = CorrelationReading | TrendReading | QuadrantReading;

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

/** Smallest p a reading shows as a figure; anything below reads « < 0.001 », never 0. */
export const smallestShownPValue = 0.001;

/** A p as shown: at least 0.001 (3 decimals), with its text form « < 0.001 » below that. */
export function shownPValue(p: number): { readonly value: number; readonly text: string } {
  if (!(p >= smallestShownPValue)) return { value: smallestShownPValue, text: `< ${smallestShownPValue}` };
  const value = Math.max(smallestShownPValue, round(p, 3));
  return { value, text: value.toFixed(3) };
}

/**
 * An interval's bounds at `digits` decimals, rounded outwards (low down, high up) when plain
 * rounding would make them equal, so a reading never shows a zero-width interval such as [1; 1].
 */
export function shownInterval(
  [low, high]: readonly [number, number],
  digits: number,
  limits: readonly [number, number] = [-1, 1],
): { readonly low: number; readonly high: number } {
  const l = round(low, digits);
  const h = round(high, digits);
  if (l < h) return { low: l, high: h };
  const scale = 10 ** digits;
  const down = Math.max(limits[0], Math.floor(low * scale) / scale);
  const up = Math.min(limits[1], Math.ceil(high * scale) / scale);
  if (down < up) return { low: down, high: up };
  // A degenerate interval (both bounds on the same figure): one step wide, inside the limits.
  const step = 1 / scale;
  return down - step >= limits[0]
    ? { low: round(down - step, digits), high: up }
    : { low: down, high: round(up + step, digits) };
}

/**
 * The verdict of an estimated correlation: `holds` once its family is accounted for;
 * `suggested` when its own 95% interval excludes 0 (raw p < .05) but the test adjusted over
 * the family's comparisons does not hold; otherwise `not-established`.
 */
function verdictOf(result: Extract<CorrelationResult, { state: 'ok' }>): CorrelationReadingKey {
  if (result.evidence === 'holds') return 'correlation.holds';
  const excludesZero = result.ci95[0] > 0 || result.ci95[1] < 0;
  return excludesZero && result.adjusted !== undefined
    ? 'correlation.suggested'
    : 'correlation.not-established';
}

/**
 * The reading of a correlation for a manager: what was compared, over how many weeks, the
 * estimate with its 95% interval, and whether it holds after the number of comparisons made in
 * its family, is only suggested (its interval excludes 0, the adjusted test does not hold), or
 * why the evidence is insufficient. Figures are rounded for reading (r to 2 decimals, never a
 * zero-width interval; effective n to 1; p to 3 decimals, never below 0.001).
 */
export function readCorrelation(
  result: CorrelationResult,
  context: {
    subject: CorrelationSubject;
    scope: CorrelationScope;
    weeks: number;
    method?: 'pearson' | 'spearman';
    dimension?: PulseDimension;
  },
): CorrelationReading {
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
  const p = shownPValue(result.adjusted?.pValue ?? result.pValue);
  return {
    key: verdictOf(result),
    params: {
      ...base,
      estimate: round(result.estimate, 2),
      ...shownInterval(result.ci95, 2),
      familySize: result.adjusted?.familySize ?? 1,
      adjustedPValue: p.value,
      pValueText: p.text,
      ...(result.effectiveN === undefined ? {} : { effectiveN: round(result.effectiveN, 1) }),
    },
  };
}

/** A correlation with its reading attached. */
export type ReadCorrelation = CorrelationResult & { readonly reading: CorrelationReading };

/** A correlation and its reading, as the API returns it. */
export function withReading(
  result: CorrelationResult,
  context: Parameters<typeof readCorrelation>[1],
): ReadCorrelation {
  return { ...result, reading: readCorrelation(result, context) };
}

/**
 * The reading of a trend: rising, falling, flat or unclear as its 95% interval says, with the
 * slope and interval in index points per week (2 decimals), or insufficient.
 */
export function readTrend(trend: Trend, measure: Measure): TrendReading {
  const weeks = trend.periods.length;
  if (trend.state !== 'ok') return { key: 'trend.insufficient', params: { measure, weeks } };
  return {
    key: `trend.${trend.direction}`,
    params: {
      measure,
      weeks,
      n: trend.n,
      slope: round(trend.slopePerPeriod, 2),
      low: round(trend.ci95[0], 2),
      high: round(trend.ci95[1], 2),
    },
  };
}

/**
 * The reading of a team's quadrant: each index (1 decimal) with its 95% interval against the
 * centre's threshold, the quadrant, or `near-centre` naming the interval that straddles.
 */
export function readQuadrant(placement: {
  readonly quadrant: QuadrantPlacement;
  readonly wellbeing: SymmetryAxis;
  readonly customer: SymmetryAxis;
  readonly thresholds: QuadrantThresholds;
}): QuadrantReading {
  const { wellbeing, customer, thresholds } = placement;
  const w = wellbeing.side === 'straddles';
  const c = customer.side === 'straddles';
  return {
    key: placement.quadrant === 'near-centre' ? 'quadrant.near-centre' : 'quadrant.placed',
    params: {
      quadrant: placement.quadrant,
      ...(w || c ? { straddles: w && c ? 'both' : w ? 'wellbeing' : 'customer' } : {}),
      weeks: Math.max(wellbeing.weeks, customer.weeks),
      wellbeing: round(wellbeing.value, 1),
      wellbeingLow: round(wellbeing.ci95[0], 1),
      wellbeingHigh: round(wellbeing.ci95[1], 1),
      wellbeingThreshold: round(thresholds.wellbeingIndex, 1),
      customer: round(customer.value, 1),
      customerLow: round(customer.ci95[0], 1),
      customerHigh: round(customer.ci95[1], 1),
      customerThreshold: round(thresholds.customerIndex, 1),
      teams: thresholds.teams,
    },
  };
}

/** The reading of a team without a quadrant, with the reason. */
export function readNoQuadrant(reason: QuadrantInsufficientReason): QuadrantReading {
  return { key: 'quadrant.insufficient', params: { reason } };
}

interface PairOfMethods<C> {
  readonly pearson: C;
  readonly spearman: C;
}

/** The three questions each team and the pooled analysis answer, and what each compared. */
const questionSubjects = {
  sameWeek: 'same-week',
  wellbeingLeadsCustomer: 'wellbeing-leads-customer',
  customerLeadsWellbeing: 'customer-leads-wellbeing',
} as const satisfies Record<string, CorrelationSubject>;
type Question = keyof typeof questionSubjects;
const questions = Object.keys(questionSubjects) as Question[];

function readPair(pair: PairOfMethods<CorrelationResult>, subject: CorrelationSubject, weeks: number) {
  return {
    pearson: withReading(pair.pearson, { subject, scope: 'team', weeks, method: 'pearson' }),
    spearman: withReading(pair.spearman, { subject, scope: 'team', weeks, method: 'spearman' }),
  };
}

/**
 * A team's correlations (Pearson and Spearman of each question) with their readings, once the
 * family adjustment is done (a reading says whether a result holds after its family).
 */
export function readTeamCorrelations<C extends Record<Question, PairOfMethods<CorrelationResult>>>(
  correlation: C,
  weeks: number,
): Omit<C, Question> & Record<Question, PairOfMethods<ReadCorrelation>> {
  const read = Object.fromEntries(
    questions.map((q) => [q, readPair(correlation[q], questionSubjects[q], weeks)]),
  ) as Record<Question, PairOfMethods<ReadCorrelation>>;
  return { ...correlation, ...read };
}

/** The pooled (repeated-measures, Pearson within teams) correlations with their readings. */
export function readPooledCorrelations<P extends Record<Question, CorrelationResult>>(
  pooled: P,
  weeks: number,
): Omit<P, Question> & Record<Question, ReadCorrelation> {
  const read = Object.fromEntries(
    questions.map((q) => [
      q,
      withReading(pooled[q], { subject: questionSubjects[q], scope: 'centre', weeks, method: 'pearson' }),
    ]),
  ) as Record<Question, ReadCorrelation>;
  return { ...pooled, ...read };
}

/** A driver whose correlation carries its reading (the dimension, its scope, Pearson). */
export function readDriver<
  D extends { dimension: PulseDimension; scope: 'team' | 'centre'; correlation: CorrelationResult },
>(driver: D, weeks: number): Omit<D, 'correlation'> & { readonly correlation: ReadCorrelation } {
  return {
    ...driver,
    correlation: withReading(driver.correlation, {
      subject: 'driver',
      scope: driver.scope,
      weeks,
      method: 'pearson',
      dimension: driver.dimension,
    }),
  };
}
