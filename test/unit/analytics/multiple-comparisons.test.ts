import { describe, expect, it } from 'vitest';
import { insufficientEvidence } from '../../../shared/analytics/correlation-result.js';
import { pearsonCorrelation } from '../../../shared/analytics/index.js';
import { centreAnyFlagRate } from '../../../shared/analytics/inference/calibration.js';
import {
  adjustFamily,
  benjaminiHochberg,
  holm,
} from '../../../shared/analytics/inference/multiple-comparisons.js';
import { expectClose, reference } from './reference-fixture.js';

describe('adjusted p-values against scipy', () => {
  for (const set of reference.adjustment) {
    it(`${set.pValues.length} p-values`, () => {
      const bh = benjaminiHochberg(set.pValues);
      const fwer = holm(set.pValues);
      set.pValues.forEach((_, i) => {
        expectClose(bh[i], set.benjaminiHochberg[i] ?? Number.NaN);
        expectClose(fwer[i], set.holm[i] ?? Number.NaN);
      });
    });
  }
});

describe('a family of results', () => {
  const strong = pearsonCorrelation([1, 2, 3, 4, 5, 6, 7, 8], [1.2, 2.1, 2.9, 4.2, 5.1, 5.8, 7.2, 8.1]);
  const weak = pearsonCorrelation([1, 2, 3, 4, 5, 6, 7, 8], [3, 1, 4, 1, 5, 9, 2, 6]);
  const missing = insufficientEvidence(3, 'too-few-points');

  it('carries raw p, adjusted p, family name and size; evidence follows the adjusted p', () => {
    const family = adjustFamily('team-correlations', [strong, missing, weak, weak, weak, weak]);
    expect(family[1]).toBe(missing);
    const first = family[0];
    if (first?.state !== 'ok' || strong.state !== 'ok') throw new Error('expected ok');
    expect(first.pValue).toBe(strong.pValue);
    expect(first.adjusted).toMatchObject({
      family: 'team-correlations',
      familySize: 5,
      method: 'benjamini-hochberg',
    });
    expectClose(first.adjusted?.pValue ?? 0, Math.min(1, strong.pValue * 5));
    expect(first.evidence).toBe('holds');
    expect(family.slice(2).every((r) => r.state === 'ok' && r.evidence === 'not-established')).toBe(true);
  });

  it('uses Holm for a family of at most 4 and can withdraw a raw finding', () => {
    const borderline = pearsonCorrelation([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [2, 1, 4, 3, 7, 5, 6, 9, 8, 4]);
    if (borderline.state !== 'ok') throw new Error('expected ok');
    expect(borderline.pValue).toBeLessThan(0.05);
    const [adjusted] = adjustFamily('pooled', [borderline, weak, weak]);
    expect(adjusted?.state === 'ok' && adjusted.adjusted?.method).toBe('holm');
    expect(adjusted?.state === 'ok' && adjusted.evidence).toBe('not-established');
  });
});

describe('no true effect anywhere: share of 8-team centres with any flagged team result (seeded)', () => {
  // 48 results per centre (8 teams × same week and both leads × Pearson and Spearman), BH at 5%.
  for (const phi of [0, 0.4, 0.7]) {
    it(`φ = ${phi}: at most the FDR level, 5%`, () => {
      expect(centreAnyFlagRate({ phi, replications: 300, seed: 404 })).toBeLessThanOrEqual(0.05);
    });
  }
});
