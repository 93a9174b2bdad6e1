import type { Locale } from '../roster/index.js';
import { mondayOfIsoWeek } from '../time/windows.js';

const dayMs = 86_400_000;

/**
 * The week a pulse asks about, worded the same in its email and on its page:
 * « semaine 48, du 23 au 29 novembre » / "week 48, 23–29 November" (months and years named
 * where the week spans two). Any other period id is shown as it is.
 */
export function pulseWeekLabel(period: string, locale: Locale): string {
  const key = `${locale}|${period}`;
  let label = labels.get(key);
  if (label === undefined) {
    if (labels.size >= 256) labels.clear();
    label = weekLabel(period, locale);
    labels.set(key, label);
  }
  return label;
}

/** Labels already worded: building the date formatters costs more than rendering a whole email. */
const labels = new Map<string, string>();

function weekLabel(period: string, locale: Locale): string {
  const match = /^(\d{4})-W(\d{2})$/.exec(period);
  if (!match) return period;
  const monday = mondayOfIsoWeek(period);
  const sunday = new Date(monday.getTime() + 6 * dayMs);
  const tag = locale === 'fr' ? 'fr-FR' : 'en-GB';
  const fmt = (d: Date, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' }).format(d);
  const sameMonth = monday.getUTCMonth() === sunday.getUTCMonth();
  const sameYear = monday.getUTCFullYear() === sunday.getUTCFullYear();
  const first = fmt(
    monday,
    sameMonth
      ? { day: 'numeric' }
      : sameYear
        ? { day: 'numeric', month: 'long' }
        : { day: 'numeric', month: 'long', year: 'numeric' },
  );
  const last = fmt(sunday, { day: 'numeric', month: 'long', ...(sameYear ? {} : { year: 'numeric' }) });
  const week = Number(match[2]);
  return locale === 'fr' ? `semaine ${week}, du ${first} au ${last}` : `week ${week}, ${first}–${last}`;
}

/**
 * The week the pulse sent at `now` asks about: the ISO week that ended before this one (sent on
 * Monday morning, it asks how the week just worked went, in the past tense).
 */
export function pulseWeekAskedAt(now: Date, isoWeekOf: (d: Date) => string): string {
  return isoWeekOf(new Date(mondayOfIsoWeek(isoWeekOf(now)).getTime() - 7 * dayMs));
}
