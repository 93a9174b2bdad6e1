import { describe, expect, it } from 'vitest';
import { alignPeriods, laggedCorrelations } from '../../../shared/analytics/index.js';
import { expectCorrelation, expectFinite, reference } from './reference-fixture.js';

describe('lagged correlations against scipy', () => {
  for (const set of reference.lagged) {
    for (const method of ['pearson', 'spearman'] as const) {
      it(`${method}: ${set.name}`, () => {
        const actual = laggedCorrelations(set.periods, set.x, set.y, method);
        expectCorrelation(actual.xLeadsY, set[method].xLeadsY);
        expectCorrelation(actual.yLeadsX, set[method].yLeadsX);
        expectFinite(actual.xLeadsY);
        expectFinite(actual.yLeadsX);
      });
    }
  }
});

describe('alignPeriods', () => {
  it('pairs x at t with y at t + 1 only where both exist', () => {
    const periods = ['2026-W01', '2026-W02', '2026-W03', '2026-W04'];
    const x = { '2026-W01': 1, '2026-W02': 2, '2026-W04': 4 };
    const y = { '2026-W02': 20, '2026-W03': 30, '2026-W04': 40 };
    expect(alignPeriods(periods, x, y, 1)).toEqual({
      periods: ['2026-W01', '2026-W02'],
      x: [1, 2],
      y: [20, 30],
    });
  });
});
