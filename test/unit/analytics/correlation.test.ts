import { describe, expect, it } from 'vitest';
import {
  averageRanks,
  minimumDetectableCorrelation,
  pearsonCorrelation,
  spearmanCorrelation,
} from '../../../shared/analytics/index.js';
import { expectCorrelation, expectFinite, reference, tolerance } from './reference-fixture.js';

describe('reference fixtures', () => {
  it('carries its provenance and enough data sets', () => {
    expect(reference.provenance.script).toBe('scripts/reference/analytics_reference.py');
    expect(reference.provenance.numpy).toMatch(/^\d+\.\d+/);
    expect(reference.provenance.scipy).toMatch(/^\d+\.\d+/);
    expect(
      reference.correlation.length + reference.lagged.length + reference.repeatedMeasures.length,
    ).toBeGreaterThanOrEqual(20);
  });
});

describe('Pearson and Spearman against scipy', () => {
  for (const set of reference.correlation) {
    it(`pearson: ${set.name}`, () => {
      expectCorrelation(pearsonCorrelation(set.x, set.y), set.pearson);
    });
    it(`spearman: ${set.name}`, () => {
      expectCorrelation(spearmanCorrelation(set.x, set.y), set.spearman);
    });
  }
});

describe('minimum detectable correlation against scipy', () => {
  for (const { n, minimumDetectable } of reference.power) {
    it(`n = ${n}`, () => {
      const actual = minimumDetectableCorrelation(n);
      if (minimumDetectable === null) expect(actual).toBeUndefined();
      else expect(Math.abs((actual ?? Number.NaN) - minimumDetectable)).toBeLessThanOrEqual(tolerance);
    });
  }
});

describe('average ranks', () => {
  it('gives tied values the mean of the ranks they span', () => {
    expect(averageRanks([10, 20, 20, 5, 20])).toEqual([2, 4, 4, 1, 4]);
  });
});

describe('degenerate input never yields NaN, Infinity or an exception', () => {
  const cases: [string, number[], number[], string][] = [
    ['empty', [], [], 'empty'],
    ['one point', [1], [2], 'too-few-points'],
    ['three points', [1, 2, 3], [3, 1, 2], 'too-few-points'],
    ['mismatched lengths', [1, 2, 3, 4, 5], [1, 2, 3, 4], 'length-mismatch'],
    ['constant x', [3, 3, 3, 3, 3], [1, 2, 3, 4, 5], 'constant-series'],
    ['constant y', [1, 2, 3, 4, 5], [0.7, 0.7, 0.7, 0.7, 0.7], 'constant-series'],
    ['NaN', [1, 2, Number.NaN, 4, 5], [1, 2, 3, 4, 5], 'non-finite-value'],
    ['Infinity', [1, 2, 3, 4, 5], [1, Number.POSITIVE_INFINITY, 3, 4, 5], 'non-finite-value'],
  ];
  for (const [name, x, y, reason] of cases) {
    for (const [method, fn] of [
      ['pearson', pearsonCorrelation],
      ['spearman', spearmanCorrelation],
    ] as const) {
      it(`${method}: ${name}`, () => {
        const result = fn(x, y);
        expect(result.state).toBe('insufficient-evidence');
        expect(result.state !== 'ok' && result.reason).toBe(reason);
        expectFinite(result);
      });
    }
  }

  it('keeps a perfect correlation inside [−1, 1] with an interval that is not degenerate', () => {
    const result = pearsonCorrelation([1, 2, 3, 4, 5], [2, 4, 6, 8, 10]);
    expectFinite(result);
    expect(result.state).toBe('ok');
    expect(result.estimate).toBeCloseTo(1, 12);
    expect(result.ci95?.[1]).toBe(1);
    expect(result.ci95?.[0]).toBeLessThan(0.5);
  });
});
