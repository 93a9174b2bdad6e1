import { describe, expect, it } from 'vitest';
import { isoWeekOf, quarterOf } from '../../../shared/time/period.js';

describe('ISO week of an instant', () => {
  it('follows the ISO year at year edges, in UTC', () => {
    expect(isoWeekOf(new Date('2020-12-31T12:00:00.000Z'))).toBe('2020-W53');
    expect(isoWeekOf(new Date('2021-01-03T23:59:59.999Z'))).toBe('2020-W53');
    expect(isoWeekOf(new Date('2021-01-04T00:00:00.000Z'))).toBe('2021-W01');
    expect(isoWeekOf(new Date('2024-12-30T00:00:00.000Z'))).toBe('2025-W01');
    expect(isoWeekOf(new Date('2025-12-28T23:59:59.999Z'))).toBe('2025-W52');
    expect(isoWeekOf(new Date('2025-12-29T00:00:00.000Z'))).toBe('2026-W01');
    expect(isoWeekOf(new Date('2027-01-03T23:59:59.999Z'))).toBe('2026-W53');
    expect(isoWeekOf(new Date('2027-01-04T00:00:00.000Z'))).toBe('2027-W01');
  });

  it('pads the week to two digits', () => {
    expect(isoWeekOf(new Date('2026-02-11T09:30:00.000Z'))).toBe('2026-W07');
  });

  it('reads the UTC day whatever the offset the instant was written with', () => {
    expect(isoWeekOf(new Date('2026-01-04T23:30:00-02:00'))).toBe('2026-W02');
    expect(isoWeekOf(new Date('2026-01-05T00:30:00+02:00'))).toBe('2026-W01');
  });
});

describe('calendar quarter of an instant', () => {
  it('changes quarter at midnight UTC on 1 April, 1 July, 1 October and 1 January', () => {
    expect(quarterOf(new Date('2026-03-31T23:59:59.999Z'))).toBe('2026-Q1');
    expect(quarterOf(new Date('2026-04-01T00:00:00.000Z'))).toBe('2026-Q2');
    expect(quarterOf(new Date('2026-06-30T23:59:59.999Z'))).toBe('2026-Q2');
    expect(quarterOf(new Date('2026-07-01T00:00:00.000Z'))).toBe('2026-Q3');
    expect(quarterOf(new Date('2026-09-30T23:59:59.999Z'))).toBe('2026-Q3');
    expect(quarterOf(new Date('2026-10-01T00:00:00.000Z'))).toBe('2026-Q4');
    expect(quarterOf(new Date('2026-12-31T23:59:59.999Z'))).toBe('2026-Q4');
    expect(quarterOf(new Date('2027-01-01T00:00:00.000Z'))).toBe('2027-Q1');
  });

  it('keeps the calendar quarter for pay even when the ISO week belongs to the previous year', () => {
    const newYearsDay = new Date('2027-01-01T10:00:00.000Z');
    expect(isoWeekOf(newYearsDay)).toBe('2026-W53');
    expect(quarterOf(newYearsDay)).toBe('2027-Q1');
  });
});
