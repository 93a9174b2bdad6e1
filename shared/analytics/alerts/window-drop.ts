import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import type { IndexValue } from '../indices.js';

/**
 * Weekly figures of one measure by period id, each with its own standard error and count
 * (an `IndexValue`: wellbeing index, once-and-done rate, mean handle time…). A period with no
 * figure (no answers, or suppressed) is absent.
 */
export type PeriodFigures = Readonly<Record<string, IndexValue | undefined>>;

/**
 * How a window's sampling error is computed: `figure` from each week's own standard error
 * (window mean = plain mean of the weeks); `binomial` from the window's pooled proportion
 * (window rate = all successes / all answers, on 0–100), with one success and one failure added
 * for the variance so that 0% or 100% never gives a zero error (Agresti & Caffo 2000).
 */
export type SamplingModel = 'figure' | 'binomial';

/** One window of weekly figures, reduced to what the tests need. */
export interface WindowEstimate {
  readonly periods: readonly string[];
  /** Mean of the window in the figure's units (pooled rate for `binomial`). */
  readonly mean: number;
  /** Standard error of `mean`: sampling error plus the between-week excess (see windowDrop). */
  readonly se: number;
  readonly weeks: number;
  /** Answers (or contacts) behind the window. */
  readonly answers: number;
}

interface WindowParts {
  readonly periods: string[];
  /** Calendar positions of the weeks used (a gap counts as elapsed time). */
  readonly positions: number[];
  readonly values: number[];
  readonly mean: number;
  readonly samplingVariance: number;
  /** Weight of each week in the window mean (1/k, or answers/N for `binomial`). */
  readonly weights: number[];
  /** Sum of squared deviations of the weekly values about their plain mean. */
  readonly deviations: number;
  /** Mean of the weekly sampling variances. */
  readonly meanWeekVariance: number;
  readonly weekVariances: number[];
  readonly answers: number;
}

function windowParts(
  periods: readonly string[],
  figures: PeriodFigures,
  sampling: SamplingModel,
  offset = 0,
): WindowParts {
  const used: { period: string; position: number; value: number; n: number; se: number | null }[] = [];
  for (const [i, period] of periods.entries()) {
    const f = figures[period];
    if (!f || f.value === null || !Number.isFinite(f.value) || f.n <= 0) continue;
    if (sampling === 'figure' && (f.se === null || !Number.isFinite(f.se))) continue;
    used.push({ period, position: offset + i, value: f.value, n: f.n, se: f.se });
  }
  const k = used.length;
  const answers = used.reduce((s, u) => s + u.n, 0);
  const plainMean = k ? used.reduce((s, u) => s + u.value, 0) / k : 0;
  const deviations = used.reduce((s, u) => s + (u.value - plainMean) ** 2, 0);
  if (sampling === 'binomial') {
    const successes = used.reduce((s, u) => s + (u.value / 100) * u.n, 0);
    const p = (successes + 1) / (answers + 2);
    const unit = 1e4 * p * (1 - p);
    return {
      periods: used.map((u) => u.period),
      positions: used.map((u) => u.position),
      values: used.map((u) => u.value),
      mean: answers ? (100 * successes) / answers : 0,
      samplingVariance: answers ? unit / answers : 0,
      weights: used.map((u) => u.n / answers),
      deviations,
      meanWeekVariance: k ? used.reduce((s, u) => s + unit / u.n, 0) / k : 0,
      weekVariances: used.map((u) => unit / u.n),
      answers,
    };
  }
  const variances = used.map((u) => (u.se ?? 0) ** 2);
  return {
    periods: used.map((u) => u.period),
    positions: used.map((u) => u.position),
    values: used.map((u) => u.value),
    mean: plainMean,
    samplingVariance: k ? variances.reduce((s, v) => s + v, 0) / (k * k) : 0,
    weights: used.map(() => 1 / k),
    deviations,
    meanWeekVariance: k ? variances.reduce((s, v) => s + v, 0) / k : 0,
    weekVariances: variances,
    answers,
  };
}

/**
 * Persistence assumed for a team's weekly swings (AR(1) φ), as in the demo centre and the
 * serial-dependence checks of issue 8: twelve weeks are too few to estimate it per team.
 */
export const assumedWeeklyPersistence = 0.4;

/** Σᵢⱼ aᵢ bⱼ φ^|tᵢ − tⱼ|: covariance of two weighted sums of AR(1) weekly swings (unit variance). */
function arCovariance(
  a: readonly number[],
  ta: readonly number[],
  b: readonly number[],
  tb: readonly number[],
  phi: number,
) {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) {
    for (let j = 0; j < b.length; j += 1) {
      sum += (a[i] ?? 0) * (b[j] ?? 0) * phi ** Math.abs((ta[i] ?? 0) - (tb[j] ?? 0));
    }
  }
  return sum;
}

/**
 * Week-to-week variance τ² beyond sampling error, from successive differences (von Neumann
 * 1941), so that a gradual change is not mistaken for noise: for weeks one period apart,
 * E[(xₜ − xₜ₋₁)²] = 2τ²(1 − φ) + vₜ + vₜ₋₁ under AR(1) swings. Never negative; `pairs` is the
 * number of differences behind it, `swingShare` the share of their mean square that is swing
 * rather than sampling error, `tau2Se` the standard error of τ² (differences taken as
 * independent normals).
 */
function excessVariance(
  parts: readonly WindowParts[],
  phi: number,
): { tau2: number; pairs: number; swingShare: number; tau2Se: number } {
  const positions = parts.flatMap((p) => p.positions);
  const values = parts.flatMap((p) => p.values);
  const variances = parts.flatMap((p) => p.weekVariances);
  let squares = 0;
  let sampling = 0;
  let pairs = 0;
  for (let i = 1; i < values.length; i += 1) {
    if ((positions[i] ?? 0) - (positions[i - 1] ?? 0) !== 1) continue;
    squares += ((values[i] ?? 0) - (values[i - 1] ?? 0)) ** 2;
    sampling += (variances[i] ?? 0) + (variances[i - 1] ?? 0);
    pairs += 1;
  }
  if (pairs === 0) return { tau2: 0, pairs, swingShare: 0, tau2Se: 0 };
  const excess = Math.max(0, squares - sampling);
  return {
    tau2: excess / (2 * pairs * (1 - phi)),
    pairs,
    swingShare: squares > 0 ? excess / squares : 0,
    tau2Se: (Math.sqrt(2 / pairs) * (squares / pairs)) / (2 * (1 - phi)),
  };
}

function estimate(parts: WindowParts, tau2: number, phi: number): WindowEstimate {
  const swing = arCovariance(parts.weights, parts.positions, parts.weights, parts.positions, phi);
  return {
    periods: parts.periods,
    mean: parts.mean,
    se: Math.sqrt(parts.samplingVariance + tau2 * swing),
    weeks: parts.values.length,
    answers: parts.answers,
  };
}

/**
 * Mean of the last `weeks` calendar periods with its standard error: the figures' own sampling
 * error plus the week-to-week excess estimated from the window's own spread. Undefined below
 * `minWeeks` (default 3) usable weeks.
 */
export function recentWindowEstimate(
  periods: readonly string[],
  figures: PeriodFigures,
  options: { weeks?: number; minWeeks?: number; sampling?: SamplingModel } = {},
): WindowEstimate | undefined {
  const parts = windowParts(periods.slice(-(options.weeks ?? 4)), figures, options.sampling ?? 'figure');
  if (parts.values.length < (options.minWeeks ?? 3)) return undefined;
  const phi = assumedWeeklyPersistence;
  return estimate(parts, excessVariance([parts], phi).tau2, phi);
}

/** Two consecutive windows compared: the baseline then the recent weeks. */
export interface WindowDrop {
  readonly baseline: WindowEstimate;
  readonly recent: WindowEstimate;
  /** baseline − recent, in the figure's units (positive = fell). */
  readonly drop: number;
  readonly se: number;
  /** drop / se. */
  readonly t: number;
  /** Satterthwaite degrees of freedom of se (infinite when sampling error alone). */
  readonly df: number;
  /** The normal quantile with the same one-sided p as t on df: Φ⁻¹(T_df(t)). */
  readonly z: number;
  /** Estimated week-to-week standard deviation beyond sampling error, in the figure's units. */
  readonly excessSd: number;
}

export interface WindowDropOptions {
  /** Weeks in the recent window (default 4). */
  readonly recentWeeks?: number;
  /** Weeks in the baseline window just before it (default 8). */
  readonly baselineWeeks?: number;
  /** Usable weeks needed in each window (default 3 recent, 6 baseline). */
  readonly minRecent?: number;
  readonly minBaseline?: number;
  readonly sampling?: SamplingModel;
  /** AR(1) persistence of the weekly swings (default assumedWeeklyPersistence). */
  readonly persistence?: number;
  /**
   * Weeks of the calendar before the baseline whose successive differences also enter the
   * swings' variance τ² (default 0: the two windows alone). The windows' means are unchanged.
   */
  readonly swingHistoryWeeks?: number;
  /**
   * How uncertain the swings' variance τ² is taken to be. `pairs` (default, as the alerts were
   * calibrated): its degrees of freedom are the successive differences less one.
   * `sampling-aware`: those degrees of freedom are discounted by the squared share of the
   * differences' mean square that is swing rather than sampling error (Var d² ≈ 2·E[d²]², so
   * sampling noise makes τ̂² noisier; Satterthwaite 1946), and τ² is never taken below half its
   * standard error, since an estimate truncated at zero would read the change on sampling error
   * alone (checked by simulation: test/unit/analytics/action-effect.test.ts).
   */
  readonly swingUncertainty?: 'pairs' | 'sampling-aware';
}

/** Φ⁻¹(T_df(t)), computed on the smaller tail for accuracy. */
function equivalentNormal(t: number, df: number): number {
  const lower = tCdf(-Math.abs(t), df);
  const z = lower > 0 ? -normalQuantile(lower, 0, 1) : 40;
  return t < 0 ? -z : z;
}

/**
 * Drop between the baseline window (the `baselineWeeks` before) and the recent window (the
 * last `recentWeeks` of the calendar), with its standard error. Each window's variance is its
 * sampling variance plus that of the team's own weekly swings (a team's weekly figure moves for
 * reasons other than who answered): AR(1) swings of variance τ², estimated from successive
 * differences over both windows, with the windows' covariance taken off the
 * difference. The swings' share of the error is estimated from few weeks, so the drop is read
 * on a t scale with Satterthwaite degrees of freedom (Satterthwaite 1946) and reported as the
 * normal quantile of the same tail. Undefined when a window has too few weeks.
 */
export function windowDrop(
  periods: readonly string[],
  figures: PeriodFigures,
  options: WindowDropOptions = {},
): WindowDrop | undefined {
  const recentWeeks = options.recentWeeks ?? 4;
  const baselineWeeks = options.baselineWeeks ?? 8;
  const sampling = options.sampling ?? 'figure';
  if (periods.length < recentWeeks + Math.min(baselineWeeks, options.minBaseline ?? 6)) return undefined;
  const baselineStart = Math.max(0, periods.length - recentWeeks - baselineWeeks);
  const recentStart = periods.length - recentWeeks;
  const recent = windowParts(periods.slice(recentStart), figures, sampling, recentStart);
  const baseline = windowParts(periods.slice(baselineStart, recentStart), figures, sampling, baselineStart);
  if (recent.values.length < (options.minRecent ?? 3)) return undefined;
  if (baseline.values.length < (options.minBaseline ?? 6)) return undefined;
  const phi = options.persistence ?? assumedWeeklyPersistence;
  const historyStart = Math.max(0, baselineStart - (options.swingHistoryWeeks ?? 0));
  const history = windowParts(periods.slice(historyStart, baselineStart), figures, sampling, historyStart);
  const excess = excessVariance([history, baseline, recent], phi);
  const samplingAware = options.swingUncertainty === 'sampling-aware';
  const tau2 = samplingAware ? Math.max(excess.tau2, 0.5 * excess.tau2Se) : excess.tau2;
  const before = estimate(baseline, tau2, phi);
  const now = estimate(recent, tau2, phi);
  const drop = before.mean - now.mean;
  const between = arCovariance(baseline.weights, baseline.positions, recent.weights, recent.positions, phi);
  const se = Math.sqrt(Math.max(0, before.se ** 2 + now.se ** 2 - 2 * tau2 * between));
  if (!(se > 0)) return undefined;
  const swing = Math.max(0, se ** 2 - baseline.samplingVariance - recent.samplingVariance);
  const swingDf = Math.max(1, (excess.pairs - 1) * (samplingAware ? excess.swingShare ** 2 : 1));
  const df = swing > 0 ? Math.min(1e6, se ** 4 / (swing ** 2 / swingDf)) : Number.POSITIVE_INFINITY;
  const t = drop / se;
  const z = Number.isFinite(df) ? equivalentNormal(t, df) : t;
  return { baseline: before, recent: now, drop, se, t, df, z, excessSd: Math.sqrt(tau2) };
}
