import { type PeriodValues, recentValues } from './period-series.js';

export type TrendDirection = 'rising' | 'falling' | 'flat';

/** Least-squares trend of one measure over the recent periods. */
export type Trend =
  | {
      readonly state: 'ok';
      /** Index points per period (calendar periods, so a gap counts as elapsed time). */
      readonly slopePerPeriod: number;
      readonly direction: TrendDirection;
      readonly periods: readonly string[];
    }
  | { readonly state: 'insufficient-evidence'; readonly periods: readonly string[] };

/** Ordinary least-squares slope of y on x, or undefined when x does not vary. */
export function leastSquaresSlope(x: readonly number[], y: readonly number[]): number | undefined {
  const n = Math.min(x.length, y.length);
  if (n < 2) return undefined;
  const meanX = x.slice(0, n).reduce((s, v) => s + v, 0) / n;
  const meanY = y.slice(0, n).reduce((s, v) => s + v, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i += 1) {
    sxx += ((x[i] ?? 0) - meanX) ** 2;
    sxy += ((x[i] ?? 0) - meanX) * ((y[i] ?? 0) - meanY);
  }
  return sxx > 0 ? sxy / sxx : undefined;
}

/**
 * Trend of a period series over the last `window` periods of the calendar (oldest first):
 * the least-squares slope of value on period position. Direction is `flat` when
 * |slope| < `flatBelow` (default 0.5 index points per period). Insufficient evidence with
 * fewer than 3 values in the window.
 */
export function recentTrend(
  periods: readonly string[],
  values: PeriodValues,
  window = 6,
  flatBelow = 0.5,
): Trend {
  const recent = recentValues(periods, values, window);
  const slope = recent.values.length >= 3 ? leastSquaresSlope(recent.positions, recent.values) : undefined;
  if (slope === undefined) return { state: 'insufficient-evidence', periods: recent.periods };
  const direction: TrendDirection = Math.abs(slope) < flatBelow ? 'flat' : slope > 0 ? 'rising' : 'falling';
  return { state: 'ok', slopePerPeriod: slope, direction, periods: recent.periods };
}
