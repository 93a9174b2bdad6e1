import {
  onceAndDoneDropAlert,
  productivityPressureAlert,
  quadrantMoveAlert,
  wellbeingFallingAlert,
} from '../alerts.js';
import {
  detectionRate,
  handleTimeNullModels,
  onceAndDoneNullModels,
  quarterAlarmRate,
  rampOverLastWeeks,
  stepOverLastWeeks,
  wellbeingNullModels,
} from './alert-scenarios.js';
import type { FigureModel, MeasureModel, SimulatedRate } from './alert-simulation.js';
import type { PeriodFigures } from './window-drop.js';

/** One measured property of an alert rule: a false-alarm rate (no change) or a power. */
export interface AlertCheck {
  readonly alert: string;
  readonly kind: 'false-alarm per quarter' | 'power within 4 weeks';
  readonly scenario: string;
  readonly result: SimulatedRate;
}

const byName = <M extends MeasureModel>(models: readonly { name: string; model: M }[], name: string): M => {
  const found = models.find((m) => m.name === name);
  if (!found) throw new RangeError(`no model ${name}`);
  return found.model;
};

/** The worst no-change models of the calibration run (scripts/reference/calibrate-alerts.ts). */
export const worstWellbeing = byName(wellbeingNullModels, 'wellbeing 15/wk swing 8 φ 0.4');
export const typicalWellbeing = byName(wellbeingNullModels, 'wellbeing 8/wk swing 4 φ 0.4');
export const worstHandleTime = byName(handleTimeNullModels, 'handle time 150/wk swing 17s φ 0.4');
export const worstOnceAndDone = byName(onceAndDoneNullModels, 'once-and-done 90% 100/wk swing 4 φ 0.4');
export const fewAnswersOnceAndDone = byName(onceAndDoneNullModels, 'once-and-done 70% 5/wk swing 0 φ 0');

const first = (f: readonly PeriodFigures[], i = 0) => f[i] ?? {};
const thresholds = { wellbeingIndex: 65, customerIndex: 80 };
/** Customers clearly above the centre's median: 85 ± 0.2 a week from 80 answers. */
const customerAbove: FigureModel = {
  kind: 'figure',
  level: 85,
  answerSd: 18,
  answersPerWeek: 80,
  weekSd: 2,
  persistence: 0.4,
};

/** False-alarm rates under no change, `reps` quarters each (seeded). */
export function alertFalseAlarmChecks(reps: number, seed = 2026): AlertCheck[] {
  const falling = (name: string, model: MeasureModel, i: number): AlertCheck => ({
    alert: 'wellbeing-falling',
    kind: 'false-alarm per quarter',
    scenario: name,
    result: quarterAlarmRate(
      reps,
      seed + i,
      [model],
      (c, f) => wellbeingFallingAlert('t', c, first(f)) !== undefined,
    ),
  });
  const handleFalling: FigureModel = { ...worstHandleTime, shift: stepOverLastWeeks(-60, 13) };
  const wellbeingDown: FigureModel = { ...worstWellbeing, shift: stepOverLastWeeks(-15, 13) };
  return [
    falling('wellbeing 15 answers/wk, swings sd 8 φ 0.4 (worst)', worstWellbeing, 1),
    falling('wellbeing 8 answers/wk, swings sd 4 φ 0.4', typicalWellbeing, 2),
    {
      alert: 'quadrant-customers-at-advisors-expense',
      kind: 'false-alarm per quarter',
      scenario: 'wellbeing at the centre median (65), customers above, no change',
      result: quarterAlarmRate(
        reps,
        seed + 3,
        [worstWellbeing, customerAbove],
        (c, f) => quadrantMoveAlert('t', c, first(f), first(f, 1), thresholds) !== undefined,
      ),
    },
    {
      alert: 'productivity-pressure',
      kind: 'false-alarm per quarter',
      scenario: 'handle time down 14% for real, wellbeing unchanged',
      result: quarterAlarmRate(
        reps,
        seed + 4,
        [handleFalling, worstWellbeing],
        (c, f) => productivityPressureAlert('t', c, first(f), first(f, 1)) !== undefined,
      ),
    },
    {
      alert: 'productivity-pressure',
      kind: 'false-alarm per quarter',
      scenario: 'wellbeing down 15 points for real, handle time unchanged',
      result: quarterAlarmRate(
        reps,
        seed + 5,
        [worstHandleTime, wellbeingDown],
        (c, f) => productivityPressureAlert('t', c, first(f), first(f, 1)) !== undefined,
      ),
    },
    ...[
      ['90% at 100 answers/wk, swings sd 4 φ 0.4 (worst)', worstOnceAndDone],
      ['70% at 5 answers/wk', fewAnswersOnceAndDone],
    ].map(
      ([name, model], i): AlertCheck => ({
        alert: 'once-and-done-drop',
        kind: 'false-alarm per quarter',
        scenario: name as string,
        result: quarterAlarmRate(
          reps,
          seed + 6 + i,
          [model as MeasureModel],
          (c, f) => onceAndDoneDropAlert('t', 'phone', c, first(f)) !== undefined,
        ),
      }),
    ),
  ];
}

/** Power to detect stated changes within the 4 weeks after they start, `reps` histories each. */
export function alertPowerChecks(reps: number, seed = 4048): AlertCheck[] {
  const quietWellbeing: FigureModel = {
    kind: 'figure',
    level: 65,
    answerSd: 22,
    answersPerWeek: 8,
    minAnswers: 5,
    varyingAnswers: true,
    weekSd: 0,
    persistence: 0,
  };
  const wellbeingPower = (name: string, model: FigureModel, total: number, i: number): AlertCheck => ({
    alert: 'wellbeing-falling',
    kind: 'power within 4 weeks',
    scenario: name,
    result: detectionRate(
      reps,
      seed + i,
      [{ ...model, shift: stepOverLastWeeks(total, 4) }],
      4,
      (c, f) => wellbeingFallingAlert('t', c, first(f)) !== undefined,
    ),
  });
  const onceAndDone = (answers: number, i: number): AlertCheck => ({
    alert: 'once-and-done-drop',
    kind: 'power within 4 weeks',
    scenario: `−15 points (70% → 55%) at ${answers} answers/wk`,
    result: detectionRate(
      reps,
      seed + i,
      [
        {
          kind: 'binomial',
          ratePercent: 70,
          answersPerWeek: answers,
          varyingAnswers: true,
          weekSd: 0,
          persistence: 0,
          shift: stepOverLastWeeks(-15, 4),
        },
      ],
      4,
      (c, f) => onceAndDoneDropAlert('t', 'phone', c, first(f)) !== undefined,
    ),
  });
  return [
    wellbeingPower('−10 points for 4 weeks, 8 answers/wk, sampling error only', quietWellbeing, -10, 1),
    wellbeingPower('−10 points for 4 weeks, 8 answers/wk, swings sd 4 φ 0.4', typicalWellbeing, -10, 2),
    wellbeingPower('−20 points for 4 weeks, 8 answers/wk, swings sd 4 φ 0.4', typicalWellbeing, -20, 3),
    {
      alert: 'wellbeing-falling',
      kind: 'power within 4 weeks',
      scenario: '−10 points reached linearly over 4 weeks, 8 answers/wk, sampling error only',
      result: detectionRate(
        reps,
        seed + 4,
        [{ ...quietWellbeing, shift: rampOverLastWeeks(-10, 4) }],
        4,
        (c, f) => wellbeingFallingAlert('t', c, first(f)) !== undefined,
      ),
    },
    onceAndDone(20, 5),
    onceAndDone(100, 6),
    {
      alert: 'productivity-pressure',
      kind: 'power within 4 weeks',
      scenario: 'wellbeing −15 points and handle time −15% for 4 weeks (8 answers/wk, 150 contacts/wk)',
      result: detectionRate(
        reps,
        seed + 7,
        [
          { ...worstHandleTime, shift: stepOverLastWeeks(-63, 4) },
          { ...typicalWellbeing, shift: stepOverLastWeeks(-15, 4) },
        ],
        4,
        (c, f) => productivityPressureAlert('t', c, first(f), first(f, 1)) !== undefined,
      ),
    },
  ];
}
