import { isoWeekOf } from '../time/period.js';
import { mondayOfIsoWeek } from '../time/windows.js';

/** Weeks an advisor's page shows when no range is asked for: the current week and the 12 before. */
export const defaultAdvisorWeeks = 13;
/** The longest range one page reads (a year of weekly items). */
export const maxAdvisorWeeks = 53;

export interface WeekRange {
  readonly from: string;
  readonly to: string;
}

/** What is wrong with one field of a requested range (the route words it in the person's language). */
export type WeekRangeProblem =
  | { readonly field: 'from' | 'to'; readonly problem: 'not-a-week' }
  | { readonly field: 'from'; readonly problem: 'after-to' }
  | { readonly field: 'from'; readonly problem: 'too-long'; readonly maxWeeks: number };

const weekPattern = /^\d{4}-W\d{2}$/;

/** Whether `value` is an existing ISO week id (`2026-W45`; week 53 only in years that have one). */
export function isIsoWeek(value: string): boolean {
  if (!weekPattern.test(value)) return false;
  const week = Number(value.slice(6));
  if (week < 1 || week > 53) return false;
  return isoWeekOf(mondayOfIsoWeek(value)) === value;
}

/** The ISO week `count` weeks after `week` (before it when negative). */
export function shiftWeek(week: string, count: number): string {
  return isoWeekOf(new Date(mondayOfIsoWeek(week).getTime() + count * 7 * 86_400_000));
}

/** The ISO weeks from `from` to `to`, both included, in order. */
export function weeksOf(range: WeekRange): string[] {
  const weeks: string[] = [];
  for (let week = range.from; week <= range.to; week = shiftWeek(week, 1)) weeks.push(week);
  return weeks;
}

/** The calendar quarter of an ISO week's Thursday (`2026-Q4`), as the quarter aggregates count. */
export function quarterOfWeek(week: string): string {
  const thursday = new Date(mondayOfIsoWeek(week).getTime() + 3 * 86_400_000);
  return `${thursday.getUTCFullYear()}-Q${Math.floor(thursday.getUTCMonth() / 3) + 1}`;
}

/**
 * The range an advisor asked for, or its problems. Empty or absent fields take the defaults:
 * `to` the current week, `from` 12 weeks before `to`. At most `maxAdvisorWeeks` weeks.
 */
export function parseWeekRange(
  query: { from?: string | undefined; to?: string | undefined },
  currentWeek: string,
): { ok: true; range: WeekRange } | { ok: false; problems: WeekRangeProblem[] } {
  const given = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v.trim());
  const fromText = given(query.from);
  const toText = given(query.to);
  const problems: WeekRangeProblem[] = [];
  if (fromText !== undefined && !isIsoWeek(fromText)) problems.push({ field: 'from', problem: 'not-a-week' });
  if (toText !== undefined && !isIsoWeek(toText)) problems.push({ field: 'to', problem: 'not-a-week' });
  if (problems.length > 0) return { ok: false, problems };
  const to = toText ?? currentWeek;
  const from = fromText ?? shiftWeek(to, 1 - defaultAdvisorWeeks);
  if (from > to) return { ok: false, problems: [{ field: 'from', problem: 'after-to' }] };
  if (shiftWeek(from, maxAdvisorWeeks - 1) < to) {
    return { ok: false, problems: [{ field: 'from', problem: 'too-long', maxWeeks: maxAdvisorWeeks }] };
  }
  return { ok: true, range: { from, to } };
}
