import { describe, expect, it } from 'vitest';
import { type DriverObservation, rankDrivers } from '../../../shared/analytics/index.js';

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
    const estimates = okOnes.map((d) => d.correlation.estimate ?? Number.NaN);
    expect(estimates).toEqual([...estimates].sort((x, y) => y - x));
    expect(ranked.slice(0, okOnes.length).every((d) => d.correlation.state === 'ok')).toBe(true);
    const workload = ranked.find((d) => d.dimension === 'workload')?.correlation;
    expect(workload?.state === 'ok' && workload.estimate).toBeLessThan(0);
    const wellbeing = ranked.find((d) => d.dimension === 'wellbeing')?.correlation;
    expect(wellbeing).toMatchObject({ state: 'insufficient-evidence', reason: 'empty' });
    const meaning = ranked.find((d) => d.dimension === 'meaning')?.correlation;
    expect(meaning?.state === 'ok' && meaning.df).toBe(6 - 1 - 1);
  });
});
