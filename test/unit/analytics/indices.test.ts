import { describe, expect, it } from 'vitest';
import type { PulseAggregate } from '../../../shared/aggregates/aggregate.types.js';
import { addValue, emptyStats, type SufficientStats } from '../../../shared/aggregates/sufficient-stats.js';
import {
  advisorWellbeingIndex,
  customerSatisfactionIndex,
  effortIndex,
  type IndexValue,
  netPromoterScore,
  onceAndDoneRate,
  pulseDimensionIndex,
  pulseIndices,
  recommendationIndex,
} from '../../../shared/analytics/index.js';
import { type ExpectedIndex, reference, tolerance } from './reference-fixture.js';

const statsOf = (values: number[]): SufficientStats => values.reduce(addValue, emptyStats);

const byKind: Record<string, (stats: SufficientStats) => IndexValue> = {
  satisfaction: customerSatisfactionIndex,
  recommendation: recommendationIndex,
  effort: effortIndex,
  pulse: pulseDimensionIndex,
  resolved: onceAndDoneRate,
};

function expectIndex(actual: IndexValue, expected: ExpectedIndex): void {
  expect(actual.n).toBe(expected.n);
  for (const key of ['value', 'se'] as const) {
    const want = expected[key];
    const got = actual[key];
    if (want === null) expect(got).toBeNull();
    else expect(Math.abs((got ?? Number.NaN) - want)).toBeLessThanOrEqual(tolerance);
  }
}

describe('indices from sufficient statistics against numpy on the raw answers', () => {
  for (const set of reference.indices) {
    it(`${set.kind}, n = ${set.values.length}`, () => {
      const index = byKind[set.kind];
      if (!index) throw new Error(`unknown kind ${set.kind}`);
      expectIndex(index(statsOf(set.values)), set.expected);
    });
  }
  for (const set of reference.nps) {
    it(`NPS, n = ${set.ratings.length}`, () => {
      expectIndex(netPromoterScore(set.counts), set.expected);
    });
  }
});

describe('index scales', () => {
  it('maps the scale ends to 0 and 100, with less effort scoring higher', () => {
    expect(customerSatisfactionIndex(statsOf([8.5])).value).toBeCloseTo(85, 12);
    expect(pulseDimensionIndex(statsOf([1])).value).toBe(0);
    expect(pulseDimensionIndex(statsOf([5])).value).toBe(100);
    expect(effortIndex(statsOf([1])).value).toBeCloseTo(100, 12);
    expect(effortIndex(statsOf([7])).value).toBeCloseTo(0, 12);
    expect(netPromoterScore({ promoters: 6, passives: 2, detractors: 2 }).value).toBe(40);
  });

  it('derives the wellbeing index, every dimension and eNPS from a pulse aggregate', () => {
    const aggregate: PulseAggregate = {
      teamId: 'team-1',
      window: { kind: 'week', id: '2026-W07' },
      workMode: 'all',
      respondents: 6,
      items: { wellbeing: statsOf([4, 5, 3, 4, 4, 2]), autonomy: statsOf([5, 5, 4, 4, 3, 5]) },
      enps: { promoters: 3, passives: 2, detractors: 1 },
    };
    expect(advisorWellbeingIndex(aggregate).value).toBeCloseTo(((22 / 6 - 1) / 4) * 100, 12);
    const indices = pulseIndices(aggregate);
    expect(indices.dimensions.autonomy.value).toBeCloseTo(((26 / 6 - 1) / 4) * 100, 12);
    expect(indices.dimensions.recognition).toEqual({ n: 0, value: null, se: null });
    expect(indices.enps.value).toBeCloseTo((100 * 2) / 6, 12);
  });
});
