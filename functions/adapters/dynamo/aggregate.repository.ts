import type {
  CustomerAggregate,
  CustomerWorkModeAggregate,
  OperationsAggregate,
} from '../../../shared/aggregates/aggregate.types.js';
import {
  customerAggregateFromCounters,
  customerWorkModeAggregateFromCounters,
  operationsAggregateFromCounters,
} from '../../../shared/aggregates/aggregate-from-counters.js';
import type { Channel, WorkMode } from '../../../shared/roster/index.js';
import type { AggregateRepository } from '../../services/ports/aggregate.port.js';
import type { DynamoClients } from './client.js';
import { keys } from './keys.js';
import { queryAllPages } from './query.js';

export class DynamoAggregateRepository implements AggregateRepository {
  constructor(
    private readonly clients: DynamoClients,
    private readonly tableName: string,
  ) {}

  private queryAll(
    partition: string,
    range?: { from: string; to: string },
  ): Promise<Record<string, unknown>[]> {
    return queryAllPages(this.clients.doc, {
      TableName: this.tableName,
      KeyConditionExpression: range ? 'pk = :p AND sk BETWEEN :from AND :to' : 'pk = :p',
      ExpressionAttributeValues: {
        ':p': partition,
        ...(range ? { ':from': `PERIOD#${range.from}`, ':to': `PERIOD#${range.to}#\uffff` } : {}),
      },
    });
  }

  async customerAggregates(teamId: string, fromWeek: string, toWeek: string): Promise<CustomerAggregate[]> {
    const items = await this.queryAll(keys.customerAggregatesOfTeamPartition(teamId), {
      from: fromWeek,
      to: toWeek,
    });
    return items.map((i) =>
      customerAggregateFromCounters(
        { teamId, period: String(i.period), channel: i.channel as Channel | 'all' },
        i,
      ),
    );
  }

  async customerWorkModeAggregates(
    teamId: string,
    fromWeek: string,
    toWeek: string,
  ): Promise<CustomerWorkModeAggregate[]> {
    const items = await this.queryAll(keys.customerWorkModeAggregatesOfTeamPartition(teamId), {
      from: fromWeek,
      to: toWeek,
    });
    return items.map((i) =>
      customerWorkModeAggregateFromCounters(
        { teamId, period: String(i.period), workMode: i.workMode as WorkMode },
        i,
      ),
    );
  }

  async operationsAggregates(
    teamId: string,
    fromWeek: string,
    toWeek: string,
  ): Promise<OperationsAggregate[]> {
    const items = await this.queryAll(keys.operationsOfTeamPartition(teamId), { from: fromWeek, to: toWeek });
    return items.map((i) =>
      operationsAggregateFromCounters(
        { teamId, period: String(i.period), channel: i.channel as Channel | 'all' },
        i,
      ),
    );
  }
}
