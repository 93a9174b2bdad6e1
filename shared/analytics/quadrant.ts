import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import type { PeriodFigures, WindowEstimate } from './alerts/window-drop.js';
import { type AxisLevel, axisLevel, levelEstimate } from './axis-level.js';
import { type QuadrantReading, readQuadrant, readTrend, type TrendReading } from './inference/reading.js';
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

/** A quadrant, or `near-centre` when a 95% interval of either index straddles its threshold. */
export type QuadrantPlacement = SymmetryQuadrant | 'near-centre';

/** A team's two indices (0–100) in one window. */
export interface SymmetryPoint {
  readonly wellbeingIndex: number;
  readonly customerIndex: number;
}

/**
 * The quadrant's cross-hairs: the whole centre's medians of both indices over its teams, given
 * to every reader (a one-team reader gets these values, not the other teams' figures).
 */
export interface QuadrantThresholds extends SymmetryPoint {
  /** Teams whose current point entered the medians. */
  readonly teams: number;
}

/** An index (0–100) over a window, with its standard error. */
export interface IndexEstimate {
  readonly value: number;
  readonly se: number;
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

/** The centre's quadrant thresholds from every team's current point, or undefined without any. */
export function quadrantThresholds(points: readonly SymmetryPoint[]): QuadrantThresholds | undefined {
  const medians = centreMedians(points);
  return medians && { ...medians, teams: points.length };
}

/** The quadrant of one point; a value equal to the median counts as at or above it. */
export function symmetryQuadrant(point: SymmetryPoint, medians: SymmetryPoint): SymmetryQuadrant {
  const advisorsOk = point.wellbeingIndex >= medians.wellbeingIndex;
  const customersOk = point.customerIndex >= medians.customerIndex;
  if (advisorsOk && customersOk) return 'balanced';
  if (customersOk) return 'customers-at-advisors-expense';
  if (advisorsOk) return 'advisors-comfortable-customers-under-served';
  return 'both-low';
}

/** Where a 95% interval lies against a threshold. */
export type ThresholdSide = 'above' | 'below' | 'straddles';

const z975 = normalQuantile(0.975, 0, 1);

/** 95% normal interval of an estimate. */
export function interval95(estimate: IndexEstimate): readonly [number, number] {
  return [estimate.value - z975 * estimate.se, estimate.value + z975 * estimate.se];
}

/** `above` when the whole 95% interval is at or above the threshold, `below` when under it. */
export function sideOf(estimate: IndexEstimate, threshold: number): ThresholdSide {
  const [low, high] = interval95(estimate);
  if (low >= threshold) return 'above';
  if (high < threshold) return 'below';
  return 'straddles';
}

/**
 * The quadrant of a team whose two indices are estimates: assigned only when each 95% interval
 * lies on one side of its threshold, `near-centre` when either straddles it.
 */
export function placeInQuadrant(
  wellbeing: IndexEstimate,
  customer: IndexEstimate,
  thresholds: SymmetryPoint,
): {
  readonly quadrant: QuadrantPlacement;
  readonly wellbeing: ThresholdSide;
  readonly customer: ThresholdSide;
} {
  const w = sideOf(wellbeing, thresholds.wellbeingIndex);
  const c = sideOf(customer, thresholds.customerIndex);
  if (w === 'straddles' || c === 'straddles') return { quadrant: 'near-centre', wellbeing: w, customer: c };
  return {
    quadrant: symmetryQuadrant(
      { wellbeingIndex: wellbeing.value, customerIndex: customer.value },
      thresholds,
    ),
    wellbeing: w,
    customer: c,
  };
}

/** One axis of a team's point: the window mean, its standard error and 95% interval, and its n. */
export interface SymmetryAxis {
  readonly value: number;
  readonly se: number;
  readonly ci95: readonly [number, number];
  readonly weeks: number;
  readonly answers: number;
  readonly side: ThresholdSide;
}

export interface TeamSymmetry {
  /** Placed against the thresholds (the other state, `insufficient-evidence`, says why not). */
  readonly state: 'placed';
  readonly teamId: string;
  readonly quadrant: QuadrantPlacement;
  readonly point: SymmetryPoint;
  readonly wellbeing: SymmetryAxis;
  readonly customer: SymmetryAxis;
  /** The centre-wide thresholds the point was read against. */
  readonly thresholds: QuadrantThresholds;
  /**
   * Each axis on its own against the centre's level (clearly below, within, clearly above),
   * adjusted over the centre's teams × 2 axes; `quadrant` is assigned only when both are clear.
   */
  readonly axes: { readonly wellbeing: AxisLevel; readonly customer: AxisLevel };
  readonly wellbeingTrend: ReadTrend;
  readonly customerTrend: ReadTrend;
  /** The placement in plain language (shared/i18n/analytics-messages.ts). */
  readonly reading: QuadrantReading;
}

/** A trend with its plain-language reading. */
export type ReadTrend = Trend & { readonly reading: TrendReading };

function axis(estimate: WindowEstimate, side: ThresholdSide): SymmetryAxis {
  const e = { value: estimate.mean, se: estimate.se };
  return {
    value: estimate.mean,
    se: estimate.se,
    ci95: interval95(e),
    weeks: estimate.weeks,
    answers: estimate.answers,
    side,
  };
}

/** The quadrant side of a per-axis reading (`within` is the interval holding the threshold). */
const quadrantSide = (level: AxisLevel): ThresholdSide =>
  level.side === 'within' ? 'straddles' : level.side;

/**
 * A team's placement for its current window against the centre's thresholds, which the caller
 * passes in (never computed from the teams it happens to see): each axis read on its own
 * (axisLevel: Šidák-adjusted over the centre's teams × 2 axes, the standard error from every
 * week's figures when `wellbeingFigures`/`customerFigures` are given, else the window's), a
 * quadrant only when both axes are clear, `near-centre` otherwise; with the trend of each axis
 * over the last `trendWindow` (default 8) calendar periods.
 */
export function teamSymmetry(input: {
  readonly teamId: string;
  readonly wellbeing: WindowEstimate;
  readonly customer: WindowEstimate;
  readonly thresholds: QuadrantThresholds;
  readonly periods: readonly string[];
  readonly wellbeingSeries: PeriodValues;
  readonly customerSeries: PeriodValues;
  readonly wellbeingFigures?: PeriodFigures;
  readonly customerFigures?: PeriodFigures;
  readonly recentWeeks?: number;
  readonly trendWindow?: number;
}): TeamSymmetry {
  const window = input.trendWindow ?? 8;
  const th = input.thresholds;
  const level = (estimate: WindowEstimate, figures: PeriodFigures | undefined) => {
    const whole = figures && levelEstimate(input.periods, figures, { recentWeeks: input.recentWeeks ?? 4 });
    return whole && Math.abs(whole.value - estimate.mean) < 1e-9
      ? whole
      : { value: estimate.mean, se: estimate.se, df: Number.POSITIVE_INFINITY };
  };
  const axes = {
    wellbeing: axisLevel(
      'wellbeing',
      level(input.wellbeing, input.wellbeingFigures),
      th.wellbeingIndex,
      th.teams,
    ),
    customer: axisLevel('customer', level(input.customer, input.customerFigures), th.customerIndex, th.teams),
  };
  const clear = axes.wellbeing.side !== 'within' && axes.customer.side !== 'within';
  const quadrant: QuadrantPlacement = clear
    ? symmetryQuadrant({ wellbeingIndex: input.wellbeing.mean, customerIndex: input.customer.mean }, th)
    : 'near-centre';
  const wellbeing = axis(input.wellbeing, quadrantSide(axes.wellbeing));
  const customer = axis(input.customer, quadrantSide(axes.customer));
  const wellbeingTrend = recentTrend(input.periods, input.wellbeingSeries, window);
  const customerTrend = recentTrend(input.periods, input.customerSeries, window);
  return {
    state: 'placed',
    teamId: input.teamId,
    quadrant,
    point: { wellbeingIndex: input.wellbeing.mean, customerIndex: input.customer.mean },
    wellbeing,
    customer,
    thresholds: th,
    axes,
    wellbeingTrend: { ...wellbeingTrend, reading: readTrend(wellbeingTrend, 'wellbeing') },
    customerTrend: { ...customerTrend, reading: readTrend(customerTrend, 'customer') },
    reading: readQuadrant({ quadrant, wellbeing, customer, thresholds: th }),
  };
}
