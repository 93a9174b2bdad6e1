import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AdvisorSample,
  type CentrePrior,
  estimateCentrePrior,
  type ShrunkFigure,
  shrinkTowardTeam,
} from '../../../shared/pay/shrinkage.js';

/** Figures (to 1e-9) from scripts/reference/shrinkage_reference.py (numpy least squares, scipy F check). */
interface ReferenceCase {
  name: string;
  advisors: AdvisorSample[];
  prior: CentrePrior;
  shrunk?: ShrunkFigure[];
}
const reference: { cases: ReferenceCase[] } = JSON.parse(
  readFileSync(new URL('../../fixtures/pay/shrinkage-reference.json', import.meta.url), 'utf8'),
);

function expectClose(actual: object, expected: object) {
  for (const [key, value] of Object.entries(expected)) {
    const got = (actual as Record<string, unknown>)[key];
    if (typeof value === 'number') expect(got, key).toBeCloseTo(value, 9);
    else expect(got, key).toEqual(value);
  }
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
}

describe('shrinkage toward the team (empirical Bayes)', () => {
  it.each(reference.cases)('matches the numpy/scipy reference: $name', ({ advisors, prior, shrunk }) => {
    const estimated = estimateCentrePrior(advisors);
    expectClose(estimated, prior);
    const figures = shrinkTowardTeam(advisors, estimated);
    if (!shrunk) {
      expect(figures).toBeUndefined();
      return;
    }
    expect(figures).toHaveLength(shrunk.length);
    for (const [i, expected] of shrunk.entries()) expectClose(figures?.[i] as ShrunkFigure, expected);
  });

  it('covers an estimated prior, no spread and too few advisors in the reference', () => {
    const states = reference.cases.map((c) => c.prior.state);
    expect(states).toEqual(expect.arrayContaining(['estimated', 'no-spread', 'insufficient-evidence']));
  });

  const sample = (advisorId: string, teamId: string, values: number[]): AdvisorSample => ({
    advisorId,
    teamId,
    stats: {
      n: values.length,
      sum: values.reduce((a, b) => a + b, 0),
      sumSq: values.reduce((a, b) => a + b * b, 0),
    },
  });
  const answers = fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 2, maxLength: 30 });

  it('moves a small sample more than a large one with the same mean', () => {
    fc.assert(
      fc.property(
        fc.array(answers, { minLength: 3, maxLength: 8 }),
        answers,
        fc.integer({ min: 2, max: 6 }),
        (others, values, times) => {
          const small = sample('small', 'team', values);
          const large = sample('large', 'team', Array.from({ length: times }, () => values).flat());
          const centre = [
            small,
            large,
            ...others.map((v, i) => sample(`o${i}`, i % 2 ? 'team' : 'other', v)),
          ];
          const prior = estimateCentrePrior(centre);
          const figures = shrinkTowardTeam(centre, prior) ?? [];
          const moved = (id: string) => {
            const f = figures.find((x) => x.advisorId === id) as ShrunkFigure;
            return Math.abs(f.shrunk - f.raw);
          };
          const largeMove = moved('large');
          if (prior.state === 'estimated' && largeMove > 1e-12)
            expect(moved('small')).toBeGreaterThan(largeMove);
          else expect(moved('small')).toBeGreaterThanOrEqual(largeMove - 1e-12);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps each shrunk figure between the advisor and the team mean', () => {
    fc.assert(
      fc.property(fc.array(answers, { minLength: 4, maxLength: 12 }), (all) => {
        const centre = all.map((v, i) => sample(`a${i}`, `t${i % 3}`, v));
        for (const f of shrinkTowardTeam(centre, estimateCentrePrior(centre)) ?? []) {
          expect(f.shrunk).toBeGreaterThanOrEqual(Math.min(f.raw, f.teamMean) - 1e-12);
          expect(f.shrunk).toBeLessThanOrEqual(Math.max(f.raw, f.teamMean) + 1e-12);
        }
      }),
    );
  });
});
