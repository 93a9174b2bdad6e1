import { randomUUID } from 'node:crypto';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { batchWriteAll } from '../../functions/adapters/dynamo/batch.js';
import { keys } from '../../functions/adapters/dynamo/keys.js';
import { DynamoLogicsListsRepository } from '../../functions/adapters/dynamo/logics-lists.repository.js';
import { DynamoRosterRepository } from '../../functions/adapters/dynamo/roster.repository.js';
import { pulseAnswerItem } from '../../functions/adapters/dynamo/survey.repository.js';
import { aesPulseSeal } from '../../functions/adapters/pulse/pulse-seal.js';
import { publishLogicsMonths } from '../../functions/services/logics/publish-logics-month.service.js';
import { logicsPublicationDeps } from '../../functions/wiring/logics-publication.wiring.js';
import { plantCentre, plantedTools } from '../../shared/logics/plant-logics.js';
import { waysOfWorkingWeekOf } from '../../shared/logics/ways-of-working-module.js';
import type { Team } from '../../shared/roster/index.js';
import { createTestDatabase, type TestDatabase } from '../support/test-tables.js';

// Discovery with bootstrap on 300 respondents: seconds on a loaded machine, never timed.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

const teams: Team[] = ['Lyon', 'Lille', 'Nantes'].flatMap((site) =>
  [1, 2].map((n) => ({
    teamId: `${site.toLowerCase()}-${n}`,
    name: `${site} ${n}`,
    site,
    managementProfile: 'connector' as const,
    managers: [],
  })),
);

let db: TestDatabase;
const planted = plantCentre({ respondents: 300, seed: 11 });

/**
 * Records one month's module answers as the pulse does: each advisor's answers sealed in the
 * pulse table under their team and week (no author), and apart their answered invitation
 * (participation, with the day they count toward k from).
 */
async function recordModuleWeek(month: string, answers = planted.answers, newcomersAt?: string) {
  const week = waysOfWorkingWeekOf(month);
  const seal = aesPulseSeal(db.config.APP_SECRET);
  const pulse: Record<string, unknown>[] = [];
  const main: Record<string, unknown>[] = [];
  for (const [i, vector] of answers.entries()) {
    const team = teams[i % teams.length] as Team;
    const values: Record<string, number> = { 'wellbeing-1': 4 };
    planted.items.forEach((item, j) => {
      const v = vector[j];
      if (v !== null && v !== undefined) values[item.id] = v;
    });
    pulse.push(
      pulseAnswerItem(
        team.teamId,
        week,
        randomUUID(),
        await seal.seal({ workMode: 'on-site', answers: values }),
      ),
    );
    const advisorId = `A${i}`;
    main.push({
      ...keys.pulseInvitation(`${month}-${i}`),
      ...keys.pulseInvitationListing(week, team.teamId, advisorId),
      type: 'PulseInvitation',
      advisorId,
      teamId: team.teamId,
      workMode: 'on-site',
      period: week,
      countsTowardKFrom: newcomersAt && i % 50 === 0 ? newcomersAt : '2025-01-01',
      answered: true,
    });
  }
  await batchWriteAll(db.clients.doc, db.config.PULSE_TABLE_NAME, pulse);
  await batchWriteAll(db.clients.doc, db.config.MAIN_TABLE_NAME, main);
}

beforeAll(async () => {
  db = await createTestDatabase();
  await new DynamoRosterRepository(db.clients, db.config.MAIN_TABLE_NAME).upsertTeams(teams);
  const lists = new DynamoLogicsListsRepository(db.clients, db.config.MAIN_TABLE_NAME);
  await lists.saveToolsAndMethods(plantedTools, 'admin@centre.example', new Date('2026-02-01T00:00:00Z'));
  await lists.saveResources(
    [
      {
        id: 'peer-circles',
        kind: 'training-format',
        title: { fr: 'Cercles de pairs', en: 'Peer circles' },
        addresses: [{ itemId: 'rely-colleagues', when: 'high' }],
      },
    ],
    'admin@centre.example',
    new Date('2026-02-01T00:00:00Z'),
  );
  await recordModuleWeek('2026-03', planted.answers, '2026-03-20');
});

describe('the monthly logics publication on recorded module answers', () => {
  it('publishes a closed month once: 3 logics, stability, the peer debrief valued by the relational logic only', async () => {
    const deps = logicsPublicationDeps(db.config, db.clients, {
      now: () => new Date('2026-03-25T12:00:00Z'),
    });
    const before = await publishLogicsMonths({
      ...deps,
      clock: { now: () => new Date('2026-03-09T12:00:00Z') },
    });
    expect(before.published).toEqual([]);

    const summary = await publishLogicsMonths(deps);
    expect(summary.published).toEqual([{ month: '2026-03', logics: 3, views: 4 }]);
    expect((await publishLogicsMonths(deps)).published).toEqual([]);

    const month = await deps.logicsPublication.month('2026-03');
    expect(month?.week).toBe('2026-W10');
    expect(month?.discovery.state).toBe('ok');
    if (month?.discovery.state !== 'ok') return;
    expect(month.discovery.criterion.structure).toBe('weak');
    expect(month.discovery.stability?.meanAdjustedRandIndex).toBeGreaterThan(0.9);
    const centre = month.views[0];
    if (centre?.state !== 'published') throw new Error('centre withheld');
    expect(centre.logics.map((l) => l.size).reduce((a, b) => a + b, 0)).toBe(300);
    // The relational logic is the one relying most on colleagues.
    const relational = [...centre.logics].sort(
      (a, b) => (b.centroid?.['rely-colleagues'] ?? 0) - (a.centroid?.['rely-colleagues'] ?? 0),
    )[0];
    const debrief = month.evaluations[0]?.items.find((i) => i.itemId === 'tool-peer-debrief');
    expect(debrief?.state === 'shown' && debrief.valuedByOneOnly?.group).toBe(relational?.name);
    const grid = month.evaluations[0]?.items.find((i) => i.itemId === 'tool-quality-grid');
    expect(grid?.state === 'shown' && grid.valuedByOneOnly).toBeNull();
    expect(month.resources.find((r) => r.logic === relational?.name)?.proposals[0]?.resource.id).toBe(
      'peer-circles',
    );
    expect(month.tools.map((t) => t.id)).toEqual(plantedTools.map((t) => t.id));
    expect(month.continuity).toMatchObject({ previousMonth: null, ended: [] });
    expect(month.map?.logics.map((l) => l.name).sort()).toEqual(centre.logics.map((l) => l.name).sort());
  });

  it("keeps the names of last month's logics and stores aggregates only", async () => {
    const april = plantCentre({ respondents: 300, seed: 12 });
    await recordModuleWeek('2026-04', april.answers);
    const deps = logicsPublicationDeps(db.config, db.clients, {
      now: () => new Date('2026-04-28T12:00:00Z'),
    });
    expect((await publishLogicsMonths(deps)).published).toEqual([{ month: '2026-04', logics: 3, views: 4 }]);
    const march = await deps.logicsPublication.month('2026-03');
    const month = await deps.logicsPublication.month('2026-04');
    const names = (m: typeof month) =>
      m?.views[0]?.state === 'published' ? m.views[0].logics.map((l) => l.name).sort() : [];
    expect(names(month)).toEqual(names(march));
    expect(month?.continuity.previousMonth).toBe('2026-03');
    expect(month?.continuity.logics.every((l) => l.continues === l.name)).toBe(true);
    // Nothing per respondent: no assignment list, no answer vector, 1 item per month.
    const items =
      (
        await db.clients.doc.send(
          new ScanCommand({
            TableName: db.config.MAIN_TABLE_NAME,
            FilterExpression: 'pk = :p',
            ExpressionAttributeValues: { ':p': 'LOGICS' },
          }),
        )
      ).Items ?? [];
    expect(items.map((i) => i.sk).sort()).toEqual(['MONTH#2026-03', 'MONTH#2026-04']);
    const text = JSON.stringify(month);
    expect(text).not.toContain('assignments');
    expect(text).not.toMatch(/"A\d+"/);
  });
});
