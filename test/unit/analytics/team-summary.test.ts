import { describe, expect, it } from 'vitest';
import { axisLevel } from '../../../shared/analytics/axis-level.js';
import type { CorrelationReading, TrendReading } from '../../../shared/analytics/inference/reading.js';
import { teamSummary } from '../../../shared/analytics/team-summary.js';

const infinite = Number.POSITIVE_INFINITY;
const trend = (key: TrendReading['key'], measure: 'wellbeing' | 'customer'): TrendReading => ({
  key,
  params: { measure, weeks: 8, n: 8, slope: key === 'trend.falling' ? -2 : 0.3, low: -3, high: 1 },
});
const sameWeek = (key: CorrelationReading['key'], estimate?: number): CorrelationReading => ({
  key,
  params: {
    subject: 'same-week',
    scope: 'team',
    weeks: 26,
    n: 24,
    ...(estimate === undefined ? {} : { estimate }),
  },
});

describe('the team summary', () => {
  it('puts an active alert first, then the axis clearly below the centre, at most two', () => {
    const summary = teamSummary({
      axes: {
        wellbeing: axisLevel('wellbeing', { value: 35, se: 2, df: infinite }, 65, 8),
        customer: axisLevel('customer', { value: 60, se: 2, df: infinite }, 80, 8),
      },
      wellbeingTrend: trend('trend.falling', 'wellbeing'),
      customerTrend: trend('trend.unclear', 'customer'),
      sameWeek: sameWeek('correlation.not-established', 0.2),
      alerts: [{ kind: 'productivity-pressure' }, { kind: 'wellbeing-falling' }],
    });
    expect(summary.looks).toEqual([
      { kind: 'alert', alert: 'wellbeing-falling' },
      { kind: 'alert', alert: 'productivity-pressure' },
    ]);
    expect(summary.wellbeing.level?.side).toBe('below');
    expect(summary.wellbeing.direction).toBe('falling');
    expect(summary.customer.direction).toBe('no-clear-direction');
    expect(summary.together).toBe('not-established');
  });

  it('names an axis clearly below after the alert, and nothing when nothing is clear', () => {
    const below = teamSummary({
      axes: {
        wellbeing: axisLevel('wellbeing', { value: 35, se: 2, df: infinite }, 65, 8),
        customer: axisLevel('customer', { value: 79, se: 6, df: infinite }, 80, 8),
      },
      sameWeek: sameWeek('correlation.holds', -0.6),
      alerts: [{ kind: 'wellbeing-falling' }],
    });
    expect(below.looks).toEqual([
      { kind: 'alert', alert: 'wellbeing-falling' },
      { kind: 'axis-below', measure: 'wellbeing' },
    ]);
    expect(below.customer.level?.side).toBe('within');
    expect(below.together).toBe('opposite');
    // A team above the centre on both axes, with no alert: nothing to look at first.
    const calm = teamSummary({
      axes: {
        wellbeing: axisLevel('wellbeing', { value: 66, se: 5, df: infinite }, 65, 8),
        customer: axisLevel('customer', { value: 95, se: 1, df: infinite }, 80, 8),
      },
      wellbeingTrend: trend('trend.flat', 'wellbeing'),
      customerTrend: trend('trend.rising', 'customer'),
      sameWeek: sameWeek('correlation.holds', 0.5),
      alerts: [],
    });
    expect(calm.customer.level?.side).toBe('above');
    expect(calm.looks).toEqual([]);
    expect(calm.together).toBe('together');
    expect(calm.customer.direction).toBe('rising');
    expect(calm.wellbeing.direction).toBe('no-clear-direction');
  });

  it('says too few weeks when the team is not placed and the correlation is insufficient', () => {
    const summary = teamSummary({ sameWeek: sameWeek('correlation.insufficient'), alerts: [] });
    expect(summary.wellbeing.level).toBeUndefined();
    expect(summary.wellbeing.direction).toBe('too-few-weeks');
    expect(summary.together).toBe('too-few-weeks');
    expect(summary.looks).toEqual([]);
  });
});
