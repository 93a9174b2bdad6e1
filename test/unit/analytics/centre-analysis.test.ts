import { describe, expect, it } from 'vitest';
import type { CustomerAggregate } from '../../../shared/aggregates/aggregate.types.js';
import { analyseCentre } from '../../../shared/analytics/centre-analysis.js';
import type { PublishedPulseFigure } from '../../../shared/publication/published-figure.js';

const teams = [
  { teamId: 'A', site: 'Lyon', managementProfile: 'connector' as const },
  { teamId: 'B', site: 'Lyon', managementProfile: 'teacher' as const },
];
const weeks = ['2026-W10', '2026-W11', '2026-W12', '2026-W13', '2026-W14', '2026-W15'];

function constantCustomer(teamId: string, period: string): CustomerAggregate {
  const n = 10;
  const stats = (v: number) => ({ n, sum: n * v, sumSq: n * v * v });
  return {
    teamId,
    period,
    channel: 'all',
    satisfaction: stats(8),
    recommendation: stats(9),
    effort: stats(2),
    resolved: stats(1),
    promoters: n,
    passives: 0,
    detractors: 0,
  };
}

function constantPulse(teamId: string, week: string): PublishedPulseFigure {
  return {
    group: `team:${teamId}`,
    window: { kind: 'week', id: week },
    firstWeek: week,
    lastWeek: week,
    leaves: [`${teamId}/on-site`],
    dimensions: { wellbeing: { n: 8, sum: 32, sumSq: 128 } },
  };
}

function hasNoNonFinite(value: unknown): boolean {
  return !/NaN|Infinity/.test(
    JSON.stringify(value, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v)),
  );
}

describe('centre analysis on degenerate input', () => {
  it('says insufficient evidence for an empty centre, without NaN or an exception', () => {
    const result = analyseCentre({ teams, weeks, customer: [], published: [], operations: [] });
    expect(result.pooled.wellbeingLeadsCustomer.state).toBe('insufficient-evidence');
    expect(result.betweenTeams.state).toBe('insufficient-evidence');
    expect(
      result.teams.every((t) => 'state' in t.symmetry && t.symmetry.state === 'insufficient-evidence'),
    ).toBe(true);
    expect(result.teams[0]?.weeks.every((w) => w.wellbeing.state === 'suppressed')).toBe(true);
    expect(result.drivers.every((d) => d.correlation.state === 'insufficient-evidence')).toBe(true);
    expect(hasNoNonFinite(result)).toBe(true);
  });

  it('says insufficient evidence for constant series', () => {
    const result = analyseCentre({
      teams,
      weeks,
      customer: teams.flatMap((t) => weeks.map((w) => constantCustomer(t.teamId, w))),
      published: teams.flatMap((t) => weeks.map((w) => constantPulse(t.teamId, w))),
      operations: [],
    });
    const a = result.teams[0];
    expect(a?.weeks[0]?.wellbeing).toMatchObject({
      state: 'shown',
      respondents: 8,
      wellbeing: { value: 75 },
    });
    expect(a?.correlation.sameWeek.pearson).toMatchObject({
      state: 'insufficient-evidence',
      reason: 'constant-series',
    });
    expect(a?.correlation.wellbeingLeadsCustomer.spearman.state).toBe('insufficient-evidence');
    expect(result.pooled.sameWeek.state).toBe('insufficient-evidence');
    expect(hasNoNonFinite(result)).toBe(true);
  });

  it('reads the same index from aggregates of ten or a million answers', () => {
    const scaled = (factor: number) =>
      analyseCentre({
        teams,
        weeks,
        customer: teams.flatMap((t) =>
          weeks.map((w, i) => {
            const c = constantCustomer(t.teamId, w);
            const n = 10 * factor;
            const v = 6 + (i % 3);
            return { ...c, satisfaction: { n, sum: n * v, sumSq: n * v * v + factor } };
          }),
        ),
        published: [],
        operations: [],
      });
    expect(scaled(1).teams[0]?.weeks[2]?.customer.satisfaction.value).toBe(80);
    expect(scaled(100_000).teams[0]?.weeks[2]?.customer.satisfaction.value).toBe(80);
  });
});
