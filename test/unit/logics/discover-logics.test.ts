import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from '../../../shared/logics/adjusted-rand-index.js';
import { type DiscoveredLogics, discoverLogics } from '../../../shared/logics/discover-logics.js';
import { formatLogicMessage } from '../../../shared/logics/logics-messages.js';
import { plantCentre, plantedLogics } from '../../../shared/logics/plant-logics.js';

type Found = Extract<DiscoveredLogics, { state: 'ok' }>;
const ok = (d: DiscoveredLogics): Found => {
  if (d.state !== 'ok') throw new Error(`no logics: ${d.reason}`);
  return d;
};

describe('discoverLogics on a centre with three planted logics (shared/logics/README.md)', () => {
  const seeds = [1, 2, 3, 4, 5];
  const runs = seeds.map((seed) => {
    const centre = plantCentre({ respondents: 300, seed });
    const found = ok(discoverLogics({ items: centre.items, answers: centre.answers, seed }));
    return { seed, centre, found, ari: adjustedRandIndex(centre.planted, found.assignments) };
  });

  it('recovers them: three logics chosen and ARI with the planted labels ≥ 0.7 for every seed', () => {
    console.table(
      runs.map(({ seed, found, ari }) => ({
        seed,
        logics: found.logics.length,
        ari: ari.toFixed(3),
        silhouette: Math.max(...found.criterion.candidates.map((c) => c.silhouette)).toFixed(3),
        structure: found.criterion.structure,
        stability: found.stability?.meanAdjustedRandIndex.toFixed(3),
        sizes: found.logics.map((l) => l.size).join('/'),
      })),
    );
    for (const run of runs) {
      expect(run.found.logics, `seed ${run.seed}`).toHaveLength(3);
      expect(run.ari, `seed ${run.seed}`).toBeGreaterThanOrEqual(0.7);
    }
  });

  it('reports stability as bootstrap agreement, high for planted logics', () => {
    for (const { found } of runs) {
      expect(found.stability?.method).toBe('bootstrap-adjusted-rand-index');
      expect(found.stability?.resamples).toBe(10);
      expect(found.stability?.meanAdjustedRandIndex).toBeGreaterThan(0.8);
      expect(found.criterion.name).toBe('mean-silhouette');
      expect(found.criterion.candidates.map((c) => c.logics)).toEqual([2, 3, 4, 5, 6]);
    }
  });

  it('sizes follow the planted shares, largest first, and logics are described by their planted answers', () => {
    const { found } = runs[0] as (typeof runs)[number];
    const shares = found.logics.map((l) => l.size / found.respondents);
    plantedLogics.forEach((planted, i) => {
      expect(shares[i]).toBeGreaterThan(planted.share - 0.07);
      expect(shares[i]).toBeLessThan(planted.share + 0.07);
    });
    const top = found.logics.map((l) => l.distinctive.map((d) => d.itemId));
    expect(top[0]).toContain('rely-procedures');
    expect(top[1]).toEqual(expect.arrayContaining(['rely-own-experience']));
    expect(top[2]).toEqual(expect.arrayContaining(['rely-colleagues']));
    const first = found.logics[0]?.distinctive[0];
    expect(first && formatLogicMessage('en', first.message)).toMatch(
      /^Answers (higher|lower) than the others to “/,
    );
    expect(first && formatLogicMessage('fr', first.message)).toMatch(
      /^Répond (plus|moins) que les autres à «/,
    );
    expect(found.logics[0]?.centroid['rely-procedures']).toBeGreaterThan(4);
  });

  it('is deterministic for a seed and keeps no respondent coordinates in its 2-D view', () => {
    const { centre, found } = runs[1] as (typeof runs)[number];
    const again = ok(discoverLogics({ items: centre.items, answers: centre.answers, seed: 2 }));
    expect(again.assignments).toEqual(found.assignments);
    expect(again.logics).toEqual(found.logics);
    expect(found.view.logics).toHaveLength(3);
    expect(Object.keys(found.view)).toEqual(['explainedVariance', 'loadings', 'logics']);
    expect(found.view.explainedVariance[0]).toBeGreaterThan(found.view.explainedVariance[1]);
  });

  it('needs 30 respondents and at least one varying profile item', () => {
    const small = plantCentre({ respondents: 29, seed: 9 });
    expect(discoverLogics({ items: small.items, answers: small.answers, seed: 1 })).toMatchObject({
      state: 'insufficient',
      reason: 'too-few-respondents',
    });
    const flat = plantCentre({ respondents: 40, seed: 9 });
    const answers = flat.answers.map((v) => v.map((x, j) => (flat.items[j]?.role === 'profile' ? 3 : x)));
    expect(discoverLogics({ items: flat.items, answers, seed: 1 }).state).toBe('insufficient');
  });
});
