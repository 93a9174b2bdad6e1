import { BatchGetCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { TimeWindow, WindowKind } from '../../../shared/aggregates/aggregate.types.js';
import {
  customerResponseDeltas,
  type PulseAnswerValues,
  pulseAnswerDeltas,
} from '../../../shared/aggregates/counter-deltas.js';
import type { CustomerAnswer } from '../../../shared/surveys/customer-response.schema.js';
import type {
  CustomerInvitation,
  PulseInvitation,
  RecordResult,
  SurveyRepository,
} from '../../services/ports/survey.port.js';
import { counterUpdate } from './aggregate-updates.js';
import type { DynamoClients } from './client.js';
import { entityTypes, keys } from './keys.js';
import { type TransactItem, transactWithRetry } from './transactions.js';

export function customerResponseItem(
  inv: CustomerInvitation,
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
    period: inv.period,
    quarter: inv.quarter,
    locale: inv.locale,
    ...answer,
  };
}

/** Team, period, the item answers and a random id: nothing else, by construction. */
export function pulseAnswerItem(
  teamId: string,
  period: string,
  answerId: string,
  itemAnswers: Readonly<Record<string, number>>,
): Record<string, unknown> {
  return {
    ...keys.pulseAnswer(teamId, period, answerId),
    type: entityTypes.pulseAnswer,
    teamId,
    period,
    answers: itemAnswers,
  };
}

export function participationItem(advisorId: string, window: TimeWindow): Record<string, unknown> {
  return {
    ...keys.participation(advisorId, window.kind, window.id),
    type: entityTypes.participation,
    windowKind: window.kind,
    windowId: window.id,
  };
}

const notAnswered = 'attribute_exists(pk) AND attribute_not_exists(answered)';

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

  async recordCustomerResponse(input: {
    invitation: CustomerInvitation;
    answer: CustomerAnswer;
    responseId: string;
  }): Promise<RecordResult> {
    const { invitation: inv, answer, responseId } = input;
    const items: TransactItem[] = [
      {
        Update: {
          TableName: this.mainTable,
          Key: keys.customerInvitation(inv.invitationId),
          UpdateExpression: 'SET answered = :true',
          ConditionExpression: notAnswered,
          ExpressionAttributeValues: { ':true': true },
        },
      },
      {
        Put: {
          TableName: this.mainTable,
          Item: customerResponseItem(inv, answer, responseId),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      ...customerResponseDeltas(inv, answer).map((d) => counterUpdate(this.mainTable, d)),
    ];
    const result = await transactWithRetry(this.clients.doc, items);
    if (result.ok) return 'recorded';
    if (result.codes[0] === 'ConditionalCheckFailed') return 'already-recorded';
    throw new Error(`Customer response not recorded: ${result.codes.join(', ')}`);
  }

  async windowsAnswered(advisorId: string, windows: readonly TimeWindow[]): Promise<Set<WindowKind>> {
    const out = await this.clients.doc.send(
      new BatchGetCommand({
        RequestItems: {
          [this.mainTable]: {
            Keys: windows.map((w) => keys.participation(advisorId, w.kind, w.id)),
            ConsistentRead: true,
          },
        },
      }),
    );
    return new Set((out.Responses?.[this.mainTable] ?? []).map((i) => i.windowKind as WindowKind));
  }

  async recordPulseAnswer(
    input: {
      invitation: PulseInvitation;
      itemAnswers: Readonly<Record<string, number>>;
      values: PulseAnswerValues;
      answerId: string;
      windows: readonly TimeWindow[];
      firstInWindow: ReadonlySet<WindowKind>;
    },
    attempt = 0,
  ): Promise<RecordResult> {
    const { invitation: inv, windows, firstInWindow } = input;
    const markers: TransactItem[] = windows.map((w) => {
      const key = keys.participation(inv.advisorId, w.kind, w.id);
      return firstInWindow.has(w.kind)
        ? {
            Put: {
              TableName: this.mainTable,
              Item: participationItem(inv.advisorId, w),
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          }
        : {
            ConditionCheck: {
              TableName: this.mainTable,
              Key: key,
              ConditionExpression: 'attribute_exists(pk)',
            },
          };
    });
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
          Item: pulseAnswerItem(inv.teamId, inv.period, input.answerId, input.itemAnswers),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      ...markers,
      ...pulseAnswerDeltas(
        { teamId: inv.teamId, workMode: inv.workMode, windows, firstInWindow },
        input.values,
      ).map((d) => counterUpdate(this.mainTable, d)),
    ];
    const result = await transactWithRetry(this.clients.doc, items);
    if (result.ok) return 'recorded';
    if (result.codes[0] === 'ConditionalCheckFailed') return 'already-recorded';
    const markerRace = result.codes.slice(2, 2 + markers.length).includes('ConditionalCheckFailed');
    if (markerRace && attempt < 3) {
      // The same advisor's answer to another week took a wider window first: count once.
      const answered = await this.windowsAnswered(inv.advisorId, windows);
      const first = new Set(windows.map((w) => w.kind).filter((k) => !answered.has(k)));
      return this.recordPulseAnswer({ ...input, firstInWindow: first }, attempt + 1);
    }
    throw new Error(`Pulse answer not recorded: ${result.codes.join(', ')}`);
  }
}
