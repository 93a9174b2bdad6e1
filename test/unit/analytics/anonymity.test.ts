import { describe, expect, it } from 'vitest';
import type { PulseAggregate, TimeWindow } from '../../../shared/aggregates/aggregate.types.js';
import {
  commentsVisible,
  disclosePulseFigure,
  widenUntilAnonymous,
} from '../../../shared/analytics/index.js';

const pulse = (window: TimeWindow, respondents: number): PulseAggregate => ({
  teamId: 'team-1',
  window,
  workMode: 'all',
  respondents,
  items: {},
  enps: { promoters: 0, passives: 0, detractors: 0 },
});

describe('anonymity threshold', () => {
  it('shows a figure with its count only from k distinct advisors', () => {
    expect(disclosePulseFigure(72.5, 4)).toEqual({ state: 'suppressed' });
    expect(disclosePulseFigure(72.5, 5)).toEqual({ state: 'shown', value: 72.5, respondents: 5 });
    expect(disclosePulseFigure(72.5, 6, 7)).toEqual({ state: 'suppressed' });
  });

  it('needs ten authors for comments', () => {
    expect(commentsVisible(9)).toBe(false);
    expect(commentsVisible(10)).toBe(true);
  });
});

describe('window widening', () => {
  const week = pulse({ kind: 'week', id: '2026-W07' }, 3);
  const fortnight = pulse({ kind: 'fortnight', id: '2026-F04' }, 4);
  const month = pulse({ kind: 'month', id: '2026-02' }, 6);
  const quarter = pulse({ kind: 'quarter', id: '2026-Q1' }, 9);

  it('uses the narrowest window that reaches k, whatever the input order', () => {
    expect(widenUntilAnonymous([quarter, month, week, fortnight])).toEqual({
      state: 'shown',
      aggregate: month,
      widened: true,
    });
  });

  it('keeps the week when it is enough', () => {
    const fullWeek = pulse({ kind: 'week', id: '2026-W07' }, 5);
    expect(widenUntilAnonymous([fullWeek, month])).toMatchObject({ state: 'shown', widened: false });
  });

  it('suppresses when even the quarter is too small', () => {
    expect(widenUntilAnonymous([week, fortnight, month, quarter], 10)).toEqual({
      state: 'suppressed',
      tried: ['week', 'fortnight', 'month', 'quarter'],
    });
  });
});
