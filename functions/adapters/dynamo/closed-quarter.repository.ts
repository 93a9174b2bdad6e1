import { randomUUID } from 'node:crypto';
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  type ClosedQuarter,
  type ClosedRevisionSummary,
  closedQuarterSchema,
} from '../../../shared/pay/closed-quarter.js';
import { ValidationError } from '../../services/errors.js';
import type { ClosedQuarterRepository } from '../../services/ports/closed-quarter.port.js';
import { batchWriteAll } from './batch.js';
import type { DynamoClients } from './client.js';
import { closedQuarterEntityTypes, closedQuarterKeys } from './keys.js';
import { queryAllPages, writeIfCondition } from './query.js';

interface RevisionHeader extends ClosedRevisionSummary {
  readonly rowSetId: string;
}

function toHeader(item: Record<string, unknown>): RevisionHeader {
  const { pk: _pk, sk: _sk, type: _type, ...header } = item;
  return header as unknown as RevisionHeader;
}

/**
 * Closed quarters on the main table, immutable. Saving writes the rows under a fresh row set
 * id, then puts the revision's header on the condition that its number is unused: the header
 * is what makes a revision exist, so a revision is either whole or absent, and never replaced.
 */
export class DynamoClosedQuarterRepository implements ClosedQuarterRepository {
  constructor(
    private readonly clients: DynamoClients,
    private readonly tableName: string,
  ) {}

  async saveRevision(input: ClosedQuarter): Promise<'saved' | 'revision-taken'> {
    const parsed = closedQuarterSchema.safeParse(input);
    if (!parsed.success) {
      throw new ValidationError(
        parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        'The closed quarter has invalid fields; nothing was stored.',
      );
    }
    const closed = parsed.data;
    const latest = (await this.listRevisions(closed.quarter)).at(-1)?.revision ?? 0;
    if (closed.revision <= latest) return 'revision-taken';
    if (closed.revision !== latest + 1) {
      throw new ValidationError([
        { path: 'revision', message: `the next revision of ${closed.quarter} is ${latest + 1}` },
      ]);
    }
    const rowSetId = randomUUID();
    await batchWriteAll(
      this.clients.doc,
      this.tableName,
      closed.rows.map((row) => ({
        ...closedQuarterKeys.row(closed.quarter, closed.revision, rowSetId, row.payrollId),
        type: closedQuarterEntityTypes.row,
        ...row,
      })),
    );
    const { rows, ...summary } = closed;
    const saved = await writeIfCondition(() =>
      this.clients.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...closedQuarterKeys.revision(closed.quarter, closed.revision),
            type: closedQuarterEntityTypes.revision,
            ...summary,
            rowCount: rows.length,
            rowSetId,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      ),
    );
    return saved ? 'saved' : 'revision-taken';
  }

  async latestRevision(quarter: string): Promise<ClosedQuarter | undefined> {
    const out = await this.clients.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :p',
        ExpressionAttributeValues: { ':p': closedQuarterKeys.revisionsPartition(quarter) },
        ScanIndexForward: false,
        Limit: 1,
        ConsistentRead: true,
      }),
    );
    const item = out.Items?.[0];
    return item ? this.withRows(toHeader(item)) : undefined;
  }

  async getRevision(quarter: string, revision: number): Promise<ClosedQuarter | undefined> {
    const out = await this.clients.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: closedQuarterKeys.revision(quarter, revision),
        ConsistentRead: true,
      }),
    );
    return out.Item ? this.withRows(toHeader(out.Item)) : undefined;
  }

  async listRevisions(quarter: string): Promise<ClosedRevisionSummary[]> {
    const items = await queryAllPages(this.clients.doc, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: { ':p': closedQuarterKeys.revisionsPartition(quarter) },
      ConsistentRead: true,
    });
    return items.map((item) => {
      const { rowSetId: _rowSetId, ...summary } = toHeader(item);
      return summary;
    });
  }

  private async withRows(header: RevisionHeader): Promise<ClosedQuarter> {
    const items = await queryAllPages(this.clients.doc, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: {
        ':p': closedQuarterKeys.rowsPartition(header.quarter, header.revision, header.rowSetId),
      },
      ConsistentRead: true,
    });
    const { rowSetId: _rowSetId, rowCount, ...summary } = header;
    const rows = items.map((item) => {
      const { pk: _pk, sk: _sk, type: _type, ...row } = item;
      return row;
    });
    if (rows.length !== rowCount) {
      throw new Error(
        `Closed quarter ${header.quarter} revision ${header.revision} holds ${rows.length} rows instead of ${rowCount}`,
      );
    }
    return closedQuarterSchema.parse({ ...summary, rows });
  }
}
