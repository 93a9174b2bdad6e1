import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CustomerCounts } from '../../../shared/aggregates/aggregate.types.js';
import { addValue, emptyStats } from '../../../shared/aggregates/sufficient-stats.js';
import type { Alert } from '../../../shared/analytics/alerts.js';
import { defaultPayPolicy } from '../../../shared/pay/default-pay-policy.js';
import { pressureGuardrail } from '../../../shared/pay/guardrails.js';
import type { PayPolicy } from '../../../shared/pay/pay-policy.schema.js';
import {
  type AdvisorIndicator,
  type AdvisorQuarterInput,
  computeQuarterIndicators,
  type QuarterInput,
  type TeamQuarterInput,
} from '../../../shared/pay/quarter-indicator.js';

const weeks = Array.from({ length: 13 }, (_, i) => `2026-W${String(27 + i).padStart(2, '0')}`);

function counts(scores: readonly number[]): CustomerCounts | undefined {
  if (scores.length === 0) return undefined;
  let s = emptyStats;
  let resolved = emptyStats;
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const [i, x] of scores.entries()) {
    s = addValue(s, x);
    resolved = addValue(resolved, i % 3 === 0 ? 0 : 1);
    if (x >= 9) promoters++;
    else if (x >= 7) passives++;
    else detractors++;
  }
  return {
    satisfaction: s,
    recommendation: s,
    effort: emptyStats,
    resolved,
    promoters,
    passives,
    detractors,
  };
}

/** The fields of a productivity-pressure alert the guardrail reads (the rest is the alert's own story). */
const pressureAlert = (teamId: string): Alert =>
  ({
    kind: 'productivity-pressure',
    teamId,
    periods: ['2026-W36', '2026-W39'],
    rule: { falseAlarmRatePerQuarter: 0.002 },
    evidence: {},
  }) as unknown as Alert;

/** A random centre: 2–4 teams, 1–6 advisors each with 0–40 scores, team handle times. */
const centres = fc
  .array(
    fc.record({
      advisors: fc.array(fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 40 }), {
        minLength: 1,
        maxLength: 6,
      }),
      handleMean: fc.integer({ min: 120, max: 900 }),
    }),
    { minLength: 2, maxLength: 4 },
  )
  .map((teams) => {
    const advisors: AdvisorQuarterInput[] = teams.flatMap((t, ti) =>
      t.advisors.map((scores, ai) => ({
        advisorId: `T${ti}A${ai}`,
        teamId: `t${ti}`,
        counts: counts(scores),
        weeklyResponses: weeks.map(
          (_, w) => Math.floor(scores.length / 13) + (w < scores.length % 13 ? 1 : 0),
        ),
      })),
    );
    const teamInputs = (alerts: (teamId: string) => Alert[], handle = (m: number) => m): TeamQuarterInput[] =>
      teams.map((t, ti) => ({
        teamId: `t${ti}`,
        handleTime: {
          n: 200,
          sum: 200 * handle(t.handleMean),
          sumSq: 200 * handle(t.handleMean) ** 2 + 200 * 400,
        },
        pressure: pressureGuardrail(`t${ti}`, alerts(`t${ti}`)),
      }));
    return { advisors, teamInputs };
  });

const policies = fc.constantFrom<PayPolicy>(defaultPayPolicy('2026-Q3'), {
  ...defaultPayPolicy('2026-Q3'),
  shrinkage: { enabled: false, toward: 'team', method: 'empirical-bayes' },
});

function run(policy: PayPolicy, advisors: AdvisorQuarterInput[], teams: TeamQuarterInput[]) {
  const input: QuarterInput = {
    quarter: '2026-Q3',
    policy: {
      version: 1,
      policy,
      savedAt: '2026-05-01T00:00:00Z',
      savedBy: 'hr',
      publishedAt: '2026-05-02T00:00:00Z',
    },
    weeks,
    advisors,
    teams,
  };
  return computeQuarterIndicators(input);
}

const total = (i: AdvisorIndicator) => (i.state === 'proposed' ? i.total : undefined);

describe('quarter indicator properties', () => {
  it('raising handle-time pressure (a stricter target, or a slower team) never raises an individual’s indicator', () => {
    fc.assert(
      fc.property(centres, policies, fc.integer({ min: 1, max: 200 }), (centre, policy, tighten) => {
        const teams = centre.teamInputs(() => []);
        const before = run(policy, centre.advisors, teams);
        const stricter: PayPolicy = {
          ...policy,
          components: policy.components.map((c) =>
            c.measure === 'handle-time' ? { ...c, target: Math.max(1, c.target - tighten) } : c,
          ),
        };
        const slower = run(
          policy,
          centre.advisors,
          centre.teamInputs(
            () => [],
            (m) => m + tighten,
          ),
        );
        const tighter = run(stricter, centre.advisors, teams);
        for (const [i, b] of before.entries()) {
          const was = total(b);
          if (was === undefined) continue;
          expect(total(tighter[i] as AdvisorIndicator)).toBeLessThanOrEqual(was + 1e-12);
          expect(total(slower[i] as AdvisorIndicator)).toBeLessThanOrEqual(was + 1e-12);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a team’s wellbeing reaches an individual indicator only through the pressure guardrail: only the team productivity component moves', () => {
    fc.assert(
      fc.property(centres, policies, fc.integer({ min: 0, max: 3 }), (centre, policy, teamIndex) => {
        const clear = run(
          policy,
          centre.advisors,
          centre.teamInputs(() => []),
        );
        const fired = run(
          policy,
          centre.advisors,
          centre.teamInputs((t) => (t === `t${teamIndex}` ? [pressureAlert(t)] : [])),
        );
        for (const [i, a] of clear.entries()) {
          const b = fired[i] as AdvisorIndicator;
          expect(b.state).toBe(a.state);
          if (a.state !== 'proposed' || b.state !== 'proposed') continue;
          for (const [k, c] of a.components.entries()) {
            const d = b.components[k];
            if (c.measure === 'handle-time' && a.teamId === `t${teamIndex}`) {
              expect(d?.state).toBe('frozen');
              expect(d?.attainment).toBe(1);
            } else expect(d).toEqual(c);
          }
          if (a.teamId !== `t${teamIndex}`) expect(b.total).toBe(a.total);
          expect(JSON.stringify(b)).not.toMatch(/wellbeing/i);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('an advisor below eligibility gets the team-shrunk figure, flagged, between their own mean and the team’s', () => {
    fc.assert(
      fc.property(centres, policies, (centre, policy) => {
        const list = run(
          policy,
          centre.advisors,
          centre.teamInputs(() => []),
        );
        for (const [i, ind] of list.entries()) {
          const own = centre.advisors[i] as AdvisorQuarterInput;
          const n = own.counts?.satisfaction.n ?? 0;
          const below = n < policy.eligibility.minimumResponses;
          const team = centre.advisors
            .filter((a) => a.teamId === own.teamId)
            .reduce(
              (s, a) => ({
                n: s.n + (a.counts?.satisfaction.n ?? 0),
                sum: s.sum + (a.counts?.satisfaction.sum ?? 0),
              }),
              { n: 0, sum: 0 },
            );
          if (ind.state !== 'proposed') {
            // No indicator only when neither the advisor nor their team has a figure.
            expect(below).toBe(true);
            expect(team.n).toBe(0);
            continue;
          }
          expect(ind.eligibility).toBe(below ? 'below-minimum' : 'eligible');
          if (!below) continue;
          const sat = ind.components.find((c) => c.id === 'satisfaction.individual');
          const teamMean = team.sum / team.n;
          expect(sat?.shrinkage.state).toMatch(/^(applied|team-mean)$/);
          const value = sat?.value as number;
          if (n === 0) expect(value).toBeCloseTo(teamMean, 9);
          else {
            const mean = (own.counts?.satisfaction.sum ?? 0) / n;
            expect(value).toBeGreaterThanOrEqual(Math.min(mean, teamMean) - 1e-9);
            expect(value).toBeLessThanOrEqual(Math.max(mean, teamMean) + 1e-9);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
