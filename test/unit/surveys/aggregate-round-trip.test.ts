import { describe, expect, it } from 'vitest';
import { customerAggregateFromCounters } from '../../../shared/aggregates/aggregate-from-counters.js';
import {
  type AggregateTarget,
  customerResponseDeltas,
  sumDeltas,
} from '../../../shared/aggregates/counter-deltas.js';

const keyOf = (t: AggregateTarget) => JSON.stringify(t);

describe('aggregates read back from summed counters', () => {
  it('gives the customer aggregate the n, sum and sum of squares of the answers', () => {
    const contact = {
      teamId: 'lyon-1',
      advisorId: 'P1',
      channel: 'chat' as const,
      period: '2026-W47',
      quarter: '2026-Q4',
    };
    const deltas = [
      customerResponseDeltas(contact, { satisfaction: 8, recommendation: 9, resolved: true }),
      customerResponseDeltas(contact, { satisfaction: 6, recommendation: 6, resolved: false, effort: 5 }),
      customerResponseDeltas(contact, { satisfaction: 10, recommendation: 7 }),
      customerResponseDeltas(contact, { satisfaction: 0 }),
    ].flat();
    const all = sumDeltas(deltas, keyOf).find(
      (d) => d.target.kind === 'customer-team' && d.target.channel === 'all',
    );
    expect(
      customerAggregateFromCounters({ teamId: 'lyon-1', period: '2026-W47', channel: 'all' }, all?.add ?? {}),
    ).toEqual({
      teamId: 'lyon-1',
      period: '2026-W47',
      channel: 'all',
      satisfaction: { n: 4, sum: 24, sumSq: 200 },
      recommendation: { n: 3, sum: 22, sumSq: 166 },
      effort: { n: 1, sum: 5, sumSq: 25 },
      resolved: { n: 2, sum: 1, sumSq: 1 },
      promoters: 1,
      passives: 1,
      detractors: 1,
    });
  });

  it('reads absent counters as zero', () => {
    expect(
      customerAggregateFromCounters({ teamId: 'lyon-1', period: '2026-W47', channel: 'phone' }, {})
        .satisfaction,
    ).toEqual({ n: 0, sum: 0, sumSq: 0 });
  });
});
