import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { payPolicySchema } from '../../../shared/pay/pay-policy.schema.js';
import type { PayPrerequisites } from '../../../shared/pay/pay-prerequisites.js';
import type { PayPolicyVersion } from '../../../shared/pay/policy-in-force.js';
import type { PayRepository } from '../../services/ports/pay.port.js';
import type { DynamoClients } from './client.js';
import { payEntityTypes, payKeys } from './keys.js';
import { queryAllPages, writeIfCondition } from './query.js';

const optionalString = (value: unknown) => (typeof value === 'string' ? value : undefined);

function versionOf(item: Record<string, unknown>): PayPolicyVersion {
  return {
    version: Number(item.version),
    policy: payPolicySchema.parse(item.policy),
    savedAt: String(item.savedAt),
    savedBy: String(item.savedBy),
    publishedAt: optionalString(item.publishedAt),
    publishedBy: optionalString(item.publishedBy),
  };
}

/** Pay prerequisites (one item) and pay policy versions (one partition) in the main table. */
export class DynamoPayRepository implements PayRepository {
  constructor(
    private readonly clients: DynamoClients,
    private readonly tableName: string,
  ) {}

  async prerequisites(): Promise<PayPrerequisites | undefined> {
    const out = await this.clients.doc.send(
      new GetCommand({ TableName: this.tableName, Key: payKeys.payPrerequisites(), ConsistentRead: true }),
    );
    const item = out.Item;
    if (!item) return undefined;
    return {
      cseConsultedOn: String(item.cseConsultedOn),
      advisorsInformedOn: String(item.advisorsInformedOn),
      recordedBy: String(item.recordedBy),
      recordedAt: String(item.recordedAt),
      payEnabledAt: optionalString(item.payEnabledAt),
      payEnabledBy: optionalString(item.payEnabledBy),
    };
  }

  async savePrerequisites(prerequisites: PayPrerequisites): Promise<void> {
    await this.clients.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...payKeys.payPrerequisites(), type: payEntityTypes.payPrerequisites, ...prerequisites },
      }),
    );
  }

  async policyVersions(): Promise<PayPolicyVersion[]> {
    const items = await queryAllPages(this.clients.doc, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: { ':p': payKeys.payPolicyVersionsPartition() },
      ConsistentRead: true,
    });
    return items.map(versionOf);
  }

  async addPolicyVersion(version: PayPolicyVersion): Promise<boolean> {
    return writeIfCondition(() =>
      this.clients.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...payKeys.payPolicyVersion(version.version),
            type: payEntityTypes.payPolicyVersion,
            ...version,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      ),
    );
  }

  async markPublished(version: number, publishedAt: string, publishedBy: string): Promise<boolean> {
    return writeIfCondition(() =>
      this.clients.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: payKeys.payPolicyVersion(version),
          UpdateExpression: 'SET publishedAt = :at, publishedBy = :by',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(publishedAt)',
          ExpressionAttributeValues: { ':at': publishedAt, ':by': publishedBy },
        }),
      ),
    );
  }
}
