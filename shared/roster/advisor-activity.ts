import { mondayOfIsoWeek } from '../time/windows.js';
import type { Advisor } from './advisor.schema.js';

/** Whether an advisor is on the roster for at least one day of an ISO week (`2026-W07`). */
export function isActiveInWeek(advisor: Pick<Advisor, 'startDate' | 'endDate'>, week: string): boolean {
  const monday = mondayOfIsoWeek(week);
  const sunday = new Date(monday.getTime() + 6 * 86_400_000).toISOString().slice(0, 10);
  return (
    advisor.startDate <= sunday && (!advisor.endDate || advisor.endDate >= monday.toISOString().slice(0, 10))
  );
}
