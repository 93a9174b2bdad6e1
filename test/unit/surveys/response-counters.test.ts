import { describe, expect, it } from 'vitest';
import type { AggregateTarget, CounterDelta } from '../../../shared/aggregates/counter-deltas.js';
import { customerResponseDeltas, npsCategory, sumDeltas } from '../../../shared/aggregates/counter-deltas.js';

const contact = {
  teamId: 'lyon-1',
  advisorId: 'P1',
  channel: 'phone' as const,
  period: '2026-W47',
  quarter: '2026-Q4',
};

const keyOf = (t: AggregateTarget) => JSON.stringify(t);

describe('counters moved by one customer response', () => {
  it('moves the team week for all channels and for its channel, the advisor quarter and the advisor week, by the same counts', () => {
    const deltas = customerResponseDeltas(contact, {
      satisfaction: 8,
      recommendation: 9,
      resolved: true,
      effort: 2,
    });
    expect(deltas.map((d) => d.target)).toEqual([
      { kind: 'customer-team', teamId: 'lyon-1', period: '2026-W47', channel: 'all' },
      { kind: 'customer-team', teamId: 'lyon-1', period: '2026-W47', channel: 'phone' },
      { kind: 'customer-advisor', advisorId: 'P1', quarter: '2026-Q4' },
      { kind: 'customer-advisor-week', advisorId: 'P1', period: '2026-W47' },
    ]);
    for (const delta of deltas) {
      expect(delta.add).toEqual({
        responses: 1,
        satisfactionN: 1,
        satisfactionSum: 8,
        satisfactionSumSq: 64,
        recommendationN: 1,
        recommendationSum: 9,
        recommendationSumSq: 81,
        effortN: 1,
        effortSum: 2,
        effortSumSq: 4,
        resolvedN: 1,
        resolvedSum: 1,
        resolvedSumSq: 1,
        promoters: 1,
      });
    }
  });

  it('counts a satisfaction-only answer without touching the other counters', () => {
    const [all] = customerResponseDeltas(contact, { satisfaction: 3 });
    expect(all?.add).toEqual({ responses: 1, satisfactionN: 1, satisfactionSum: 3, satisfactionSumSq: 9 });
  });

  it('counts "not resolved" as a 0 answered, not as a missing answer', () => {
    const [all] = customerResponseDeltas(contact, { satisfaction: 5, resolved: false });
    expect(all?.add).toMatchObject({ resolvedN: 1, resolvedSum: 0, resolvedSumSq: 0 });
  });

  it('puts recommendation 0–6 in detractors, 7–8 in passives, 9–10 in promoters', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsCategory)).toEqual([
      'detractors',
      'detractors',
      'passives',
      'passives',
      'promoters',
      'promoters',
    ]);
    for (const [recommendation, category] of [
      [6, 'detractors'],
      [7, 'passives'],
      [8, 'passives'],
      [9, 'promoters'],
    ] as const) {
      const add = customerResponseDeltas(contact, { satisfaction: 7, recommendation })[0]?.add ?? {};
      const categories = ['promoters', 'passives', 'detractors'].filter((c) => add[c] !== undefined);
      expect(categories, String(recommendation)).toEqual([category]);
      expect(add[category]).toBe(1);
    }
  });
});

describe('summing counter deltas', () => {
  it('adds up the counters of deltas on the same aggregate and keeps the others apart', () => {
    const deltas: CounterDelta[] = [
      ...customerResponseDeltas(contact, { satisfaction: 8, recommendation: 9 }),
      ...customerResponseDeltas({ ...contact, channel: 'email' }, { satisfaction: 6, recommendation: 6 }),
      ...customerResponseDeltas(contact, { satisfaction: 10 }),
    ];
    const summed = sumDeltas(deltas, keyOf);
    expect(summed).toHaveLength(5);
    const byChannel = (channel: string) =>
      summed.find((d) => d.target.kind === 'customer-team' && d.target.channel === channel)?.add;
    expect(byChannel('all')).toEqual({
      responses: 3,
      satisfactionN: 3,
      satisfactionSum: 24,
      satisfactionSumSq: 200,
      recommendationN: 2,
      recommendationSum: 15,
      recommendationSumSq: 117,
      promoters: 1,
      detractors: 1,
    });
    expect(byChannel('phone')).toEqual({
      responses: 2,
      satisfactionN: 2,
      satisfactionSum: 18,
      satisfactionSumSq: 164,
      recommendationN: 1,
      recommendationSum: 9,
      recommendationSumSq: 81,
      promoters: 1,
    });
    expect(byChannel('email')).toMatchObject({ responses: 1, satisfactionSum: 6, detractors: 1 });
    expect(summed.find((d) => d.target.kind === 'customer-advisor')?.add).toEqual(byChannel('all'));
  });

  it('leaves the deltas it sums unchanged', () => {
    const deltas = customerResponseDeltas(contact, { satisfaction: 8 });
    sumDeltas([...deltas, ...deltas], keyOf);
    expect(deltas[0]?.add).toEqual({
      responses: 1,
      satisfactionN: 1,
      satisfactionSum: 8,
      satisfactionSumSq: 64,
    });
  });
});
