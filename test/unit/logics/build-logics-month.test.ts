import { describe, expect, it, vi } from 'vitest';
import { buildLogicsMonth } from '../../../shared/logics/build-logics-month.js';
import { plantCentre, plantedTools } from '../../../shared/logics/plant-logics.js';

// Seeded simulations with bootstrap: seconds on a loaded machine, never timed.
vi.setConfig({ testTimeout: 120_000 });

function respondentsOf(centre: ReturnType<typeof plantCentre>) {
  return centre.answers.map((vector, i) => ({
    site: i % 2 ? 'Lille' : 'Lyon',
    answers: Object.fromEntries(
      centre.items.flatMap((item, j) => (vector[j] === null ? [] : [[item.id, vector[j] as number]])),
    ),
  }));
}

describe('buildLogicsMonth', () => {
  it('shows a centre without logics as a reading: structure none, ratings shown, nothing flagged', () => {
    // One population, no logics, a shared response style: the silhouette still picks groups.
    const centre = plantCentre({
      respondents: 300,
      seed: 2,
      logics: [{ name: 'everyone', share: 1, means: {} }],
    });
    const month = buildLogicsMonth({
      month: '2026-05',
      k: 5,
      publishedAt: new Date('2026-05-20T03:30:00Z'),
      tools: plantedTools,
      resources: [],
      respondents: respondentsOf(centre),
      notYetCountingBySite: {},
    });
    expect(month.discovery.state === 'ok' && month.discovery.criterion.structure).toBe('none');
    expect(month.views[0]?.state).toBe('published');
    const shown = month.evaluations.flatMap((e) => e.items).filter((i) => i.state === 'shown');
    expect(shown.length).toBeGreaterThan(0);
    for (const item of shown) {
      expect(item.valuedByOneOnly).toBeNull();
      expect(item.byLogic.some((r) => r.flagged)).toBe(false);
    }
    expect(month.evaluations.every((e) => e.flagsShown === false)).toBe(true);
  });

  it('flags the peer debrief for the relational logic on the planted centre, and keeps no respondent-level value', () => {
    const month = buildLogicsMonth({
      month: '2026-05',
      k: 5,
      publishedAt: new Date('2026-05-20T03:30:00Z'),
      tools: plantedTools,
      resources: [],
      respondents: respondentsOf(plantCentre({ respondents: 300, seed: 9 })),
      notYetCountingBySite: { Lyon: 3 },
    });
    const debrief = month.evaluations[0]?.items.find((i) => i.itemId === 'tool-peer-debrief');
    expect(debrief?.state === 'shown' && debrief.valuedByOneOnly !== null).toBe(true);
    expect(JSON.stringify(month)).not.toContain('assignments');
  });
});
