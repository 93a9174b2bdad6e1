import { describe, expect, it } from 'vitest';
import {
  advisorFigures,
  minimumAdvisorResponses,
  onceAndDoneEstimate,
  readAgainstObjective,
  satisfactionEstimate,
} from '../../../shared/advisor-results/advisor-estimates.js';
import {
  advisorQuarterFigures,
  advisorWeeklySeries,
} from '../../../shared/advisor-results/advisor-results.js';
import { parseWeekRange, quarterOfWeek, weeksOf } from '../../../shared/advisor-results/week-range.js';
import { addValue, emptyStats, type SufficientStats } from '../../../shared/aggregates/sufficient-stats.js';
import { defaultSharedObjectives } from '../../../shared/objectives/shared-objectives.js';

const statsOf = (values: number[]): SufficientStats => values.reduce(addValue, emptyStats);

function countsOf(satisfaction: number[], resolved: boolean[] = [], recommendation: number[] = []) {
  return {
    satisfaction: statsOf(satisfaction),
    recommendation: statsOf(recommendation),
    effort: emptyStats,
    resolved: statsOf(resolved.map((r) => (r ? 1 : 0))),
    promoters: 0,
    passives: 0,
    detractors: 0,
  };
}

describe("an advisor's satisfaction estimate", () => {
  it('gives the mean on 0–10 with its Student t 95% interval and n', () => {
    // mean 8.6, s² = 1.3, se = √(1.3/5); t(0.975, 4) = 2.776445 → ±1.41572, upper end clamped to 10.
    const estimate = satisfactionEstimate(statsOf([8, 9, 10, 7, 9]));
    expect(estimate.state).toBe('estimated');
    expect(estimate.n).toBe(5);
    expect(estimate.value).toBeCloseTo(8.6, 10);
    expect(estimate.interval?.[0]).toBeCloseTo(8.6 - 2.776445 * Math.sqrt(1.3 / 5), 5);
    expect(estimate.interval?.[1]).toBe(10);
  });

  it('withholds the number below the minimum of responses and says so', () => {
    const estimate = satisfactionEstimate(statsOf([10, 9, 10, 8]));
    expect(minimumAdvisorResponses).toBe(5);
    expect(estimate).toEqual({ n: 4, state: 'too-few-responses', minimum: 5, value: null, interval: null });
    expect(satisfactionEstimate(emptyStats)).toMatchObject({ n: 0, state: 'too-few-responses', value: null });
  });
});

describe('the once-and-done rate', () => {
  it('is the resolved share with the Wilson score interval (4 of 5: [0.376, 0.964])', () => {
    const estimate = onceAndDoneEstimate(statsOf([1, 1, 0, 1, 1]));
    expect(estimate.value).toBeCloseTo(0.8, 10);
    expect(estimate.interval?.[0]).toBeCloseTo(0.3755, 4);
    expect(estimate.interval?.[1]).toBeCloseTo(0.9638, 4);
  });

  it('keeps a width at 100% where a Wald interval would collapse', () => {
    const estimate = onceAndDoneEstimate(statsOf([1, 1, 1, 1, 1, 1]));
    expect(estimate.value).toBe(1);
    expect(estimate.interval?.[0]).toBeCloseTo(0.6097, 4);
    expect(estimate.interval?.[1]).toBeCloseTo(1, 10);
  });

  it('counts only the answers that said whether the contact resolved it', () => {
    const figures = advisorFigures(countsOf([9, 9, 9, 9, 9, 9], [true, false]));
    expect(figures.responses).toBe(6);
    expect(figures.satisfaction.state).toBe('estimated');
    expect(figures.onceAndDone).toMatchObject({ n: 2, state: 'too-few-responses', value: null });
  });
});

describe('the weekly series and the quarter', () => {
  it('has every week of the range, a week below the minimum showing no number', () => {
    const weeks = advisorWeeklySeries({ from: '2026-W44', to: '2026-W47' }, [
      {
        advisorId: 'A1',
        period: '2026-W45',
        ...countsOf([8, 9, 7, 8, 10, 9], [true, true, false, true, true]),
      },
      { advisorId: 'A1', period: '2026-W46', ...countsOf([3, 10]) },
    ]);
    expect(weeks.map((w) => w.period)).toEqual(['2026-W44', '2026-W45', '2026-W46', '2026-W47']);
    expect(weeks.map((w) => [w.responses, w.satisfaction.state])).toEqual([
      [0, 'too-few-responses'],
      [6, 'estimated'],
      [2, 'too-few-responses'],
      [0, 'too-few-responses'],
    ]);
    expect(weeks[1]?.satisfaction.value).toBeCloseTo(51 / 6, 10);
    expect(weeks[1]?.onceAndDone.value).toBeCloseTo(0.8, 10);
    expect(weeks[2]?.satisfaction.value).toBeNull();
    expect(weeks[2]?.satisfaction.interval).toBeNull();
  });

  it('reads the quarter against the shared objectives only where the interval decides', () => {
    const high = Array.from({ length: 40 }, (_, i) => (i % 4 === 0 ? 9 : 10));
    const mixed = Array.from({ length: 40 }, (_, i) => (i % 2 ? 9 : 8));
    const quarter = advisorQuarterFigures(
      '2026-Q4',
      countsOf(high, Array(40).fill(false), mixed),
      defaultSharedObjectives,
    );
    expect(quarter.against).toEqual({ satisfaction: 'above', recommendation: 'below', onceAndDone: 'below' });
    const unclear = satisfactionEstimate(statsOf([7, 10, 8, 10, 9]));
    expect(readAgainstObjective(unclear, 8.5)).toBe('straddles');
    expect(advisorQuarterFigures('2026-Q4', undefined, defaultSharedObjectives).against).toEqual({
      satisfaction: undefined,
      recommendation: undefined,
      onceAndDone: undefined,
    });
  });

  it('defaults the shared objectives to 8.5/10, 9.2/10 and 80% once and done', () => {
    expect(defaultSharedObjectives).toEqual({ satisfaction: 8.5, recommendation: 9.2, onceAndDoneRate: 0.8 });
  });
});

describe('the range of weeks', () => {
  it('defaults to the current week and the 12 before, across a year end', () => {
    const parsed = parseWeekRange({}, '2027-W02');
    expect(parsed).toEqual({ ok: true, range: { from: '2026-W43', to: '2027-W02' } });
    if (parsed.ok) expect(weeksOf(parsed.range)).toHaveLength(13);
  });

  it('names the field of a bad week, a reversed range and a range over a year', () => {
    expect(parseWeekRange({ from: '2026-13' }, '2026-W47')).toEqual({
      ok: false,
      problems: [{ field: 'from', problem: 'not-a-week' }],
    });
    expect(parseWeekRange({ to: '2027-W53' }, '2026-W47')).toMatchObject({
      problems: [{ field: 'to', problem: 'not-a-week' }],
    });
    expect(parseWeekRange({ from: '2026-W40', to: '2026-W30' }, '2026-W47')).toMatchObject({
      problems: [{ field: 'from', problem: 'after-to' }],
    });
    expect(parseWeekRange({ from: '2024-W40', to: '2026-W30' }, '2026-W47')).toMatchObject({
      problems: [{ field: 'from', problem: 'too-long' }],
    });
    expect(parseWeekRange({ from: '2020-W53', to: '2021-W02' }, '2026-W47')).toEqual({
      ok: true,
      range: { from: '2020-W53', to: '2021-W02' },
    });
  });

  it("takes a week's quarter from its Thursday", () => {
    expect(quarterOfWeek('2026-W40')).toBe('2026-Q4');
    expect(quarterOfWeek('2026-W39')).toBe('2026-Q3');
  });
});
