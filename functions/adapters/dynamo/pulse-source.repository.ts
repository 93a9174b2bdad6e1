import type { AnonymousPulseAnswer, PulseParticipation } from '../../../shared/publication/pulse-cells.js';
import type { WorkMode } from '../../../shared/roster/index.js';
import type { PulseSourceRepository } from '../../services/ports/publication.port.js';
import type { PulseSeal } from '../../services/ports/pulse-seal.port.js';
import type { DynamoClients } from './client.js';
import { mapWithConcurrency } from './concurrency.js';
import { keys } from './keys.js';
import { queryAllPages } from './query.js';

/**
 * What the publication job, and only it, reads: the sealed anonymous answers of the pulse
 * table (opened here) and, apart, who answered which week (the answered invitations).
 */
export class DynamoPulseSourceRepository implements PulseSourceRepository {
  constructor(
    private readonly clients: DynamoClients,
    private readonly mainTable: string,
    private readonly pulseTable: string,
    private readonly seal: PulseSeal,
  ) {}

  async answersOfWeek(teamIds: readonly string[], week: string): Promise<AnonymousPulseAnswer[]> {
    const perTeam = await mapWithConcurrency([...teamIds], 8, async (teamId) => {
      const items = await queryAllPages(this.clients.doc, {
        TableName: this.pulseTable,
        KeyConditionExpression: 'pk = :p',
        ExpressionAttributeValues: { ':p': keys.pulseAnswersPartition(teamId, week) },
        ConsistentRead: true,
      });
      return Promise.all(
        items.map(async (item): Promise<AnonymousPulseAnswer> => {
          const content = await this.seal.open(String(item.sealed));
          return {
            teamId,
            week,
            workMode: content.workMode,
            answers: content.answers,
            ...(content.comment ? { comment: content.comment } : {}),
          };
        }),
      );
    });
    return perTeam.flat();
  }

  async participationOfWeek(week: string): Promise<PulseParticipation[]> {
    const items = await queryAllPages(this.clients.doc, {
      TableName: this.mainTable,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': keys.pulseInvitationsPartition(week) },
    });
    return items
      .filter((i) => i.answered === true)
      .map((i) => ({
        advisorId: String(i.advisorId),
        teamId: String(i.teamId),
        workMode: i.workMode as WorkMode,
        week,
        // An invitation without the date never counts toward k (fail closed).
        countsTowardKFrom: typeof i.countsTowardKFrom === 'string' ? i.countsTowardKFrom : '9999-12-31',
      }));
  }
}
