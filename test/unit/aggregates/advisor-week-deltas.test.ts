import { describe, expect, it } from 'vitest';
import { aggregateItemOf, aggregateKeyString } from '../../../functions/adapters/dynamo/aggregate-updates.js';
import { advisorCommentItem } from '../../../functions/adapters/dynamo/survey.repository.js';
import { advisorWeekCustomerAggregateFromCounters } from '../../../shared/aggregates/aggregate-from-counters.js';
import { customerResponseDeltas, sumDeltas } from '../../../shared/aggregates/counter-deltas.js';

const contact = {
  teamId: 'lyon-1',
  advisorId: 'P2',
  channel: 'chat' as const,
  period: '2026-W47',
  quarter: '2026-Q4',
};

describe("an advisor's weekly customer counters", () => {
  it("moves the advisor's own week by the same counts as the team week", () => {
    const deltas = customerResponseDeltas(contact, { satisfaction: 6, recommendation: 8, resolved: true });
    const week = deltas.filter((d) => d.target.kind === 'customer-advisor-week');
    expect(week).toHaveLength(1);
    expect(week[0]?.target).toEqual({ kind: 'customer-advisor-week', advisorId: 'P2', period: '2026-W47' });
    expect(week[0]?.add).toEqual(deltas[0]?.add);
    expect(week[0]?.add).toMatchObject({
      responses: 1,
      satisfactionN: 1,
      satisfactionSum: 6,
      resolvedSum: 1,
    });
  });

  it('keys each advisor and week apart, in the advisor partition sorted by week', () => {
    const answers = [
      { advisorId: 'P2', period: '2026-W47', satisfaction: 9 },
      { advisorId: 'P2', period: '2026-W47', satisfaction: 4 },
      { advisorId: 'P2', period: '2026-W48', satisfaction: 10 },
      { advisorId: 'P3', period: '2026-W47', satisfaction: 2 },
    ];
    const deltas = answers.flatMap(({ advisorId, period, satisfaction }) =>
      customerResponseDeltas({ ...contact, advisorId, period }, { satisfaction }),
    );
    const totals = sumDeltas(
      deltas.filter((d) => d.target.kind === 'customer-advisor-week'),
      aggregateKeyString,
    );
    expect(totals).toHaveLength(3);
    const p2w47 = totals.find(
      (t) =>
        t.target.kind === 'customer-advisor-week' &&
        t.target.advisorId === 'P2' &&
        t.target.period === '2026-W47',
    );
    if (!p2w47) throw new Error('no P2 week 47 counters');
    const item = aggregateItemOf(p2w47.target);
    expect(item).toEqual({
      key: { pk: 'ADVISOR#P2#CUSTOMER_WEEK', sk: 'PERIOD#2026-W47' },
      attributes: { type: 'AdvisorWeekCustomerAggregate', advisorId: 'P2', period: '2026-W47' },
    });
    const aggregate = advisorWeekCustomerAggregateFromCounters(
      { advisorId: 'P2', period: '2026-W47' },
      { ...item.attributes, ...p2w47.add },
    );
    expect(aggregate.satisfaction).toEqual({ n: 2, sum: 13, sumSq: 97 });
    expect(aggregate.resolved).toEqual({ n: 0, sum: 0, sumSq: 0 });
  });
});

describe("a comment for the advisor's page", () => {
  const invitation = { ...contact, locale: 'fr' as const, customerKey: 'hashed-key', interactionId: 'c-9' };

  it('holds the week, channel, score and text, and nothing about the customer', () => {
    const item = advisorCommentItem(invitation, { satisfaction: 3, comment: 'Trop long.' }, 'r-1');
    expect(item).toEqual({
      pk: 'ADVISOR#P2#CUSTOMER_COMMENTS',
      sk: 'PERIOD#2026-W47#RESPONSE#r-1',
      type: 'AdvisorCustomerComment',
      advisorId: 'P2',
      period: '2026-W47',
      channel: 'chat',
      locale: 'fr',
      satisfaction: 3,
      comment: 'Trop long.',
    });
    expect(JSON.stringify(item)).not.toMatch(/hashed-key|c-9|@/);
    expect(Object.keys(item ?? {})).not.toContain('customerKey');
  });

  it('is not written for an answer without a comment', () => {
    expect(advisorCommentItem(invitation, { satisfaction: 8 }, 'r-2')).toBeUndefined();
  });
});
