import { alertWindows } from './alert-calibration.js';
import {
  type FigureModel,
  firesWithin,
  type MeasureModel,
  quarterWeeks,
  type RateModel,
  type SimulatedRate,
  simulatedRate,
  simulateFigures,
  syntheticWeeks,
} from './alert-simulation.js';
import type { PeriodFigures } from './window-drop.js';

/**
 * The no-change models each alert is calibrated against, and the changes its power is stated
 * for. Wellbeing: a 1–5 item whose answers spread by 0.88 (22 index points), 5–30 respondents a
 * week (weeks under 5 are not shown), with or without a team-level weekly swing (sd up to 8
 * points, AR(1) persistence up to 0.4, the demo centre's own values). Handle time: 420 s,
 * contacts spread 170 s, 50–400 contacts a week, weekly swing up to 8% (34 s). Once-and-done:
 * 50–90%, 5–100 answers a week (Poisson), weekly swing up to 4 points.
 */

/** Calendar of one simulated quarter: the windows, then one reading a week for 13 weeks. */
export const quarterHistoryWeeks = alertWindows.baselineWeeks + alertWindows.recentWeeks + quarterWeeks - 1;

export interface NamedModel<M extends MeasureModel> {
  readonly name: string;
  readonly model: M;
}

const swings = [
  { weekSd: 0, persistence: 0 },
  { weekSd: 4, persistence: 0 },
  { weekSd: 4, persistence: 0.4 },
  { weekSd: 8, persistence: 0 },
  { weekSd: 8, persistence: 0.4 },
] as const;

export const wellbeingNullModels: readonly NamedModel<FigureModel>[] = [5, 8, 15, 30].flatMap((answers) =>
  swings.map((s) => ({
    name: `wellbeing ${answers}/wk swing ${s.weekSd} φ ${s.persistence}`,
    model: {
      kind: 'figure' as const,
      level: 65,
      answerSd: 22,
      answersPerWeek: answers,
      varyingAnswers: answers < 30,
      minAnswers: 5,
      ...s,
    },
  })),
);

export const handleTimeNullModels: readonly NamedModel<FigureModel>[] = [50, 150, 400].flatMap((contacts) =>
  swings.map((s) => ({
    name: `handle time ${contacts}/wk swing ${(s.weekSd * 34) / 8}s φ ${s.persistence}`,
    model: {
      kind: 'figure' as const,
      level: 420,
      answerSd: 170,
      answersPerWeek: contacts,
      varyingAnswers: true,
      weekSd: (s.weekSd * 34) / 8,
      persistence: s.persistence,
    },
  })),
);

export const onceAndDoneNullModels: readonly NamedModel<RateModel>[] = [50, 70, 90].flatMap((rate) =>
  [5, 20, 100].flatMap((answers) =>
    swings
      .filter((s) => s.weekSd <= 4)
      .map((s) => ({
        name: `once-and-done ${rate}% ${answers}/wk swing ${s.weekSd} φ ${s.persistence}`,
        model: {
          kind: 'binomial' as const,
          ratePercent: rate,
          answersPerWeek: answers,
          varyingAnswers: true,
          ...s,
        },
      })),
  ),
);

/**
 * The largest statistic a rule reaches over the 13 weekly readings of one simulated quarter
 * (−∞ when it never qualifies), so that one simulation gives the false-alarm rate of every
 * critical value: a quarter has a false alarm at critical c when this is ≥ c.
 */
export function quarterMaxima(
  reps: number,
  seed: number,
  model: MeasureModel,
  statistic: (calendar: readonly string[], figures: PeriodFigures) => number,
): number[] {
  const weeks = syntheticWeeks(quarterHistoryWeeks);
  const maxima: number[] = [];
  simulatedRate(reps, seed, (rng) => {
    const figures = simulateFigures(rng, model, weeks);
    let max = Number.NEGATIVE_INFINITY;
    firesWithin(weeks, quarterWeeks, (calendar) => {
      max = Math.max(max, statistic(calendar, figures));
      return false;
    });
    maxima.push(max);
    return false;
  });
  return maxima;
}

/** Share of quarters with at least one reading at which `fires` holds, under `models`. */
export function quarterAlarmRate(
  reps: number,
  seed: number,
  models: readonly MeasureModel[],
  fires: (calendar: readonly string[], figures: readonly PeriodFigures[]) => boolean,
): SimulatedRate {
  const weeks = syntheticWeeks(quarterHistoryWeeks);
  return simulatedRate(reps, seed, (rng) => {
    const figures = models.map((m) => simulateFigures(rng, m, weeks));
    return firesWithin(weeks, quarterWeeks, (calendar) => fires(calendar, figures));
  });
}

/**
 * Share of histories in which `fires` holds at least once during the last `within` weeks, the
 * change (the models' `shift`) having started `within` weeks before the end.
 */
export function detectionRate(
  reps: number,
  seed: number,
  models: readonly MeasureModel[],
  within: number,
  fires: (calendar: readonly string[], figures: readonly PeriodFigures[]) => boolean,
): SimulatedRate {
  const weeks = syntheticWeeks(alertWindows.baselineWeeks + alertWindows.recentWeeks + within);
  return simulatedRate(reps, seed, (rng) => {
    const figures = models.map((m) => simulateFigures(rng, m, weeks));
    return firesWithin(weeks, within, (calendar) => fires(calendar, figures));
  });
}

/** A linear change reaching `total` over the last `over` weeks of a history (0 before). */
export function rampOverLastWeeks(total: number, over: number): (week: number, weeks: number) => number {
  return (week, weeks) => {
    const into = week - (weeks - over) + 1;
    return into <= 0 ? 0 : (total * Math.min(into, over)) / over;
  };
}

/** A step of `total` over the last `over` weeks of a history. */
export function stepOverLastWeeks(total: number, over: number): (week: number, weeks: number) => number {
  return (week, weeks) => (week >= weeks - over ? total : 0);
}
