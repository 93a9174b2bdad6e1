import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { customerResponseDeltas } from '../../../shared/aggregates/counter-deltas.js';
import type { CustomerAnswer } from '../../../shared/surveys/customer-response.schema.js';
import type {
  CustomerInvitation,
  CustomerResponseInvitation,
  PulseInvitation,
  RecordResult,
  SurveyRepository,
} from '../../services/ports/survey.port.js';
import { counterUpdate } from './aggregate-updates.js';
import type { DynamoClients } from './client.js';
import { entityTypes, keys } from './keys.js';
import { type TransactItem, transactWithRetry } from './transactions.js';

export function customerResponseItem(
  inv: CustomerResponseInvitation,
  answer: CustomerAnswer,
  responseId: string,
): Record<string, unknown> {
  return {
    ...keys.customerResponse(responseId),
    ...keys.customerResponseListing(inv.teamId, inv.period, responseId),
    type: entityTypes.customerResponse,
    responseId,
    interactionId: inv.interactionId,
    advisorId: inv.advisorId,
    teamId: inv.teamId,
    channel: inv.channel,
    ...(inv.workMode ? { workMode: inv.workMode } : {}),
    period: inv.period,
    quarter: inv.quarter,
    locale: inv.locale,
    ...answer,
  };
}

/**
 * A customer's comment for the advisor's own page: the week, channel, score and the comment in
 * the customer's language, under a random response id. Nothing about the customer (no email, no
 * customer key, no interaction id); no item for an answer without a comment.
 */
export function advisorCommentItem(
  inv: Pick<CustomerInvitation, 'advisorId' | 'channel' | 'period' | 'locale'>,
  answer: CustomerAnswer,
  responseId: string,
): Record<string, unknown> | undefined {
  if (!answer.comment) return undefined;
  return {
    ...keys.advisorCustomerComment(inv.advisorId, inv.period, responseId),
    type: entityTypes.advisorCustomerComment,
    advisorId: inv.advisorId,
    period: inv.period,
    channel: inv.channel,
    locale: inv.locale,
    satisfaction: answer.satisfaction,
    comment: answer.comment,
  };
}

/**
 * Team, week, a random id and the sealed answer (work mode and item values): nothing else, by
 * construction. No time, order or sequence: the sort key is random and nothing is timestamped.
 */
export function pulseAnswerItem(
  teamId: string,
  week: string,
  answerId: string,
  sealed: string,
): Record<string, unknown> {
  return {
    ...keys.pulseAnswer(teamId, week, answerId),
    type: entityTypes.pulseAnswer,
    teamId,
    period: week,
    sealed,
  };
}

const notAnswered = 'attribute_exists(pk) AND attribute_not_exists(answered)';

type CustomerResponseInput = Parameters<SurveyRepository['recordCustomerResponse']>[0];

/**
 * The items of one customer response's transaction: the invitation consumed (only if it exists,
 * is the link's advisor's and is not answered yet: a second time is refused) with the response
 * id kept, the response, the counters it moves and, when the customer commented, the comment
 * for the advisor's own page. Nothing is read first: whatever the link carries is checked here.
 */
export function customerResponseTransaction(mainTable: string, input: CustomerResponseInput): TransactItem[] {
  const { invitation: inv, answer, responseId } = input;
  const comment = advisorCommentItem(inv, answer, responseId);
  return [
    {
      Update: {
        TableName: mainTable,
        Key: keys.customerInvitation(inv.invitationId),
        // The response id, so a callback request after a low score can be tied to the response.
        UpdateExpression: 'SET answered = :true, responseId = :responseId',
        ConditionExpression: `${notAnswered} AND advisorId = :advisorId`,
        ExpressionAttributeValues: { ':true': true, ':responseId': responseId, ':advisorId': inv.advisorId },
      },
    },
    {
      Put: {
        TableName: mainTable,
        Item: customerResponseItem(inv, answer, responseId),
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    ...customerResponseDeltas(inv, answer).map((d) => counterUpdate(mainTable, d)),
    ...(comment
      ? [{ Put: { TableName: mainTable, Item: comment, ConditionExpression: 'attribute_not_exists(pk)' } }]
      : []),
  ];
}

/** The marker of a published pulse week: once it exists, the week takes no more answers or invitations. */
export function pulseWeekPublicationKey(week: string) {
  return keys.pulsePublication(Number(week.slice(0, 4)), week);
}

/**
 * Recording of survey answers. Each recording is one transaction in which the invitation's
 * consumption is a conditional write: a token records once, or nothing moves.
 */
export class DynamoSurveyRepository implements SurveyRepository {
  constructor(
    private readonly clients: DynamoClients,
    private readonly mainTable: string,
    private readonly pulseTable: string,
  ) {}

  async getCustomerInvitation(invitationId: string): Promise<CustomerInvitation | undefined> {
    const out = await this.clients.doc.send(
      new GetCommand({
        TableName: this.mainTable,
        Key: keys.customerInvitation(invitationId),
        ConsistentRead: true,
      }),
    );
    return out.Item as CustomerInvitation | undefined;
  }

  async getPulseInvitation(invitationId: string): Promise<PulseInvitation | undefined> {
    const out = await this.clients.doc.send(
      new GetCommand({
        TableName: this.mainTable,
        Key: keys.pulseInvitation(invitationId),
        ConsistentRead: true,
      }),
    );
    return out.Item as PulseInvitation | undefined;
  }

  async pulseWeekPublished(week: string): Promise<boolean> {
    const out = await this.clients.doc.send(
      new GetCommand({ TableName: this.mainTable, Key: pulseWeekPublicationKey(week), ConsistentRead: true }),
    );
    return out.Item !== undefined;
  }

  async recordCustomerResponse(input: CustomerResponseInput): Promise<RecordResult> {
    const items = customerResponseTransaction(this.mainTable, input);
    const result = await transactWithRetry(this.clients.doc, items);
    if (result.ok) return 'recorded';
    if (result.codes[0] === 'ConditionalCheckFailed') return 'already-recorded';
    throw new Error(`Customer response not recorded: ${result.codes.join(', ')}`);
  }

  /**
   * One transaction: the invitation is consumed (participation) and the sealed anonymous answer
   * is written to the pulse table; the week must not be published yet. Nothing else moves: no
   * counter, no marker, so no change in the main table sits next to the answer.
   */
  async recordPulseAnswer(input: {
    invitation: PulseInvitation;
    sealed: string;
    answerId: string;
  }): Promise<RecordResult | 'closed'> {
    const { invitation: inv } = input;
    const items: TransactItem[] = [
      {
        Update: {
          TableName: this.mainTable,
          Key: keys.pulseInvitation(inv.invitationId),
          UpdateExpression: 'SET answered = :true',
          ConditionExpression: notAnswered,
          ExpressionAttributeValues: { ':true': true },
        },
      },
      {
        Put: {
          TableName: this.pulseTable,
          Item: pulseAnswerItem(inv.teamId, inv.period, input.answerId, input.sealed),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        ConditionCheck: {
          TableName: this.mainTable,
          Key: pulseWeekPublicationKey(inv.period),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ];
    const result = await transactWithRetry(this.clients.doc, items);
    if (result.ok) return 'recorded';
    if (result.codes[0] === 'ConditionalCheckFailed') return 'already-recorded';
    if (result.codes[2] === 'ConditionalCheckFailed') return 'closed';
    throw new Error(`Pulse answer not recorded: ${result.codes.join(', ')}`);
  }
}
