import { describe, expect, it } from 'vitest';
import type { CorrelationResult } from '../../../shared/analytics/correlation-result.js';
import { rankByUncertainty, teamDrivers } from '../../../shared/analytics/drivers.js';
import { type DriverObservation, rankDrivers } from '../../../shared/analytics/index.js';

const ok = (estimate: number, ci95: [number, number], n: number): CorrelationResult => ({
  state: 'ok',
  n,
  estimate,
  ci95,
  pValue: 0.001,
  testPValue: 0.001,
  pValueMethod: 't',
  df: n - 2,
  evidence: 'holds',
});

describe('drivers', () => {
  it('ranks pulse dimensions by their within-team correlation with the customer index', () => {
    const observations: DriverObservation[] = [];
    const teams = [
      { id: 'a', level: 60 },
      { id: 'b', level: 75 },
      { id: 'c', level: 85 },
    ];
    const swings = [-6, -2, 1, 3, 4, -1];
    const noise = [0.8, -1.1, 0.4, 1.3, -0.7, -0.2];
    for (const team of teams) {
      swings.forEach((swing, p) => {
        observations.push({
          teamId: team.id,
          period: `2026-W0${p + 1}`,
          customerIndex: team.level + swing,
          dimensions: {
            'manager-support': 60 + 2 * swing + (noise[p] ?? 0),
            workload: 70 - swing + 3 * (noise[(p + 2) % 6] ?? 0),
            recognition: 50 + 4 * (noise[p] ?? 0),
            ...(team.id === 'a' ? { meaning: 70 + swing + 4 * (noise[(p + 4) % 6] ?? 0) } : {}),
          },
        });
      });
    }
    const ranked = rankDrivers(observations);
    expect(ranked[0]?.dimension).toBe('manager-support');
    const okOnes = ranked.filter((d) => d.correlation.state === 'ok');
    const lowerBounds = okOnes.map((d) => d.strengthLowerBound ?? Number.NaN);
    expect(lowerBounds).toEqual([...lowerBounds].sort((x, y) => y - x));
    expect(ranked.every((d) => d.scope === 'centre')).toBe(true);
    const adjusted = okOnes.map((d) => (d.correlation.state === 'ok' ? d.correlation.adjusted : undefined));
    expect(adjusted.every((a) => a?.family === 'drivers' && a.familySize === okOnes.length)).toBe(true);
    expect(ranked.slice(0, okOnes.length).every((d) => d.correlation.state === 'ok')).toBe(true);
    const workload = ranked.find((d) => d.dimension === 'workload')?.correlation;
    expect(workload?.state === 'ok' && workload.estimate).toBeLessThan(0);
    const wellbeing = ranked.find((d) => d.dimension === 'wellbeing')?.correlation;
    expect(wellbeing).toMatchObject({ state: 'insufficient-evidence', reason: 'empty' });
    const meaning = ranked.find((d) => d.dimension === 'meaning')?.correlation;
    expect(meaning?.n).toBe(6);
    const own = teamDrivers(observations, 'a');
    expect(own.scope).toBe('team');
    // Six weeks of one team: the persistent dimensions have too few effective weeks on their own.
    expect(own.drivers.find((d) => d.dimension === 'manager-support')?.correlation).toMatchObject({
      state: 'insufficient-evidence',
      reason: 'too-few-effective-points',
    });
    expect(teamDrivers(observations.slice(0, 3), 'a')).toMatchObject({
      scope: 'centre',
      fallback: 'team-data-insufficient',
    });
  });

  it('does not rank a stronger point estimate above an overlapping, more precise one', () => {
    const ranked = rankByUncertainty('centre', [
      { dimension: 'manager-support', correlation: ok(0.65, [0.49, 0.77], 73) },
      { dimension: 'wellbeing', correlation: ok(0.56, [0.45, 0.65], 193) },
      { dimension: 'recognition', correlation: ok(0.1, [-0.05, 0.25], 150) },
      { dimension: 'workload', correlation: ok(-0.5, [-0.6, -0.38], 150) },
    ]);
    expect(ranked.map((d) => [d.dimension, d.tier])).toEqual([
      ['manager-support', 1],
      ['wellbeing', 1],
      ['workload', 1],
      ['recognition', 2],
    ]);
    expect(ranked[2]?.strengthLowerBound).toBeCloseTo(0.38, 12);
    expect(ranked[3]?.strengthLowerBound).toBe(0);
  });
});
