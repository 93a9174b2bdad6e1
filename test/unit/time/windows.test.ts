import { describe, expect, it } from 'vitest';
import { isoWeekOf } from '../../../shared/time/period.js';
import { consecutiveWeeks, mondayOfIsoWeek, windowsOfWeek } from '../../../shared/time/windows.js';

describe('Monday of an ISO week', () => {
  it('starts 2026-W01 on Monday 29 December 2025, at 00:00 UTC', () => {
    expect(mondayOfIsoWeek('2026-W01').toISOString()).toBe('2025-12-29T00:00:00.000Z');
  });

  it('finds the Monday of weeks in other years and in the middle of a year', () => {
    expect(mondayOfIsoWeek('2021-W01').toISOString()).toBe('2021-01-04T00:00:00.000Z');
    expect(mondayOfIsoWeek('2020-W53').toISOString()).toBe('2020-12-28T00:00:00.000Z');
    expect(mondayOfIsoWeek('2026-W07').toISOString()).toBe('2026-02-09T00:00:00.000Z');
    expect(mondayOfIsoWeek('2026-W53').toISOString()).toBe('2026-12-28T00:00:00.000Z');
  });

  it('is the inverse of isoWeekOf for every week from 2024 to 2028', () => {
    for (const week of consecutiveWeeks('2024-W01', 5 * 53, isoWeekOf)) {
      const monday = mondayOfIsoWeek(week);
      expect(monday.getUTCDay(), week).toBe(1);
      expect(isoWeekOf(monday)).toBe(week);
      expect(isoWeekOf(new Date(monday.getTime() + 7 * 86_400_000 - 1))).toBe(week);
    }
  });

  it('rejects what is not an ISO week id', () => {
    expect(() => mondayOfIsoWeek('2026-07')).toThrow(/Not an ISO week id/);
    expect(() => mondayOfIsoWeek('2026-W7')).toThrow(/Not an ISO week id/);
  });
});

describe('windows of an ISO week', () => {
  it('has a week 53 in 2026, in fortnight F26 with week 52, in December and in Q4', () => {
    expect(isoWeekOf(new Date('2026-12-31T12:00:00Z'))).toBe('2026-W53');
    expect(windowsOfWeek('2026-W53')).toEqual([
      { kind: 'week', id: '2026-W53' },
      { kind: 'fortnight', id: '2026-F26' },
      { kind: 'month', id: '2026-12' },
      { kind: 'quarter', id: '2026-Q4' },
    ]);
    expect(windowsOfWeek('2026-W52')[1]).toEqual({ kind: 'fortnight', id: '2026-F26' });
  });

  it('pairs weeks 1–2, 3–4, … into fortnights', () => {
    expect(['2026-W01', '2026-W02', '2026-W03', '2026-W04'].map((w) => windowsOfWeek(w)[1]?.id)).toEqual([
      '2026-F01',
      '2026-F01',
      '2026-F02',
      '2026-F02',
    ]);
  });

  it('puts a week in the month and quarter of its Thursday', () => {
    // Monday 29 June, Thursday 2 July 2026.
    expect(windowsOfWeek('2026-W27').slice(2)).toEqual([
      { kind: 'month', id: '2026-07' },
      { kind: 'quarter', id: '2026-Q3' },
    ]);
    // Monday 27 July, Thursday 30 July, Sunday 2 August 2026.
    expect(windowsOfWeek('2026-W31').slice(2)).toEqual([
      { kind: 'month', id: '2026-07' },
      { kind: 'quarter', id: '2026-Q3' },
    ]);
    // Monday 29 December 2025, Thursday 1 January 2026.
    expect(windowsOfWeek('2026-W01')).toEqual([
      { kind: 'week', id: '2026-W01' },
      { kind: 'fortnight', id: '2026-F01' },
      { kind: 'month', id: '2026-01' },
      { kind: 'quarter', id: '2026-Q1' },
    ]);
  });
});

describe('consecutive weeks', () => {
  it('runs through week 53 into the next year', () => {
    expect(consecutiveWeeks('2026-W52', 3, isoWeekOf)).toEqual(['2026-W52', '2026-W53', '2027-W01']);
    expect(consecutiveWeeks('2025-W52', 2, isoWeekOf)).toEqual(['2025-W52', '2026-W01']);
  });
});
