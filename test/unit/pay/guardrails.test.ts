import { describe, expect, it } from 'vitest';
import type { Alert } from '../../../shared/analytics/alerts.js';
import { seededUniform } from '../../../shared/analytics/inference/seeded-random.js';
import { defaultPayPolicy } from '../../../shared/pay/default-pay-policy.js';
import { dopingCheck, logBinomialUpperTail, pressureGuardrail } from '../../../shared/pay/guardrails.js';
import { computeQuarterIndicators } from '../../../shared/pay/quarter-indicator.js';

const weeks = Array.from({ length: 13 }, (_, i) => `2026-W${String(27 + i).padStart(2, '0')}`);

const pressureAlert: Alert = {
  kind: 'productivity-pressure',
  teamId: 't1',
  periods: ['2026-W30', '2026-W38'],
  evidence: { handleTimeDropShare: { value: 0.12, unit: 'share' } },
  rule: { critical: 2.3, minDrop: { value: 0.05, unit: 'share' }, falseAlarmRatePerQuarter: 0.05 },
  message: { key: 'productivity-pressure', params: {} },
};

const stats = (n: number, mean: number) => ({ n, sum: n * mean, sumSq: n * mean * mean + n });
const counts = (n: number, mean: number) => ({
  satisfaction: stats(n, mean),
  recommendation: stats(n, mean),
  effort: { n: 0, sum: 0, sumSq: 0 },
  resolved: { n, sum: n * 0.8, sumSq: n * 0.8 },
  promoters: 0,
  passives: n,
  detractors: 0,
});
const even = (n: number) => weeks.map((_, w) => Math.floor(n / 13) + (w < n % 13 ? 1 : 0));

describe('team productivity-pressure guardrail', () => {
  it('freezes the team’s productivity component at neutral, keeps its weight, and flags it', () => {
    const policy = {
      version: 1,
      policy: {
        ...defaultPayPolicy('2026-Q3'),
        shrinkage: { enabled: false, toward: 'team', method: 'empirical-bayes' } as const,
      },
      savedAt: '2026-05-01T00:00:00Z',
      savedBy: 'hr',
      publishedAt: '2026-05-01T00:00:00Z',
    };
    const handleTime = { n: 200, sum: 200 * 240, sumSq: 200 * 240 * 240 };
    const result = computeQuarterIndicators({
      quarter: '2026-Q3',
      policy,
      weeks,
      advisors: [
        { advisorId: 'A1', teamId: 't1', counts: counts(40, 9), weeklyResponses: even(40) },
        { advisorId: 'B1', teamId: 't2', counts: counts(40, 9), weeklyResponses: even(40) },
      ],
      teams: [
        { teamId: 't1', handleTime, pressure: pressureGuardrail('t1', [pressureAlert]) },
        { teamId: 't2', handleTime, pressure: pressureGuardrail('t2', [pressureAlert]) },
      ],
    });
    const [a1, b1] = result;
    if (a1?.state !== 'proposed' || b1?.state !== 'proposed') throw new Error('both eligible');
    const frozen = a1.components.find((c) => c.measure === 'handle-time');
    expect(frozen).toMatchObject({ state: 'frozen', attainment: 1, weight: 0.1 });
    expect(a1.guardrails.map((g) => g.kind)).toEqual(['productivity-pressure']);
    const scored = b1.components.find((c) => c.measure === 'handle-time');
    expect(scored).toMatchObject({ state: 'scored', attainment: 1.2 });
    expect(b1.guardrails).toEqual([]);
    expect(b1.total - a1.total).toBeCloseTo(0.1 * (1.2 - 1), 12);
  });

  it('ignores other teams’ alerts and other kinds', () => {
    expect(pressureGuardrail('t2', [pressureAlert]).state).toBe('not-fired');
    expect(pressureGuardrail('t1', [{ ...pressureAlert, kind: 'wellbeing-falling' }]).state).toBe(
      'not-fired',
    );
  });
});

describe('doping check', () => {
  it('agrees with a direct binomial tail', () => {
    // P(Bin(10, 0.3) ≥ 7) = 0.0105920784
    expect(Math.exp(logBinomialUpperTail(10, 0.3, 7))).toBeCloseTo(0.0105920784, 9);
    expect(logBinomialUpperTail(5000, 0.15, 3000)).toBeLessThan(-500);
  });

  it('flags more than half of the quarter’s responses in 2 weeks', () => {
    const spiked = weeks.map((_, i) => (i === 10 ? 20 : i === 11 ? 15 : 2));
    const check = dopingCheck(weeks, spiked);
    expect(check).toMatchObject({
      state: 'flagged',
      responses: 57,
      windowWeeks: ['2026-W37', '2026-W38'],
      windowResponses: 35,
    });
    if (check.state === 'no-responses') throw new Error('has responses');
    expect(check.pValue).toBeLessThan(0.001);
  });

  it('does not flag an even advisor, a tiny sample, nor a spike that follows the team’s contacts', () => {
    expect(dopingCheck(weeks, even(60)).state).toBe('not-flagged');
    expect(
      dopingCheck(
        weeks,
        weeks.map((_, i) => (i < 2 ? 2 : 0)),
      ).state,
    ).toBe('not-flagged');
    const spiked = weeks.map((_, i) => (i === 10 ? 20 : i === 11 ? 15 : 2));
    const check = dopingCheck(
      weeks,
      spiked,
      spiked.map((r) => r * 30),
    );
    expect(check).toMatchObject({ state: 'not-flagged', expectedFrom: 'team-contacts' });
  });

  it('flags even advisors rarely: false-flag rate from a seeded simulation stays under 1%', () => {
    const uniform = seededUniform(20260701);
    const advisors = 2000;
    let flagged = 0;
    for (let a = 0; a < advisors; a++) {
      const n = 20 + Math.floor(uniform() * 180);
      const perWeek = weeks.map(() => 0);
      for (let r = 0; r < n; r++) {
        const w = Math.floor(uniform() * 13);
        perWeek[w] = (perWeek[w] ?? 0) + 1;
      }
      if (dopingCheck(weeks, perWeek).state === 'flagged') flagged++;
    }
    const rate = flagged / advisors;
    console.info(`doping false-flag rate, ${advisors} even advisors of 20–199 responses: ${rate}`);
    expect(rate).toBeLessThan(0.01);
  });

  it('puts a flagged advisor up for review without removing anything from the indicator', () => {
    const spiked = weeks.map((_, i) => (i === 3 ? 30 : i === 4 ? 20 : 1));
    const policy = {
      version: 1,
      policy: defaultPayPolicy('2026-Q3'),
      savedAt: '2026-05-01T00:00:00Z',
      savedBy: 'hr',
      publishedAt: '2026-05-01T00:00:00Z',
    };
    const [a1] = computeQuarterIndicators({
      quarter: '2026-Q3',
      policy,
      weeks,
      advisors: [{ advisorId: 'A1', teamId: 't1', counts: counts(61, 9), weeklyResponses: spiked }],
      teams: [],
    });
    if (a1?.state !== 'proposed') throw new Error('eligible');
    expect(a1.guardrails.map((g) => g.kind)).toEqual(['doping']);
    expect(a1.responses).toBe(61);
    expect(a1.components.find((c) => c.measure === 'satisfaction')?.input.n).toBe(61);
  });
});
