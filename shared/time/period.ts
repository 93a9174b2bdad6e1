import { getISOWeek, getISOWeekYear } from 'date-fns';

/** ISO week id of an instant, in UTC: `2026-W07`. The default pulse and analysis period. */
export function isoWeekOf(instant: Date): string {
  const utc = new Date(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate());
  return `${getISOWeekYear(utc)}-W${String(getISOWeek(utc)).padStart(2, '0')}`;
}

/** Calendar quarter id of an instant, in UTC: `2026-Q1`. The variable-pay period. */
export function quarterOf(instant: Date): string {
  return `${instant.getUTCFullYear()}-Q${Math.floor(instant.getUTCMonth() / 3) + 1}`;
}
