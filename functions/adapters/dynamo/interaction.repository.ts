import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Interaction } from '../../../shared/roster/index.js';
import { isoWeekOf } from '../../../shared/time/period.js';
import { InvalidCursorError } from '../../services/errors.js';
import type {
  InteractionRef,
  InteractionRepository,
  InteractionToRecord,
  RecordOutcome,
} from '../../services/ports/interaction.port.js';
import type { Page, PageRequest } from '../../services/ports/roster.port.js';
import { batchGetAll } from './batch.js';
import type { DynamoClients } from './client.js';
import { mapWithConcurrency } from './concurrency.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { entityTypes, keys } from './keys.js';
import { queryAllPages } from './query.js';
import { type TransactItem, transactWithRetry } from './transactions.js';

const maxTransactItems = 100;
const interactionFields = [
  'externalId',
  'advisorId',
  'teamId',
  'channel',
  'startedAt',
  'endedAt',
  'handleTimeSeconds',
  'resolvedFirstContact',
  'customerLocale',
  'customerKey',
  'receivedAt',
] as const;

function toInteraction(item: Record<string, unknown>): Interaction {
  const out: Record<string, unknown> = {};
  for (const f of interactionFields) if (item[f] !== undefined) out[f] = item[f];
  return out as Interaction;
}

export interface OperationsDelta {
  teamId: string;
  period: string;
  channel: string;
  contacts: number;
  htN: number;
  htSum: number;
  htSumSq: number;
  fcrN: number;
  fcrSum: number;
}

/** The operations counters a set of interactions moves, one entry per team, week and channel (and `all`). */
export function operationsDeltas(items: readonly InteractionToRecord[]): OperationsDelta[] {
  const byKey = new Map<string, OperationsDelta>();
  for (const { interaction: i } of items) {
    const period = isoWeekOf(new Date(i.startedAt));
    for (const channel of ['all', i.channel]) {
      const key = `${i.teamId}|${period}|${channel}`;
      const d = byKey.get(key) ?? {
        teamId: i.teamId,
        period,
        channel,
        contacts: 0,
        htN: 0,
        htSum: 0,
        htSumSq: 0,
        fcrN: 0,
        fcrSum: 0,
      };
      d.contacts += 1;
      d.htN += 1;
      d.htSum += i.handleTimeSeconds;
      d.htSumSq += i.handleTimeSeconds ** 2;
      if (typeof i.resolvedFirstContact === 'boolean') {
        d.fcrN += 1;
        d.fcrSum += i.resolvedFirstContact ? 1 : 0;
      }
      byKey.set(key, d);
    }
  }
  return [...byKey.values()];
}

export function interactionItem(i: Interaction): Record<string, unknown> {
  return {
    ...keys.teamInteraction(i.externalId, i.teamId),
    ...keys.interactionListing(i.advisorId, i.startedAt, i.externalId),
    type: entityTypes.interaction,
    ...i,
  };
}

export function pendingSurveyItem(
  i: Interaction,
  pending: { customerEmail: string; expiresAt: number },
): Record<string, unknown> {
  return {
    ...keys.pendingSurvey(i.endedAt.slice(0, 10), i.teamId, i.externalId),
    type: entityTypes.pendingSurvey,
    externalId: i.externalId,
    advisorId: i.advisorId,
    teamId: i.teamId,
    channel: i.channel,
    startedAt: i.startedAt,
    endedAt: i.endedAt,
    customerLocale: i.customerLocale,
    customerKey: i.customerKey,
    customerEmail: pending.customerEmail,
    expiresAt: pending.expiresAt,
  };
}

/** The stored operations aggregate holding these totals (for loading history in bulk). */
export function operationsAggregateItem(d: OperationsDelta): Record<string, unknown> {
  const { teamId, period, channel, ...counters } = d;
  return {
    ...keys.operationsAggregate(teamId, period, channel),
    type: entityTypes.operationsAggregate,
    teamId,
    period,
    channel,
    ...counters,
  };
}

function actionsFor(items: readonly InteractionToRecord[]): number {
  return items.length + items.filter((i) => i.pendingSurvey).length + operationsDeltas(items).length;
}

/** Groups items, in order, so that each one's transaction stays within DynamoDB's 100 actions. */
export function interactionChunks(items: readonly InteractionToRecord[]): InteractionToRecord[][] {
  const chunks: InteractionToRecord[][] = [];
  let current: InteractionToRecord[] = [];
  for (const item of items) {
    const candidate = [...current, item];
    if (actionsFor(candidate) > maxTransactItems) {
      chunks.push(current);
      current = [item];
    } else {
      current = candidate;
    }
  }
  if (current.length) chunks.push(current);
  return chunks;
}

/**
 * One chunk's transaction: the interactions' puts first (each only if new; their index is the
 * item's index, for cancellation reasons), then the pending surveys, then the team-week
 * operations counters.
 */
export function interactionTransaction(
  tableName: string,
  items: readonly InteractionToRecord[],
): TransactItem[] {
  const puts: TransactItem[] = items.map(({ interaction }) => ({
    Put: {
      TableName: tableName,
      Item: interactionItem(interaction),
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  }));
  const pendingSurveys: TransactItem[] = items.flatMap(({ interaction, pendingSurvey }) =>
    pendingSurvey
      ? [{ Put: { TableName: tableName, Item: pendingSurveyItem(interaction, pendingSurvey) } }]
      : [],
  );
  const aggregates: TransactItem[] = operationsDeltas(items).map((d) => ({
    Update: {
      TableName: tableName,
      Key: keys.operationsAggregate(d.teamId, d.period, d.channel),
      UpdateExpression:
        'SET #type = :type, teamId = :team, period = :period, channel = :channel ' +
        'ADD contacts :c, htN :htN, htSum :htSum, htSumSq :htSumSq, fcrN :fcrN, fcrSum :fcrSum',
      ExpressionAttributeNames: { '#type': 'type' },
      ExpressionAttributeValues: {
        ':type': entityTypes.operationsAggregate,
        ':team': d.teamId,
        ':period': d.period,
        ':channel': d.channel,
        ':c': d.contacts,
        ':htN': d.htN,
        ':htSum': d.htSum,
        ':htSumSq': d.htSumSq,
        ':fcrN': d.fcrN,
        ':fcrSum': d.fcrSum,
      },
    },
  }));
  return [...puts, ...pendingSurveys, ...aggregates];
}

/**
 * Interactions, with the plain customer email kept only in a pending-survey item that expires
 * (TTL), and the team's weekly operations counters updated in the same transaction.
 */
export class DynamoInteractionRepository implements InteractionRepository {
  constructor(
    private readonly clients: DynamoClients,
    private readonly tableName: string,
  ) {}

  async recordInteractions(items: readonly InteractionToRecord[]): Promise<RecordOutcome> {
    const chunks = interactionChunks(items);
    // One transaction at a time: chunks of one batch share their team-week counters, and
    // parallel transactions on the same counters only cancel each other (measured: slower).
    const outcomes = await mapWithConcurrency(chunks, 1, (chunk) => this.recordChunk(chunk));
    return {
      stored: outcomes.flatMap((o) => o.stored),
      duplicates: outcomes.flatMap((o) => o.duplicates),
    };
  }

  private async recordChunk(chunk: InteractionToRecord[]): Promise<RecordOutcome> {
    const duplicates: string[] = [];
    let pending = chunk;
    while (pending.length > 0) {
      const result = await transactWithRetry(
        this.clients.doc,
        interactionTransaction(this.tableName, pending),
      );
      if (result.ok) return { stored: pending.map((p) => p.interaction.externalId), duplicates };
      const failed = new Set<number>();
      result.codes.forEach((code, index) => {
        if (code === 'ConditionalCheckFailed') failed.add(index);
      });
      if (failed.size === 0) throw new Error(`Interaction batch cancelled: ${result.codes.join(', ')}`);
      const keep: InteractionToRecord[] = [];
      pending.forEach((p, index) => {
        if (failed.has(index)) duplicates.push(p.interaction.externalId);
        else keep.push(p);
      });
      pending = keep;
    }
    return { stored: [], duplicates };
  }

  async getInteractions(refs: readonly InteractionRef[]): Promise<Interaction[]> {
    const unique = new Map(refs.map((r) => [JSON.stringify([r.externalId, r.teamId]), r]));
    const items = await batchGetAll(
      this.clients.doc,
      this.tableName,
      [...unique.values()].map((r) => keys.teamInteraction(r.externalId, r.teamId)),
    );
    return items.map(toInteraction);
  }

  async findInteractions(externalId: string): Promise<Interaction[]> {
    const items = await queryAllPages(this.clients.doc, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: { ':p': keys.interactionsWithExternalIdPartition(externalId) },
    });
    return items.filter((i) => i.type === entityTypes.interaction).map(toInteraction);
  }

  async getInteraction(externalId: string, teamId?: string): Promise<Interaction | undefined> {
    const found = await this.findInteractions(externalId);
    return found.find((i) => teamId === undefined || i.teamId === teamId);
  }

  async listInteractionsOfAdvisor(
    page: PageRequest & { advisorId: string; from?: string | undefined; to?: string | undefined },
  ): Promise<Page<Interaction>> {
    const from = page.from ?? '0000';
    const to = `${page.to ?? '9999'}\uffff`;
    const out = await this.clients.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :p AND gsi1sk BETWEEN :from AND :to',
        ExpressionAttributeValues: {
          ':p': keys.interactionsOfAdvisorPartition(page.advisorId),
          ':from': from,
          ':to': to,
        },
        Limit: page.limit,
        ExclusiveStartKey: decodeCursor(page.cursor),
      }),
    );
    return {
      items: (out.Items ?? []).map(toInteraction),
      ...(out.LastEvaluatedKey ? { next: encodeCursor(out.LastEvaluatedKey) } : {}),
    };
  }

  /**
   * Merges the advisors' own listings (one query per advisor, `limit + 1` items each) in
   * (startedAt, externalId, advisorId) order. Only items up to the first place where a listing
   * was cut short are certain to be in order, so the page stops there at the latest and its
   * cursor is that place.
   */
  async listInteractionsOfAdvisors(
    page: PageRequest & {
      advisorIds: readonly string[];
      teamIds?: readonly string[] | undefined;
      from: string;
      to: string;
    },
  ): Promise<Page<Interaction>> {
    const after = mergePosition(page.cursor);
    const upper = `${page.to}\uffff`;
    const listings = await mapWithConcurrency(page.advisorIds, 8, async (advisorId) => {
      const out = await this.clients.doc.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :p AND gsi1sk BETWEEN :from AND :to',
          ExpressionAttributeValues: {
            ':p': keys.interactionsOfAdvisorPartition(advisorId),
            ':from': after?.sk ?? page.from,
            ':to': upper,
          },
          Limit: page.limit + 1,
        }),
      );
      const items = (out.Items ?? []).map((item) => ({ sk: String(item.gsi1sk), advisorId, item }));
      const last = items.at(-1);
      return { items, cutAt: out.LastEvaluatedKey && last ? { sk: last.sk, advisorId } : undefined };
    });
    const cuts = listings.flatMap((l) => (l.cutAt ? [l.cutAt] : [])).sort(comparePositions);
    const horizon = cuts[0];
    const teams = page.teamIds ? new Set(page.teamIds) : undefined;
    const merged = listings
      .flatMap((l) => l.items)
      .filter((i) => !after || comparePositions(i, after) > 0)
      .filter((i) => !horizon || comparePositions(i, horizon) <= 0)
      .filter((i) => !teams || teams.has(String(i.item.teamId)))
      .sort(comparePositions);
    const taken = merged.slice(0, page.limit);
    const lastTaken = taken.at(-1);
    const next =
      merged.length > page.limit && lastTaken
        ? { sk: lastTaken.sk, advisorId: lastTaken.advisorId }
        : horizon;
    return {
      items: taken.map((i) => toInteraction(i.item)),
      ...(next ? { next: encodeCursor({ sk: next.sk, advisorId: next.advisorId }) } : {}),
    };
  }
}

interface MergePosition {
  readonly sk: string;
  readonly advisorId: string;
}

function comparePositions(a: MergePosition, b: MergePosition): number {
  if (a.sk !== b.sk) return a.sk < b.sk ? -1 : 1;
  return a.advisorId < b.advisorId ? -1 : a.advisorId > b.advisorId ? 1 : 0;
}

function mergePosition(cursor: string | undefined): MergePosition | undefined {
  const position = decodeCursor(cursor);
  if (!position) return undefined;
  if (typeof position.sk !== 'string' || typeof position.advisorId !== 'string')
    throw new InvalidCursorError();
  return { sk: position.sk, advisorId: position.advisorId };
}
