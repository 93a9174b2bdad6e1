import { describe, expect, it } from 'vitest';
import { generateDemoCentre } from '../../../scripts/demo/demo-centre.js';
import { demoResources, demoTools, plantDemoLogicsWeek } from '../../../scripts/demo/demo-logics.js';
import { buildDemoHistory } from '../../../scripts/demo-history.js';
import { defaultAnonymityThreshold } from '../../../shared/analytics/anonymity.js';
import { adjustedRandIndex } from '../../../shared/logics/adjusted-rand-index.js';
import { discoverLogics } from '../../../shared/logics/discover-logics.js';
import { resourcesListSchema } from '../../../shared/logics/logics-lists.schema.js';
import { plantedLogics, plantedTools } from '../../../shared/logics/plant-logics.js';
import { resourcesForLogic } from '../../../shared/logics/resources-by-logic.js';
import { asksWaysOfWorking, waysOfWorkingModule } from '../../../shared/logics/ways-of-working-module.js';

const centre = generateDemoCentre({ endWeekMonday: '2026-11-16' });
const history = buildDemoHistory(centre, new Date('2026-11-18T10:00:00Z'), (email) => `key-of-${email}`);
const moduleWeeks = centre.plan.weeks.filter(asksWaysOfWorking);
const items = waysOfWorkingModule(demoTools);
const moduleIds = new Set(items.map((i) => i.id));

/** One week's module answers as stored: anonymous answers, vectors in the module's item order. */
function storedVectors(week: string) {
  return history.pulseAnswers
    .filter((a) => a.week === week)
    .map((a) => items.map((item) => a.answers[item.id] ?? null));
}

describe('the demo centre plants three advisor logics', () => {
  it('asks the module in one week of each month of the half-year, and only then', () => {
    expect(moduleWeeks).toEqual(['2026-W23', '2026-W27', '2026-W32', '2026-W36', '2026-W40', '2026-W45']);
    for (const answer of history.pulseAnswers) {
      const module = Object.keys(answer.answers).filter((id) => moduleIds.has(id));
      if (!moduleWeeks.includes(answer.week)) expect(module).toEqual([]);
      else expect(Object.keys(answer.answers)).not.toContain('workload-manageable');
    }
  });

  it('stores anonymous answers only: the planted labels are not in them', () => {
    const text = JSON.stringify(history.pulseAnswers);
    for (const logic of plantedLogics) expect(text).not.toContain(logic.name);
    for (const answer of history.pulseAnswers)
      expect(Object.keys(answer).sort()).toEqual(
        answer.comment
          ? ['answers', 'comment', 'teamId', 'week', 'workMode']
          : ['answers', 'teamId', 'week', 'workMode'],
      );
  });

  it(`every planted logic holds at least k = ${defaultAnonymityThreshold} respondents at centre level in every module week`, () => {
    const sizes = moduleWeeks.map((week) => {
      const { planted } = plantDemoLogicsWeek(centre.plan.seed, week, storedVectors(week).length);
      return {
        week,
        respondents: planted.length,
        ...Object.fromEntries(plantedLogics.map((l) => [l.name, planted.filter((p) => p === l.name).length])),
      };
    });
    console.table(sizes);
    for (const row of sizes)
      for (const logic of plantedLogics)
        expect(row[logic.name as keyof typeof row] as number).toBeGreaterThanOrEqual(
          defaultAnonymityThreshold,
        );
  });

  it('the stored answers of one month, run through the discovery, give back the planted logics: 3 logics, ARI ≥ 0.7, stability reported', () => {
    const week = moduleWeeks[moduleWeeks.length - 1] as string;
    const answers = storedVectors(week);
    const { planted, answers: plan } = plantDemoLogicsWeek(centre.plan.seed, week, answers.length);
    // What was stored is the plan's answers, in the same order.
    expect(answers).toEqual(plan);
    const found = discoverLogics({ items, answers, seed: 1 });
    if (found.state !== 'ok') throw new Error(`no logics: ${found.reason}`);
    const ari = adjustedRandIndex(planted, found.assignments);
    const stability = found.stability;
    console.log(
      `${week}: ${answers.length} respondents, ${found.logics.length} logics (sizes ${found.logics.map((l) => l.size).join(', ')}), ` +
        `ARI with planted ${ari.toFixed(3)}, silhouette ${found.criterion.candidates.find((c) => c.logics === found.logics.length)?.silhouette.toFixed(3)}, ` +
        `bootstrap stability mean ARI ${stability?.meanAdjustedRandIndex.toFixed(3)} (lowest ${stability?.minAdjustedRandIndex.toFixed(3)}, ${stability?.resamples} resamples)`,
    );
    expect(found.logics).toHaveLength(3);
    expect(ari).toBeGreaterThanOrEqual(0.7);
    expect(stability?.method).toBe('bootstrap-adjusted-rand-index');
    expect(stability?.resamples).toBe(10);
    expect(stability?.meanAdjustedRandIndex).toBeGreaterThanOrEqual(0.7);
  });

  it('every month of the half-year gives back the planted logics too', () => {
    const rows = moduleWeeks.map((week) => {
      const answers = storedVectors(week);
      const { planted } = plantDemoLogicsWeek(centre.plan.seed, week, answers.length);
      const found = discoverLogics({ items, answers, seed: 1 });
      if (found.state !== 'ok') throw new Error(`no logics in ${week}`);
      return {
        week,
        logics: found.logics.length,
        ari: Number(adjustedRandIndex(planted, found.assignments).toFixed(3)),
        stability: Number(found.stability?.meanAdjustedRandIndex.toFixed(3)),
      };
    });
    console.table(rows);
    for (const row of rows) {
      expect(row.logics, row.week).toBe(3);
      expect(row.ari, row.week).toBeGreaterThanOrEqual(0.7);
    }
  });

  it('the demo lists: the planted tools, and resources that parse and are proposed to each planted logic', () => {
    expect(demoTools).toBe(plantedTools);
    expect(resourcesListSchema([...moduleIds]).safeParse(demoResources).success).toBe(true);
    const week = moduleWeeks[0] as string;
    const answers = storedVectors(week);
    const found = discoverLogics({ items, answers, seed: 1 });
    if (found.state !== 'ok') throw new Error('no logics');
    for (const logic of found.logics)
      expect(resourcesForLogic(logic, demoResources).length).toBeGreaterThan(0);
  });
});
