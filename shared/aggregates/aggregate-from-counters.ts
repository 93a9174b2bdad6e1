import type { Channel, WorkMode } from '../roster/index.js';
import type {
  AdvisorWeekCustomerAggregate,
  CustomerAggregate,
  CustomerCounts,
  CustomerWorkModeAggregate,
  OperationsAggregate,
} from './aggregate.types.js';
import type { SufficientStats } from './sufficient-stats.js';

type Counters = Readonly<Record<string, unknown>>;

const num = (c: Counters, name: string): number => (typeof c[name] === 'number' ? (c[name] as number) : 0);

function stats(c: Counters, metric: string): SufficientStats {
  return { n: num(c, `${metric}N`), sum: num(c, `${metric}Sum`), sumSq: num(c, `${metric}SumSq`) };
}

function customerCounts(c: Counters): CustomerCounts {
  return {
    satisfaction: stats(c, 'satisfaction'),
    recommendation: stats(c, 'recommendation'),
    effort: stats(c, 'effort'),
    resolved: stats(c, 'resolved'),
    promoters: num(c, 'promoters'),
    passives: num(c, 'passives'),
    detractors: num(c, 'detractors'),
  };
}

/** A customer aggregate from its stored flat counters (absent counters are zero). */
export function customerAggregateFromCounters(
  key: { teamId: string; period: string; channel: Channel | 'all' },
  c: Counters,
): CustomerAggregate {
  return { ...key, ...customerCounts(c) };
}

/** A team's work-mode customer aggregate from its stored flat counters (absent counters are zero). */
export function customerWorkModeAggregateFromCounters(
  key: { teamId: string; period: string; workMode: WorkMode },
  c: Counters,
): CustomerWorkModeAggregate {
  return { ...key, ...customerCounts(c) };
}

/** An advisor's customer aggregate of one week from its stored flat counters (absent counters are zero). */
export function advisorWeekCustomerAggregateFromCounters(
  key: { advisorId: string; period: string },
  c: Counters,
): AdvisorWeekCustomerAggregate {
  return { ...key, ...customerCounts(c) };
}

/** The customer counts of any stored customer counter item (absent counters are zero). */
export function customerCountsFromCounters(c: Counters): CustomerCounts {
  return customerCounts(c);
}

/** An operations aggregate from the counters written at ingestion. */
export function operationsAggregateFromCounters(
  key: { teamId: string; period: string; channel: Channel | 'all' },
  c: Counters,
): OperationsAggregate {
  return {
    ...key,
    contacts: num(c, 'contacts'),
    handleTime: { n: num(c, 'htN'), sum: num(c, 'htSum'), sumSq: num(c, 'htSumSq') },
    resolvedFirstContact: { n: num(c, 'fcrN'), sum: num(c, 'fcrSum'), sumSq: num(c, 'fcrSum') },
  };
}
