import { entityTypes } from '../functions/adapters/dynamo/keys.js';
import type {
  CustomerAggregate,
  OperationsAggregate,
  PulseAggregate,
  WindowKind,
} from '../shared/aggregates/aggregate.types.js';
import {
  customerAggregateFromCounters,
  operationsAggregateFromCounters,
  pulseAggregateFromCounters,
} from '../shared/aggregates/aggregate-from-counters.js';
import type { Channel, WorkMode } from '../shared/roster/index.js';
import type { DemoHistory } from './demo-history.js';

/** The aggregates among the demo history's items, as the analysis reads them. */
export function demoAggregates(history: DemoHistory): {
  customer: CustomerAggregate[];
  pulse: PulseAggregate[];
  operations: OperationsAggregate[];
} {
  const customer: CustomerAggregate[] = [];
  const pulse: PulseAggregate[] = [];
  const operations: OperationsAggregate[] = [];
  for (const item of history.mainItems) {
    const teamId = String(item.teamId);
    if (item.type === entityTypes.customerAggregate) {
      customer.push(
        customerAggregateFromCounters(
          { teamId, period: String(item.period), channel: item.channel as Channel | 'all' },
          item,
        ),
      );
    } else if (item.type === entityTypes.pulseAggregate) {
      pulse.push(
        pulseAggregateFromCounters(
          {
            teamId,
            window: { kind: item.windowKind as WindowKind, id: String(item.windowId) },
            workMode: item.workMode as WorkMode | 'all',
          },
          item,
        ),
      );
    } else if (item.type === entityTypes.operationsAggregate) {
      operations.push(
        operationsAggregateFromCounters(
          { teamId, period: String(item.period), channel: item.channel as Channel | 'all' },
          item,
        ),
      );
    }
  }
  return { customer, pulse, operations };
}
