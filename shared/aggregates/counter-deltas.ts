import type { Channel, WorkMode } from '../roster/index.js';
import type { CustomerAnswer } from '../surveys/customer-response.schema.js';

/** Which aggregate a response moves. */
export type AggregateTarget =
  | {
      readonly kind: 'customer-team';
      readonly teamId: string;
      readonly period: string;
      readonly channel: Channel | 'all';
    }
  | {
      readonly kind: 'customer-team-work-mode';
      readonly teamId: string;
      readonly period: string;
      readonly workMode: WorkMode;
    }
  | { readonly kind: 'customer-advisor'; readonly advisorId: string; readonly quarter: string }
  /**
   * One advisor's customer responses in one ISO week: their own weekly results, and what
   * variable pay's "doping" check reads (responses concentrated in a short window).
   */
  | { readonly kind: 'customer-advisor-week'; readonly advisorId: string; readonly period: string };

/** Counter increments on one aggregate; counters are flat (`satisfactionN`, `satisfactionSum`, …). */
export interface CounterDelta {
  readonly target: AggregateTarget;
  readonly add: Readonly<Record<string, number>>;
}

function statsDelta(metric: string, value: number | undefined): Record<string, number> {
  if (value === undefined) return {};
  return { [`${metric}N`]: 1, [`${metric}Sum`]: value, [`${metric}SumSq`]: value * value };
}

/** Recommendation 9–10 promoter, 7–8 passive, 0–6 detractor (NPS). */
export function npsCategory(score: number): 'promoters' | 'passives' | 'detractors' {
  return score >= 9 ? 'promoters' : score >= 7 ? 'passives' : 'detractors';
}

function customerAdd(answer: CustomerAnswer): Record<string, number> {
  return {
    responses: 1,
    ...statsDelta('satisfaction', answer.satisfaction),
    ...statsDelta('recommendation', answer.recommendation),
    ...statsDelta('effort', answer.effort),
    ...statsDelta('resolved', answer.resolved === undefined ? undefined : answer.resolved ? 1 : 0),
    ...(answer.recommendation === undefined ? {} : { [npsCategory(answer.recommendation)]: 1 }),
  };
}

/**
 * The counters one customer response moves: its team's week for all channels and for its
 * channel, its advisor's quarter (variable pay reads only that), when the invitation carries
 * the advisor's work mode at dispatch its team's week for that work mode (the work-mode cut;
 * invitations sent before work modes were recorded move no work-mode counter), and last its
 * advisor's week (the advisor's own page; responses per advisor and week for the doping check).
 */
export function customerResponseDeltas(
  context: {
    teamId: string;
    advisorId: string;
    channel: Channel;
    period: string;
    quarter: string;
    workMode?: WorkMode | undefined;
  },
  answer: CustomerAnswer,
): CounterDelta[] {
  const add = customerAdd(answer);
  return [
    {
      target: { kind: 'customer-team', teamId: context.teamId, period: context.period, channel: 'all' },
      add,
    },
    {
      target: {
        kind: 'customer-team',
        teamId: context.teamId,
        period: context.period,
        channel: context.channel,
      },
      add,
    },
    { target: { kind: 'customer-advisor', advisorId: context.advisorId, quarter: context.quarter }, add },
    ...(context.workMode === undefined
      ? []
      : [
          {
            target: {
              kind: 'customer-team-work-mode',
              teamId: context.teamId,
              period: context.period,
              workMode: context.workMode,
            } as const,
            add,
          },
        ]),
    { target: { kind: 'customer-advisor-week', advisorId: context.advisorId, period: context.period }, add },
  ];
}

/** Sums deltas per target, for writing many responses at once (demo seeding). */
export function sumDeltas(
  deltas: readonly CounterDelta[],
  keyOf: (t: AggregateTarget) => string,
): CounterDelta[] {
  const byKey = new Map<string, { target: AggregateTarget; add: Record<string, number> }>();
  for (const d of deltas) {
    const key = keyOf(d.target);
    const entry = byKey.get(key) ?? { target: d.target, add: {} };
    for (const [counter, value] of Object.entries(d.add))
      entry.add[counter] = (entry.add[counter] ?? 0) + value;
    byKey.set(key, entry);
  }
  return [...byKey.values()];
}
