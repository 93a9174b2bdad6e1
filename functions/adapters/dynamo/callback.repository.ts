import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { type Channel, channels } from '../../../shared/roster/index.js';
import type {
  AnsweredResponse,
  CallbackListing,
  CallbackRepository,
  CallbackRequest,
} from '../../services/ports/callback.port.js';
import type { DynamoClients } from './client.js';
import { callbackEntityTypes, callbackKeys, keys } from './keys.js';
import { queryAllPages, writeIfCondition } from './query.js';

/** A callback request never handled is deleted with its contact after 90 days (table TTL). */
export const callbackLifetimeSeconds = 90 * 86_400;

const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

function toListing(item: Record<string, unknown>): CallbackListing | undefined {
  const responseId = text(item.responseId);
  if (!responseId) return undefined;
  const handledAt = text(item.handledAt);
  if (handledAt) return { state: 'handled', responseId, handledAt };
  const channel = channels.find((c) => c === item.channel);
  const contact = text(item.contact);
  if (!channel || !contact || typeof item.score !== 'number') return undefined;
  return {
    state: 'open',
    responseId,
    teamId: text(item.teamId) ?? '',
    score: item.score,
    channel,
    locale: item.locale === 'en' ? 'en' : 'fr',
    requestedAt: text(item.requestedAt) ?? '',
    contactKind: item.contactKind === 'email' ? 'email' : 'phone',
    contact,
  };
}

/**
 * Callback requests on the main table (never the pulse table), under the team of the response
 * and keyed by the response: the put is conditional, so a response asks once. Handling one
 * removes the contact and every detail, keeping the key, the team and the handled date.
 */
export class DynamoCallbackRepository implements CallbackRepository {
  constructor(
    private readonly clients: DynamoClients,
    private readonly tableName: string,
  ) {}

  async answeredResponse(invitationId: string, advisorId: string): Promise<AnsweredResponse | undefined> {
    const invitation = await this.clients.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.customerInvitation(invitationId),
        ConsistentRead: true,
      }),
    );
    const inv = invitation.Item;
    const responseId = text(inv?.responseId);
    if (!inv || inv.advisorId !== advisorId || inv.answered !== true || !responseId) return undefined;
    const response = await this.clients.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.customerResponse(responseId),
        ConsistentRead: true,
      }),
    );
    const r = response.Item;
    const channel = channels.find((c) => c === r?.channel) as Channel | undefined;
    if (!r || typeof r.satisfaction !== 'number' || !channel || typeof r.teamId !== 'string')
      return undefined;
    return {
      responseId,
      teamId: r.teamId,
      channel,
      satisfaction: r.satisfaction,
      locale: r.locale === 'en' ? 'en' : 'fr',
    };
  }

  async requestCallback(request: CallbackRequest): Promise<'stored' | 'already-requested'> {
    const stored = await writeIfCondition(() =>
      this.clients.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...callbackKeys.callbackRequest(request.teamId, request.responseId),
            type: callbackEntityTypes.callbackRequest,
            ...request,
            // DynamoDB's TTL sweep deletes a request never marked handled, contact included.
            expiresAt: Math.floor(Date.parse(request.requestedAt) / 1000) + callbackLifetimeSeconds,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      ),
    );
    return stored ? 'stored' : 'already-requested';
  }

  async listCallbacks(teamId: string): Promise<CallbackListing[]> {
    const items = await queryAllPages(this.clients.doc, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: { ':p': callbackKeys.callbackRequestsPartition(teamId) },
      ConsistentRead: true,
    });
    return items.map(toListing).filter((c): c is CallbackListing => c !== undefined);
  }

  async markHandled(teamId: string, responseId: string, at: string): Promise<boolean> {
    return writeIfCondition(() =>
      this.clients.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: callbackKeys.callbackRequest(teamId, responseId),
          UpdateExpression:
            'SET handledAt = if_not_exists(handledAt, :at) REMOVE contact, contactKind, score, channel, locale, requestedAt, expiresAt',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':at': at },
        }),
      ),
    );
  }
}
