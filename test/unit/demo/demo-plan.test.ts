import { describe, expect, it } from 'vitest';
import {
  createDemoRng,
  type DemoPlan,
  generateDemoCentre,
  samplePulseAnswer,
} from '../../../scripts/demo/demo-centre.js';
import { repeatedMeasuresCorrelation } from '../../../shared/analytics/repeated-measures.js';
import { type PulseDimension, pulseDimensions } from '../../../shared/surveys/pulse-dimensions.js';
import { isoWeekOf } from '../../../shared/time/period.js';

const centre = generateDemoCentre();
const { plan } = centre;

interface Pair {
  readonly team: string;
  readonly x: number;
  readonly y: number;
}

/** Pairs (x_t, y_{t+1}) of every team. */
function laggedPairs(
  source: DemoPlan,
  x: (week: DemoPlan['teamWeekly'][string][number]) => number,
  y: (week: DemoPlan['teamWeekly'][string][number]) => number,
): Pair[] {
  const pairs: Pair[] = [];
  for (const team of source.teamIds) {
    const series = source.teamWeekly[team] ?? [];
    for (let t = 0; t + 1 < series.length; t += 1) {
      const now = series[t];
      const next = series[t + 1];
      if (now && next) pairs.push({ team, x: x(now), y: y(next) });
    }
  }
  return pairs;
}

/** Within-team centring, then Pearson over the pooled centred values, with df = N − teams − 1. */
function withinTeamCorrelation(pairs: readonly Pair[]): { r: number; df: number } {
  const teams = [...new Set(pairs.map((p) => p.team))];
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const team of teams) {
    const own = pairs.filter((p) => p.team === team);
    const mx = own.reduce((s, p) => s + p.x, 0) / own.length;
    const my = own.reduce((s, p) => s + p.y, 0) / own.length;
    for (const p of own) {
      sxx += (p.x - mx) ** 2;
      syy += (p.y - my) ** 2;
      sxy += (p.x - mx) * (p.y - my);
    }
  }
  return { r: sxy / Math.sqrt(sxx * syy), df: pairs.length - teams.length - 1 };
}

/** 95% Fisher-z interval of a repeated-measures correlation, se = 1/sqrt(df − 1). */
function fisherInterval(r: number, df: number): [number, number] {
  const z = Math.atanh(r);
  const half = 1.959964 / Math.sqrt(df - 1);
  return [Math.tanh(z - half), Math.tanh(z + half)];
}

function slope(values: readonly number[]): number {
  const n = values.length;
  const mx = (n - 1) / 2;
  const my = values.reduce((s, v) => s + v, 0) / n;
  let num = 0;
  let den = 0;
  values.forEach((v, i) => {
    num += (i - mx) * (v - my);
    den += (i - mx) ** 2;
  });
  return num / den;
}

function average(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

describe('planted lead: wellbeing at t → customer satisfaction at t+1', () => {
  it('states the lead in the plan', () => {
    expect(plan.plantedLead).toMatchObject({
      from: 'wellbeing',
      to: 'customer-satisfaction',
      lagPeriods: 1,
      correlation: 0.6,
    });
  });

  it.each([20260101, 1, 424242])(
    'is recovered from the plan series of seed %i, inside its Fisher-z 95 percent interval',
    (seed) => {
      const seeded = seed === plan.seed ? plan : generateDemoCentre({ seed, contactsPerAdvisorWeek: 0 }).plan;
      const pairs = laggedPairs(
        seeded,
        (w) => w.wellbeing,
        (w) => w.customerSatisfaction,
      );
      const { r, df } = withinTeamCorrelation(pairs);
      expect(df).toBe(8 * 25 - 8 - 1);
      const [low, high] = fisherInterval(r, df);
      expect(low).toBeLessThan(seeded.plantedLead.correlation);
      expect(high).toBeGreaterThan(seeded.plantedLead.correlation);
      expect(Math.abs(r - seeded.plantedLead.correlation)).toBeLessThan(0.05);
      const shared = repeatedMeasuresCorrelation(pairs.map((p) => ({ group: p.team, x: p.x, y: p.y })));
      expect(shared.state).toBe('ok');
      if (shared.state === 'ok') {
        expect(shared.estimate).toBeCloseTo(r, 10);
        expect(shared.ci95[0]).toBeCloseTo(low, 6);
        expect(shared.ci95[1]).toBeCloseTo(high, 6);
      }
    },
  );

  it('holds within each team, not only pooled', () => {
    const pairs = laggedPairs(
      plan,
      (w) => w.wellbeing,
      (w) => w.customerSatisfaction,
    );
    for (const team of plan.teamIds) {
      const { r } = withinTeamCorrelation(pairs.filter((p) => p.team === team));
      expect(r).toBeCloseTo(plan.plantedLead.correlation, 6);
    }
  });

  it('makes tools-knowledge and manager-support the pulse dimensions that move most with next week satisfaction', () => {
    const strength = (dimension: PulseDimension) =>
      withinTeamCorrelation(
        laggedPairs(
          plan,
          (w) => w.pulse[dimension],
          (w) => w.customerSatisfaction,
        ),
      ).r;
    const ranked = [...pulseDimensions].sort((a, b) => strength(b) - strength(a));
    expect(ranked.slice(0, 2).sort()).toEqual([...plan.strongestDrivers].sort());
    for (const dimension of pulseDimensions) expect(strength(dimension)).toBeGreaterThan(0);
  });

  it('keeps every latent mean on its scale', () => {
    for (const series of Object.values(plan.teamWeekly)) {
      for (const week of series) {
        expect(week.wellbeing).toBeGreaterThanOrEqual(0);
        expect(week.wellbeing).toBeLessThanOrEqual(100);
        for (const value of [week.customerSatisfaction, week.recommendation, week.enps]) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(10);
        }
        expect(week.onceAndDone).toBeGreaterThan(0);
        expect(week.onceAndDone).toBeLessThan(1);
        expect(week.effort).toBeGreaterThanOrEqual(1);
        expect(week.effort).toBeLessThanOrEqual(7);
        for (const value of Object.values(week.pulse)) {
          expect(value).toBeGreaterThanOrEqual(1);
          expect(value).toBeLessThanOrEqual(5);
        }
      }
    }
  });
});

describe('pressure team', () => {
  const pressureTeam = plan.pressureTeamId;
  const series = plan.teamWeekly[pressureTeam] ?? [];
  const pressureWeeks = plan.pressure.weeks.length;
  const before = series.slice(-2 * pressureWeeks, -pressureWeeks);
  const during = series.slice(-pressureWeeks);

  it('is exactly one team of the centre, under pressure over the last ten weeks', () => {
    expect(plan.teamIds.filter((t) => t === pressureTeam)).toHaveLength(1);
    expect(plan.pressure.weeks).toEqual(plan.weeks.slice(-10));
    for (const team of plan.teamIds) {
      const factors = (plan.teamWeekly[team] ?? []).map((w) => w.handleTimeFactor);
      if (team === pressureTeam)
        expect(Math.min(...factors)).toBeCloseTo(plan.pressure.finalHandleTimeFactor, 10);
      else expect(factors.every((f) => f === 1)).toBe(true);
    }
  });

  it('loses wellbeing steadily in the plan while its planned handle time falls', () => {
    expect(slope(during.map((w) => w.wellbeing))).toBeLessThan(-1.5);
    expect(average(during.slice(-3).map((w) => w.wellbeing))).toBeLessThan(
      average(before.slice(-3).map((w) => w.wellbeing)) - 12,
    );
    const planned = during.map((w) => w.expectedHandleTimeSeconds);
    planned.forEach((seconds, i) => {
      if (i > 0) expect(seconds).toBeLessThan(planned[i - 1] ?? 0);
    });
  });

  it('shows falling handle times in its generated interactions, and no other team does', () => {
    const teamOf = new Map(centre.advisors.map((a) => [a.payrollId, a.teamId]));
    const byTeamWeek = new Map<string, number[]>();
    for (const i of centre.interactions) {
      const key = `${teamOf.get(i.advisorId)}|${isoWeekOf(new Date(i.startedAt))}`;
      const times = byTeamWeek.get(key) ?? [];
      times.push(i.handleTimeSeconds);
      byTeamWeek.set(key, times);
    }
    const weeklyMeans = (team: string) =>
      plan.weeks.map((week) => average(byTeamWeek.get(`${team}|${week}`) ?? []));
    const ratio = (means: readonly number[]) =>
      average(means.slice(-3)) / average(means.slice(-2 * pressureWeeks, -pressureWeeks));
    const pressured = weeklyMeans(pressureTeam);
    expect(slope(pressured.slice(-pressureWeeks))).toBeLessThan(-5);
    expect(ratio(pressured)).toBeLessThan(0.8);
    for (const team of plan.teamIds.filter((t) => t !== pressureTeam)) {
      expect(ratio(weeklyMeans(team))).toBeGreaterThan(0.88);
    }
  });

  it('shows falling wellbeing in pulse answers drawn from the plan', () => {
    const rng = createDemoRng(plan.seed, 10);
    const weeklyWellbeing = plan.pressure.weeks.map((week) =>
      average(
        Array.from(
          { length: 40 },
          () => samplePulseAnswer(rng, plan, pressureTeam, week, ['wellbeing']).items.wellbeing ?? 0,
        ),
      ),
    );
    expect(slope(weeklyWellbeing)).toBeLessThan(-0.04);
    expect(average(weeklyWellbeing.slice(-3))).toBeLessThan(average(weeklyWellbeing.slice(0, 3)) - 0.4);
  });
});
