import { describe, expect, it, vi } from 'vitest';

import { adjustedRandIndex } from '../../../shared/logics/adjusted-rand-index.js';
import { discoverLogics } from '../../../shared/logics/discover-logics.js';
import { evaluateByLogic, welchTest } from '../../../shared/logics/evaluate-by-logic.js';
import { formatLogicMessage } from '../../../shared/logics/logics-messages.js';
import { onePopulation, plantCentre } from '../../../shared/logics/plant-logics.js';
import { publishedGroupOf, publishLogics } from '../../../shared/logics/publish-logics.js';
import { type CentreResource, resourcesForLogic } from '../../../shared/logics/resources-by-logic.js';

// Seeded simulations: slow on a loaded machine, never timed.
vi.setConfig({ testTimeout: 120_000 });

const names = ['A', 'B', 'C', 'D', 'E', 'F'];

describe('evaluateByLogic', () => {
  it('Welch test: textbook figures', () => {
    // Two samples with means 5 and 3, variances 2 and 8, n 10 and 20: t = 2/√0.6, df ≈ 27.2.
    const result = welchTest({ n: 10, mean: 5, variance: 2 }, { n: 20, mean: 3, variance: 8 });
    expect(result?.t).toBeCloseTo(2 / Math.sqrt(0.6), 10);
    expect(result?.df).toBeCloseTo(0.36 / (0.04 / 9 + 0.16 / 19), 10);
    expect(result?.pValue).toBeGreaterThan(0.005);
    expect(result?.pValue).toBeLessThan(0.02);
  });

  it('flags the method valued only by the planted 20% (relational) logic, after Benjamini–Hochberg', () => {
    for (const seed of [31, 32, 33]) {
      const centre = plantCentre({ respondents: 300, seed });
      const discovery = discoverLogics({ items: centre.items, answers: centre.answers, seed });
      if (discovery.state !== 'ok') throw new Error('no logics');
      const [view] = publishLogics({
        discovery,
        names,
        siteOfRespondent: centre.answers.map(() => 'LYO'),
        window: '2026-03',
        k: 5,
      });
      if (view?.state !== 'published') throw new Error('withheld');
      const groups = publishedGroupOf(view, names, discovery.assignments);
      const relational = names[2] as string;
      const plantedAsRelational = centre.planted.map((p) => String(p === 'relational'));
      expect(
        adjustedRandIndex(
          plantedAsRelational,
          groups.map((g) => String(g === relational)),
        ),
      ).toBeGreaterThan(0.7);

      const evaluation = evaluateByLogic({ items: centre.items, answers: centre.answers, groups });
      const debrief = evaluation.items.find((i) => i.itemId === 'tool-peer-debrief');
      expect(debrief?.valuedByOneOnly?.group).toBe(relational);
      const rating = debrief?.byLogic.find((r) => r.group === relational);
      expect(rating?.flagged).toBe(true);
      expect(rating?.test?.adjustedPValue).toBeLessThan(0.001);
      expect(rating?.test?.adjustedPValue).toBeGreaterThanOrEqual(rating?.test?.pValue ?? 1);
      expect(rating?.interval?.low).toBeGreaterThan(3.7);
      expect(evaluation.family).toEqual({ method: 'benjamini-hochberg', size: 12 * 3, alpha: 0.05 });
      const grid = evaluation.items.find((i) => i.itemId === 'tool-quality-grid');
      expect(grid?.valuedByOneOnly).toBeNull();
      const message = debrief?.valuedByOneOnly?.message;
      expect(message && formatLogicMessage('en', message, centre.items)).toContain(
        'Peer debrief after a hard call',
      );
    }
  });

  // One population, no logics: the logics found are arbitrary cuts of the profile answers, and
  // the evaluated items must not follow them. With a shared response style (some rate every
  // item higher) the cuts follow the style; ratings are tested relative to each respondent's
  // own level of rating, so the style is not flagged as a difference of view.
  it.each([
    [0, 'answers independent across items'],
    [0.25, 'a response style (sd 0.25) shared by each respondent’s answers'],
    [0.5, 'a strong response style (sd 0.5)'],
  ])(
    'on one population with no logics (%s: %s), flags rarely: the any-flag rate stays near α = .05',
    (style) => {
      const runs = 80;
      let anyFlag = 0;
      let flags = 0;
      let tests = 0;
      for (let run = 0; run < runs; run += 1) {
        const centre = plantCentre({
          respondents: 300,
          seed: 1000 + run,
          logics: onePopulation,
          responseStyleSd: style,
        });
        const discovery = discoverLogics({
          items: centre.items,
          answers: centre.answers,
          seed: run,
          restarts: 2,
          resamples: 0,
        });
        if (discovery.state !== 'ok') throw new Error('no logics');
        expect(discovery.criterion.structure).toBe('none');
        const groups = discovery.assignments.map((g) => names[g] as string);
        const evaluation = evaluateByLogic({ items: centre.items, answers: centre.answers, groups });
        const flagged = evaluation.items.flatMap((i) => i.byLogic).filter((r) => r.flagged).length;
        flags += flagged;
        tests += evaluation.family.size;
        if (flagged) anyFlag += 1;
        expect(evaluation.items.every((i) => i.valuedByOneOnly === null)).toBe(true);
      }
      const rate = anyFlag / runs;
      console.log(
        `null, style sd ${style}: any-flag rate ${rate.toFixed(3)} over ${runs} centres, per-test ${(flags / tests).toFixed(4)}`,
      );
      // Under the complete null Benjamini–Hochberg keeps the chance of any flag at most α (.05);
      // .12 leaves room for 80 runs' sampling error (sd ≈ .025).
      expect(rate).toBeLessThanOrEqual(0.12);
    },
    300_000,
  );
});

describe('resourcesForLogic', () => {
  it('proposes the resources whose tags match the logic’s distinctive answers, best fit first', () => {
    const resources: CentreResource[] = [
      {
        id: 'script-library',
        kind: 'process',
        title: { fr: 'Bibliothèque de scripts', en: 'Script library' },
        addresses: [{ itemId: 'rely-procedures', when: 'high' }],
      },
      {
        id: 'buddy-huddles',
        kind: 'training-format',
        title: { fr: 'Points d’équipe en binôme', en: 'Buddy huddles' },
        addresses: [
          { itemId: 'rely-colleagues', when: 'high' },
          { itemId: 'worthwhile-helped-person', when: 'high' },
        ],
      },
      {
        id: 'free-hand',
        kind: 'talking-points',
        title: { fr: 'Laisser la main', en: 'Giving a free hand' },
        addresses: [{ itemId: 'frame-freedom', when: 'high' }],
      },
    ];
    const centre = plantCentre({ respondents: 300, seed: 5 });
    const discovery = discoverLogics({ items: centre.items, answers: centre.answers, seed: 5 });
    if (discovery.state !== 'ok') throw new Error('no logics');
    const proposals = discovery.logics.map((l) => resourcesForLogic(l, resources).map((p) => p.resourceId));
    expect(proposals[0]).toEqual(['script-library']);
    expect(proposals[2]?.[0]).toBe('buddy-huddles');
    expect(proposals[2]).not.toContain('script-library');
  });
});
