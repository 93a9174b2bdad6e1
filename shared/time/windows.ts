import type { TimeWindow } from '../aggregates/aggregate.types.js';

/** Monday 00:00 UTC of an ISO week id (`2026-W07`). */
export function mondayOfIsoWeek(period: string): Date {
  const match = /^(\d{4})-W(\d{2})$/.exec(period);
  if (!match) throw new Error(`Not an ISO week id: ${period}`);
  const year = Number(match[1]);
  const week = Number(match[2]);
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const jan4Weekday = (jan4.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(year, 0, 4 - jan4Weekday + (week - 1) * 7));
}

/**
 * The windows an ISO week belongs to, narrowest first: the week, its fortnight (ISO weeks
 * 1–2, 3–4, …; week 53 pairs with 52), the month and the quarter of its Thursday. Pulse
 * results widen through these until enough advisors answered.
 */
export function windowsOfWeek(period: string): TimeWindow[] {
  const thursday = new Date(mondayOfIsoWeek(period).getTime() + 3 * 86_400_000);
  const year = period.slice(0, 4);
  const week = Number(period.slice(-2));
  const fortnight = Math.ceil(Math.min(week, 52) / 2);
  const month = thursday.getUTCMonth() + 1;
  const calendarYear = thursday.getUTCFullYear();
  return [
    { kind: 'week', id: period },
    { kind: 'fortnight', id: `${year}-F${String(fortnight).padStart(2, '0')}` },
    { kind: 'month', id: `${calendarYear}-${String(month).padStart(2, '0')}` },
    { kind: 'quarter', id: `${calendarYear}-Q${Math.ceil(month / 3)}` },
  ];
}

/** The ISO weeks of a half-open range of weeks, in order, from `first` for `count` weeks. */
export function consecutiveWeeks(first: string, count: number, isoWeekOf: (d: Date) => string): string[] {
  const monday = mondayOfIsoWeek(first).getTime();
  return Array.from({ length: count }, (_, i) => isoWeekOf(new Date(monday + i * 7 * 86_400_000)));
}
