import { describe, expect, it } from 'vitest';
import type { CustomerCounts } from '../../../shared/aggregates/aggregate.types.js';
import { addValue, emptyStats } from '../../../shared/aggregates/sufficient-stats.js';
import type { Alert } from '../../../shared/analytics/alerts.js';
import { defaultPayPolicy } from '../../../shared/pay/default-pay-policy.js';
import { pressureGuardrail } from '../../../shared/pay/guardrails.js';
import type { PayPolicy } from '../../../shared/pay/pay-policy.schema.js';
import type { PayPolicyVersion } from '../../../shared/pay/policy-in-force.js';
import {
  type AdvisorIndicator,
  type AdvisorQuarterInput,
  computeQuarterIndicators,
  type QuarterInput,
  type TeamQuarterInput,
  withoutAnswer,
} from '../../../shared/pay/quarter-indicator.js';

const weeks = Array.from({ length: 13 }, (_, i) => `2026-W${String(27 + i).padStart(2, '0')}`);

function counts(answers: { s: number; r: number; ok: boolean }[]): CustomerCounts {
  let satisfaction = emptyStats;
  let recommendation = emptyStats;
  let resolved = emptyStats;
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const a of answers) {
    satisfaction = addValue(satisfaction, a.s);
    recommendation = addValue(recommendation, a.r);
    resolved = addValue(resolved, a.ok ? 1 : 0);
    if (a.r >= 9) promoters++;
    else if (a.r >= 7) passives++;
    else detractors++;
  }
  return { satisfaction, recommendation, effort: emptyStats, resolved, promoters, passives, detractors };
}

/** n answers cycling through `scores`, spread evenly over the 13 weeks. */
function advisor(id: string, teamId: string, n: number, scores: number[], okEvery = 1): AdvisorQuarterInput {
  const answers = Array.from({ length: n }, (_, i) => {
    const s = scores[i % scores.length] as number;
    return { s, r: s, ok: i % okEvery === 0 };
  });
  const weekly = weeks.map((_, w) => Math.floor(n / 13) + (w < n % 13 ? 1 : 0));
  return { advisorId: id, teamId, counts: n === 0 ? undefined : counts(answers), weeklyResponses: weekly };
}

function version(policy: PayPolicy): PayPolicyVersion {
  return {
    version: 3,
    policy,
    savedAt: '2026-05-01T00:00:00Z',
    savedBy: 'hr',
    publishedAt: '2026-05-02T00:00:00Z',
  };
}

function team(teamId: string, handleMean = 300, alerts: Alert[] = []): TeamQuarterInput {
  return {
    teamId,
    handleTime: { n: 100, sum: 100 * handleMean, sumSq: 100 * handleMean * handleMean + 100 * 900 },
    pressure: pressureGuardrail(teamId, alerts),
  };
}

const centre = (policy: PayPolicy, teams = [team('t1'), team('t2')]): QuarterInput => ({
  quarter: '2026-Q3',
  policy: version(policy),
  weeks,
  advisors: [
    advisor('A1', 't1', 60, [9, 10, 8]),
    advisor('A2', 't1', 40, [7, 8, 6, 9]),
    advisor('A3', 't1', 25, [8, 9]),
    advisor('B1', 't2', 50, [6, 7, 8]),
    advisor('B2', 't2', 30, [9, 9, 10]),
    advisor('B3', 't2', 8, [10]),
  ],
  teams,
});

const proposed = (list: AdvisorIndicator[], id: string) => {
  const found = list.find((i) => i.advisorId === id);
  if (found?.state !== 'proposed') throw new Error(`${id} has no proposed indicator`);
  return found;
};

const noShrink: PayPolicy = {
  ...defaultPayPolicy('2026-Q3'),
  shrinkage: { enabled: false, toward: 'team', method: 'empirical-bayes' },
};

describe('quarter indicator', () => {
  it('scores each component from the advisor’s own aggregates against its target, with n and an interval', () => {
    const a1 = proposed(computeQuarterIndicators(centre(noShrink)), 'A1');
    const sat = a1.components.find((c) => c.id === 'satisfaction.individual');
    expect(sat?.input.n).toBe(60);
    expect(sat?.value).toBeCloseTo(9, 12);
    expect(sat?.input.interval?.[0]).toBeLessThan(9);
    expect(sat?.input.interval?.[1]).toBeGreaterThan(9);
    expect(sat?.attainment).toBeCloseTo(9 / 8.5, 12);
    const rec = a1.components.find((c) => c.id === 'recommendation.individual');
    expect(rec?.attainment).toBeCloseTo(9 / 9.2, 12);
    const oad = a1.components.find((c) => c.id === 'once-and-done.individual');
    expect(oad?.value).toBe(1);
    expect(oad?.attainmentBeforeLimits).toBeCloseTo(1 / 0.8, 12);
    expect(oad).toMatchObject({ attainment: 1.2, limited: 'cap' });
    const aht = a1.components.find((c) => c.id === 'handle-time.team');
    expect(aht?.attainment).toBeCloseTo(360 / 300, 12);
    const expected = 0.4 * (9 / 8.5) + 0.3 * (9 / 9.2) + 0.2 * 1.2 + 0.1 * 1.2;
    expect(a1.total).toBeCloseTo(expected, 12);
    expect(a1.guardrails).toEqual([]);
  });

  it('gives an advisor below the minimum responses their figure shrunk toward the team, flagged, even when the policy shrinks no one', () => {
    const list = computeQuarterIndicators(centre(noShrink));
    const b3 = proposed(list, 'B3');
    expect(b3).toMatchObject({ eligibility: 'below-minimum', responses: 8, minimumResponses: 20 });
    const sat = b3.components.find((c) => c.id === 'satisfaction.individual');
    if (sat?.shrinkage.state !== 'applied') throw new Error('B3 not shrunk');
    expect(sat.shrinkage.raw).toBe(10);
    // Team t2: B1 50 answers (17×6, 17×7, 16×8), B2 30 (10×9, 10×9, 10×10), B3 8×10.
    expect(sat.shrinkage.teamMean).toBeCloseTo((17 * 6 + 17 * 7 + 16 * 8 + 20 * 9 + 10 * 10 + 80) / 88, 12);
    expect(sat.value).toBeCloseTo(
      sat.shrinkage.ownWeight * 10 + (1 - sat.shrinkage.ownWeight) * sat.shrinkage.teamMean,
      12,
    );
    expect(sat.value as number).toBeLessThan(10);
    // An eligible advisor under the same policy keeps their own mean.
    const b1 = proposed(list, 'B1').components.find((c) => c.id === 'satisfaction.individual');
    expect(b1?.shrinkage.state).toBe('off');
    expect(proposed(list, 'B1').eligibility).toBe('eligible');
  });

  it('gives an advisor with no answer the team’s figure, flagged; no indicator only when the team has none', () => {
    const input = centre(noShrink);
    const silent = { ...advisor('B4', 't2', 0, [10]) };
    const lonely = { ...advisor('C1', 't3', 0, [10]) };
    const list = computeQuarterIndicators({ ...input, advisors: [...input.advisors, silent, lonely] });
    const b4 = proposed(list, 'B4');
    expect(b4.eligibility).toBe('below-minimum');
    const sat = b4.components.find((c) => c.id === 'satisfaction.individual');
    expect(sat?.shrinkage.state).toMatch(/^(team-mean|applied)$/);
    expect(sat?.value).toBeCloseTo((17 * 6 + 17 * 7 + 16 * 8 + 20 * 9 + 10 * 10 + 80) / 88, 12);
    const c1 = list.find((i) => i.advisorId === 'C1');
    expect(c1).toMatchObject({ state: 'ineligible', reason: 'below-minimum-responses', responses: 0 });
    expect(c1).not.toHaveProperty('total');
  });

  it('shrinks toward the team when the policy asks, a small sample more than a large one', () => {
    const shrunk = computeQuarterIndicators(centre(defaultPayPolicy('2026-Q3')));
    const a1 = proposed(shrunk, 'A1').components.find((c) => c.id === 'satisfaction.individual');
    const a3 = proposed(shrunk, 'A3').components.find((c) => c.id === 'satisfaction.individual');
    if (a1?.shrinkage.state !== 'applied' || a3?.shrinkage.state !== 'applied') throw new Error('not shrunk');
    expect(a1.shrinkage.raw).toBeCloseTo(9, 12);
    expect(a1.value).toBeCloseTo(
      a1.shrinkage.ownWeight * 9 + (1 - a1.shrinkage.ownWeight) * a1.shrinkage.teamMean,
      12,
    );
    expect(a1.value).not.toBeCloseTo(9, 6);
    expect(a3.shrinkage.ownWeight).toBeLessThan(a1.shrinkage.ownWeight);
    expect(a1.shrinkage.prior.state).toBe('estimated');
  });

  it('applies the component cap and floor, then the indicator’s', () => {
    const capped: PayPolicy = {
      ...noShrink,
      limits: { componentFloor: 0.8, componentCap: 1, indicatorFloor: 0, indicatorCap: 0.95 },
    };
    const list = computeQuarterIndicators(centre(capped));
    const a1 = proposed(list, 'A1');
    const oad = a1.components.find((c) => c.id === 'once-and-done.individual');
    expect(oad).toMatchObject({ attainment: 1, limited: 'cap' });
    expect(oad?.attainmentBeforeLimits).toBeCloseTo(1.25, 12);
    expect(a1.total).toBe(0.95);
    expect(a1.totalLimited).toBe('cap');
    const b1 = proposed(list, 'B1');
    const recB1 = b1.components.find((c) => c.id === 'recommendation.individual');
    expect(recB1?.attainmentBeforeLimits).toBeCloseTo((17 * 6 + 17 * 7 + 16 * 8) / 50 / 9.2, 12);
    expect(recB1).toMatchObject({ attainment: 0.8, limited: 'floor' });
    const satB1 = b1.components.find((c) => c.id === 'satisfaction.individual');
    expect(satB1?.limited).toBeNull();
  });

  it('counts the team’s productivity at its floor while the quality gate is not cleared', () => {
    const strict: PayPolicy = { ...noShrink, qualityGate: { measure: 'satisfaction', minimum: 9.5 } };
    const aht = proposed(computeQuarterIndicators(centre(strict)), 'A1').components.find(
      (c) => c.measure === 'handle-time',
    );
    expect(aht).toMatchObject({ state: 'gate-not-cleared', attainment: 0 });
  });

  it('never reads wellbeing: an indicator’s explanation holds no wellbeing figure', () => {
    const list = computeQuarterIndicators(centre(defaultPayPolicy('2026-Q3')));
    for (const i of list) expect(JSON.stringify(i)).not.toMatch(/wellbeing/i);
  });

  it('removes an accepted contest’s rating exactly from the advisor’s inputs', () => {
    const input = centre(noShrink);
    const a2 = input.advisors[1] as AdvisorQuarterInput;
    const removed = { satisfaction: 2, recommendation: 3, resolved: false } as const;
    const withRating = {
      ...a2,
      counts: counts([
        ...Array.from({ length: 40 }, (_, i) => ({
          s: [7, 8, 6, 9][i % 4] as number,
          r: [7, 8, 6, 9][i % 4] as number,
          ok: true,
        })),
        { s: 2, r: 3, ok: false },
      ]),
    };
    const without = { ...a2, counts: withoutAnswer(withRating.counts, removed) };
    const before = proposed(
      computeQuarterIndicators({ ...input, advisors: [withRating, ...input.advisors.slice(2)] }),
      'A2',
    );
    const after = proposed(
      computeQuarterIndicators({ ...input, advisors: [without, ...input.advisors.slice(2)] }),
      'A2',
    );
    const sat = (i: typeof before) => i.components.find((c) => c.id === 'satisfaction.individual');
    expect(sat(before)?.input.n).toBe(41);
    expect(sat(after)?.input.n).toBe(40);
    expect(sat(after)?.value).toBeCloseTo(((sat(before)?.value as number) * 41 - 2) / 40, 12);
    expect(without.counts.detractors).toBe(withRating.counts.detractors - 1);
  });
});
