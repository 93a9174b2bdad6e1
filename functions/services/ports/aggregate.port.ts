import type { CustomerAggregate, OperationsAggregate } from '../../../shared/aggregates/aggregate.types.js';

/**
 * Reads the customer and operations aggregates: O(weeks) items per team, never raw answers.
 * Pulse figures are read from the publication only (publication.port.ts).
 */
export interface AggregateRepository {
  customerAggregates(teamId: string, fromWeek: string, toWeek: string): Promise<CustomerAggregate[]>;
  operationsAggregates(teamId: string, fromWeek: string, toWeek: string): Promise<OperationsAggregate[]>;
}
