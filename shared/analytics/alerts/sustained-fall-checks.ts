import { wellbeingDrop, wellbeingSustainedFall } from '../alerts.js';
import {
  type FigureModel,
  firesWithin,
  quarterWeeks,
  type SimulatedRate,
  simulatedRate,
  simulateFigures,
  syntheticWeeks,
} from './alert-simulation.js';
import type { PeriodFigures } from './window-drop.js';

/**
 * Seeded checks of the wellbeing-falling alert's sustained-fall detector (bench/alerts.ts and
 * test/unit/analytics/sustained-fall.test.ts): its false-alarm rate per team-quarter with no
 * change, and its power to detect a sustained fall within 6 weeks, next to the two-window test
 * it replaced.
 */

/** A wellbeing detector read on the calendar up to one week. */
export type WellbeingDetector = (calendar: readonly string[], wellbeing: PeriodFigures) => boolean;

export const sustainedFallDetector: WellbeingDetector = (c, f) =>
  wellbeingSustainedFall(c, f)?.fires === true;
export const twoWindowDetector: WellbeingDetector = (c, f) => wellbeingDrop(c, f)?.fires === true;

/** Weekly wellbeing of a team: 1–5 answers spread 22 points, Poisson answers, weeks under 5 hidden. */
export function wellbeingModel(answersPerWeek: number, weekSd: number, persistence: number): FigureModel {
  return {
    kind: 'figure',
    level: 65,
    answerSd: 22,
    answersPerWeek,
    varyingAnswers: true,
    minAnswers: 5,
    weekSd,
    persistence,
  };
}

/** Weeks of a simulated half-year; the quarter read is its last 13 weeks. */
export const halfYearWeeks = 26;

/** Share of 26-week no-change histories whose alert fires at any of the last 13 weekly readings. */
export function quarterFalseAlarmRate(
  reps: number,
  seed: number,
  model: FigureModel,
  detector: WellbeingDetector = sustainedFallDetector,
): SimulatedRate {
  const weeks = syntheticWeeks(halfYearWeeks);
  return simulatedRate(reps, seed, (rng) => {
    const figures = simulateFigures(rng, model, weeks);
    return firesWithin(weeks, quarterWeeks, (calendar) => detector(calendar, figures));
  });
}

/**
 * Share of histories in which the alert fires within `within` weeks of a sustained fall of
 * `fall` points starting in week `startWeek` (1-based): read every week from that week on.
 */
export function fallDetectionRate(
  reps: number,
  seed: number,
  model: FigureModel,
  options: { fall?: number; startWeek?: number; within?: number; detector?: WellbeingDetector } = {},
): SimulatedRate {
  const start = options.startWeek ?? 18;
  const within = options.within ?? 6;
  const fall = options.fall ?? 15;
  const weeks = syntheticWeeks(start - 1 + within);
  const detector = options.detector ?? sustainedFallDetector;
  const falling: FigureModel = { ...model, shift: (i) => (i >= start - 1 ? -fall : 0) };
  return simulatedRate(reps, seed, (rng) => {
    const figures = simulateFigures(rng, falling, weeks);
    return firesWithin(weeks, within, (calendar) => detector(calendar, figures));
  });
}
