import { describe, expect, it } from 'vitest';
import { actionEffect, type SideEffect, sideChange } from '../../../shared/analytics/action-effect.js';
import {
  type FigureModel,
  simulatedRate,
  simulateFigures,
} from '../../../shared/analytics/alerts/alert-simulation.js';
import type { TeamWeek } from '../../../shared/analytics/centre-analysis.js';
import type { IndexValue } from '../../../shared/analytics/indices.js';
import { isoWeekOf } from '../../../shared/time/period.js';
import { consecutiveWeeks } from '../../../shared/time/windows.js';
import reference from '../../fixtures/analytics/action-effect-reference.json' with { type: 'json' };

const none: IndexValue = { n: 0, value: null, se: null };

type Series = { values: (number | null)[]; se: (number | null)[]; n: (number | null)[] };

function figureAt(series: Series, i: number): IndexValue {
  const value = series.values[i];
  const se = series.se[i];
  return value === null || value === undefined || se === null || se === undefined
    ? none
    : { n: series.n[i] ?? 0, value, se };
}

/** A team's analysed weeks from two weekly series; wellbeing hidden where `hidden` says. */
function teamWeeks(
  weeks: readonly string[],
  wellbeing: Series,
  customer: Series,
  hidden: ReadonlySet<number> = new Set(),
): TeamWeek[] {
  return weeks.map((week, i) => {
    const w = figureAt(wellbeing, i);
    const c = figureAt(customer, i);
    return {
      week,
      customer: {
        responses: c.n,
        satisfaction: c,
        recommendation: none,
        nps: none,
        effort: none,
        onceAndDone: none,
      },
      wellbeing:
        hidden.has(i) || w.value === null
          ? { state: 'suppressed' }
          : {
              state: 'shown',
              window: { kind: 'week', id: week },
              respondents: w.n,
              wellbeing: w,
              enps: none,
            },
      handleTimeSeconds: null,
      contacts: c.n,
    };
  });
}

const series = reference.series as Record<'wellbeing' | 'customer', Series>;

function estimated(effect: SideEffect) {
  if (effect.state !== 'estimated') throw new Error(`expected an estimate, got ${effect.state}`);
  return effect;
}

describe('action effect: the change before/after an action on each side', () => {
  const rows = teamWeeks(reference.weeks, series.wellbeing, series.customer);

  it('matches the independent numpy/scipy reference on both sides (scripts/reference/action_effect_reference.py)', () => {
    const effect = actionEffect(rows, reference.actionWeek);
    for (const side of ['wellbeing', 'customer'] as const) {
      const got = estimated(effect[side]);
      const want = reference.effects[side];
      expect(got.before.weeks).toEqual(want.beforeWeeks);
      expect(got.after.weeks).toEqual(want.afterWeeks);
      expect(got.before.answers).toBe(want.beforeAnswers);
      expect(got.after.answers).toBe(want.afterAnswers);
      expect(got.before.mean).toBeCloseTo(want.beforeMean, 9);
      expect(got.after.mean).toBeCloseTo(want.afterMean, 9);
      expect(got.change).toBeCloseTo(want.change, 9);
      expect(got.se).toBeCloseTo(want.se, 9);
      expect(got.df).toBeCloseTo(want.df, 6);
      expect(got.low).toBeCloseTo(want.low, 6);
      expect(got.high).toBeCloseTo(want.high, 6);
    }
    expect(estimated(effect.wellbeing).direction).toBe('rose');
    expect(estimated(effect.customer).direction).toBe('fell');
  });

  it('reads no clear change when the interval straddles zero', () => {
    const flat = { ...series.wellbeing, values: series.wellbeing.values.map((v, i) => (i >= 10 ? 63 : v)) };
    const effect = estimated(
      actionEffect(teamWeeks(reference.weeks, flat, series.customer), '2026-W19').wellbeing,
    );
    expect(effect.low).toBeLessThan(0);
    expect(effect.high).toBeGreaterThan(0);
    expect(effect.direction).toBe('no-clear-change');
  });

  it('is too early until the weeks after have ended, with the date it will be ready', () => {
    const effect = actionEffect(rows, '2026-W21');
    expect(effect.wellbeing).toEqual({
      side: 'wellbeing',
      state: 'too-early',
      readyOn: '2026-06-22',
      weeksPassed: 2,
      weeksNeeded: 4,
    });
    expect(effect.customer.state).toBe('too-early');
    const thisWeek = actionEffect(rows, '2026-W24');
    expect(thisWeek.customer).toMatchObject({ state: 'too-early', readyOn: '2026-07-13', weeksPassed: 0 });
  });

  it('is insufficient when wellbeing was hidden below k in too many weeks, and says which side', () => {
    const effect = actionEffect(
      teamWeeks(reference.weeks, series.wellbeing, series.customer, new Set([5, 7])),
      reference.actionWeek,
    );
    expect(effect.wellbeing).toMatchObject({
      state: 'insufficient',
      reason: 'too-few-weeks-before',
      weeksBefore: 2,
      weeksNeeded: 3,
    });
    expect(effect.customer.state).toBe('estimated');
    const after = actionEffect(
      teamWeeks(reference.weeks, series.wellbeing, series.customer, new Set([10, 12])),
      reference.actionWeek,
    );
    expect(after.wellbeing).toMatchObject({
      state: 'insufficient',
      reason: 'too-few-weeks-after',
      weeksAfter: 2,
    });
  });

  it('never reads a widened (fortnight) wellbeing figure as a week', () => {
    const widened = teamWeeks(reference.weeks, series.wellbeing, series.customer).map((row, i) =>
      i >= 10 && row.wellbeing.state === 'shown'
        ? { ...row, wellbeing: { ...row.wellbeing, window: { kind: 'fortnight' as const, id: '2026-F10' } } }
        : row,
    );
    expect(actionEffect(widened, reference.actionWeek).wellbeing).toMatchObject({
      state: 'insufficient',
      reason: 'too-few-weeks-after',
      weeksAfter: 0,
    });
  });

  it('is insufficient for an action before the analysed range', () => {
    expect(actionEffect(rows, '2026-W08').wellbeing).toMatchObject({
      state: 'insufficient',
      reason: 'outside-range',
    });
  });
});

/**
 * Seeded AR(1) histories with no true change (φ 0.4, the persistence the alerts assume, and
 * φ 0): the share of actions read as rose or fell must stay at 5% plus twice the Monte Carlo
 * error. 26 analysed weeks; the action at an early, middle and late week.
 */
describe('action effect under no change: rose/fell at most 5% (seeded simulation)', () => {
  const weeks = consecutiveWeeks('2026-W01', 26, isoWeekOf);
  const reps = 1500;
  const allowed = 0.05 + 2 * Math.sqrt((0.05 * 0.95) / reps);
  const models: Record<string, FigureModel> = {
    'wellbeing, 7 answers/wk, swings sd 4': {
      kind: 'figure',
      level: 65,
      answerSd: 22,
      answersPerWeek: 7,
      varyingAnswers: true,
      minAnswers: 5,
      weekSd: 4,
      persistence: 0.4,
    },
    'wellbeing, 8 answers/wk, swings sd 8': {
      kind: 'figure',
      level: 65,
      answerSd: 22,
      answersPerWeek: 8,
      weekSd: 8,
      persistence: 0.4,
    },
    'customer, 40 responses/wk, swings sd 3': {
      kind: 'figure',
      level: 80,
      answerSd: 20,
      answersPerWeek: 40,
      varyingAnswers: true,
      weekSd: 3,
      persistence: 0.4,
    },
    'customer, 40 responses/wk, swings sd 3, φ 0': {
      kind: 'figure',
      level: 80,
      answerSd: 20,
      answersPerWeek: 40,
      weekSd: 3,
      persistence: 0,
    },
  };
  for (const [name, model] of Object.entries(models)) {
    for (const at of [6, 14, 21]) {
      it(`${name}, action in week ${at + 1}`, () => {
        const side = name.startsWith('wellbeing') ? 'wellbeing' : 'customer';
        const action = weeks[at] ?? '';
        const result = simulatedRate(reps, 1000 + at, (rng) => {
          const effect = sideChange(side, weeks, simulateFigures(rng, model, weeks), action);
          return effect.state === 'estimated' && effect.direction !== 'no-clear-change';
        });
        expect(result.reps).toBe(reps);
        expect(result.rate).toBeLessThanOrEqual(allowed);
      });
    }
  }

  it('reads a real rise of 12 points in customer satisfaction after the action as rose in most histories', () => {
    const model: FigureModel = {
      ...(models['customer, 40 responses/wk, swings sd 3'] as FigureModel),
      shift: (week) => (week > 14 ? 12 : 0),
    };
    const result = simulatedRate(500, 7, (rng) => {
      const effect = sideChange('customer', weeks, simulateFigures(rng, model, weeks), weeks[14] ?? '');
      return effect.state === 'estimated' && effect.direction === 'rose';
    });
    expect(result.rate).toBeGreaterThan(0.6);
  });
});
