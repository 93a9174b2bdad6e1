import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  type AuditEntry,
  type AuditRecord,
  canonicalJson,
  type JsonValue,
  nextEntry,
} from '../../../shared/audit/audit-chain.js';
import type { AuditLog } from '../../services/ports/audit.port.js';
import { sha256Hex } from '../sha256-hex.js';
import type { DynamoClients } from './client.js';
import { payEntityTypes, payKeys } from './keys.js';
import { queryAllPages, writeIfCondition } from './query.js';

function auditItem(entry: AuditEntry): Record<string, unknown> {
  return {
    ...payKeys.auditEntry(entry.seq),
    type: payEntityTypes.auditEntry,
    seq: entry.seq,
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    subject: entry.subject,
    details: canonicalJson(entry.details),
    prevHash: entry.prevHash,
    hash: entry.hash,
  };
}

function entryOf(item: Record<string, unknown>): AuditEntry {
  return {
    seq: Number(item.seq),
    at: String(item.at),
    actor: String(item.actor),
    action: String(item.action),
    subject: String(item.subject),
    details: JSON.parse(String(item.details)) as { [key: string]: JsonValue },
    prevHash: String(item.prevHash),
    hash: String(item.hash),
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The audit log in the main table, one partition, one item per entry keyed by its sequence
 * number. An append reads the head and puts the next entry on condition that its sequence
 * number is free; when another append took it first, it reads the new head and tries again.
 * Details are stored as their canonical JSON text, exactly what the hash covers.
 */
export class DynamoAuditLog implements AuditLog {
  constructor(
    private readonly clients: DynamoClients,
    private readonly tableName: string,
    private readonly maxAttempts = 200,
  ) {}

  private async head(): Promise<AuditEntry | undefined> {
    const out = await this.clients.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :p',
        ExpressionAttributeValues: { ':p': payKeys.auditPartition() },
        ScanIndexForward: false,
        Limit: 1,
        ConsistentRead: true,
      }),
    );
    const item = out.Items?.[0];
    return item ? entryOf(item) : undefined;
  }

  async append(record: AuditRecord): Promise<AuditEntry> {
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      const entry = nextEntry(record, await this.head(), sha256Hex);
      const appended = await writeIfCondition(() =>
        this.clients.doc.send(
          new PutCommand({
            TableName: this.tableName,
            Item: auditItem(entry),
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        ),
      );
      if (appended) return entry;
      await pause(Math.random() * Math.min(50, attempt * 2));
    }
    throw new Error(`audit log: no free sequence number after ${this.maxAttempts} attempts`);
  }

  async entries(): Promise<AuditEntry[]> {
    const items = await queryAllPages(this.clients.doc, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: { ':p': payKeys.auditPartition() },
      ConsistentRead: true,
    });
    return items.map(entryOf);
  }
}
