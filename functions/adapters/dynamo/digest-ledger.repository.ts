import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DigestClaimOutcome, DigestLedger } from '../../services/ports/digest-ledger.port.js';
import type { DynamoClients } from './client.js';
import { entityTypes, keys } from './keys.js';
import { writeIfCondition } from './query.js';

/** A marker outlives its week by far: the job only ever looks at last week's. */
const markerLifetimeSeconds = 90 * 86_400;

/** Manager digest markers on the main table: `DIGEST#<week>` / `MANAGER#<email>`. */
export class DynamoDigestLedger implements DigestLedger {
  constructor(
    private readonly clients: DynamoClients,
    private readonly tableName: string,
  ) {}

  async claim(
    week: string,
    managerEmail: string,
    claim: { readonly claimId: string; readonly now: Date; readonly leaseUntil: Date },
  ): Promise<DigestClaimOutcome> {
    const key = keys.managerDigest(week, managerEmail);
    const claimed = await writeIfCondition(() =>
      this.clients.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...key,
            type: entityTypes.managerDigest,
            week,
            managerEmail,
            state: 'sending',
            claimId: claim.claimId,
            claimedAt: claim.now.toISOString(),
            leaseUntil: claim.leaseUntil.toISOString(),
            expiresAt: Math.floor(claim.now.getTime() / 1000) + markerLifetimeSeconds,
          },
          ConditionExpression: 'attribute_not_exists(pk) OR (#state = :sending AND leaseUntil < :now)',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':sending': 'sending', ':now': claim.now.toISOString() },
        }),
      ),
    );
    if (claimed) return 'claimed';
    const out = await this.clients.doc.send(
      new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }),
    );
    return out.Item?.state === 'sent' ? 'already-sent' : 'being-sent';
  }

  markSent(
    week: string,
    managerEmail: string,
    claimId: string,
    sent: { readonly messageId: string; readonly at: Date },
  ): Promise<boolean> {
    return writeIfCondition(() =>
      this.clients.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.managerDigest(week, managerEmail),
          UpdateExpression: 'SET #state = :sent, sentAt = :at, messageId = :id REMOVE leaseUntil',
          ConditionExpression: '#state = :sending AND claimId = :claim',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: {
            ':sent': 'sent',
            ':sending': 'sending',
            ':at': sent.at.toISOString(),
            ':id': sent.messageId,
            ':claim': claimId,
          },
        }),
      ),
    );
  }

  async release(week: string, managerEmail: string, claimId: string): Promise<void> {
    await writeIfCondition(() =>
      this.clients.doc.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: keys.managerDigest(week, managerEmail),
          ConditionExpression: '#state = :sending AND claimId = :claim',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':sending': 'sending', ':claim': claimId },
        }),
      ),
    );
  }
}
