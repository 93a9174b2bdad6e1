import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import type { CustomerCounts } from '../aggregates/aggregate.types.js';
import type { SufficientStats } from '../aggregates/sufficient-stats.js';
import {
  customerSatisfactionIndex,
  type IndexValue,
  recommendationIndex,
  wilsonInterval,
} from '../analytics/indices.js';

/**
 * Responses an advisor's figure needs before it is shown (the same minimum as a team's customer
 * week in the analysis). Below it the figure says "too few responses" instead of a number.
 */
export const minimumAdvisorResponses = 5;

/** Whether an estimate is shown, or withheld because it rests on too few responses. */
export type EstimateState = 'estimated' | 'too-few-responses';

/**
 * One figure of an advisor's own results, always with the answers behind it (`n`), a 95%
 * interval and its state. `value` and `interval` are null unless `state` is `estimated`.
 */
export interface AdvisorEstimate {
  readonly n: number;
  readonly state: EstimateState;
  /** The responses the figure needed (`minimumAdvisorResponses`). */
  readonly minimum: number;
  readonly value: number | null;
  readonly interval: readonly [number, number] | null;
}

function withheld(n: number, minimum: number): AdvisorEstimate {
  return { n, state: 'too-few-responses', minimum, value: null, interval: null };
}

const clamp = (x: number, low: number, high: number) => Math.min(high, Math.max(low, x));

/**
 * A 0–10 mean from its 0–100 index (indices.ts: mean × 10 and its standard error), with the
 * Student t 95% interval (n − 1 df, small advisor samples), clamped to the scale.
 */
function meanOnTen(index: IndexValue, minimum: number): AdvisorEstimate {
  if (index.n < minimum || index.value === null || index.se === null) return withheld(index.n, minimum);
  const half = tQuantile(0.975, index.n - 1) * index.se;
  return {
    n: index.n,
    state: 'estimated',
    minimum,
    value: index.value / 10,
    interval: [clamp((index.value - half) / 10, 0, 10), clamp((index.value + half) / 10, 0, 10)],
  };
}

/** Mean satisfaction on 0–10 with its t interval; withheld below `minimum` responses. */
export function satisfactionEstimate(
  satisfaction: SufficientStats,
  minimum = minimumAdvisorResponses,
): AdvisorEstimate {
  return meanOnTen(customerSatisfactionIndex(satisfaction), minimum);
}

/** Mean likelihood to recommend on 0–10 with its t interval; withheld below `minimum` answers. */
export function recommendationEstimate(
  recommendation: SufficientStats,
  minimum = minimumAdvisorResponses,
): AdvisorEstimate {
  return meanOnTen(recommendationIndex(recommendation), minimum);
}

/**
 * Once-and-done rate (share of answers saying the contact resolved it, 0–1) with the Wilson
 * score 95% interval (Wilson 1927, `wilsonInterval`, as the team and centre rates), which stays
 * inside 0–1 and keeps a width at 0% or 100% where a Wald interval collapses on few answers.
 */
export function onceAndDoneEstimate(
  resolved: SufficientStats,
  minimum = minimumAdvisorResponses,
): AdvisorEstimate {
  const n = resolved.n;
  if (n < minimum || n === 0) return withheld(n, minimum);
  const p = resolved.sum / n;
  const [low, high] = wilsonInterval(resolved.sum, n);
  return {
    n,
    state: 'estimated',
    minimum,
    value: p,
    interval: [low, high],
  };
}

/** The three customer figures of an advisor's responses, each with n, interval and state. */
export interface AdvisorFigures {
  /** Responses counted (every response has a satisfaction score). */
  readonly responses: number;
  readonly satisfaction: AdvisorEstimate;
  readonly recommendation: AdvisorEstimate;
  readonly onceAndDone: AdvisorEstimate;
}

/** The figures of some customer counts (a week, a quarter). */
export function advisorFigures(counts: CustomerCounts, minimum = minimumAdvisorResponses): AdvisorFigures {
  return {
    responses: counts.satisfaction.n,
    satisfaction: satisfactionEstimate(counts.satisfaction, minimum),
    recommendation: recommendationEstimate(counts.recommendation, minimum),
    onceAndDone: onceAndDoneEstimate(counts.resolved, minimum),
  };
}

/**
 * Where a shown figure stands against its objective: `above` when its whole 95% interval is at or
 * above it, `below` when the whole interval is under it, `straddles` when the interval holds it
 * (the responses cannot tell yet). Undefined for a withheld figure.
 */
export type ObjectiveReading = 'above' | 'below' | 'straddles';

export function readAgainstObjective(
  estimate: AdvisorEstimate,
  objective: number,
): ObjectiveReading | undefined {
  if (estimate.state !== 'estimated' || !estimate.interval) return undefined;
  const [low, high] = estimate.interval;
  if (low >= objective) return 'above';
  if (high < objective) return 'below';
  return 'straddles';
}
