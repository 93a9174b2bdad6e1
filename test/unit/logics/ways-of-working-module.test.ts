import { describe, expect, it } from 'vitest';
import { plantedTools } from '../../../shared/logics/plant-logics.js';
import {
  asksWaysOfWorking,
  pulseWeekQuestions,
  waysOfWorkingItems,
  waysOfWorkingModule,
  waysOfWorkingWeekOf,
} from '../../../shared/logics/ways-of-working-module.js';
import { weeksOfIsoYear } from '../../../shared/publication/pulse-windows.js';
import { windowsOfWeek } from '../../../shared/time/windows.js';

describe('ways of working module', () => {
  it('has unique ids, 1–5 scales and both languages, tools appended after the fixed items', () => {
    const items = waysOfWorkingModule(plantedTools);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(items).toHaveLength(waysOfWorkingItems.length + plantedTools.length);
    for (const item of items) {
      expect(item.scale).toEqual({ min: 1, max: 5 });
      expect(item.text.fr.length).toBeGreaterThan(10);
      expect(item.text.en.length).toBeGreaterThan(10);
    }
    expect(items.at(-1)?.id).toBe('tool-quality-grid');
    expect(items.filter((i) => i.role === 'profile').map((i) => i.dimension)).not.toContain('tool-method');
    expect(() =>
      waysOfWorkingModule([...plantedTools, plantedTools[0] as (typeof plantedTools)[number]]),
    ).toThrow();
  });

  it('is asked in exactly one week of each month, the first whose Thursday is in the month', () => {
    for (const year of [2025, 2026, 2027]) {
      const weeks = weeksOfIsoYear(year).filter(asksWaysOfWorking);
      const months = weeks.map((w) => windowsOfWeek(w)[2]?.id);
      expect(new Set(months).size).toBe(weeks.length);
      for (const week of weeks) expect(waysOfWorkingWeekOf(windowsOfWeek(week)[2]?.id as string)).toBe(week);
    }
    expect(waysOfWorkingWeekOf('2026-01')).toBe('2026-W01');
    expect(waysOfWorkingWeekOf('2026-03')).toBe('2026-W10');
    expect(asksWaysOfWorking('2026-W11')).toBe(false);
  });

  it('replaces the rotating items in its week and leaves the other weeks alone', () => {
    const moduleWeek = pulseWeekQuestions('2026-W10', plantedTools);
    expect(moduleWeek.pulse.map((i) => i.dimension)).toEqual(['wellbeing']);
    expect(moduleWeek.waysOfWorking.length).toBe(waysOfWorkingItems.length + plantedTools.length);
    const other = pulseWeekQuestions('2026-W11', plantedTools);
    expect(other.waysOfWorking).toEqual([]);
    expect(other.pulse.length).toBeGreaterThanOrEqual(4);
  });
});
