import { beforeAll, describe, expect, it } from 'vitest';
import { aggregateItemOf } from '../../functions/adapters/dynamo/aggregate-updates.js';
import { batchWriteAll } from '../../functions/adapters/dynamo/batch.js';
import { createApp } from '../../functions/http/app.js';
import type { AppDeps } from '../../functions/http/app-deps.js';
import { createApiKey } from '../../functions/services/api-key.service.js';
import { dynamoDeps } from '../../functions/wiring/dynamo.wiring.js';
import type { PublishedPulseFigure } from '../../shared/publication/published-figure.js';
import { TestClock } from '../support/survey-harness.js';
import { createTestDatabase } from '../support/test-tables.js';

/** Four teams' wellbeing (0–100) and customer satisfaction (0–100) indices, constant each week. */
const points = {
  't-a': { wellbeing: 40, customer: 90 },
  't-b': { wellbeing: 50, customer: 80 },
  't-c': { wellbeing: 60, customer: 70 },
  't-d': { wellbeing: 70, customer: 60 },
} as const;
type TeamId = keyof typeof points;
const allWeeks = [
  '2026-W40',
  '2026-W41',
  '2026-W42',
  '2026-W43',
  '2026-W44',
  '2026-W45',
  '2026-W46',
  '2026-W47',
];
/** W40–W43: only t-a and t-b have figures; W44–W47: all four. */
const teamsOfWeek = (week: string): TeamId[] =>
  week < '2026-W44' ? ['t-a', 't-b'] : ['t-a', 't-b', 't-c', 't-d'];

let app: ReturnType<typeof createApp>;
let everyTeam: string;
let teamA: string;

async function get(path: string, key: string) {
  const res = await app.request(path, { headers: { authorization: `Bearer ${key}` } });
  return { status: res.status, body: await res.json() };
}

function wellbeingFigure(teamId: TeamId, week: string): PublishedPulseFigure {
  const mean = 1 + points[teamId].wellbeing / 25;
  return {
    group: `team:${teamId}`,
    window: { kind: 'week', id: week },
    firstWeek: week,
    lastWeek: week,
    leaves: [`${teamId}/on-site`],
    dimensions: { wellbeing: { n: 6, sum: 6 * mean, sumSq: 6 * mean * mean + 5 * 0.25 } },
  };
}

function customerItem(teamId: TeamId, week: string): Record<string, unknown> {
  const mean = points[teamId].customer / 10;
  const { key, attributes } = aggregateItemOf({
    kind: 'customer-team',
    teamId,
    period: week,
    channel: 'all',
  });
  return {
    ...key,
    ...attributes,
    responses: 12,
    satisfactionN: 12,
    satisfactionSum: 12 * mean,
    satisfactionSumSq: 12 * mean * mean + 11 * 0.5,
  };
}

beforeAll(async () => {
  const db = await createTestDatabase();
  const clock = new TestClock(new Date('2026-12-10T09:00:00Z'));
  const deps: AppDeps = { ...dynamoDeps(db.config, db.clients), clock };
  app = createApp(deps);
  await deps.roster.upsertTeams(
    (Object.keys(points) as TeamId[]).map((teamId) => ({
      teamId,
      name: `Team ${teamId}`,
      site: 'Nord',
      managementProfile: 'connector' as const,
      managers: [],
    })),
  );
  await batchWriteAll(
    db.clients.doc,
    db.config.MAIN_TABLE_NAME,
    allWeeks.flatMap((week) => teamsOfWeek(week).map((t) => customerItem(t, week))),
  );
  for (const week of allWeeks)
    await deps.publication.publishWeek(
      week,
      teamsOfWeek(week).map((t) => wellbeingFigure(t, week)),
      `publication-${week}`,
    );
  everyTeam = (await createApiKey(deps.apiKeys, clock, { name: 'bi' })).key;
  teamA = (await createApiKey(deps.apiKeys, clock, { name: 'team a', teams: ['t-a'] })).key;
});

const centreMedians = { wellbeingIndex: 55, customerIndex: 75, teams: 4 };
const range = 'from=2026-W44&to=2026-W47';

describe("a one-team scope reads its team against the centre's quadrant thresholds", () => {
  it('the whole centre analysis places each team against the medians of the four', async () => {
    const { status, body } = await get(`/api/v1/analytics/centre?${range}`, everyTeam);
    expect(status).toBe(200);
    expect(body.quadrantThresholds.wellbeingIndex).toBeCloseTo(centreMedians.wellbeingIndex, 9);
    expect(body.quadrantThresholds.customerIndex).toBeCloseTo(centreMedians.customerIndex, 9);
    expect(body.quadrantThresholds.teams).toBe(4);
    const a = body.teams.find((t: { teamId: string }) => t.teamId === 't-a');
    expect(a.symmetry.quadrant).toBe('customers-at-advisors-expense');
  });

  it('a key limited to one team gets the centre thresholds and that team alone', async () => {
    const { status, body } = await get(`/api/v1/analytics/centre?${range}`, teamA);
    expect(status).toBe(200);
    expect(body.teams.map((t: { teamId: string }) => t.teamId)).toEqual(['t-a']);
    expect(body.quadrantThresholds.wellbeingIndex).toBeCloseTo(55, 9);
    expect(body.quadrantThresholds.customerIndex).toBeCloseTo(75, 9);
    expect(body.quadrantThresholds.teams).toBe(4);
    expect(body.teams[0].symmetry.quadrant).toBe('customers-at-advisors-expense');
    expect(body.teams[0].symmetry.point.wellbeingIndex).toBeCloseTo(40, 9);
    expect(JSON.stringify(body)).not.toMatch(/t-b|t-c|t-d/);
  });

  it('the one-team route, for a limited key and for a centre key, reads the same thresholds', async () => {
    for (const key of [teamA, everyTeam]) {
      const { status, body } = await get(`/api/v1/analytics/teams/t-a?${range}`, key);
      expect(status).toBe(200);
      expect(body.teamId).toBe('t-a');
      expect(body.quadrantThresholds).toMatchObject({ teams: 4 });
      expect(body.quadrantThresholds.wellbeingIndex).toBeCloseTo(55, 9);
      expect(body.quadrantThresholds.customerIndex).toBeCloseTo(75, 9);
      expect(body.symmetry.thresholds).toEqual(body.quadrantThresholds);
      expect(body.symmetry.quadrant).toBe('customers-at-advisors-expense');
      expect(JSON.stringify(body)).not.toMatch(/t-b|t-c|t-d/);
    }
    expect((await get(`/api/v1/analytics/teams/t-b?${range}`, teamA)).status).toBe(404);
  });

  it('withholds medians of two teams from a limited key (they would give the other team away)', async () => {
    const earlier = 'from=2026-W40&to=2026-W43';
    const centre = await get(`/api/v1/analytics/centre?${earlier}`, everyTeam);
    expect(centre.body.quadrantThresholds).toMatchObject({ teams: 2 });
    const limited = await get(`/api/v1/analytics/teams/t-a?${earlier}`, teamA);
    expect(limited.status).toBe(200);
    expect(limited.body.quadrantThresholds).toBeNull();
    expect(limited.body.symmetry).toEqual({
      state: 'insufficient-evidence',
      reading: { key: 'quadrant.insufficient', params: { reason: 'no-thresholds' } },
    });
    const limitedCentre = await get(`/api/v1/analytics/centre?${earlier}`, teamA);
    expect(limitedCentre.body.quadrantThresholds).toBeNull();
  });
});
