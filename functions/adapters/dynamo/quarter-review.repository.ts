import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { PayContest, QuarterReviewRow, RowReview } from '../../../shared/pay/quarter-review.js';
import type { Channel, Locale } from '../../../shared/roster/index.js';
import type {
  ContestableResponse,
  QuarterReviewRepository,
} from '../../services/ports/quarter-review.port.js';
import { batchWriteAll } from './batch.js';
import type { DynamoClients } from './client.js';
import { mapWithConcurrency } from './concurrency.js';
import { keys, quarterReviewEntityTypes, quarterReviewKeys } from './keys.js';
import { queryAllPages, writeIfCondition } from './query.js';

const rowItem = (row: QuarterReviewRow) => ({
  ...quarterReviewKeys.row(row.quarter, row.advisorId),
  type: quarterReviewEntityTypes.row,
  reviewState: row.review.state,
  row: JSON.stringify(row),
});

const contestItem = (contest: PayContest) => ({
  ...quarterReviewKeys.contest(contest.quarter, contest.responseId),
  type: quarterReviewEntityTypes.contest,
  state: contest.state,
  contest: JSON.stringify(contest),
});

/** Batch writes of review rows in flight while a compute stores them. */
export const reviewRowWritesInFlight = 16;

/** A quarter's review rows and contests on the main table, each quarter its own partitions. */
export class DynamoQuarterReviewRepository implements QuarterReviewRepository {
  constructor(
    private readonly clients: DynamoClients,
    private readonly tableName: string,
  ) {}

  async saveRows(rows: readonly QuarterReviewRow[]): Promise<void> {
    const slices: QuarterReviewRow[][] = [];
    for (let i = 0; i < rows.length; i += 25) slices.push(rows.slice(i, i + 25));
    // Each slice's items are built when it is written: 10,000 rows' JSON is never held at once.
    await mapWithConcurrency(slices, reviewRowWritesInFlight, (slice) =>
      batchWriteAll(this.clients.doc, this.tableName, slice.map(rowItem)),
    );
  }

  async rows(quarter: string): Promise<QuarterReviewRow[]> {
    const items = await queryAllPages(this.clients.doc, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: { ':p': quarterReviewKeys.rowsPartition(quarter) },
    });
    return items.map((i) => JSON.parse(String(i.row)) as QuarterReviewRow);
  }

  async reviewedAdvisors(quarter: string): Promise<string[]> {
    const items = await queryAllPages(this.clients.doc, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :p',
      FilterExpression: '#state <> :pending',
      ProjectionExpression: '#sk',
      ExpressionAttributeNames: { '#state': 'reviewState', '#sk': 'sk' },
      ExpressionAttributeValues: { ':p': quarterReviewKeys.rowsPartition(quarter), ':pending': 'pending' },
    });
    return items.map((i) => String(i.sk).slice('ADVISOR#'.length));
  }

  async row(quarter: string, advisorId: string): Promise<QuarterReviewRow | undefined> {
    const out = await this.clients.doc.send(
      new GetCommand({ TableName: this.tableName, Key: quarterReviewKeys.row(quarter, advisorId) }),
    );
    return out.Item ? (JSON.parse(String(out.Item.row)) as QuarterReviewRow) : undefined;
  }

  async setReview(quarter: string, advisorId: string, review: RowReview): Promise<boolean> {
    const current = await this.row(quarter, advisorId);
    if (!current) return false;
    const next = { ...current, review };
    return writeIfCondition(() =>
      this.clients.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: quarterReviewKeys.row(quarter, advisorId),
          UpdateExpression: 'SET #row = :row, reviewState = :state',
          ConditionExpression: '#row = :current',
          ExpressionAttributeNames: { '#row': 'row' },
          ExpressionAttributeValues: {
            ':row': JSON.stringify(next),
            ':state': review.state,
            ':current': JSON.stringify(current),
          },
        }),
      ),
    );
  }

  async replaceIndicator(row: QuarterReviewRow): Promise<void> {
    await this.clients.doc.send(new PutCommand({ TableName: this.tableName, Item: rowItem(row) }));
  }

  async addContest(contest: PayContest): Promise<boolean> {
    return writeIfCondition(() =>
      this.clients.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: contestItem(contest),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      ),
    );
  }

  async contests(quarter: string): Promise<PayContest[]> {
    const items = await queryAllPages(this.clients.doc, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: { ':p': quarterReviewKeys.contestsPartition(quarter) },
    });
    return items.map((i) => JSON.parse(String(i.contest)) as PayContest);
  }

  async resolveContest(_quarter: string, _responseId: string, resolved: PayContest): Promise<boolean> {
    return writeIfCondition(() =>
      this.clients.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: contestItem(resolved),
          ConditionExpression: '#state = :open',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':open': 'open' },
        }),
      ),
    );
  }

  async response(responseId: string): Promise<ContestableResponse | undefined> {
    const out = await this.clients.doc.send(
      new GetCommand({ TableName: this.tableName, Key: keys.customerResponse(responseId) }),
    );
    const i = out.Item;
    if (!i) return undefined;
    const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
    return {
      responseId,
      advisorId: String(i.advisorId),
      quarter: String(i.quarter),
      period: String(i.period),
      answer: {
        satisfaction: Number(i.satisfaction),
        recommendation: num(i.recommendation),
        effort: num(i.effort),
        resolved: typeof i.resolved === 'boolean' ? i.resolved : undefined,
      },
    } as ContestableResponse;
  }

  async advisorRatedResponses(advisorId: string, fromWeek: string, toWeek: string, limit: number) {
    const out = await this.clients.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :p AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: {
          ':p': keys.advisorCustomerCommentsPartition(advisorId),
          ':from': `PERIOD#${fromWeek}`,
          ':to': `PERIOD#${toWeek}#\uffff`,
        },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (out.Items ?? []).map((i) => ({
      responseId: String(i.sk).split('#RESPONSE#')[1] ?? '',
      period: String(i.period),
      channel: i.channel as Channel,
      locale: i.locale as Locale,
      satisfaction: Number(i.satisfaction),
      comment: String(i.comment),
    }));
  }
}
