import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { assumedWeeklyPersistence, type PeriodFigures } from './alerts/window-drop.js';
import type { Measure } from './inference/reading.js';

/**
 * Where a team's current level of one axis (advisor wellbeing or customer satisfaction) lies
 * against the centre's level: clearly below, within (not distinguishable), or clearly above.
 */
export type AxisSide = 'below' | 'within' | 'above';

/**
 * Confidence of each interval so that `comparisons` intervals together keep a `alpha` risk of
 * calling any of them clear by chance: 1 − α' with α' = 1 − (1 − α)^(1/m) (Šidák 1967).
 */
export function sidakConfidence(comparisons: number, alpha = 0.05): number {
  const m = Math.max(1, Math.floor(comparisons));
  return (1 - alpha) ** (1 / m);
}

/** A team's current level of one axis with the standard error of that level. */
export interface LevelEstimate {
  /** Mean of the weekly figures of the current window. */
  readonly value: number;
  readonly se: number;
  /** Degrees of freedom of `se` (infinite when sampling error alone). */
  readonly df: number;
  readonly weeks: number;
  readonly answers: number;
}

/**
 * The mean of the last `recentWeeks` calendar weeks with its standard error: the figures' own
 * sampling error plus the week-to-week swings, whose variance τ² comes from the successive
 * differences of every week of the range (von Neumann 1941, robust to a gradual change):
 * E[(xₜ − xₜ₋₁)²] = 2τ²(1 − φ) + vₜ + vₜ₋₁ under AR(1) swings of persistence φ, and the
 * window mean's swing variance is τ²·Σᵢⱼ φ^|i−j| / k². The degrees of freedom are the
 * differences less one. Undefined below `minWeeks` usable weeks in the window.
 */
export function levelEstimate(
  periods: readonly string[],
  figures: PeriodFigures,
  options: { recentWeeks?: number; minWeeks?: number; persistence?: number } = {},
): LevelEstimate | undefined {
  const used = periods.flatMap((period, position) => {
    const f = figures[period];
    return f &&
      f.value !== null &&
      Number.isFinite(f.value) &&
      f.se !== null &&
      Number.isFinite(f.se) &&
      f.n > 0
      ? [{ position, value: f.value, variance: f.se ** 2, n: f.n }]
      : [];
  });
  const start = periods.length - (options.recentWeeks ?? 4);
  const window = used.filter((u) => u.position >= start);
  const k = window.length;
  if (k < (options.minWeeks ?? 3)) return undefined;
  const lagged = (lag: number) => {
    let squares = 0;
    let sampling = 0;
    let pairs = 0;
    for (let i = lag; i < used.length; i += 1) {
      const b = used[i];
      const a = used.find((u) => b && u.position === b.position - lag);
      if (!a || !b) continue;
      squares += (b.value - a.value) ** 2;
      sampling += a.variance + b.variance;
      pairs += 1;
    }
    return {
      excess: pairs ? Math.max(0, squares - sampling) / pairs : 0,
      squares: pairs ? squares / pairs : 0,
      pairs,
    };
  };
  const one = lagged(1);
  const phi = options.persistence ?? assumedWeeklyPersistence;
  const pairs = one.pairs;
  // τ² is never taken below its own standard error (differences as independent normals,
  // Var d² ≈ 2·E[d²]²): an estimate truncated at zero would read sampling error alone.
  const tau2Se = pairs ? (Math.sqrt(2 / pairs) * one.squares) / (2 * (1 - phi)) : 0;
  const tau2 = Math.max(one.excess / (2 * (1 - phi)), tau2Se);
  let swing = 0;
  for (const a of window) for (const b of window) swing += phi ** Math.abs(a.position - b.position);
  const samplingVariance = window.reduce((s, u) => s + u.variance, 0) / (k * k);
  return {
    value: window.reduce((s, u) => s + u.value, 0) / k,
    se: Math.sqrt(samplingVariance + (tau2 * swing) / (k * k)),
    df: tau2 > 0 ? Math.max(1, pairs - 1) : Number.POSITIVE_INFINITY,
    weeks: k,
    answers: window.reduce((s, u) => s + u.n, 0),
  };
}

/** The plain-language reading of one axis (see shared/i18n/analytics-messages.ts). */
export interface AxisReading {
  readonly key: `axis.${AxisSide}`;
  readonly params: {
    readonly measure: Measure;
    readonly value: number;
    readonly low: number;
    readonly high: number;
    readonly centre: number;
    /** Confidence of the interval, in percent (1 decimal). */
    readonly confidence: number;
    readonly comparisons: number;
    readonly teams: number;
  };
}

/** One axis of a team read against the centre's level, with the page's adjustment. */
export interface AxisLevel {
  readonly measure: Measure;
  readonly side: AxisSide;
  readonly value: number;
  readonly se: number;
  /** The interval at `confidence`, adjusted for the page's comparisons. */
  readonly interval: readonly [number, number];
  readonly confidence: number;
  /** The centre's level the interval is read against (median over its teams). */
  readonly centre: number;
  /** Comparisons the interval is adjusted over: the centre's teams × 2 axes. */
  readonly comparisons: number;
  readonly teams: number;
  readonly reading: AxisReading;
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

/**
 * The side of the centre's level a team's axis lies on: `below` when the whole adjusted interval
 * is under it, `above` when over it, `within` otherwise. Every team of the centre is read on both
 * axes, so each interval is Šidák-adjusted over `teams` × 2 comparisons (the same on the centre
 * page and on a team page), with a Student quantile on the standard error's degrees of freedom.
 */
export function axisLevel(
  measure: Measure,
  estimate: Pick<LevelEstimate, 'value' | 'se' | 'df'>,
  centre: number,
  teams: number,
): AxisLevel {
  const comparisons = 2 * Math.max(1, teams);
  const confidence = sidakConfidence(comparisons);
  const upper = 1 - (1 - confidence) / 2;
  const { se, df } = estimate;
  const q = Number.isFinite(df) ? tQuantile(upper, df) : normalQuantile(upper, 0, 1);
  const interval = [estimate.value - q * se, estimate.value + q * se] as const;
  const side: AxisSide = interval[1] < centre ? 'below' : interval[0] > centre ? 'above' : 'within';
  return {
    measure,
    side,
    value: estimate.value,
    se,
    interval,
    confidence,
    centre,
    comparisons,
    teams,
    reading: {
      key: `axis.${side}`,
      params: {
        measure,
        value: round(estimate.value, 1),
        low: round(interval[0], 1),
        high: round(interval[1], 1),
        centre: round(centre, 1),
        confidence: round(confidence * 100, 1),
        comparisons,
        teams,
      },
    },
  };
}
