import { describe, expect, it } from 'vitest';
import type { WindowKind } from '../../../shared/aggregates/aggregate.types.js';
import {
  customerAggregateFromCounters,
  pulseAggregateFromCounters,
} from '../../../shared/aggregates/aggregate-from-counters.js';
import {
  type AggregateTarget,
  customerResponseDeltas,
  type PulseAnswerValues,
  pulseAnswerDeltas,
  sumDeltas,
} from '../../../shared/aggregates/counter-deltas.js';
import type { WorkMode } from '../../../shared/roster/index.js';
import { windowsOfWeek } from '../../../shared/time/windows.js';

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

  it('gives the pulse aggregate distinct respondents, the dimensions answered and eNPS', () => {
    const windows = windowsOfWeek('2026-W27');
    const answer = (workMode: WorkMode, first: WindowKind[], values: PulseAnswerValues) =>
      pulseAnswerDeltas({ teamId: 'lyon-1', workMode, windows, firstInWindow: new Set(first) }, values);
    const deltas = [
      answer('remote', ['week', 'fortnight', 'month', 'quarter'], {
        dimensions: { wellbeing: 4, workload: 2 },
        enps: 9,
      }),
      answer('on-site', ['week', 'fortnight', 'month', 'quarter'], {
        dimensions: { wellbeing: 2, workload: 5 },
        enps: 5,
      }),
      // The first advisor again, the next week: a new respondent in that week only.
      pulseAnswerDeltas(
        {
          teamId: 'lyon-1',
          workMode: 'remote',
          windows: windowsOfWeek('2026-W28'),
          firstInWindow: new Set(['week']),
        },
        { dimensions: { wellbeing: 5, meaning: 4 } },
      ),
    ].flat();
    const summed = sumDeltas(deltas, keyOf);
    const counters = (kind: WindowKind, workMode: WorkMode | 'all') =>
      summed.find(
        (d) =>
          d.target.kind === 'pulse-team' && d.target.window.kind === kind && d.target.workMode === workMode,
      )?.add ?? {};
    const july = { kind: 'month' as const, id: '2026-07' };
    expect(windowsOfWeek('2026-W28')[2]).toEqual(july);
    expect(
      pulseAggregateFromCounters(
        { teamId: 'lyon-1', window: july, workMode: 'all' },
        counters('month', 'all'),
      ),
    ).toEqual({
      teamId: 'lyon-1',
      window: july,
      workMode: 'all',
      respondents: 2,
      items: {
        wellbeing: { n: 3, sum: 11, sumSq: 45 },
        workload: { n: 2, sum: 7, sumSq: 29 },
        meaning: { n: 1, sum: 4, sumSq: 16 },
      },
      enps: { promoters: 1, passives: 0, detractors: 1 },
    });
    expect(
      pulseAggregateFromCounters(
        { teamId: 'lyon-1', window: july, workMode: 'remote' },
        counters('month', 'remote'),
      ),
    ).toMatchObject({
      respondents: 1,
      items: {
        wellbeing: { n: 2, sum: 9, sumSq: 41 },
        workload: { n: 1, sum: 2, sumSq: 4 },
        meaning: { n: 1, sum: 4, sumSq: 16 },
      },
      enps: { promoters: 1, passives: 0, detractors: 0 },
    });
  });

  it('reads absent counters as zero', () => {
    expect(
      customerAggregateFromCounters({ teamId: 'lyon-1', period: '2026-W47', channel: 'phone' }, {})
        .satisfaction,
    ).toEqual({ n: 0, sum: 0, sumSq: 0 });
    const aggregate = pulseAggregateFromCounters(
      { teamId: 'lyon-1', window: { kind: 'week', id: '2026-W47' }, workMode: 'all' },
      {},
    );
    expect(aggregate.respondents).toBe(0);
    expect(aggregate.items).toEqual({});
  });
});
