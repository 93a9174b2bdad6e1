import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Advisor, Team } from '../../../shared/roster/index.js';
import type { Page, PageRequest, RosterRepository } from '../../services/ports/roster.port.js';
import { batchGetAll, batchWriteAll } from './batch.js';
import type { DynamoClients } from './client.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { entityTypes, keys } from './keys.js';

const teamFields = ['teamId', 'name', 'site', 'managementProfile', 'managers'] as const;
const advisorFields = [
  'payrollId',
  'email',
  'firstName',
  'teamId',
  'locale',
  'workMode',
  'fte',
  'startDate',
  'endDate',
] as const;

function pick<T>(item: Record<string, unknown>, fields: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const f of fields) if (item[f] !== undefined) out[f] = item[f];
  return out as T;
}

export class DynamoRosterRepository implements RosterRepository {
  constructor(
    private readonly clients: DynamoClients,
    private readonly tableName: string,
  ) {}

  async upsertTeams(teams: readonly Team[]): Promise<void> {
    await batchWriteAll(
      this.clients.doc,
      this.tableName,
      teams.map((t) => ({
        ...keys.team(t.teamId),
        ...keys.teamListing(t.teamId),
        type: entityTypes.team,
        ...t,
      })),
    );
  }

  async getTeam(teamId: string): Promise<Team | undefined> {
    const out = await this.clients.doc.send(
      new GetCommand({ TableName: this.tableName, Key: keys.team(teamId) }),
    );
    return out.Item ? pick<Team>(out.Item, teamFields) : undefined;
  }

  async getTeams(teamIds: readonly string[]): Promise<Map<string, Team>> {
    const items = await batchGetAll(this.clients.doc, this.tableName, [...new Set(teamIds)].map(keys.team));
    return new Map(items.map((i) => [String(i.teamId), pick<Team>(i, teamFields)]));
  }

  async listTeams(page: PageRequest): Promise<Page<Team>> {
    const out = await this.clients.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :p',
        ExpressionAttributeValues: { ':p': keys.teamsPartition() },
        Limit: page.limit,
        ExclusiveStartKey: decodeCursor(page.cursor),
      }),
    );
    return {
      items: (out.Items ?? []).map((i) => pick<Team>(i, teamFields)),
      ...(out.LastEvaluatedKey ? { next: encodeCursor(out.LastEvaluatedKey) } : {}),
    };
  }

  async upsertAdvisors(advisors: readonly Advisor[]): Promise<void> {
    await batchWriteAll(
      this.clients.doc,
      this.tableName,
      advisors.map((a) => ({
        ...keys.advisor(a.payrollId),
        ...keys.advisorListing(a.teamId, a.payrollId),
        type: entityTypes.advisor,
        ...a,
      })),
    );
  }

  async getAdvisor(payrollId: string): Promise<Advisor | undefined> {
    const out = await this.clients.doc.send(
      new GetCommand({ TableName: this.tableName, Key: keys.advisor(payrollId) }),
    );
    return out.Item ? pick<Advisor>(out.Item, advisorFields) : undefined;
  }

  async getAdvisors(payrollIds: readonly string[]): Promise<Map<string, Advisor>> {
    const items = await batchGetAll(
      this.clients.doc,
      this.tableName,
      [...new Set(payrollIds)].map(keys.advisor),
    );
    return new Map(items.map((i) => [String(i.payrollId), pick<Advisor>(i, advisorFields)]));
  }

  async listAdvisors(page: PageRequest & { teamId?: string | undefined }): Promise<Page<Advisor>> {
    const out = await this.clients.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: page.teamId ? 'gsi1pk = :p AND begins_with(gsi1sk, :t)' : 'gsi1pk = :p',
        ExpressionAttributeValues: {
          ':p': keys.advisorsPartition(),
          ...(page.teamId ? { ':t': keys.advisorsOfTeamPrefix(page.teamId) } : {}),
        },
        Limit: page.limit,
        ExclusiveStartKey: decodeCursor(page.cursor),
      }),
    );
    return {
      items: (out.Items ?? []).map((i) => pick<Advisor>(i, advisorFields)),
      ...(out.LastEvaluatedKey ? { next: encodeCursor(out.LastEvaluatedKey) } : {}),
    };
  }
}
