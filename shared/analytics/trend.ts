import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { type PeriodValues, recentValues } from './period-series.js';

/**
 * Direction of a trend read from its 95% interval: `rising` or `falling` when the interval
 * excludes 0, `flat` when it lies within ±`flatWithin`, `unclear` otherwise.
 */
export type TrendDirection = 'rising' | 'falling' | 'flat' | 'unclear';

/** Least-squares trend of one measure over the recent periods, with its uncertainty. */
export type Trend =
  | {
      readonly state: 'ok';
      /** Index points per period (calendar periods, so a gap counts as elapsed time). */
      readonly slopePerPeriod: number;
      /** Standard error of the slope, index points per period, allowing for AR(1) persistence. */
      readonly se: number;
      /** 95% interval of the slope, index points per period. */
      readonly ci95: readonly [number, number];
      readonly direction: TrendDirection;
      /** Values in the trend window. */
      readonly n: number;
      /** Lag-1 autocorrelation used for the standard error (estimated on the whole history). */
      readonly persistence: number;
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

/** Residuals of the least-squares line of y on x (x must vary). */
function lineResiduals(x: readonly number[], y: readonly number[], slope: number): number[] {
  const n = x.length;
  const meanX = x.reduce((s, v) => s + v, 0) / n;
  const meanY = y.reduce((s, v) => s + v, 0) / n;
  return y.map((v, i) => v - meanY - slope * ((x[i] ?? 0) - meanX));
}

/**
 * Residual variance (n − 2 df) and lag-1 autocorrelation of a series about its least-squares
 * line. The autocorrelation takes only pairs one period apart and is bias-corrected by
 * (1 + 3r)/n (Kendall 1954), then clipped to [−0.5, 0.95].
 */
export function residualPersistence(
  positions: readonly number[],
  values: readonly number[],
): { readonly variance: number; readonly persistence: number; readonly df: number } | undefined {
  const n = values.length;
  const slope = n >= 3 ? leastSquaresSlope(positions, values) : undefined;
  if (slope === undefined) return undefined;
  const residuals = lineResiduals(positions, values, slope);
  const ss = residuals.reduce((s, r) => s + r * r, 0);
  let lagged = 0;
  for (let i = 1; i < n; i += 1) {
    if ((positions[i] ?? 0) - (positions[i - 1] ?? 0) === 1)
      lagged += (residuals[i] ?? 0) * (residuals[i - 1] ?? 0);
  }
  const r1 = ss > 0 ? lagged / ss : 0;
  const persistence = Math.min(0.95, Math.max(-0.5, r1 + (1 + 3 * r1) / n));
  return { variance: ss / (n - 2), persistence, df: n - 2 };
}

/** Below this many values in the whole history, persistence is read from the window alone. */
const minHistoryForPersistence = 10;

/**
 * Trend of a period series over the last `window` periods of the calendar (oldest first): the
 * least-squares slope of value on period position, in index points per period, with a 95%
 * interval. Weekly figures persist (a good week tends to follow a good week), so the slope's
 * standard error is that of AR(1) errors, Var(b) = σ² Σᵢⱼ cᵢcⱼ φ^|tᵢ−tⱼ| with cᵢ the OLS
 * weights, σ² and φ estimated on the residuals of the whole history's line (at least 10 values,
 * else the window's). On pure noise the interval excludes 0 about 5% of the time (3.6% at
 * φ = 0, 4.8% at φ = 0.4 on 26 weeks; test/unit/analytics/trend.test.ts).
 * Insufficient evidence with fewer than `minValues` (default 5) values in the window.
 */
export function recentTrend(
  periods: readonly string[],
  values: PeriodValues,
  window = 8,
  options: { flatWithin?: number; minValues?: number } = {},
): Trend {
  const recent = recentValues(periods, values, window);
  const minValues = Math.max(3, options.minValues ?? 5);
  const slope =
    recent.values.length >= minValues ? leastSquaresSlope(recent.positions, recent.values) : undefined;
  if (slope === undefined) return { state: 'insufficient-evidence', periods: recent.periods };
  const history = recentValues(periods, values, periods.length);
  const noise =
    history.values.length >= minHistoryForPersistence
      ? residualPersistence(history.positions, history.values)
      : residualPersistence(recent.positions, recent.values);
  if (noise === undefined) return { state: 'insufficient-evidence', periods: recent.periods };
  const n = recent.values.length;
  const meanT = recent.positions.reduce((s, v) => s + v, 0) / n;
  const sxx = recent.positions.reduce((s, t) => s + (t - meanT) ** 2, 0);
  const weights = recent.positions.map((t) => (t - meanT) / sxx);
  let factor = 0;
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j < n; j += 1) {
      const lag = Math.abs((recent.positions[i] ?? 0) - (recent.positions[j] ?? 0));
      factor += (weights[i] ?? 0) * (weights[j] ?? 0) * noise.persistence ** lag;
    }
  }
  const se = Math.sqrt(noise.variance * Math.max(factor, 0));
  const half = tQuantile(0.975, noise.df) * se;
  const ci95: [number, number] = [slope - half, slope + half];
  const flatWithin = options.flatWithin ?? 1;
  const direction: TrendDirection =
    ci95[0] > 0
      ? 'rising'
      : ci95[1] < 0
        ? 'falling'
        : ci95[0] >= -flatWithin && ci95[1] <= flatWithin
          ? 'flat'
          : 'unclear';
  return {
    state: 'ok',
    slopePerPeriod: slope,
    se,
    ci95,
    direction,
    n,
    persistence: noise.persistence,
    periods: recent.periods,
  };
}
