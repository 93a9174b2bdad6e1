import type { Locale } from '../../shared/roster/index.js';
import { mondayOfIsoWeek } from '../../shared/time/windows.js';

const tags: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

/** A number in the person's locale (decimal comma in French), with a fixed number of decimals. */
export function formatNumber(locale: Locale, value: number, decimals = 1): string {
  return new Intl.NumberFormat(tags[locale], {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

/** A share in 0..1 as a percentage in the person's locale ("42 %" in French). */
export function formatPercent(locale: Locale, share: number, decimals = 0): string {
  return new Intl.NumberFormat(tags[locale], {
    style: 'percent',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(share);
}

/** A signed change ("+0,4", "−1,2") in the person's locale. */
export function formatChange(locale: Locale, value: number, decimals = 1): string {
  return new Intl.NumberFormat(tags[locale], {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    signDisplay: 'exceptZero',
  }).format(value);
}

/** A date ("2 nov. 2026" / "2 Nov 2026"). */
export function formatDate(locale: Locale, date: Date): string {
  return new Intl.DateTimeFormat(tags[locale], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** A short date without the year ("2 nov." / "2 Nov"), for chart axes. */
export function formatShortDate(locale: Locale, date: Date): string {
  return new Intl.DateTimeFormat(tags[locale], { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    date,
  );
}

/** An ISO week ("2026-W45") as people say it: "semaine du 2 nov. 2026" / "week of 2 Nov 2026". */
export function formatWeek(locale: Locale, isoWeek: string): string {
  const monday = formatDate(locale, mondayOfIsoWeek(isoWeek));
  return locale === 'fr' ? `semaine du ${monday}` : `week of ${monday}`;
}

/** An ISO week's Monday, short, for axes and tables ("2 nov." / "2 Nov"). */
export function formatWeekShort(locale: Locale, isoWeek: string): string {
  return formatShortDate(locale, mondayOfIsoWeek(isoWeek));
}

/** An interval "[7,9 ; 8,4]" / "[7.9, 8.4]" in the person's locale. */
export function formatInterval(locale: Locale, low: number, high: number, decimals = 1): string {
  const sep = locale === 'fr' ? ' ; ' : ', ';
  return `[${formatNumber(locale, low, decimals)}${sep}${formatNumber(locale, high, decimals)}]`;
}
