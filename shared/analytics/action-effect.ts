import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { isoWeekOf } from '../time/period.js';
import { mondayOfIsoWeek } from '../time/windows.js';
import { type PeriodFigures, windowDrop } from './alerts/window-drop.js';
import type { TeamWeek } from './centre-analysis.js';
import type { IndexValue } from './indices.js';

/** The two sides a manager's action is read on. */
export const actionSides = ['wellbeing', 'customer'] as const;
export type ActionSide = (typeof actionSides)[number];

export interface ActionEffectOptions {
  /** Weeks compared before the action's week (default 4). */
  readonly weeksBefore?: number;
  /** Weeks compared after the action's week (default 4); the action's own week is in neither. */
  readonly weeksAfter?: number;
  /** Weeks with a figure needed on each side (default 3 of 4). */
  readonly minWeeks?: number;
  /** A customer week counts from this many responses (default 5, as in the analysis). */
  readonly minCustomerResponses?: number;
  /** AR(1) persistence of the team's weekly swings (default: the alerts' assumed value). */
  readonly persistence?: number;
}

/** One window (before or after) of one side: the weeks with a figure, their mean and its 95% interval. */
export interface ActionWindow {
  /** Weeks of the window that have a figure (shown wellbeing, enough customer responses). */
  readonly weeks: readonly string[];
  /** Answers behind the window (advisors' wellbeing answers or customer responses). */
  readonly answers: number;
  /** Mean of the weekly figures, on the index's 0–100 scale. */
  readonly mean: number;
  readonly low: number;
  readonly high: number;
}

export type ActionDirection = 'rose' | 'fell' | 'no-clear-change';

/**
 * One side of an action's effect:
 * - `too-early`: some of the weeks after the action have not ended; `readyOn` is the Monday
 *   after the last of them (YYYY-MM-DD), when the comparison can be made;
 * - `insufficient`: the weeks have passed but fewer than `minWeeks` of them, before or after,
 *   have a figure (wellbeing hidden below k, too few customer responses, or weeks outside the
 *   analysed range);
 * - `estimated`: the change from before to after with its 95% interval, and `direction` read
 *   from the interval (rose or fell only when it excludes zero).
 */
export type SideEffect =
  | {
      readonly side: ActionSide;
      readonly state: 'too-early';
      readonly readyOn: string;
      readonly weeksPassed: number;
      readonly weeksNeeded: number;
    }
  | {
      readonly side: ActionSide;
      readonly state: 'insufficient';
      readonly reason: 'too-few-weeks-before' | 'too-few-weeks-after' | 'outside-range';
      readonly weeksBefore: number;
      readonly weeksAfter: number;
      readonly weeksNeeded: number;
    }
  | {
      readonly side: ActionSide;
      readonly state: 'estimated';
      readonly before: ActionWindow;
      readonly after: ActionWindow;
      /** after − before, in index points. */
      readonly change: number;
      readonly se: number;
      readonly low: number;
      readonly high: number;
      /** Satterthwaite degrees of freedom of `se` (infinite when sampling error alone). */
      readonly df: number;
      readonly direction: ActionDirection;
    };

export interface ActionEffect {
  readonly week: string;
  readonly wellbeing: SideEffect;
  readonly customer: SideEffect;
}

const weekMs = 7 * 86_400_000;

function weekPlus(week: string, weeks: number): string {
  return isoWeekOf(new Date(mondayOfIsoWeek(week).getTime() + weeks * weekMs));
}

function weeksBetween(from: string, to: string): number {
  return Math.round((mondayOfIsoWeek(to).getTime() - mondayOfIsoWeek(from).getTime()) / weekMs);
}

function usableWeeks(weeks: readonly string[], figures: PeriodFigures): string[] {
  return weeks.filter((w) => {
    const f = figures[w];
    return f !== undefined && f.value !== null && f.se !== null && Number.isFinite(f.value) && f.n > 0;
  });
}

/**
 * The change of one side from the `weeksBefore` weeks before an action to the `weeksAfter`
 * weeks after it (the action's week left out, but counted as elapsed time), with its 95%
 * interval. `periods` is the analysed calendar, oldest first, consecutive, ending with the last
 * complete week; `figures` the side's weekly figures with their own standard errors.
 *
 * The estimator is the alerts' two-window comparison (windowDrop): each window's variance is
 * its figures' sampling variance plus the team's persistent week-to-week swings (AR(1), τ²
 * from the successive differences of every analysed week up to the last one compared, von
 * Neumann 1941), the windows' covariance taken off, and the interval read on t with
 * Satterthwaite (1946) degrees of freedom that count the sampling noise in τ² (the
 * `sampling-aware` option). Under no change, rose or fell is read in at most about 5% of
 * series (simulation in test/unit/analytics/action-effect.test.ts).
 */
export function sideChange(
  side: ActionSide,
  periods: readonly string[],
  figures: PeriodFigures,
  actionWeek: string,
  options: ActionEffectOptions = {},
): SideEffect {
  const before = options.weeksBefore ?? 4;
  const after = options.weeksAfter ?? 4;
  const minWeeks = options.minWeeks ?? Math.max(2, Math.ceil((3 * Math.min(before, after)) / 4));
  const first = periods[0];
  const last = periods.at(-1);
  const lastAfter = weekPlus(actionWeek, after);
  if (last === undefined || first === undefined || lastAfter > last) {
    const passed = last === undefined ? 0 : Math.max(0, Math.min(after, weeksBetween(actionWeek, last)));
    return {
      side,
      state: 'too-early',
      readyOn: mondayOfIsoWeek(weekPlus(lastAfter, 1)).toISOString().slice(0, 10),
      weeksPassed: passed,
      weeksNeeded: after,
    };
  }
  const end = periods.indexOf(lastAfter);
  const calendar = periods.slice(0, end + 1);
  const actionAt = calendar.indexOf(actionWeek);
  const beforeStart = Math.max(0, actionAt - before);
  const beforeWeeks = actionAt < 0 ? [] : usableWeeks(calendar.slice(beforeStart, actionAt), figures);
  const afterWeeks = actionAt < 0 ? [] : usableWeeks(calendar.slice(actionAt + 1), figures);
  const insufficient = (reason: 'too-few-weeks-before' | 'too-few-weeks-after' | 'outside-range') =>
    ({
      side,
      state: 'insufficient',
      reason,
      weeksBefore: beforeWeeks.length,
      weeksAfter: afterWeeks.length,
      weeksNeeded: minWeeks,
    }) as const;
  if (actionAt < 0 || end < 0) return insufficient('outside-range');
  if (beforeWeeks.length < minWeeks) return insufficient('too-few-weeks-before');
  if (afterWeeks.length < minWeeks) return insufficient('too-few-weeks-after');
  // The action's week is neither before nor after: its figure is left out, its place kept. The
  // swings' variance is read from every analysed week up to the last one compared.
  const withoutActionWeek: Record<string, IndexValue | undefined> = { ...figures, [actionWeek]: undefined };
  const test = windowDrop(calendar, withoutActionWeek, {
    recentWeeks: after,
    baselineWeeks: actionAt - beforeStart + 1,
    minRecent: minWeeks,
    minBaseline: minWeeks,
    sampling: 'figure',
    swingHistoryWeeks: beforeStart,
    swingUncertainty: 'sampling-aware',
    ...(options.persistence === undefined ? {} : { persistence: options.persistence }),
  });
  if (!test) return insufficient('too-few-weeks-after');
  const critical = Number.isFinite(test.df) ? tQuantile(0.975, test.df) : normalQuantile(0.975, 0, 1);
  const change = -test.drop;
  const low = change - critical * test.se;
  const high = change + critical * test.se;
  const windowOf = (w: typeof test.baseline): ActionWindow => ({
    weeks: w.periods,
    answers: w.answers,
    mean: w.mean,
    low: w.mean - critical * w.se,
    high: w.mean + critical * w.se,
  });
  return {
    side,
    state: 'estimated',
    before: windowOf(test.baseline),
    after: windowOf(test.recent),
    change,
    se: test.se,
    low,
    high,
    df: test.df,
    direction: low > 0 ? 'rose' : high < 0 ? 'fell' : 'no-clear-change',
  };
}

/**
 * A team's weekly figures of both sides, as the analysis reads them: wellbeing only where a
 * week-level figure was published (never a raw pulse answer, never a widened window), customer
 * satisfaction where the week had `minCustomerResponses` responses.
 */
export function actionSideFigures(
  weeks: readonly TeamWeek[],
  minCustomerResponses = 5,
): Record<ActionSide, Record<string, IndexValue>> {
  const wellbeing: Record<string, IndexValue> = {};
  const customer: Record<string, IndexValue> = {};
  for (const row of weeks) {
    const shown = row.wellbeing;
    if (shown.state === 'shown' && shown.window.kind === 'week' && shown.wellbeing.value !== null)
      wellbeing[row.week] = shown.wellbeing;
    if (row.customer.responses >= minCustomerResponses && row.customer.satisfaction.value !== null)
      customer[row.week] = row.customer.satisfaction;
  }
  return { wellbeing, customer };
}

/**
 * The before/after effect of an action recorded for `actionWeek`, on advisors' wellbeing and
 * on customer satisfaction, each with its own state (see SideEffect). `weeks` is the team's
 * analysed series, oldest first, ending with the last complete week.
 */
export function actionEffect(
  weeks: readonly TeamWeek[],
  actionWeek: string,
  options: ActionEffectOptions = {},
): ActionEffect {
  const periods = weeks.map((w) => w.week);
  const figures = actionSideFigures(weeks, options.minCustomerResponses);
  return {
    week: actionWeek,
    wellbeing: sideChange('wellbeing', periods, figures.wellbeing, actionWeek, options),
    customer: sideChange('customer', periods, figures.customer, actionWeek, options),
  };
}
