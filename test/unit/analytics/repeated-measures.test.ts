import { describe, expect, it } from 'vitest';
import {
  betweenTeamsCorrelation,
  pearsonCorrelation,
  repeatedMeasuresCorrelation,
} from '../../../shared/analytics/index.js';
import { expectCorrelation, expectFinite, reference } from './reference-fixture.js';

describe('repeated-measures and between-team correlation against a least-squares ANCOVA', () => {
  for (const set of reference.repeatedMeasures) {
    it(`rmcorr: ${set.name}`, () => {
      expectCorrelation(repeatedMeasuresCorrelation(set.observations), set.rmcorr);
    });
    it(`between teams: ${set.name}`, () => {
      expectCorrelation(betweenTeamsCorrelation(set.observations), set.betweenTeams);
    });
  }
});

describe('repeated-measures correlation', () => {
  it('ignores differences of level between teams', () => {
    // Within each team y rises with x, while team levels run the other way.
    const observations = [
      { group: 'a', x: 10, y: 90 },
      { group: 'a', x: 12, y: 92 },
      { group: 'a', x: 14, y: 93 },
      { group: 'b', x: 50, y: 40 },
      { group: 'b', x: 52, y: 43 },
      { group: 'b', x: 54, y: 44 },
      { group: 'c', x: 80, y: 10 },
      { group: 'c', x: 82, y: 11 },
      { group: 'c', x: 84, y: 14 },
    ];
    const within = repeatedMeasuresCorrelation(observations);
    const pooled = pearsonCorrelation(
      observations.map((o) => o.x),
      observations.map((o) => o.y),
    );
    expect(within.state).toBe('ok');
    expect(within.estimate).toBeGreaterThan(0.9);
    expect(pooled.estimate).toBeLessThan(-0.9);
    expect(within.state === 'ok' && within.df).toBe(9 - 3 - 1);
  });

  it('reports insufficient evidence for non-finite values instead of NaN', () => {
    const result = repeatedMeasuresCorrelation([
      { group: 'a', x: 1, y: Number.NaN },
      { group: 'a', x: 2, y: 1 },
      { group: 'b', x: 3, y: 2 },
      { group: 'b', x: 4, y: 3 },
      { group: 'b', x: 5, y: 5 },
    ]);
    expect(result).toMatchObject({ state: 'insufficient-evidence', reason: 'non-finite-value' });
    expectFinite(result);
  });
});
