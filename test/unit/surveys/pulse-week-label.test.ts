import { describe, expect, it } from 'vitest';
import { pulseWeekAskedAt, pulseWeekLabel } from '../../../shared/surveys/pulse-week-label.js';
import { isoWeekOf } from '../../../shared/time/period.js';

describe('the week a pulse speaks of', () => {
  it('words the week with its dates, in French and English, across months and years', () => {
    expect(pulseWeekLabel('2026-W48', 'fr')).toBe('semaine 48, du 23 au 29 novembre');
    expect(pulseWeekLabel('2026-W48', 'en')).toBe('week 48, 23–29 November');
    expect(pulseWeekLabel('2026-W49', 'fr')).toBe('semaine 49, du 30 novembre au 6 décembre');
    expect(pulseWeekLabel('2026-W53', 'fr')).toBe('semaine 53, du 28 décembre 2026 au 3 janvier 2027');
    expect(pulseWeekLabel('2026-W53', 'en')).toBe('week 53, 28 December 2026–3 January 2027');
  });

  it('sent on Monday 30 November 2026 (week 49 starts), the pulse asks about week 48, which has ended', () => {
    expect(isoWeekOf(new Date('2026-11-30T07:00:00Z'))).toBe('2026-W49');
    expect(pulseWeekAskedAt(new Date('2026-11-30T07:00:00Z'), isoWeekOf)).toBe('2026-W48');
    expect(pulseWeekAskedAt(new Date('2026-12-03T07:00:00Z'), isoWeekOf)).toBe('2026-W48');
    expect(pulseWeekAskedAt(new Date('2027-01-04T07:00:00Z'), isoWeekOf)).toBe('2026-W53');
  });
});
