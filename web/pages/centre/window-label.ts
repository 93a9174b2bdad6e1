import type { TimeWindow } from '../../../shared/aggregates/aggregate.types.js';
import type { Locale } from '../../../shared/roster/index.js';
import { mondayOfIsoWeek } from '../../../shared/time/windows.js';
import { formatDate, formatWeek } from '../../format/locale-format.js';
import { centreMessages } from './centre-messages.js';

const monthFormats: Record<Locale, Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** The first ISO week of a fortnight: `2026-F04` is ISO weeks 7 and 8. */
function firstWeekOfFortnight(id: string): string {
  const n = Number(id.slice(6));
  return `${id.slice(0, 4)}-W${String(2 * n - 1).padStart(2, '0')}`;
}

/**
 * A published window as people say it: "semaine du 16 nov. 2026", "quinzaine du 9 nov. 2026",
 * "octobre 2026", "4e trimestre 2026" (and their English forms).
 */
export function windowLabel(locale: Locale, window: TimeWindow): string {
  const w = centreMessages[locale].windows;
  switch (window.kind) {
    case 'week':
      return formatWeek(locale, window.id);
    case 'fortnight':
      return w.fortnight(formatDate(locale, mondayOfIsoWeek(firstWeekOfFortnight(window.id))));
    case 'month': {
      const [year, month] = window.id.split('-').map(Number);
      return w.month(monthFormats[locale].format(new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, 1))));
    }
    case 'quarter':
      return w.quarter(Number(window.id.slice(-1)), Number(window.id.slice(0, 4)));
  }
}
