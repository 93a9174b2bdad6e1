import { gunzipSync, gzipSync } from 'node:zlib';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { LogicsMonth } from '../../../shared/logics/logics-month.js';
import type { LogicsPublicationRepository } from '../../services/ports/logics-publication.port.js';
import type { DynamoClients } from './client.js';
import { entityTypes, keys } from './keys.js';
import { queryAllPages, writeIfCondition } from './query.js';

/**
 * Published logics in the main table: one item per month, its record gzipped (a centre with
 * many sites and tools stays far under DynamoDB's 400 KB), put only if the month is absent.
 */
export class DynamoLogicsPublicationRepository implements LogicsPublicationRepository {
  constructor(
    private readonly clients: DynamoClients,
    private readonly tableName: string,
  ) {}

  async publishedMonths(): Promise<string[]> {
    const items = await queryAllPages(this.clients.doc, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: { ':p': keys.logicsMonthsPartition() },
      ProjectionExpression: '#m',
      ExpressionAttributeNames: { '#m': 'month' },
      ConsistentRead: true,
    });
    return items.map((i) => String(i.month)).sort();
  }

  async month(month: string): Promise<LogicsMonth | undefined> {
    const out = await this.clients.doc.send(
      new GetCommand({ TableName: this.tableName, Key: keys.logicsMonth(month), ConsistentRead: true }),
    );
    const body = out.Item?.body;
    if (!(body instanceof Uint8Array)) return undefined;
    return JSON.parse(gunzipSync(body).toString('utf8')) as LogicsMonth;
  }

  async publishMonth(month: LogicsMonth): Promise<'published' | 'already-published'> {
    const written = await writeIfCondition(() =>
      this.clients.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...keys.logicsMonth(month.month),
            type: entityTypes.logicsMonth,
            month: month.month,
            week: month.week,
            publishedAt: month.publishedAt,
            body: gzipSync(Buffer.from(JSON.stringify(month), 'utf8')),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      ),
    );
    return written ? 'published' : 'already-published';
  }
}
