import type { Channel } from '../roster/index.js';
import { alignPeriods, type PeriodValues, recentValues } from './period-series.js';
import type { SymmetryQuadrant } from './quadrant.js';
import { leastSquaresSlope } from './trend.js';

export type AlertKind =
  | 'wellbeing-falling'
  | 'quadrant-customers-at-advisors-expense'
  | 'productivity-pressure'
  | 'once-and-done-drop';

/** A signal for a team manager to look at; never about an individual advisor. */
export interface Alert {
  readonly kind: AlertKind;
  readonly teamId: string;
  readonly channel?: Channel;
  /** The periods the evidence covers, oldest first. */
  readonly periods: readonly string[];
  /** The numbers behind the alert, named for the message template. */
  readonly evidence: Readonly<Record<string, number>>;
  /** i18n key of the message, e.g. `alerts.wellbeing-falling`. */
  readonly messageKey: string;
}

/** The trailing run of strictly falling consecutive calendar periods (with values). */
function trailingFall(periods: readonly string[], values: PeriodValues): string[] {
  const run: string[] = [];
  for (let t = periods.length - 1; t >= 0; t -= 1) {
    const period = periods[t];
    const value = period === undefined ? undefined : values[period];
    if (period === undefined || value === undefined) break;
    const previous = run[0] === undefined ? undefined : values[run[0]];
    if (previous !== undefined && !(value > previous)) break;
    run.unshift(period);
  }
  return run;
}

/**
 * Wellbeing index falling for at least `minFalls` (default 3) consecutive periods: each of the
 * last `minFalls` calendar periods is strictly below the one before; a missing period breaks
 * the run. Evidence: first and last value of the run, the drop and the number of falls.
 */
export function wellbeingFallingAlert(
  teamId: string,
  periods: readonly string[],
  wellbeing: PeriodValues,
  minFalls = 3,
): Alert | undefined {
  const run = trailingFall(periods, wellbeing);
  const falls = run.length - 1;
  if (falls < minFalls) return undefined;
  const first = wellbeing[run[0] ?? ''] ?? 0;
  const last = wellbeing[run[run.length - 1] ?? ''] ?? 0;
  return {
    kind: 'wellbeing-falling',
    teamId,
    periods: run,
    evidence: { falls, from: first, to: last, drop: first - last },
    messageKey: 'alerts.wellbeing-falling',
  };
}

/** A team moving into `customers-at-advisors-expense` between two consecutive windows. */
export function quadrantMoveAlert(
  teamId: string,
  previous: { readonly period: string; readonly quadrant: SymmetryQuadrant; readonly wellbeingIndex: number },
  current: { readonly period: string; readonly quadrant: SymmetryQuadrant; readonly wellbeingIndex: number },
): Alert | undefined {
  if (current.quadrant !== 'customers-at-advisors-expense' || previous.quadrant === current.quadrant) {
    return undefined;
  }
  return {
    kind: 'quadrant-customers-at-advisors-expense',
    teamId,
    periods: [previous.period, current.period],
    evidence: { wellbeingBefore: previous.wellbeingIndex, wellbeingNow: current.wellbeingIndex },
    messageKey: 'alerts.quadrant-customers-at-advisors-expense',
  };
}

/**
 * Productivity pressure (DOMAIN.md fact 2): over the last `window` calendar periods (default 4,
 * all present in both series), average handle time falls while the wellbeing index falls.
 * Fires when the least-squares slope of handle time is at most −`minHandleTimeFallShare`
 * (default 2%) of its window mean per period and the wellbeing slope is at most
 * −`minWellbeingFall` (default 1 index point) per period.
 */
export function productivityPressureAlert(
  teamId: string,
  periods: readonly string[],
  handleTimeSeconds: PeriodValues,
  wellbeing: PeriodValues,
  options: { window?: number; minHandleTimeFallShare?: number; minWellbeingFall?: number } = {},
): Alert | undefined {
  const window = options.window ?? 4;
  const recent = periods.slice(-window);
  const paired = alignPeriods(recent, handleTimeSeconds, wellbeing);
  if (recent.length < window || paired.periods.length < window) return undefined;
  const positions = paired.periods.map((_, i) => i);
  const handleSlope = leastSquaresSlope(positions, paired.x);
  const wellbeingSlope = leastSquaresSlope(positions, paired.y);
  const meanHandle = paired.x.reduce((s, v) => s + v, 0) / paired.x.length;
  if (handleSlope === undefined || wellbeingSlope === undefined || !(meanHandle > 0)) return undefined;
  const handleShare = handleSlope / meanHandle;
  if (handleShare > -(options.minHandleTimeFallShare ?? 0.02)) return undefined;
  if (wellbeingSlope > -(options.minWellbeingFall ?? 1)) return undefined;
  return {
    kind: 'productivity-pressure',
    teamId,
    periods: paired.periods,
    evidence: {
      handleTimeSlopeSeconds: handleSlope,
      handleTimeSlopeShare: handleShare,
      wellbeingSlope,
    },
    messageKey: 'alerts.productivity-pressure',
  };
}

/**
 * Once-and-done rate (0–100) dropping on one channel: the mean of the last `window` periods
 * (default 4) is at least `minDrop` percentage points (default 5) below the mean of the
 * `window` periods before. Each half needs at least half its periods present. Five points is
 * about twice the standard error of a four-week mean at 100 answers a week (p ≈ 0.7).
 */
export function onceAndDoneDropAlert(
  teamId: string,
  channel: Channel,
  periods: readonly string[],
  onceAndDone: PeriodValues,
  options: { window?: number; minDrop?: number } = {},
): Alert | undefined {
  const window = options.window ?? 4;
  const minDrop = options.minDrop ?? 5;
  if (periods.length < 2 * window) return undefined;
  const recent = recentValues(periods, onceAndDone, window);
  const previous = recentValues(periods.slice(0, -window), onceAndDone, window);
  const needed = Math.ceil(window / 2);
  if (recent.values.length < needed || previous.values.length < needed) return undefined;
  const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
  const recentMean = mean(recent.values);
  const previousMean = mean(previous.values);
  const drop = previousMean - recentMean;
  if (drop < minDrop) return undefined;
  return {
    kind: 'once-and-done-drop',
    teamId,
    channel,
    periods: [...previous.periods, ...recent.periods],
    evidence: { previousMean, recentMean, drop },
    messageKey: 'alerts.once-and-done-drop',
  };
}

/** Everything the alerts read for one team; the calendar is oldest first, consecutive. */
export interface TeamAlertInput {
  readonly teamId: string;
  readonly periods: readonly string[];
  readonly wellbeing: PeriodValues;
  readonly handleTimeSeconds: PeriodValues;
  readonly onceAndDoneByChannel: Readonly<Partial<Record<Channel, PeriodValues>>>;
  /** Quadrants of the two latest windows, when both could be shown. */
  readonly quadrants?: {
    readonly previous: {
      readonly period: string;
      readonly quadrant: SymmetryQuadrant;
      readonly wellbeingIndex: number;
    };
    readonly current: {
      readonly period: string;
      readonly quadrant: SymmetryQuadrant;
      readonly wellbeingIndex: number;
    };
  };
}

/** All alerts of one team, with default thresholds. Feed it only figures that passed anonymity. */
export function teamAlerts(input: TeamAlertInput): Alert[] {
  const alerts: (Alert | undefined)[] = [
    wellbeingFallingAlert(input.teamId, input.periods, input.wellbeing),
    input.quadrants && quadrantMoveAlert(input.teamId, input.quadrants.previous, input.quadrants.current),
    productivityPressureAlert(input.teamId, input.periods, input.handleTimeSeconds, input.wellbeing),
  ];
  for (const [channel, series] of Object.entries(input.onceAndDoneByChannel) as [Channel, PeriodValues][]) {
    alerts.push(onceAndDoneDropAlert(input.teamId, channel, input.periods, series));
  }
  return alerts.filter((a): a is Alert => a !== undefined);
}
