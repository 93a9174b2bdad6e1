import { describe, expect, it } from 'vitest';
import {
  pooledFalsePositiveRate,
  teamFalsePositiveRate,
} from '../../../shared/analytics/inference/calibration.js';
import {
  effectiveSampleSize,
  modifiedAutocorrelations,
  pooledEffectiveSampleSize,
} from '../../../shared/analytics/inference/effective-sample-size.js';
import {
  pooledSeriesCorrelation,
  seriesCorrelation,
} from '../../../shared/analytics/inference/series-correlation.js';
import { groupBy } from '../../../shared/analytics/repeated-measures.js';
import { expectClose, expectCorrelation, reference } from './reference-fixture.js';

describe('effective n (Pyper & Peterman 1998) against numpy', () => {
  for (const set of reference.serial) {
    it(`${set.name}: autocorrelations, N*, Pearson and Spearman`, () => {
      modifiedAutocorrelations(set.x, set.acfX.length).forEach((r, j) => {
        expectClose(r, set.acfX[j] ?? Number.NaN);
      });
      expectClose(effectiveSampleSize(set.x, set.y), set.effectiveN);
      expectCorrelation(seriesCorrelation('pearson', set.x, set.y), set.pearson);
      expectCorrelation(seriesCorrelation('spearman', set.x, set.y), set.spearman);
    });
  }
  for (const set of reference.pooledSerial) {
    it(`pooled: ${set.name}`, () => {
      const teams = [...groupBy(set.observations).values()].map((m) => ({
        x: m.map((o) => o.x),
        y: m.map((o) => o.y),
      }));
      expectClose(pooledEffectiveSampleSize(teams), set.effectiveN);
      expectCorrelation(pooledSeriesCorrelation(set.observations), set.pooled);
    });
  }

  it('says insufficient evidence when strong persistence leaves too few effective weeks', () => {
    const set = reference.serial.find((s) => s.name === 'AR(1) 0.9, 12 weeks');
    const result = seriesCorrelation('pearson', set?.x ?? [], set?.y ?? []);
    expect(result).toMatchObject({ state: 'insufficient-evidence', reason: 'too-few-effective-points' });
    expect(result.state !== 'ok' && result.effectiveN).toBeLessThan(6);
  });
});

describe('false-positive rate on independent AR(1) weekly series (26 weeks, α = .05, seeded)', () => {
  // 1 500 teams × 3 results (same week, both leads) per φ: binomial error ≈ 0.33 points.
  for (const phi of [0, 0.4, 0.7]) {
    it(`per team, φ = ${phi}: Pearson and Spearman within 3–7%`, () => {
      const pearson = teamFalsePositiveRate('pearson', { phi, replications: 1500, seed: 101 });
      const spearman = teamFalsePositiveRate('spearman', { phi, replications: 1500, seed: 202 });
      for (const rate of [pearson, spearman]) {
        expect(rate).toBeGreaterThanOrEqual(0.03);
        expect(rate).toBeLessThanOrEqual(0.07);
      }
    });
    it(`pooled over 8 teams, φ = ${phi}: within 3–7%`, () => {
      const rate = pooledFalsePositiveRate({ phi, replications: 1500, seed: 303 });
      expect(rate).toBeGreaterThanOrEqual(0.03);
      expect(rate).toBeLessThanOrEqual(0.07);
    });
  }
});
