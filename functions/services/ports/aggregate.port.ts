import type {
  CustomerAggregate,
  OperationsAggregate,
  PulseAggregate,
} from '../../../shared/aggregates/aggregate.types.js';

/** Reads the sufficient-statistics aggregates: O(weeks) items per team, never raw answers. */
export interface AggregateRepository {
  customerAggregates(teamId: string, fromWeek: string, toWeek: string): Promise<CustomerAggregate[]>;
  /** Every window (week, fortnight, month, quarter) and work-mode cut of a team. */
  pulseAggregates(teamId: string): Promise<PulseAggregate[]>;
  operationsAggregates(teamId: string, fromWeek: string, toWeek: string): Promise<OperationsAggregate[]>;
}
