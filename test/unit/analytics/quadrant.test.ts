import { describe, expect, it } from 'vitest';
import {
  centreMedians,
  leastSquaresSlope,
  type PeriodFigures,
  placeInQuadrant,
  quadrantThresholds,
  recentWindowEstimate,
  symmetryQuadrant,
  teamSymmetry,
} from '../../../shared/analytics/index.js';
import { reference, tolerance } from './reference-fixture.js';

const weeks = Array.from({ length: 8 }, (_, i) => `2026-W${String(i + 1).padStart(2, '0')}`);
const series = (values: (number | undefined)[]) => Object.fromEntries(weeks.map((w, i) => [w, values[i]]));
const figures = (values: number[], se: number, n: number): PeriodFigures =>
  Object.fromEntries(weeks.map((w, i) => [w, { n, value: values[i] ?? null, se }]));

describe('symmetry quadrant', () => {
  const teams = [
    { wellbeingIndex: 72, customerIndex: 84 },
    { wellbeingIndex: 55, customerIndex: 88 },
    { wellbeingIndex: 68, customerIndex: 71 },
    { wellbeingIndex: 49, customerIndex: 69 },
    { wellbeingIndex: 63, customerIndex: 80 },
  ];
  const medians = centreMedians(teams);

  it('takes the centre medians of both indices, with the number of teams behind them', () => {
    expect(medians).toEqual({ wellbeingIndex: 63, customerIndex: 80 });
    expect(centreMedians([])).toBeUndefined();
    expect(quadrantThresholds(teams.slice(0, 4))).toEqual({
      wellbeingIndex: 61.5,
      customerIndex: 77.5,
      teams: 4,
    });
    expect(quadrantThresholds([])).toBeUndefined();
  });

  it('places each point against the medians, the median itself counting as at or above', () => {
    if (!medians) throw new Error('medians');
    expect(teams.map((t) => symmetryQuadrant(t, medians))).toEqual([
      'balanced',
      'customers-at-advisors-expense',
      'advisors-comfortable-customers-under-served',
      'both-low',
      'balanced',
    ]);
  });

  it('assigns a quadrant only when both 95% intervals clear the thresholds', () => {
    const thresholds = { wellbeingIndex: 63, customerIndex: 80 };
    // 72 ± 1.96·3 = [66.1, 77.9] and 84 ± 1.96·1.5 = [81.1, 86.9]: both clear.
    expect(placeInQuadrant({ value: 72, se: 3 }, { value: 84, se: 1.5 }, thresholds)).toEqual({
      quadrant: 'balanced',
      wellbeing: 'above',
      customer: 'above',
    });
    // 61 ± 5.9 = [55.1, 66.9] straddles 63: near the centre, whatever the customer side.
    expect(placeInQuadrant({ value: 61, se: 3 }, { value: 88, se: 2 }, thresholds)).toEqual({
      quadrant: 'near-centre',
      wellbeing: 'straddles',
      customer: 'above',
    });
    // The same point with a tighter interval (se 0.9: [59.2, 62.8]) is assigned.
    expect(placeInQuadrant({ value: 61, se: 0.9 }, { value: 88, se: 2 }, thresholds).quadrant).toBe(
      'customers-at-advisors-expense',
    );
    expect(placeInQuadrant({ value: 68, se: 2 }, { value: 77, se: 2 }, thresholds).quadrant).toBe(
      'near-centre',
    );
    expect(placeInQuadrant({ value: 68, se: 2 }, { value: 75, se: 2 }, thresholds).quadrant).toBe(
      'advisors-comfortable-customers-under-served',
    );
  });

  it('reads a team’s current window with its error against the centre’s thresholds, with trends', () => {
    const wellbeing = figures([70, 69, 68, 66, 57, 55, 54, 56], 4, 9);
    const customer = figures([85, 86, 85, 87, 86, 88, 87, 88], 1, 80);
    const wellbeingNow = recentWindowEstimate(weeks, wellbeing, { weeks: 4 });
    const customerNow = recentWindowEstimate(weeks, customer, { weeks: 4 });
    if (!wellbeingNow || !customerNow) throw new Error('window');
    expect(wellbeingNow.mean).toBe(55.5);
    // Weekly spread (s² = 1.67) is below the sampling variance (16): se = 4/√4.
    expect(wellbeingNow.se).toBeCloseTo(2, 12);
    const result = teamSymmetry({
      teamId: 'team-2',
      wellbeing: wellbeingNow,
      customer: customerNow,
      thresholds: { wellbeingIndex: 63, customerIndex: 80, teams: 5 },
      periods: weeks,
      wellbeingSeries: series([70, 69, 68, 66, 57, 55, 54, 56]),
      customerSeries: series([85, 86, 85, 87, 86, 88, 87, 88]),
    });
    expect(result.quadrant).toBe('customers-at-advisors-expense');
    expect(result.wellbeing).toMatchObject({ value: 55.5, weeks: 4, answers: 36, side: 'below' });
    expect(result.wellbeing.ci95[1]).toBeCloseTo(55.5 + 1.959964 * 2, 5);
    expect(result.thresholds.teams).toBe(5);
    expect(result.wellbeingTrend.state === 'ok' && result.wellbeingTrend.direction).toBe('falling');
    // The same team against a centre whose wellbeing median is 58 sits near the centre.
    const nearer = teamSymmetry({
      teamId: 'team-2',
      wellbeing: wellbeingNow,
      customer: customerNow,
      thresholds: { wellbeingIndex: 58, customerIndex: 80, teams: 5 },
      periods: weeks,
      wellbeingSeries: {},
      customerSeries: {},
    });
    expect(nearer.quadrant).toBe('near-centre');
    expect(nearer.wellbeingTrend.state).toBe('insufficient-evidence');
  });
});

describe('trend', () => {
  for (const set of reference.trend) {
    it(`least-squares slope over ${set.values.length} periods matches numpy.polyfit`, () => {
      const slope = leastSquaresSlope(set.positions, set.values);
      expect(Math.abs((slope ?? Number.NaN) - set.slope)).toBeLessThanOrEqual(tolerance);
    });
  }
});
