import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ApiKeyRecord, ApiKeyRepository } from '../../services/ports/api-key.port.js';
import { type ApiScope, apiScopes } from '../../services/scope.js';
import type { DynamoClients } from './client.js';
import { entityTypes, keys } from './keys.js';
import { queryAllPages } from './query.js';

function toRecord(item: Record<string, unknown>): ApiKeyRecord {
  return {
    keyId: String(item.keyId),
    name: String(item.name),
    secretHash: String(item.secretHash),
    teams: Array.isArray(item.teams) ? (item.teams as string[]) : undefined,
    scopes: Array.isArray(item.scopes)
      ? item.scopes.filter((s): s is ApiScope => (apiScopes as readonly unknown[]).includes(s))
      : undefined,
    createdAt: String(item.createdAt),
    revokedAt: typeof item.revokedAt === 'string' ? item.revokedAt : undefined,
  };
}

export class DynamoApiKeyRepository implements ApiKeyRepository {
  constructor(
    private readonly clients: DynamoClients,
    private readonly tableName: string,
  ) {}

  async putApiKey(record: ApiKeyRecord): Promise<void> {
    await this.clients.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...keys.apiKey(record.secretHash),
          ...keys.apiKeyListing(record.keyId),
          type: entityTypes.apiKey,
          ...record,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async findApiKeyByHash(secretHash: string): Promise<ApiKeyRecord | undefined> {
    const out = await this.clients.doc.send(
      new GetCommand({ TableName: this.tableName, Key: keys.apiKey(secretHash), ConsistentRead: true }),
    );
    return out.Item ? toRecord(out.Item) : undefined;
  }

  async listApiKeys(): Promise<ApiKeyRecord[]> {
    const items = await queryAllPages(this.clients.doc, {
      TableName: this.tableName,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': keys.apiKeysPartition() },
    });
    return items.map(toRecord);
  }

  async revokeApiKey(keyId: string, revokedAt: string): Promise<boolean> {
    const record = (await this.listApiKeys()).find((r) => r.keyId === keyId);
    if (!record) return false;
    await this.clients.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.apiKey(record.secretHash),
        UpdateExpression: 'SET revokedAt = if_not_exists(revokedAt, :at)',
        ExpressionAttributeValues: { ':at': revokedAt },
      }),
    );
    return true;
  }
}
