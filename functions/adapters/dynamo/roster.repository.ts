import { randomUUID } from 'node:crypto';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { entityId } from '../../../shared/roster/ids.schema.js';
import {
  type Advisor,
  advisorWrite,
  type RosterAdvisor,
  type RosterChange,
  type RosterWrite,
  readManagementProfile,
  type Team,
  teamWrite,
} from '../../../shared/roster/index.js';
import type { Page, PageRequest, RosterRepository } from '../../services/ports/roster.port.js';
import { batchGetAll } from './batch.js';
import type { DynamoClients } from './client.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { entityTypes, keys } from './keys.js';
import { type TransactItem, transactWithRetry } from './transactions.js';

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
  'teamJoinedOn',
] as const;
const changeFields = ['entity', 'id', 'teamId', 'action', 'changes', 'at', 'by'] as const;
/** Each change is two actions (the item and its history entry); DynamoDB allows 100 per transaction. */
const changesPerTransaction = 50;

function pick<T>(item: Record<string, unknown>, fields: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const f of fields) if (item[f] !== undefined) out[f] = item[f];
  return out as T;
}

/** Advisors stored before `teamJoinedOn` existed joined their team on their start date. */
function toAdvisor(item: Record<string, unknown>): RosterAdvisor {
  const advisor = pick<RosterAdvisor>(item, advisorFields);
  return advisor.teamJoinedOn ? advisor : { ...advisor, teamJoinedOn: advisor.startDate };
}

/** Teams stored with a former profile word (`guardian`) are read as the profile it meant. */
function toTeam(item: Record<string, unknown>): Team {
  const team = pick<Team>(item, teamFields);
  return { ...team, managementProfile: readManagementProfile(item.managementProfile) };
}

const initialLoad = (): RosterWrite => ({ by: 'initial-load', at: new Date(), initialLoad: true });

export class DynamoRosterRepository implements RosterRepository {
  constructor(
    private readonly clients: DynamoClients,
    private readonly tableName: string,
  ) {}

  async upsertTeams(teams: readonly Team[], write: RosterWrite = initialLoad()): Promise<RosterChange[]> {
    const existing = await this.getTeams(teams.map((t) => t.teamId));
    const writes = teams.flatMap((t) => {
      const change = teamWrite(existing.get(t.teamId), t, write);
      return change
        ? [
            {
              item: { ...keys.team(t.teamId), ...keys.teamListing(t.teamId), type: entityTypes.team, ...t },
              change,
            },
          ]
        : [];
    });
    await this.writeWithHistory(writes);
    return writes.map((w) => w.change);
  }

  async getTeam(teamId: string): Promise<Team | undefined> {
    const out = await this.clients.doc.send(
      new GetCommand({ TableName: this.tableName, Key: keys.team(teamId) }),
    );
    return out.Item ? toTeam(out.Item) : undefined;
  }

  async getTeams(teamIds: readonly string[]): Promise<Map<string, Team>> {
    // An id no team could have (every stored id passed entityId) is unknown, never a bad key.
    const possible = [...new Set(teamIds)].filter((id) => entityId.safeParse(id).success);
    if (possible.length === 0) return new Map();
    const items = await batchGetAll(this.clients.doc, this.tableName, possible.map(keys.team));
    return new Map(items.map((i) => [String(i.teamId), toTeam(i)]));
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
      items: (out.Items ?? []).map(toTeam),
      ...(out.LastEvaluatedKey ? { next: encodeCursor(out.LastEvaluatedKey) } : {}),
    };
  }

  async upsertAdvisors(
    advisors: readonly Advisor[],
    write: RosterWrite = initialLoad(),
  ): Promise<RosterChange[]> {
    const existing = await this.getAdvisors(advisors.map((a) => a.payrollId));
    const writes = advisors.flatMap((a) => {
      const { stored, change } = advisorWrite(existing.get(a.payrollId), a, write);
      if (!change) return [];
      const item = {
        ...keys.advisor(a.payrollId),
        ...keys.advisorListing(a.teamId, a.payrollId),
        type: entityTypes.advisor,
        ...stored,
      };
      return [{ item, change }];
    });
    await this.writeWithHistory(writes);
    return writes.map((w) => w.change);
  }

  /** Each item with its history entry, in transactions of 50 changes; history is put once, never replaced. */
  private async writeWithHistory(
    writes: readonly { item: Record<string, unknown>; change: RosterChange }[],
  ): Promise<void> {
    for (let i = 0; i < writes.length; i += changesPerTransaction) {
      const actions: TransactItem[] = writes
        .slice(i, i + changesPerTransaction)
        .flatMap(({ item, change }) => [
          { Put: { TableName: this.tableName, Item: item } },
          {
            Put: {
              TableName: this.tableName,
              Item: {
                ...keys.rosterHistoryEntry(change.at, randomUUID()),
                type: entityTypes.rosterChange,
                ...change,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        ]);
      const result = await transactWithRetry(this.clients.doc, actions);
      if (!result.ok) throw new Error(`Roster write cancelled: ${result.codes.join(', ')}`);
    }
  }

  async getAdvisor(payrollId: string): Promise<RosterAdvisor | undefined> {
    const out = await this.clients.doc.send(
      new GetCommand({ TableName: this.tableName, Key: keys.advisor(payrollId) }),
    );
    return out.Item ? toAdvisor(out.Item) : undefined;
  }

  async getAdvisors(payrollIds: readonly string[]): Promise<Map<string, RosterAdvisor>> {
    const items = await batchGetAll(
      this.clients.doc,
      this.tableName,
      [...new Set(payrollIds)].map(keys.advisor),
    );
    return new Map(items.map((i) => [String(i.payrollId), toAdvisor(i)]));
  }

  async listAdvisors(page: PageRequest & { teamId?: string | undefined }): Promise<Page<RosterAdvisor>> {
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
      items: (out.Items ?? []).map(toAdvisor),
      ...(out.LastEvaluatedKey ? { next: encodeCursor(out.LastEvaluatedKey) } : {}),
    };
  }

  async listRosterHistory(page: PageRequest): Promise<Page<RosterChange>> {
    const out = await this.clients.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :p',
        ExpressionAttributeValues: { ':p': keys.rosterHistoryPartition() },
        ScanIndexForward: false,
        Limit: page.limit,
        ExclusiveStartKey: decodeCursor(page.cursor),
      }),
    );
    return {
      items: (out.Items ?? []).map((i) => pick<RosterChange>(i, changeFields)),
      ...(out.LastEvaluatedKey ? { next: encodeCursor(out.LastEvaluatedKey) } : {}),
    };
  }
}
