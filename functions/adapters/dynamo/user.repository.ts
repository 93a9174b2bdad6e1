import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { roles } from '../../../shared/access/index.js';
import { type Locale, locales } from '../../../shared/roster/index.js';
import type { UserRecord, UserRepository } from '../../services/access/user.port.js';
import type { DynamoClients } from './client.js';
import { accessEntityTypes, accessKeys } from './keys.js';
import { queryAllPages, writeIfCondition } from './query.js';

function toRecord(item: Record<string, unknown>): UserRecord | undefined {
  const role = roles.find((r) => r === item.role);
  if (!role || typeof item.email !== 'string') return undefined;
  return {
    email: item.email,
    role,
    teams: Array.isArray(item.teams) ? item.teams.filter((t): t is string => typeof t === 'string') : [],
    advisorId: typeof item.advisorId === 'string' ? item.advisorId : undefined,
    locale: locales.find((l) => l === item.locale) ?? 'fr',
    createdAt: String(item.createdAt),
  };
}

/** People who may sign in, on the main table; listed through gsi1 (never a Scan). */
export class DynamoUserRepository implements UserRepository {
  constructor(
    private readonly clients: DynamoClients,
    private readonly tableName: string,
  ) {}

  addUser(record: UserRecord): Promise<boolean> {
    return writeIfCondition(() =>
      this.clients.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...accessKeys.user(record.email),
            ...accessKeys.userListing(record.email),
            type: accessEntityTypes.user,
            ...record,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      ),
    );
  }

  async getUser(email: string): Promise<UserRecord | undefined> {
    const out = await this.clients.doc.send(
      new GetCommand({ TableName: this.tableName, Key: accessKeys.user(email), ConsistentRead: true }),
    );
    return out.Item ? toRecord(out.Item) : undefined;
  }

  async listUsers(): Promise<UserRecord[]> {
    const items = await queryAllPages(this.clients.doc, {
      TableName: this.tableName,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': accessKeys.usersPartition() },
    });
    return items.map(toRecord).filter((u): u is UserRecord => u !== undefined);
  }

  setLocale(email: string, locale: Locale): Promise<boolean> {
    return writeIfCondition(() =>
      this.clients.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: accessKeys.user(email),
          UpdateExpression: 'SET locale = :l',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':l': locale },
        }),
      ),
    );
  }

  removeUser(email: string): Promise<boolean> {
    return writeIfCondition(() =>
      this.clients.doc.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: accessKeys.user(email),
          ConditionExpression: 'attribute_exists(pk)',
        }),
      ),
    );
  }
}
