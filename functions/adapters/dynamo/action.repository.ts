import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { actionAlertKinds, type TeamAction } from '../../../shared/actions/action.schema.js';
import type { ActionRepository } from '../../services/ports/action.port.js';
import type { DynamoClients } from './client.js';
import { actionEntityTypes, actionKeys } from './keys.js';
import { queryAllPages } from './query.js';

function toAction(item: Record<string, unknown>): TeamAction | undefined {
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const teamId = text(item.teamId);
  const actionId = text(item.actionId);
  const week = text(item.week);
  if (!teamId || !actionId || !week) return undefined;
  return {
    teamId,
    actionId,
    what: text(item.what) ?? '',
    who: text(item.who) ?? '',
    week,
    alert: actionAlertKinds.find((k) => k === item.alert),
    createdBy: text(item.createdBy) ?? '',
    createdAt: text(item.createdAt) ?? '',
  };
}

/** Managers' actions on the main table, one partition per team. */
export class DynamoActionRepository implements ActionRepository {
  constructor(
    private readonly clients: DynamoClients,
    private readonly tableName: string,
  ) {}

  async addAction(action: TeamAction): Promise<void> {
    await this.clients.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...actionKeys.teamAction(action.teamId, action.week, action.actionId),
          type: actionEntityTypes.teamAction,
          ...Object.fromEntries(Object.entries(action).filter(([, v]) => v !== undefined)),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async listActions(teamId: string): Promise<TeamAction[]> {
    const items = await queryAllPages(this.clients.doc, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: { ':p': actionKeys.teamActionsPartition(teamId) },
      ConsistentRead: true,
    });
    return items.map(toAction).filter((a): a is TeamAction => a !== undefined);
  }
}
