import { describe, expect, it } from 'vitest';
import {
  createDemoRng,
  generateDemoCentre,
  sampleCustomerResponse,
  samplePulseAnswer,
} from '../../../scripts/demo/demo-centre.js';
import type { InteractionInput } from '../../../shared/roster/index.js';
import { pulseDimensions } from '../../../shared/surveys/pulse-dimensions.js';
import { isoWeekOf } from '../../../shared/time/period.js';

const centre = generateDemoCentre();
const { plan } = centre;

function average(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}
function standardDeviation(values: readonly number[]): number {
  const m = average(values);
  return Math.sqrt(values.reduce((s, v) => s + (v - m) ** 2, 0) / (values.length - 1));
}

function latentOf(interaction: InteractionInput) {
  const teamId = plan.advisors[interaction.advisorId]?.teamId ?? '';
  const week = plan.weeks.indexOf(isoWeekOf(new Date(interaction.startedAt)));
  const latent = plan.teamWeekly[teamId]?.[week];
  if (!latent) throw new Error(`no latent week for ${interaction.externalId}`);
  return latent;
}

describe('createDemoRng', () => {
  it('repeats a sequence for the same seed and stream and separates streams', () => {
    const draw = (seed: number, stream: number) => {
      const rng = createDemoRng(seed, stream);
      return Array.from({ length: 5 }, () => rng.next());
    };
    expect(draw(5, 0)).toEqual(draw(5, 0));
    expect(draw(5, 1)).not.toEqual(draw(5, 0));
    expect(draw(6, 0)).not.toEqual(draw(5, 0));
  });
});

describe('sampleCustomerResponse', () => {
  const rng = createDemoRng(plan.seed, 20);
  const draws = centre.interactions.map((interaction) => ({
    interaction,
    response: sampleCustomerResponse(rng, plan, interaction),
  }));

  it('answers on the survey scales, with integers only', () => {
    for (const { response } of draws) {
      expect(
        Number.isInteger(response.satisfaction) && response.satisfaction >= 0 && response.satisfaction <= 10,
      ).toBe(true);
      expect(
        Number.isInteger(response.recommendation) &&
          response.recommendation >= 0 &&
          response.recommendation <= 10,
      ).toBe(true);
      expect(Number.isInteger(response.effort) && response.effort >= 1 && response.effort <= 7).toBe(true);
      expect(typeof response.resolved).toBe('boolean');
    }
    const scores = new Set(draws.map((d) => d.response.satisfaction));
    expect(scores.has(10) && scores.has(5)).toBe(true);
  });

  it('averages the latent team-week means over the half-year', () => {
    const gap = (
      value: (d: (typeof draws)[number]) => number,
      latent: (d: (typeof draws)[number]) => number,
    ) => {
      const differences = draws.map((d) => value(d) - latent(d));
      return {
        mean: average(differences),
        se: standardDeviation(differences) / Math.sqrt(differences.length),
      };
    };
    const checks = [
      gap(
        (d) => d.response.satisfaction,
        (d) => latentOf(d.interaction).customerSatisfaction,
      ),
      gap(
        (d) => d.response.recommendation,
        (d) => latentOf(d.interaction).recommendation,
      ),
      gap(
        (d) => d.response.effort,
        (d) => latentOf(d.interaction).effort,
      ),
      gap(
        (d) => (d.response.resolved ? 1 : 0),
        (d) => latentOf(d.interaction).onceAndDone,
      ),
    ];
    for (const { mean, se } of checks) expect(Math.abs(mean)).toBeLessThan(4 * se + 0.05);
  });

  it('follows the weekly satisfaction of each team', () => {
    const cells = new Map<string, { latent: number; answers: number[] }>();
    for (const { interaction, response } of draws) {
      const key = `${plan.advisors[interaction.advisorId]?.teamId}|${isoWeekOf(new Date(interaction.startedAt))}`;
      const cell = cells.get(key) ?? { latent: latentOf(interaction).customerSatisfaction, answers: [] };
      cell.answers.push(response.satisfaction);
      cells.set(key, cell);
    }
    const latent = [...cells.values()].map((c) => c.latent);
    const observed = [...cells.values()].map((c) => average(c.answers));
    const ml = average(latent);
    const mo = average(observed);
    const r =
      latent.reduce((s, l, i) => s + (l - ml) * ((observed[i] ?? 0) - mo), 0) /
      Math.sqrt(
        latent.reduce((s, l) => s + (l - ml) ** 2, 0) * observed.reduce((s, o) => s + (o - mo) ** 2, 0),
      );
    expect(cells.size).toBe(plan.teamIds.length * plan.weeks.length);
    expect(r).toBeGreaterThan(0.6);
  });

  it('agrees with the resolution the source system reported, and scores unresolved contacts lower', () => {
    for (const { interaction, response } of draws) {
      if (typeof interaction.resolvedFirstContact === 'boolean') {
        expect(response.resolved).toBe(interaction.resolvedFirstContact);
      }
    }
    const resolved = draws.filter((d) => d.response.resolved).map((d) => d.response.satisfaction);
    const unresolved = draws.filter((d) => !d.response.resolved).map((d) => d.response.satisfaction);
    expect(average(resolved) - average(unresolved)).toBeGreaterThan(1);
  });

  it('adds comments to some answers, in the customer language', () => {
    const withComment = draws.filter((d) => d.response.comment !== undefined);
    expect(withComment.length / draws.length).toBeGreaterThan(0.1);
    expect(withComment.length / draws.length).toBeLessThan(0.4);
    const english = withComment.filter((d) => d.interaction.customerLocale === 'en');
    expect(english.length).toBeGreaterThan(0);
    for (const { response } of english) expect(response.comment).toMatch(/^[A-Z][a-zA-Z ,!.]+$/);
  });

  it('is reproducible from the rng and rejects an interaction outside the plan', () => {
    const interaction = centre.interactions[0];
    if (!interaction) throw new Error('no interaction');
    expect(sampleCustomerResponse(createDemoRng(3), plan, interaction)).toEqual(
      sampleCustomerResponse(createDemoRng(3), plan, interaction),
    );
    expect(() =>
      sampleCustomerResponse(createDemoRng(3), plan, { ...interaction, advisorId: 'P99999' }),
    ).toThrow(/P99999/);
    expect(() =>
      sampleCustomerResponse(createDemoRng(3), plan, {
        ...interaction,
        startedAt: '2020-01-06T10:00:00+01:00',
      }),
    ).toThrow(/2020-W02/);
  });
});

describe('samplePulseAnswer', () => {
  const teamId = plan.teamIds[0] ?? '';
  const week = plan.weeks[5] ?? '';
  const latent = plan.teamWeekly[teamId]?.[5];

  it('answers only the asked dimensions on 1–5 and eNPS on 0–10', () => {
    const rng = createDemoRng(plan.seed, 30);
    const answer = samplePulseAnswer(rng, plan, teamId, week, ['workload', 'tools-knowledge', 'meaning']);
    expect(Object.keys(answer.items).sort()).toEqual(['meaning', 'tools-knowledge', 'workload']);
    for (const value of Object.values(answer.items)) expect([1, 2, 3, 4, 5]).toContain(value);
    expect(Number.isInteger(answer.enps) && answer.enps >= 0 && answer.enps <= 10).toBe(true);
  });

  it('averages the week latent means over many advisors', () => {
    const rng = createDemoRng(plan.seed, 31);
    const answers = Array.from({ length: 4000 }, () =>
      samplePulseAnswer(rng, plan, teamId, week, pulseDimensions),
    );
    for (const dimension of pulseDimensions) {
      const values = answers.map((a) => a.items[dimension] ?? Number.NaN);
      const se = standardDeviation(values) / Math.sqrt(values.length);
      expect(Math.abs(average(values) - (latent?.pulse[dimension] ?? Number.NaN))).toBeLessThan(
        4 * se + 0.03,
      );
    }
    const enps = answers.map((a) => a.enps);
    expect(Math.abs(average(enps) - (latent?.enps ?? Number.NaN))).toBeLessThan(
      (4 * standardDeviation(enps)) / Math.sqrt(enps.length) + 0.05,
    );
  });

  it('rejects a team or week outside the plan', () => {
    expect(() => samplePulseAnswer(createDemoRng(1), plan, 'NOPE', week, ['wellbeing'])).toThrow(/NOPE/);
    expect(() => samplePulseAnswer(createDemoRng(1), plan, teamId, '2019-W01', ['wellbeing'])).toThrow(
      /2019-W01/,
    );
  });
});
