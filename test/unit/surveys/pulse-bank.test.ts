import { describe, expect, it } from 'vitest';
import { pulseBank, pulseItemsFor } from '../../../shared/surveys/pulse-bank.js';
import { pulseDimensions } from '../../../shared/surveys/pulse-dimensions.js';
import { isoWeekOf } from '../../../shared/time/period.js';
import { consecutiveWeeks } from '../../../shared/time/windows.js';

const rotatingDimensions = pulseDimensions.filter((d) => d !== 'wellbeing');

/** Every ISO week of a year (52 or 53). */
function weeksOfYear(year: number): string[] {
  return consecutiveWeeks(`${year}-W01`, 53, isoWeekOf).filter((w) => w.startsWith(`${year}-`));
}

describe('pulse item rotation', () => {
  it('asks 4 or 5 distinct items every week of 2025–2027, the wellbeing item first', () => {
    for (const year of [2025, 2026, 2027]) {
      for (const week of weeksOfYear(year)) {
        const items = pulseItemsFor(week);
        expect([4, 5]).toContain(items.length);
        expect(items[0]?.dimension).toBe('wellbeing');
        expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
        expect(items.filter((i) => i.dimension === 'wellbeing')).toHaveLength(1);
      }
    }
  });

  it('asks eNPS exactly in weeks 4, 8, 12, …, last, on its 0–10 scale', () => {
    const weeks = weeksOfYear(2026);
    expect(weeks).toHaveLength(53);
    for (const week of weeks) {
      const items = pulseItemsFor(week);
      const asksEnps = items.some((i) => i.dimension === 'enps');
      expect(asksEnps).toBe(Number(week.slice(-2)) % 4 === 0);
      expect(items.length).toBe(asksEnps ? 5 : 4);
      if (asksEnps) expect(items.at(-1)).toMatchObject({ id: 'enps', scale: { min: 0, max: 10 } });
    }
  });

  it('brings every rotating dimension back at least twice in any 6 consecutive weeks of one ISO year', () => {
    for (const year of [2025, 2026, 2027, 2028]) {
      const weeks = weeksOfYear(year);
      for (let start = 0; start + 6 <= weeks.length; start++) {
        const asked = weeks.slice(start, start + 6).flatMap((w) => pulseItemsFor(w).map((i) => i.dimension));
        for (const dimension of rotatingDimensions) {
          expect(
            asked.filter((d) => d === dimension).length,
            `${dimension} from ${weeks[start]}`,
          ).toBeGreaterThanOrEqual(2);
        }
      }
    }
  });

  it('asks the same items for the same week every time', () => {
    expect(pulseItemsFor('2026-W07').map((i) => i.id)).toEqual(pulseItemsFor('2026-W07').map((i) => i.id));
    expect(pulseItemsFor('2026-W07').map((i) => i.id)).not.toEqual(
      pulseItemsFor('2026-W08').map((i) => i.id),
    );
  });

  it('rejects a period that is not an ISO week id', () => {
    for (const period of ['2026-W00', '2026-W54', '2026-W7', '2026-07', '2026-Q1', 'W07', '']) {
      expect(() => pulseItemsFor(period), period).toThrow(/Not an ISO week id/);
    }
  });

  it('has one 1–5 item per dimension in the bank, in French and English', () => {
    const agreement = pulseBank.filter((i) => i.dimension !== 'enps');
    expect(agreement.map((i) => i.dimension).sort()).toEqual([...pulseDimensions].sort());
    for (const item of agreement) expect(item.scale).toEqual({ min: 1, max: 5 });
    for (const item of pulseBank) {
      expect(item.text.fr.length).toBeGreaterThan(10);
      expect(item.text.en.length).toBeGreaterThan(10);
    }
  });
});
