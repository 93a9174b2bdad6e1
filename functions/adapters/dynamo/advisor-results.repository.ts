import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { AdvisorCustomerComment } from '../../../shared/advisor-results/advisor-results.js';
import type {
  AdvisorWeekCustomerAggregate,
  CustomerCounts,
} from '../../../shared/aggregates/aggregate.types.js';
import {
  advisorWeekCustomerAggregateFromCounters,
  customerCountsFromCounters,
} from '../../../shared/aggregates/aggregate-from-counters.js';
import type { Channel, Locale } from '../../../shared/roster/index.js';
import type { AdvisorResultsRepository } from '../../services/ports/advisor-results.port.js';
import type { DynamoClients } from './client.js';
import { keys } from './keys.js';
import { queryAllPages } from './query.js';

/** Sort-key bounds of the weeks `from`..`to` in a partition sorted by `PERIOD#<week>…`. */
function weekBounds(fromWeek: string, toWeek: string) {
  return { ':from': `PERIOD#${fromWeek}`, ':to': `PERIOD#${toWeek}#\uffff` };
}

/** One advisor's weekly counters, quarter counters and comments, each a Query or Get on their own keys. */
export class DynamoAdvisorResultsRepository implements AdvisorResultsRepository {
  constructor(
    private readonly clients: DynamoClients,
    private readonly tableName: string,
  ) {}

  async advisorWeeks(
    advisorId: string,
    fromWeek: string,
    toWeek: string,
  ): Promise<AdvisorWeekCustomerAggregate[]> {
    const items = await queryAllPages(this.clients.doc, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :p AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: {
        ':p': keys.advisorWeekCustomerAggregatesPartition(advisorId),
        ...weekBounds(fromWeek, toWeek),
      },
    });
    return items.map((i) =>
      advisorWeekCustomerAggregateFromCounters({ advisorId, period: String(i.period) }, i),
    );
  }

  async advisorQuarter(advisorId: string, quarter: string): Promise<CustomerCounts | undefined> {
    const out = await this.clients.doc.send(
      new GetCommand({ TableName: this.tableName, Key: keys.advisorQuarterAggregate(advisorId, quarter) }),
    );
    return out.Item ? customerCountsFromCounters(out.Item) : undefined;
  }

  async advisorComments(
    advisorId: string,
    fromWeek: string,
    toWeek: string,
    limit: number,
  ): Promise<AdvisorCustomerComment[]> {
    const out = await this.clients.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :p AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: {
          ':p': keys.advisorCustomerCommentsPartition(advisorId),
          ...weekBounds(fromWeek, toWeek),
        },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (out.Items ?? []).map((i) => ({
      period: String(i.period),
      channel: i.channel as Channel,
      locale: i.locale as Locale,
      satisfaction: Number(i.satisfaction),
      comment: String(i.comment),
    }));
  }
}
