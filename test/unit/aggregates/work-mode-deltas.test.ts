import { describe, expect, it } from 'vitest';
import { aggregateItemOf, aggregateKeyString } from '../../../functions/adapters/dynamo/aggregate-updates.js';
import { customerWorkModeAggregateFromCounters } from '../../../shared/aggregates/aggregate-from-counters.js';
import { customerResponseDeltas, sumDeltas } from '../../../shared/aggregates/counter-deltas.js';
import { customerIndices } from '../../../shared/analytics/indices.js';

const contact = {
  teamId: 'lyon-1',
  advisorId: 'P2',
  channel: 'chat' as const,
  period: '2026-W47',
  quarter: '2026-Q4',
};

describe('work-mode customer counters', () => {
  it("moves the team's week for the advisor's work mode by the same counts as the team week", () => {
    const deltas = customerResponseDeltas(
      { ...contact, workMode: 'remote' },
      { satisfaction: 7, recommendation: 10, resolved: false },
    );
    expect(deltas.map((d) => d.target.kind)).toEqual([
      'customer-team',
      'customer-team',
      'customer-advisor',
      'customer-team-work-mode',
      'customer-advisor-week',
    ]);
    const workMode = deltas[3];
    expect(workMode?.target).toEqual({
      kind: 'customer-team-work-mode',
      teamId: 'lyon-1',
      period: '2026-W47',
      workMode: 'remote',
    });
    expect(workMode?.add).toEqual(deltas[0]?.add);
    expect(workMode?.add).toMatchObject({
      satisfactionN: 1,
      satisfactionSum: 7,
      resolvedSum: 0,
      promoters: 1,
    });
  });

  it('moves no work-mode counter for an invitation sent before work modes were recorded', () => {
    const deltas = customerResponseDeltas(contact, { satisfaction: 7 });
    expect(deltas.some((d) => d.target.kind === 'customer-team-work-mode')).toBe(false);
    expect(deltas).toHaveLength(4);
  });

  it('keys each team, week and work mode apart, and sums responses into the indices', () => {
    const answers = [
      { workMode: 'remote' as const, satisfaction: 9, resolved: true },
      { workMode: 'remote' as const, satisfaction: 5, resolved: false },
      { workMode: 'on-site' as const, satisfaction: 10, resolved: true },
    ];
    const deltas = answers.flatMap(({ workMode, ...answer }) =>
      customerResponseDeltas({ ...contact, workMode }, answer),
    );
    const totals = sumDeltas(
      deltas.filter((d) => d.target.kind === 'customer-team-work-mode'),
      aggregateKeyString,
    );
    expect(totals).toHaveLength(2);
    const remote = totals.find(
      (t) => t.target.kind === 'customer-team-work-mode' && t.target.workMode === 'remote',
    );
    expect(remote && aggregateItemOf(remote.target)).toEqual({
      key: { pk: 'TEAM#lyon-1#CUSTOMER_WORK_MODE', sk: 'PERIOD#2026-W47#MODE#remote' },
      attributes: {
        type: 'CustomerWorkModeAggregate',
        teamId: 'lyon-1',
        period: '2026-W47',
        workMode: 'remote',
      },
    });
    const aggregate = customerWorkModeAggregateFromCounters(
      { teamId: 'lyon-1', period: '2026-W47', workMode: 'remote' },
      remote?.add ?? {},
    );
    const indices = customerIndices({ ...aggregate, channel: 'all' });
    expect(indices.satisfaction).toMatchObject({ n: 2, value: 70 });
    expect(indices.onceAndDone).toMatchObject({ n: 2, value: 50 });
  });
});
