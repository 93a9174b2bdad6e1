import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  UpdateCommand,
  type UpdateCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { CustomerContactState } from '../../../shared/surveys/eligibility.js';
import {
  defaultSurveySettings,
  type SurveySettings,
  surveySettingsSchema,
} from '../../../shared/surveys/survey-settings.schema.js';
import type { MailClaim } from '../../services/mail-retry.js';
import type {
  PulseInvitationWithMail,
  PulseMailKind,
  PulseMailOutcome,
} from '../../services/ports/pulse-mail.port.js';
import type {
  CustomerInvitation,
  CustomerMailOutcome,
  DispatchRepository,
  PendingSurvey,
  PulseInvitation,
  QueuedCustomerMail,
} from '../../services/ports/survey.port.js';
import type { DynamoClients } from './client.js';
import { entityTypes, keys } from './keys.js';
import { queryAllPages, writeIfCondition } from './query.js';
import { pulseWeekPublicationKey } from './survey.repository.js';
import { transactWithRetry } from './transactions.js';

/** Invitation lifetime after the link expires, before TTL deletes it (seconds). */
const invitationGraceSeconds = 30 * 86_400;

function queuedMailItem(mail: QueuedCustomerMail): Record<string, unknown> {
  return {
    ...keys.queuedCustomerMail(mail.issuedDay, mail.invitationId),
    type: entityTypes.queuedCustomerMail,
    ...mail,
    // TTL backstop: a queued email outlives its link by a day at most, plain email included.
    expiresAt: Math.floor(Date.parse(mail.linkExpiresAt) / 1000) + 86_400,
  };
}

/** The invitation attribute holding each pulse email's state. */
const pulseMailAttribute: Record<PulseMailKind, string> = {
  invitation: 'invitationMail',
  reminder: 'reminderMail',
};

/** A conditional update's expressions and values (the key and table come from the caller). */
type MailUpdate = Pick<
  UpdateCommandInput,
  'UpdateExpression' | 'ConditionExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'
>;

/**
 * The update that puts a claimed email back in the queue after a transient failure: its attempt
 * count, next attempt and last error, the claim removed; only by the claim's holder. `at` is the
 * path of the email's state (`` for a queued customer email, `#m.` inside a pulse invitation).
 */
function retryUpdate(
  at: '' | '#m.',
  claimId: string,
  retry: { readonly attempts: number; readonly nextAttemptAt: Date; readonly error: string },
): MailUpdate {
  return {
    UpdateExpression:
      `SET ${at}attempts = :attempts, ${at}nextAttemptAt = :next, ${at}lastError = :error ` +
      `REMOVE ${at}claimId, ${at}leaseUntil`,
    ConditionExpression: `${at}claimId = :claim`,
    ExpressionAttributeValues: {
      ':attempts': retry.attempts,
      ':next': retry.nextAttemptAt.toISOString(),
      ':error': retry.error,
      ':claim': claimId,
    },
  };
}

/** How long the survey settings are remembered between reads. */
const settingsMemoMs = 30_000;

export class DynamoDispatchRepository implements DispatchRepository {
  private settingsMemo: { at: number; settings: Promise<SurveySettings> } | undefined;

  constructor(
    private readonly clients: DynamoClients,
    private readonly tableName: string,
  ) {}

  /** Applies `update` to the item at `key` if its condition holds; false when it does not. */
  private conditionalUpdate(key: Record<string, string>, update: MailUpdate): Promise<boolean> {
    return writeIfCondition(() =>
      this.clients.doc.send(new UpdateCommand({ TableName: this.tableName, Key: key, ...update })),
    );
  }

  /** A conditional update of one pulse email's state (`#m`) inside its invitation. */
  private updatePulseMail(invitationId: string, kind: PulseMailKind, update: MailUpdate): Promise<boolean> {
    return this.conditionalUpdate(keys.pulseInvitation(invitationId), {
      ...update,
      ExpressionAttributeNames: { ...update.ExpressionAttributeNames, '#m': pulseMailAttribute[kind] },
    });
  }

  async listPendingSurveys(day: string): Promise<PendingSurvey[]> {
    const items = await queryAllPages(this.clients.doc, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: { ':p': keys.pendingSurveyPartition(day) },
      ConsistentRead: true,
    });
    return items.map((item) => ({ ...(item as Omit<PendingSurvey, 'day'>), day }));
  }

  async dropPendingSurvey(pending: PendingSurvey): Promise<void> {
    await this.clients.doc.send(
      new DeleteCommand({
        TableName: this.tableName,
        Key: keys.pendingSurvey(pending.day, pending.teamId, pending.externalId),
      }),
    );
  }

  async getContact(customerKey: string): Promise<CustomerContactState | undefined> {
    const out = await this.clients.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.customerContact(customerKey),
        ConsistentRead: true,
      }),
    );
    return out.Item as CustomerContactState | undefined;
  }

  async issueCustomerInvitation(input: {
    pending: PendingSurvey;
    invitation: CustomerInvitation;
    mail: QueuedCustomerMail;
    surveyedAt: string;
    quietSince: string;
  }): Promise<boolean> {
    const { invitation } = input;
    const result = await transactWithRetry(this.clients.doc, [
      {
        Update: {
          TableName: this.tableName,
          Key: keys.customerContact(invitation.customerKey),
          UpdateExpression: 'SET #type = :type, lastSurveyedAt = :at',
          ConditionExpression:
            'attribute_not_exists(unsubscribedAt) AND attribute_not_exists(suppressed) AND ' +
            '(attribute_not_exists(lastSurveyedAt) OR lastSurveyedAt <= :quietSince)',
          ExpressionAttributeNames: { '#type': 'type' },
          ExpressionAttributeValues: {
            ':type': entityTypes.customerContact,
            ':at': input.surveyedAt,
            ':quietSince': input.quietSince,
          },
        },
      },
      {
        Put: {
          TableName: this.tableName,
          Item: {
            ...keys.customerInvitation(invitation.invitationId),
            type: entityTypes.customerInvitation,
            ...invitation,
            expiresAt: invitation.expiresAt + invitationGraceSeconds,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Delete: {
          TableName: this.tableName,
          Key: keys.pendingSurvey(input.pending.day, input.pending.teamId, input.pending.externalId),
          ConditionExpression: 'attribute_exists(pk)',
        },
      },
      {
        Put: {
          TableName: this.tableName,
          Item: queuedMailItem(input.mail),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ]);
    if (result.ok) return true;
    if (result.codes.includes('ConditionalCheckFailed')) return false;
    throw new Error(`Invitation not issued: ${result.codes.join(', ')}`);
  }

  async listQueuedCustomerMail(issuedDay: string): Promise<QueuedCustomerMail[]> {
    const items = await queryAllPages(this.clients.doc, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: { ':p': keys.queuedCustomerMailPartition(issuedDay) },
      ConsistentRead: true,
    });
    return items.map((item) => {
      const { pk: _pk, sk: _sk, type: _type, expiresAt: _ttl, claimId: _c, leaseUntil: _l, ...mail } = item;
      return mail as unknown as QueuedCustomerMail;
    });
  }

  claimCustomerMail(
    mail: QueuedCustomerMail,
    claim: { readonly claimId: string; readonly now: Date; readonly leaseUntil: Date },
  ): Promise<boolean> {
    return this.conditionalUpdate(keys.queuedCustomerMail(mail.issuedDay, mail.invitationId), {
      UpdateExpression: 'SET claimId = :claim, leaseUntil = :lease',
      ConditionExpression:
        'attribute_exists(pk) AND (nextAttemptAt <= :now OR linkExpiresAt <= :now) AND ' +
        '(attribute_not_exists(leaseUntil) OR leaseUntil < :now)',
      ExpressionAttributeValues: {
        ':claim': claim.claimId,
        ':lease': claim.leaseUntil.toISOString(),
        ':now': claim.now.toISOString(),
      },
    });
  }

  retryCustomerMail(
    mail: QueuedCustomerMail,
    claimId: string,
    retry: { readonly attempts: number; readonly nextAttemptAt: Date; readonly error: string },
  ): Promise<boolean> {
    return this.conditionalUpdate(
      keys.queuedCustomerMail(mail.issuedDay, mail.invitationId),
      retryUpdate('', claimId, retry),
    );
  }

  async finishCustomerMail(
    mail: QueuedCustomerMail,
    claimId: string,
    outcome: CustomerMailOutcome,
  ): Promise<boolean> {
    const result = await transactWithRetry(this.clients.doc, [
      {
        Delete: {
          TableName: this.tableName,
          Key: keys.queuedCustomerMail(mail.issuedDay, mail.invitationId),
          ConditionExpression: 'claimId = :claim',
          ExpressionAttributeValues: { ':claim': claimId },
        },
      },
      {
        Update: {
          TableName: this.tableName,
          Key: keys.customerInvitation(mail.invitationId),
          UpdateExpression: 'SET #mail = :outcome',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#mail': 'mail' },
          ExpressionAttributeValues: { ':outcome': outcome },
        },
      },
    ]);
    if (result.ok) return true;
    if (result.codes.includes('ConditionalCheckFailed')) return false;
    throw new Error(`Email outcome not recorded: ${result.codes.join(', ')}`);
  }

  async createQueuedPulseInvitation(
    invitation: PulseInvitation,
    now: Date,
  ): Promise<'created' | 'exists' | 'published'> {
    const result = await transactWithRetry(this.clients.doc, [
      {
        Put: {
          TableName: this.tableName,
          Item: {
            ...keys.pulseInvitation(invitation.invitationId),
            ...keys.pulseInvitationListing(invitation.period, invitation.teamId, invitation.advisorId),
            type: entityTypes.pulseInvitation,
            ...invitation,
            invitationMail: { status: 'queued', attempts: 0, nextAttemptAt: now.toISOString() },
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        // A published week takes no more answers, so nobody is invited to it.
        ConditionCheck: {
          TableName: this.tableName,
          Key: pulseWeekPublicationKey(invitation.period),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ]);
    if (result.ok) return 'created';
    if (result.codes[1] === 'ConditionalCheckFailed') return 'published';
    if (result.codes[0] === 'ConditionalCheckFailed') return 'exists';
    throw new Error(`Pulse invitation not created: ${result.codes.join(', ')}`);
  }

  async pulseWeekPublished(period: string): Promise<boolean> {
    const out = await this.clients.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: pulseWeekPublicationKey(period),
        ConsistentRead: true,
      }),
    );
    return out.Item !== undefined;
  }

  async listPulseInvitations(period: string): Promise<PulseInvitation[]> {
    return this.listPulseInvitationsWithMail(period);
  }

  async listPulseInvitationsWithMail(period: string): Promise<PulseInvitationWithMail[]> {
    const items = await queryAllPages(this.clients.doc, {
      TableName: this.tableName,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': keys.pulseInvitationsPartition(period) },
    });
    return items.map((item) => {
      const { pk: _pk, sk: _sk, gsi1pk: _g, gsi1sk: _s, type: _t, ...invitation } = item;
      for (const name of Object.values(pulseMailAttribute)) {
        const state = invitation[name] as Record<string, unknown> | undefined;
        if (state) {
          const { claimId: _c, leaseUntil: _l, ...rest } = state;
          invitation[name] = rest;
        }
      }
      return invitation as unknown as PulseInvitationWithMail;
    });
  }

  queuePulseReminder(invitationId: string, now: Date): Promise<boolean> {
    return this.conditionalUpdate(keys.pulseInvitation(invitationId), {
      UpdateExpression: 'SET reminded = :true, reminderMail = :queued',
      ConditionExpression:
        'attribute_exists(pk) AND attribute_not_exists(reminded) AND attribute_not_exists(answered)',
      ExpressionAttributeValues: {
        ':true': true,
        ':queued': { status: 'queued', attempts: 0, nextAttemptAt: now.toISOString() },
      },
    });
  }

  claimPulseMail(
    invitationId: string,
    kind: PulseMailKind,
    claim: MailClaim,
    expired: boolean,
  ): Promise<boolean> {
    return this.updatePulseMail(invitationId, kind, {
      UpdateExpression: 'SET #m.claimId = :claim, #m.leaseUntil = :lease',
      ConditionExpression:
        `#m.#status = :queued AND ${expired ? '' : '#m.nextAttemptAt <= :now AND '}` +
        '(attribute_not_exists(#m.leaseUntil) OR #m.leaseUntil < :now)',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':queued': 'queued',
        ':claim': claim.claimId,
        ':lease': claim.leaseUntil.toISOString(),
        ':now': claim.now.toISOString(),
      },
    });
  }

  retryPulseMail(
    invitationId: string,
    kind: PulseMailKind,
    claimId: string,
    retry: { readonly attempts: number; readonly nextAttemptAt: Date; readonly error: string },
  ): Promise<boolean> {
    return this.updatePulseMail(invitationId, kind, retryUpdate('#m.', claimId, retry));
  }

  finishPulseMail(
    invitationId: string,
    kind: PulseMailKind,
    claimId: string,
    outcome: PulseMailOutcome,
  ): Promise<boolean> {
    return this.updatePulseMail(invitationId, kind, {
      UpdateExpression: 'SET #m = :outcome',
      ConditionExpression: '#m.claimId = :claim',
      ExpressionAttributeValues: { ':outcome': outcome, ':claim': claimId },
    });
  }

  async unsubscribe(customerKey: string, at: string): Promise<void> {
    await this.clients.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.customerContact(customerKey),
        UpdateExpression: 'SET #type = :type, unsubscribedAt = if_not_exists(unsubscribedAt, :at)',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: { ':type': entityTypes.customerContact, ':at': at },
      }),
    );
  }

  async suppress(customerKey: string, reason: 'bounce' | 'complaint', at: string): Promise<void> {
    await this.clients.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.customerContact(customerKey),
        UpdateExpression:
          'SET #type = :type, suppressed = :reason, suppressedAt = if_not_exists(suppressedAt, :at)',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: { ':type': entityTypes.customerContact, ':reason': reason, ':at': at },
      }),
    );
  }

  /**
   * The centre's survey settings, remembered for 30 s (every high-score thanks page shows the
   * centre's link): another function's change shows within 30 s, this one's own at once; a
   * failed read is not remembered.
   */
  getSurveySettings(): Promise<SurveySettings> {
    const now = Date.now();
    if (this.settingsMemo && now - this.settingsMemo.at < settingsMemoMs) return this.settingsMemo.settings;
    const settings = this.readSurveySettings();
    const memo = { at: now, settings };
    this.settingsMemo = memo;
    settings.catch(() => {
      if (this.settingsMemo === memo) this.settingsMemo = undefined;
    });
    return settings;
  }

  private async readSurveySettings(): Promise<SurveySettings> {
    const out = await this.clients.doc.send(
      new GetCommand({ TableName: this.tableName, Key: keys.surveySettings() }),
    );
    const parsed = surveySettingsSchema.safeParse(out.Item?.settings);
    return parsed.success ? parsed.data : defaultSurveySettings;
  }

  async putSurveySettings(settings: SurveySettings): Promise<void> {
    this.settingsMemo = undefined;
    await this.clients.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...keys.surveySettings(), type: entityTypes.surveySettings, settings },
      }),
    );
    this.settingsMemo = { at: Date.now(), settings: Promise.resolve(settings) };
  }
}
