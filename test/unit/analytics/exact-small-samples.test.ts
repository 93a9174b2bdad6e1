import { describe, expect, it } from 'vitest';
import {
  type CorrelationResult,
  pearsonCorrelation,
  repeatedMeasuresCorrelation,
  spearmanCorrelation,
} from '../../../shared/analytics/index.js';
import { spearmanPermutationPValue } from '../../../shared/analytics/inference/permutation-test.js';
import { seededNormal } from '../../../shared/analytics/inference/seeded-random.js';
import { expectClose } from './reference-fixture.js';

function expectAgreement(result: CorrelationResult): void {
  if (result.state !== 'ok') return;
  const excludesZero = result.ci95[0] > 0 || result.ci95[1] < 0;
  expect(result.pValue < 0.05).toBe(excludesZero);
  expect(result.pValue).toBeGreaterThanOrEqual(result.testPValue);
  expect(result.ci95[0]).toBeLessThan(result.ci95[1]);
}

describe('exact Spearman p-values at small n', () => {
  it('gives a perfect order of 4 points its exact p = 2/24 and a wide interval, never [1, 1]', () => {
    const result = spearmanCorrelation([1, 2, 3, 4], [10, 20, 30, 40]);
    expect(result.state).toBe('ok');
    if (result.state !== 'ok') return;
    expect(result.estimate).toBe(1);
    expect(result.pValueMethod).toBe('exact-permutation');
    expectClose(result.testPValue, 2 / 24);
    expect(result.evidence).toBe('not-established');
    expect(result.ci95[1]).toBe(1);
    expect(result.ci95[0]).toBeLessThan(-0.5);
    expect(result.pValue).toBeGreaterThanOrEqual(0.05);
  });

  it('gives a perfect order of 5 points p = 2/120 and a lower bound well below 1', () => {
    const result = spearmanCorrelation([5, 4, 3, 2, 1], [1, 2, 3, 4, 5]);
    if (result.state !== 'ok') throw new Error('expected ok');
    expectClose(result.testPValue, 2 / 120);
    expect(result.ci95[0]).toBe(-1);
    expect(result.ci95[1]).toBeLessThan(0);
    expect(result.ci95[1]).toBeGreaterThan(-0.5);
  });

  it('enumerates ties exactly (conditional on the tied ranks)', () => {
    // Ranks of x: 1, 2.5, 2.5, 4, 5; scipy.stats.permutation_test over all 120 pairings gives 4/120.
    const p = spearmanPermutationPValue([1, 2.5, 2.5, 4, 5], [1, 2, 3, 4, 5], 0.9746794344808963);
    expect(p.method).toBe('exact-permutation');
    expectClose(p.pValue, 4 / 120);
  });

  it('states the error of its seeded Monte Carlo p from 10 points and is reproducible', () => {
    const x = [3, 1, 4, 1.5, 5, 9, 2, 6, 5.5, 3.5, 8, 9.7];
    const y = [2, 7, 1, 8, 2.8, 1.8, 2.9, 8.4, 5.9, 0.4, 5.3, 6];
    const a = spearmanCorrelation(x, y);
    const b = spearmanCorrelation(x, y);
    expect(a).toEqual(b);
    if (a.state !== 'ok') throw new Error('expected ok');
    expect(a.pValueMethod).toBe('monte-carlo-permutation');
    expectClose(a.monteCarloError ?? 0, Math.sqrt((a.testPValue * (1 - a.testPValue)) / 20_000));
  });

  it('uses t beyond 30 points', () => {
    const normal = seededNormal(3);
    const x = Array.from({ length: 31 }, normal);
    const y = x.map((v) => v + normal());
    const result = spearmanCorrelation(x, y);
    expect(result.state === 'ok' && result.pValueMethod).toBe('t');
  });
});

describe('Pearson at tiny n', () => {
  it('keeps the exact t test at n = 4 and an interval that agrees with it', () => {
    const result = pearsonCorrelation([61, 64.5, 70.25, 66], [72, 75.5, 79, 74]);
    if (result.state !== 'ok') throw new Error('expected ok');
    expect(result.df).toBe(2);
    expectAgreement(result);
  });

  it('never reports a perfect line as certain', () => {
    const result = pearsonCorrelation([1, 2, 3, 4, 5], [2, 4, 6, 8, 10]);
    if (result.state !== 'ok') throw new Error('expected ok');
    expect(result.ci95[1]).toBe(1);
    expect(result.ci95[0]).toBeLessThan(0.5);
    expect(result.pValue).toBeGreaterThan(0);
  });
});

describe('p and interval always agree', () => {
  it('on 3 000 seeded data sets of 4 to 40 points, for Pearson, Spearman and repeated measures', () => {
    const normal = seededNormal(11);
    for (let i = 0; i < 3000; i += 1) {
      const n = 4 + (i % 37);
      const rho = ((i % 7) - 3) / 3.5;
      const x = Array.from({ length: n }, normal);
      const y = x.map((v) => rho * v + Math.sqrt(1 - rho * rho) * normal());
      expectAgreement(pearsonCorrelation(x, y));
      if (n <= 12 || i % 10 === 0) expectAgreement(spearmanCorrelation(x, y));
      expectAgreement(
        repeatedMeasuresCorrelation(x.map((v, k) => ({ group: `g${k % 3}`, x: v, y: y[k] ?? 0 }))),
      );
    }
  });
});
