import type { TimeWindow } from '../aggregates/aggregate.types.js';
import { isoWeekOf } from '../time/period.js';
import { consecutiveWeeks, mondayOfIsoWeek, windowsOfWeek } from '../time/windows.js';

const dayMs = 86_400_000;

/** The ISO weeks of an ISO year, in order (52 or 53). */
export function weeksOfIsoYear(year: number): string[] {
  const first = mondayOfIsoWeek(`${year}-W01`).getTime();
  const next = mondayOfIsoWeek(`${year + 1}-W01`).getTime();
  return consecutiveWeeks(`${year}-W01`, Math.round((next - first) / (7 * dayMs)), isoWeekOf);
}

export const windowKey = (w: TimeWindow): string => `${w.kind}:${w.id}`;

/**
 * The weeks a window covers. Every window (week, fortnight, month, quarter) lies inside one
 * ISO year, because months and quarters are read from a week's Thursday.
 */
export function weeksOfWindow(window: TimeWindow, year: number): string[] {
  const key = `${year}|${windowKey(window)}`;
  let weeks = weeksByWindow.get(key);
  if (!weeks) {
    weeks = weeksOfIsoYear(year).filter((w) =>
      windowsOfWeek(w).some((x) => windowKey(x) === windowKey(window)),
    );
    weeksByWindow.set(key, weeks);
  }
  return weeks;
}
const weeksByWindow = new Map<string, string[]>();

/** The windows whose last week is `week`, narrowest first: they close when that week closes. */
export function windowsClosingWith(week: string): TimeWindow[] {
  const year = Number(week.slice(0, 4));
  return windowsOfWeek(week).filter((w) => weeksOfWindow(w, year).at(-1) === week);
}

export const isoYearOfWeek = (week: string): number => Number(week.slice(0, 4));
