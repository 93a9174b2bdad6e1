import type {
  CustomerAggregate,
  CustomerWorkModeAggregate,
  OperationsAggregate,
} from '../../../shared/aggregates/aggregate.types.js';

/**
 * Reads the customer and operations aggregates: O(weeks) items per team, never raw answers.
 * Pulse figures are read from the publication only (publication.port.ts).
 */
export interface AggregateRepository {
  customerAggregates(teamId: string, fromWeek: string, toWeek: string): Promise<CustomerAggregate[]>;
  /** A team's customer aggregates per work mode of the advisor (the work-mode cut). */
  customerWorkModeAggregates(
    teamId: string,
    fromWeek: string,
    toWeek: string,
  ): Promise<CustomerWorkModeAggregate[]>;
  operationsAggregates(teamId: string, fromWeek: string, toWeek: string): Promise<OperationsAggregate[]>;
}
