import { createHash } from 'node:crypto';
import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { roles } from '../../../shared/access/index.js';
import type { SessionRecord, SessionRepository } from '../../services/access/session.port.js';
import type { DynamoClients } from './client.js';
import { accessEntityTypes, accessKeys } from './keys.js';

/** The stored key names a session by the SHA-256 of its id: reading the table signs no one in. */
function sessionKey(sessionId: string) {
  return accessKeys.session(createHash('sha256').update(sessionId, 'utf8').digest('base64url'));
}

/**
 * Server-side sessions on the main table. `expiresAt` is the table's TTL attribute (epoch
 * seconds), so DynamoDB removes a session some time after it expires; until then the session
 * service compares the expiry itself.
 */
export class DynamoUserSessionRepository implements SessionRepository {
  constructor(
    private readonly clients: DynamoClients,
    private readonly tableName: string,
  ) {}

  async putSession(record: SessionRecord): Promise<void> {
    await this.clients.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...sessionKey(record.sessionId),
          type: accessEntityTypes.session,
          email: record.email,
          role: record.role,
          issuer: record.issuer,
          createdAt: record.createdAt,
          expiresAt: Math.ceil(Date.parse(record.expiresAt) / 1000),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async getSession(sessionId: string): Promise<SessionRecord | undefined> {
    const out = await this.clients.doc.send(
      new GetCommand({ TableName: this.tableName, Key: sessionKey(sessionId), ConsistentRead: true }),
    );
    const item = out.Item;
    const role = roles.find((r) => r === item?.role);
    if (!item || !role || typeof item.expiresAt !== 'number') return undefined;
    return {
      sessionId,
      email: String(item.email),
      role,
      issuer: String(item.issuer),
      createdAt: String(item.createdAt),
      expiresAt: new Date(item.expiresAt * 1000).toISOString(),
    };
  }

  async deleteSession(sessionId: string): Promise<void> {
    await this.clients.doc.send(new DeleteCommand({ TableName: this.tableName, Key: sessionKey(sessionId) }));
  }
}
