import type { PeriodValues } from './period-series.js';
import { recentTrend, type Trend } from './trend.js';

/**
 * Symmetry quadrant of a team, from its advisor wellbeing index and customer index against the
 * centre's medians (« symétrie des attentions »):
 * - `balanced`: both at or above the median;
 * - `customers-at-advisors-expense`: customers at or above, wellbeing below (burn-out risk);
 * - `advisors-comfortable-customers-under-served`: wellbeing at or above, customers below;
 * - `both-low`: both below.
 */
export type SymmetryQuadrant =
  | 'balanced'
  | 'customers-at-advisors-expense'
  | 'advisors-comfortable-customers-under-served'
  | 'both-low';

/** A team's two indices (0–100) in one window. */
export interface SymmetryPoint {
  readonly wellbeingIndex: number;
  readonly customerIndex: number;
}

/** Median of finite values, or undefined when there is none. */
export function median(values: readonly number[]): number | undefined {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

/** The centre's medians of both indices over its teams (the quadrant's cross-hairs). */
export function centreMedians(points: readonly SymmetryPoint[]): SymmetryPoint | undefined {
  const wellbeingIndex = median(points.map((p) => p.wellbeingIndex));
  const customerIndex = median(points.map((p) => p.customerIndex));
  return wellbeingIndex === undefined || customerIndex === undefined
    ? undefined
    : { wellbeingIndex, customerIndex };
}

/** The quadrant of one team; a value equal to the median counts as at or above it. */
export function symmetryQuadrant(point: SymmetryPoint, medians: SymmetryPoint): SymmetryQuadrant {
  const advisorsOk = point.wellbeingIndex >= medians.wellbeingIndex;
  const customersOk = point.customerIndex >= medians.customerIndex;
  if (advisorsOk && customersOk) return 'balanced';
  if (customersOk) return 'customers-at-advisors-expense';
  if (advisorsOk) return 'advisors-comfortable-customers-under-served';
  return 'both-low';
}

export interface TeamSymmetry {
  readonly teamId: string;
  readonly quadrant: SymmetryQuadrant;
  readonly point: SymmetryPoint;
  readonly wellbeingTrend: Trend;
  readonly customerTrend: Trend;
}

/**
 * A team's quadrant for its current point, with the least-squares trend of each axis over the
 * last `trendWindow` calendar periods (see recentTrend).
 */
export function teamSymmetry(input: {
  readonly teamId: string;
  readonly point: SymmetryPoint;
  readonly medians: SymmetryPoint;
  readonly periods: readonly string[];
  readonly wellbeing: PeriodValues;
  readonly customer: PeriodValues;
  readonly trendWindow?: number;
}): TeamSymmetry {
  const window = input.trendWindow ?? 6;
  return {
    teamId: input.teamId,
    quadrant: symmetryQuadrant(input.point, input.medians),
    point: input.point,
    wellbeingTrend: recentTrend(input.periods, input.wellbeing, window),
    customerTrend: recentTrend(input.periods, input.customer, window),
  };
}
