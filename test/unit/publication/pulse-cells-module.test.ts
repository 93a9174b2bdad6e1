import { describe, expect, it } from 'vitest';
import { plantedTools } from '../../../shared/logics/plant-logics.js';
import {
  asksWaysOfWorking,
  waysOfWorkingModule,
  waysOfWorkingWeekOf,
} from '../../../shared/logics/ways-of-working-module.js';
import { publishWeeksInTurn } from '../../../shared/publication/publish-week.js';
import { buildPulseCells, type PulseParticipation } from '../../../shared/publication/pulse-cells.js';
import { respondentBound } from '../../../shared/publication/respondent-bound.js';

const moduleWeek = waysOfWorkingWeekOf('2026-03');
const moduleIds = waysOfWorkingModule(plantedTools).map((i) => i.id);

/** 8 advisors of one team answer the module week: wellbeing, and every module item at 5 or 1. */
function moduleWeekCentre(moduleValue: number) {
  const answers = Array.from({ length: 8 }, (_, i) => ({
    teamId: 'T1',
    week: moduleWeek,
    workMode: 'on-site' as const,
    answers: {
      'wellbeing-week': 1 + (i % 5),
      ...Object.fromEntries(moduleIds.map((id) => [id, moduleValue])),
    },
  }));
  const participation: PulseParticipation[] = answers.map((_, i) => ({
    advisorId: `A${i}`,
    teamId: 'T1',
    workMode: 'on-site',
    week: moduleWeek,
    countsTowardKFrom: '2026-01-01',
  }));
  return { answers, participation };
}

describe('module answers and the weekly pulse figures', () => {
  it('a module-week cell holds wellbeing only: no module item in any statistic, the rotating items not asked', () => {
    expect(moduleWeek).toBe('2026-W10');
    expect(asksWaysOfWorking(moduleWeek)).toBe(true);
    const { answers, participation } = moduleWeekCentre(5);
    const [cell] = [...buildPulseCells(answers, participation).values()];
    expect([...(cell?.stats.keys() ?? [])]).toEqual(['wellbeing']);
    expect(cell?.stats.get('wellbeing')?.n).toBe(8);
    expect([...(cell?.asked ?? [])].sort()).toEqual(['wellbeing']);
    // Not asked, so no module-week answer counts as a skip of a rotating dimension.
    expect(respondentBound(cell ? [cell] : [], 'workload')).toEqual({ answers: 0, bound: 0 });
    expect(respondentBound(cell ? [cell] : [], 'wellbeing')).toEqual({ answers: 8, bound: 8 });
  });

  it('published figures are the same whatever the module answers were (they never leak into team figures)', () => {
    const teams = [{ teamId: 'T1', site: 'S1', managementProfile: 'teacher' as const }];
    const publish = (value: number) => {
      const { answers, participation } = moduleWeekCentre(value);
      return publishWeeksInTurn({
        teams,
        weeks: [moduleWeek],
        cells: buildPulseCells(answers, participation),
        k: 5,
      });
    };
    const high = publish(5);
    const low = publish(1);
    expect(high.length).toBeGreaterThan(0);
    expect(JSON.stringify(high)).toBe(JSON.stringify(low));
    expect(JSON.stringify(high)).not.toMatch(/rely-|tool-|frame-|worthwhile-|training-|objectives-/);
  });
});
