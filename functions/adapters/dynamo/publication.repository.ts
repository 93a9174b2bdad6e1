import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { WindowKind } from '../../../shared/aggregates/aggregate.types.js';
import type { PublishedCommentSet } from '../../../shared/publication/publish-comments.js';
import type { PublishedPulseFigure } from '../../../shared/publication/published-figure.js';
import { isoWeekOf } from '../../../shared/time/period.js';
import { mondayOfIsoWeek } from '../../../shared/time/windows.js';
import type { PublicationRepository, TeamCommentSet } from '../../services/ports/publication.port.js';
import { batchWriteAll } from './batch.js';
import type { DynamoClients } from './client.js';
import { mapWithConcurrency } from './concurrency.js';
import { entityTypes, keys } from './keys.js';
import { queryAllPages, writeIfCondition } from './query.js';

const yearOf = (week: string) => Number(week.slice(0, 4));

export function publishedFigureItem(
  figure: PublishedPulseFigure,
  closedWeek: string,
  publicationId: string,
): Record<string, unknown> {
  return {
    ...keys.publishedPulseFigure(figure.group, figure.firstWeek, figure.window.kind, figure.window.id),
    ...keys.publishedPulseFigureListing(
      yearOf(figure.firstWeek),
      figure.group,
      figure.window.kind,
      figure.window.id,
    ),
    type: entityTypes.publishedPulseFigure,
    group: figure.group,
    windowKind: figure.window.kind,
    windowId: figure.window.id,
    firstWeek: figure.firstWeek,
    lastWeek: figure.lastWeek,
    leaves: [...figure.leaves],
    dimensions: figure.dimensions,
    ...(figure.enps ? { enps: figure.enps } : {}),
    closedWeek,
    publicationId,
  };
}

export function publicationMarkerItem(week: string, publicationId: string, figures: number, at: Date) {
  return {
    ...keys.pulsePublication(yearOf(week), week),
    type: entityTypes.pulsePublication,
    week,
    publicationId,
    figures,
    publishedAt: at.toISOString(),
  };
}

function figureOf(item: Record<string, unknown>): PublishedPulseFigure {
  return {
    group: String(item.group),
    window: { kind: item.windowKind as WindowKind, id: String(item.windowId) },
    firstWeek: String(item.firstWeek),
    lastWeek: String(item.lastWeek),
    leaves: (item.leaves as string[]) ?? [],
    dimensions: (item.dimensions as PublishedPulseFigure['dimensions']) ?? {},
    ...(item.enps ? { enps: item.enps as PublishedPulseFigure['enps'] } : {}),
  };
}

/**
 * Published pulse figures in the main table. A week's figures are written first and the
 * week's marker last, both carrying one publication id: readers keep only figures whose marker
 * names their publication, so a publication cut short is invisible and is redone whole.
 */
export class DynamoPublicationRepository implements PublicationRepository {
  constructor(
    private readonly clients: DynamoClients,
    private readonly tableName: string,
  ) {}

  private async markers(isoYear: number): Promise<Map<string, string>> {
    const items = await queryAllPages(this.clients.doc, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: { ':p': keys.pulsePublicationsPartition(isoYear) },
      ConsistentRead: true,
    });
    return new Map(items.map((i) => [String(i.week), String(i.publicationId)]));
  }

  private async complete(items: Record<string, unknown>[]): Promise<PublishedPulseFigure[]> {
    const years = [...new Set(items.map((i) => yearOf(String(i.closedWeek))))];
    const markers = new Map<string, string>();
    for (const year of years) for (const [w, id] of await this.markers(year)) markers.set(w, id);
    return items.filter((i) => markers.get(String(i.closedWeek)) === i.publicationId).map(figureOf);
  }

  async publishedWeeks(isoYear: number): Promise<Set<string>> {
    return new Set((await this.markers(isoYear)).keys());
  }

  async figuresOfYear(isoYear: number): Promise<PublishedPulseFigure[]> {
    const items = await queryAllPages(this.clients.doc, {
      TableName: this.tableName,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': keys.publishedPulseFiguresOfYearPartition(isoYear) },
    });
    return this.complete(items);
  }

  async figuresOfGroups(
    groups: readonly string[],
    fromWeek: string,
    toWeek: string,
  ): Promise<PublishedPulseFigure[]> {
    const earliest = isoWeekOf(new Date(mondayOfIsoWeek(fromWeek).getTime() - 14 * 7 * 86_400_000));
    const perGroup = await mapWithConcurrency([...groups], 8, (group) =>
      queryAllPages(this.clients.doc, {
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :p AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: {
          ':p': keys.publishedPulseFiguresPartition(group),
          ':from': `WEEK#${earliest}`,
          ':to': `WEEK#${toWeek}#\uffff`,
        },
      }),
    );
    const overlapping = perGroup.flat().filter((i) => String(i.lastWeek) >= fromWeek);
    return this.complete(overlapping);
  }

  async publishWeek(
    week: string,
    figures: readonly PublishedPulseFigure[],
    publicationId: string,
    comments: readonly PublishedCommentSet[] = [],
  ): Promise<'published' | 'already-published'> {
    if ((await this.markers(yearOf(week))).has(week)) return 'already-published';
    await batchWriteAll(this.clients.doc, this.tableName, [
      ...figures.map((f) => publishedFigureItem(f, week, publicationId)),
      ...comments.map((c) => commentSetItem(c, week, publicationId)),
    ]);
    const marked = await writeIfCondition(() =>
      this.clients.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: publicationMarkerItem(week, publicationId, figures.length, new Date()),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      ),
    );
    return marked ? 'published' : 'already-published';
  }

  async commentSetsOfTeam(teamId: string, fromWeek: string, toWeek: string): Promise<TeamCommentSet[]> {
    const [sets, acks] = await Promise.all([
      queryAllPages(this.clients.doc, {
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :p',
        ExpressionAttributeValues: { ':p': commentKeys.setsPartition(teamId) },
      }),
      queryAllPages(this.clients.doc, {
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :p',
        ExpressionAttributeValues: { ':p': commentKeys.acksPartition(teamId) },
      }),
    ]);
    const overlapping = sets.filter((i) => String(i.lastWeek) >= fromWeek && String(i.firstWeek) <= toWeek);
    const years = [...new Set(overlapping.map((i) => yearOf(String(i.closedWeek))))];
    const markers = new Map<string, string>();
    for (const year of years) for (const [w, id] of await this.markers(year)) markers.set(w, id);
    const acked = new Map(acks.map((a) => [String(a.monthId), { by: String(a.by), at: String(a.at) }]));
    return overlapping
      .filter((i) => markers.get(String(i.closedWeek)) === i.publicationId)
      .map((i) => ({
        teamId,
        window: { kind: 'month' as const, id: String(i.monthId) },
        firstWeek: String(i.firstWeek),
        lastWeek: String(i.lastWeek),
        respondents: Number(i.respondents),
        comments: (i.comments as string[]) ?? [],
        acknowledged: acked.get(String(i.monthId)),
      }))
      .sort((a, b) => (a.firstWeek < b.firstWeek ? 1 : -1));
  }

  async acknowledgeComments(teamId: string, monthId: string, by: string, at: Date): Promise<boolean> {
    const sets = await queryAllPages(this.clients.doc, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :p AND sk = :s',
      ExpressionAttributeValues: { ':p': commentKeys.setsPartition(teamId), ':s': `MONTH#${monthId}` },
    });
    if (sets.length === 0) return false;
    await this.clients.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...commentKeys.ack(teamId, monthId),
          type: 'CommentAcknowledgement',
          teamId,
          monthId,
          by,
          at: at.toISOString(),
        },
      }),
    );
    return true;
  }
}

/** Where published comment sets and their acknowledgements live (one partition per team each). */
const commentKeys = {
  set: (teamId: string, monthId: string) => ({ pk: `PUBLISHED_COMMENTS#${teamId}`, sk: `MONTH#${monthId}` }),
  setsPartition: (teamId: string) => `PUBLISHED_COMMENTS#${teamId}`,
  ack: (teamId: string, monthId: string) => ({ pk: `COMMENTS_ACK#${teamId}`, sk: `MONTH#${monthId}` }),
  acksPartition: (teamId: string) => `COMMENTS_ACK#${teamId}`,
};

/** A published comment set as stored: texts only (sorted), its month, the closing publication. */
export function commentSetItem(set: PublishedCommentSet, closedWeek: string, publicationId: string) {
  return {
    ...commentKeys.set(set.teamId, set.window.id),
    type: 'PublishedCommentSet',
    teamId: set.teamId,
    monthId: set.window.id,
    firstWeek: set.firstWeek,
    lastWeek: set.lastWeek,
    respondents: set.respondents,
    comments: [...set.comments],
    closedWeek,
    publicationId,
  };
}
