import { describe, expect, it } from 'vitest';
import {
  centreMedians,
  leastSquaresSlope,
  recentTrend,
  symmetryQuadrant,
  teamSymmetry,
} from '../../../shared/analytics/index.js';
import { reference, tolerance } from './reference-fixture.js';

const weeks = Array.from({ length: 8 }, (_, i) => `2026-W${String(i + 1).padStart(2, '0')}`);
const series = (values: (number | undefined)[]) => Object.fromEntries(weeks.map((w, i) => [w, values[i]]));

describe('symmetry quadrant', () => {
  const teams = [
    { wellbeingIndex: 72, customerIndex: 84 },
    { wellbeingIndex: 55, customerIndex: 88 },
    { wellbeingIndex: 68, customerIndex: 71 },
    { wellbeingIndex: 49, customerIndex: 69 },
    { wellbeingIndex: 63, customerIndex: 80 },
  ];
  const medians = centreMedians(teams);

  it('takes the centre medians of both indices', () => {
    expect(medians).toEqual({ wellbeingIndex: 63, customerIndex: 80 });
    expect(centreMedians([])).toBeUndefined();
    expect(centreMedians(teams.slice(0, 4))).toEqual({ wellbeingIndex: 61.5, customerIndex: 77.5 });
  });

  it('places each team against the medians, the median itself counting as at or above', () => {
    if (!medians) throw new Error('medians');
    expect(teams.map((t) => symmetryQuadrant(t, medians))).toEqual([
      'balanced',
      'customers-at-advisors-expense',
      'advisors-comfortable-customers-under-served',
      'both-low',
      'balanced',
    ]);
  });

  it('adds the least-squares trend of each axis over the last periods', () => {
    const result = teamSymmetry({
      teamId: 'team-2',
      point: { wellbeingIndex: 55, customerIndex: 88 },
      medians: { wellbeingIndex: 63, customerIndex: 80 },
      periods: weeks,
      wellbeing: series([70, 69, 68, 66, 63, 61, 58, 55]),
      customer: series([85, 86, 85, 87, 86, 88, 87, 88]),
      trendWindow: 4,
    });
    expect(result.quadrant).toBe('customers-at-advisors-expense');
    expect(result.wellbeingTrend).toEqual({
      state: 'ok',
      slopePerPeriod: -2.7,
      direction: 'falling',
      periods: weeks.slice(4),
    });
    expect(result.customerTrend.state === 'ok' && result.customerTrend.direction).toBe('rising');
  });
});

describe('trend', () => {
  for (const set of reference.trend) {
    it(`least-squares slope over ${set.values.length} periods matches numpy.polyfit`, () => {
      const slope = leastSquaresSlope(set.positions, set.values);
      expect(Math.abs((slope ?? Number.NaN) - set.slope)).toBeLessThanOrEqual(tolerance);
    });
  }

  it('counts a gap as elapsed time and needs three values', () => {
    const gappy = series([undefined, undefined, undefined, undefined, 60, undefined, 64, 66]);
    const trend = recentTrend(weeks, gappy, 4);
    expect(trend.state === 'ok' && trend.slopePerPeriod).toBeCloseTo(2, 12);
    expect(recentTrend(weeks, series([1, 2, 3, 4, 5, 6, undefined, 8]), 3).state).toBe(
      'insufficient-evidence',
    );
  });

  it('calls a slope under half a point per period flat', () => {
    const trend = recentTrend(weeks, series([60, 60.2, 60.1, 60.4, 60.3, 60.6, 60.5, 60.8]));
    expect(trend.state === 'ok' && trend.direction).toBe('flat');
  });
});
